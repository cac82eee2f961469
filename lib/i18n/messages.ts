/**
 * Text for people goes through the extension's i18n messages (public/_locales), so French is a
 * translation, not a rewrite. `t` falls back to the key, which makes a missing message visible.
 */
export type Translate = (key: string, substitutions?: string | string[]) => string;

export function createTranslate(
  getMessage: (key: string, substitutions?: string | string[]) => string,
): Translate {
  return (key, substitutions) => getMessage(key, substitutions) || key;
}
