import type { Translate } from './chrome-messages';

export type { Translate } from './chrome-messages';

/**
 * Text for people goes through the extension's i18n messages (built into _locales from
 * lib/i18n/catalog-en.ts), so French is a translation, not a rewrite. A missing message shows its key.
 */
export function createTranslate(getMessage: (key: string, substitutions?: string[]) => string): Translate {
  return (key, params) => getMessage(key, params ? [...params] : undefined) || key;
}
