import type { Translation } from './catalog';
import { en } from './en';
import { fr } from './fr';
import type { Language } from './languages';
import type { Messages } from './messages';
import { createTranslator, type Translator } from './translator';

/**
 * Every language's whole catalog, for the background (its bundle is one file: no lazy loading).
 * Pages load only the language they show (lib/i18n/load.ts); the content script takes only its own
 * words (lib/i18n/page-catalogs.ts).
 * A new language is one folder beside en/ and fr/, listed here, in load.ts and in LANGUAGES.
 */
export const CATALOGS: Record<Language, Translation<Messages>> = { en, fr };

export function translatorFor(language: Language): Translator<Messages> {
  return createTranslator<Messages>(language, CATALOGS[language]);
}
