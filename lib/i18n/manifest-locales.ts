import { namesEn } from './en/names';
import { namesFr } from './fr/names';

/**
 * `_locales/<lang>/messages.json` for the manifest's `__MSG_extName__` and `__MSG_extDescription__`:
 * only the browser reads these files (the UI holds its own catalogs, to follow the settings). Loaded by
 * wxt.config.ts in Node, hence relative imports only.
 */
const MANIFEST_NAMES = { en: namesEn, fr: namesFr };

export function manifestLocales(): { relativeDest: string; contents: string }[] {
  return Object.entries(MANIFEST_NAMES).map(([language, names]) => ({
    relativeDest: `_locales/${language}/messages.json`,
    contents: JSON.stringify(
      {
        extName: { message: names.extName, description: 'Extension name' },
        extDescription: { message: names.extDescription, description: 'Store description' },
      },
      null,
      2,
    ),
  }));
}
