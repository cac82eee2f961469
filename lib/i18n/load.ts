import type { Translation } from './catalog';
import type { Language } from './languages';
import type { Messages } from './messages';
import { createTranslator, type Translator } from './translator';

/**
 * Each language is its own chunk: a page downloads only the one it shows (the history page loads
 * both with its modules, rather than one after its language is known).
 */
const LOADERS: Record<Language, () => Promise<Translation<Messages>>> = {
  en: () => import('./en').then((module) => module.en),
  fr: () => import('./fr').then((module) => module.fr),
};

export async function loadTranslator(language: Language): Promise<Translator<Messages>> {
  return createTranslator<Messages>(language, await LOADERS[language]());
}
