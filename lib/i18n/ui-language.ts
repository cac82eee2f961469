import { storage } from 'wxt/utils/storage';
import { parseUiLanguageSetting, UI_LANGUAGE_KEY, type UiLanguageSetting } from './languages';

/**
 * The UI language chosen in the settings: its own storage item, not part of the profile. The
 * options page writes it; pages and the background follow it. Readers that only read once use
 * `readUiLanguageSetting` (lib/i18n/languages.ts), which does not bundle WXT's storage.
 */
export const uiLanguageItem = storage.defineItem<UiLanguageSetting>(`local:${UI_LANGUAGE_KEY}`, {
  fallback: 'auto',
});

/** Calls back with the (checked) setting whenever it changes; returns the unsubscribe. */
export function watchUiLanguageSetting(onChange: (setting: UiLanguageSetting) => void): () => void {
  return uiLanguageItem.watch((value) => onChange(parseUiLanguageSetting(value)));
}
