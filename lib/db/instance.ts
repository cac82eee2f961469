import { openDrawAlertsDatabase } from './database';

/** The extension's database; the popup, options page and service worker share it (same origin). */
export const db = openDrawAlertsDatabase();
