/**
 * The languages Draw Alerts speaks, and which one a reader gets. Small and free of imports: the
 * content script bundles it.
 */

export const LANGUAGES = ['en', 'fr'] as const;

export type Language = (typeof LANGUAGES)[number];

/** Canadian variants: "Jul 22, 2025" and "22 juill. 2025", "4,500" and "4 500". */
export const LOCALES: Record<Language, string> = { en: 'en-CA', fr: 'fr-CA' };

/** The user's choice in the settings: follow the browser, or one language. */
export type UiLanguageSetting = 'auto' | Language;

/** Where the setting lives in `browser.storage.local` (lib/i18n/ui-language.ts is its storage item). */
export const UI_LANGUAGE_KEY = 'uiLanguage';

export const UI_LANGUAGE_SETTINGS: readonly UiLanguageSetting[] = ['auto', ...LANGUAGES];

/** `fr`, `fr-CA`, `FR_ca` → 'fr'; a language we do not speak (or no tag) → null. */
export function languageOfTag(tag: string | null | undefined): Language | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(primary ?? '') ? (primary as Language) : null;
}

/** Whatever storage holds (an older version, garbage) reads as a valid setting. */
export function parseUiLanguageSetting(value: unknown): UiLanguageSetting {
  return typeof value === 'string' && (UI_LANGUAGE_SETTINGS as readonly string[]).includes(value)
    ? (value as UiLanguageSetting)
    : 'auto';
}

/**
 * The language to speak: the setting when it names one, else the browser's UI language, else
 * English. `pageLanguage` (an article's `<html lang>`) comes first when we speak it: an annotation
 * reads in the language of the text around it.
 */
export function resolveLanguage(
  setting: UiLanguageSetting,
  browserLanguage: string | null | undefined,
  pageLanguage?: string | null,
): Language {
  return (
    languageOfTag(pageLanguage) ??
    (setting === 'auto' ? null : setting) ??
    languageOfTag(browserLanguage) ??
    'en'
  );
}

/** The slice of `browser.storage.local` a reader needs (a map in tests). */
export interface SettingArea {
  get(key: string): Promise<Record<string, unknown>>;
}

/**
 * The stored setting, checked, read without WXT's storage module (4 KB the popup and the content
 * script need not carry); lib/i18n/ui-language.ts writes and watches the same key.
 */
export async function readUiLanguageSetting(area: SettingArea): Promise<UiLanguageSetting> {
  try {
    return parseUiLanguageSetting((await area.get(UI_LANGUAGE_KEY))[UI_LANGUAGE_KEY]);
  } catch {
    return 'auto';
  }
}
