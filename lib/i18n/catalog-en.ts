import { alertMessagesEn } from '../alerts/messages';
import { annotateMessagesEn } from '../annotate/messages';
import { profileMessagesEn } from '../profile/messages';
import type { ChromeMessages } from './chrome-messages';
import { optionsMessagesEn } from './options-messages';
import { popupMessagesEn } from './popup-messages';

/**
 * Every English message, merged from the tables each feature keeps beside its code. The build
 * writes it to _locales/en/messages.json; a French catalog is the same keys translated.
 * Message modules import each other relatively: wxt.config.ts loads them, where `@/` does not resolve.
 */
export const TABLES_EN: Record<string, ChromeMessages> = {
  popup: popupMessagesEn,
  alerts: alertMessagesEn,
  profile: profileMessagesEn,
  options: optionsMessagesEn,
  annotate: annotateMessagesEn,
};

export function mergeCatalog(tables: Record<string, ChromeMessages>): ChromeMessages {
  const merged: ChromeMessages = {};
  const owner: Record<string, string> = {};
  for (const [name, table] of Object.entries(tables)) {
    for (const [key, entry] of Object.entries(table)) {
      const previous = merged[key];
      if (previous && previous.message !== entry.message) {
        throw new Error(`Message "${key}" is defined differently by ${owner[key]} and ${name}.`);
      }
      merged[key] = entry;
      owner[key] = name;
    }
  }
  return merged;
}

export const catalogEn: ChromeMessages = mergeCatalog(TABLES_EN);
