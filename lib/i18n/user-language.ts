import { browser } from 'wxt/browser';
import { type Language, readUiLanguageSetting, resolveLanguage, type SettingArea } from './languages';

/**
 * The language the user reads: the settings' choice, else the browser's, else English. `area`: where
 * the setting is read (the extension's storage, or a read of it already made).
 */
export async function userLanguage(area: SettingArea = browser.storage.local): Promise<Language> {
  return resolveLanguage(await readUiLanguageSetting(area), browser.i18n.getUILanguage());
}
