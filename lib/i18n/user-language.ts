import { browser } from 'wxt/browser';
import { type Language, readUiLanguageSetting, resolveLanguage } from './languages';

/** The language the user reads: the settings' choice, else the browser's, else English. */
export async function userLanguage(): Promise<Language> {
  return resolveLanguage(await readUiLanguageSetting(browser.storage.local), browser.i18n.getUILanguage());
}
