/** The extension's database name: its own module, so a page's first script can open it without Dexie. */
export const DATABASE_NAME = 'draw-alerts';
