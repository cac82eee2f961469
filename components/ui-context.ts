import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { createFormatter, type Formatter } from '@/lib/i18n/format';
import type { Language } from '@/lib/i18n/languages';
import { loadTranslator } from '@/lib/i18n/load';
import type { Translate } from '@/lib/i18n/messages';

/** What every shared component needs to speak to people: messages and locale formatting. */
export interface UiServices {
  language: Language;
  t: Translate;
  format: Formatter;
}

export const UiContext = createContext<UiServices | null>(null);

export function useUi(): UiServices {
  const services = useContext(UiContext);
  if (!services) throw new Error('UiContext is missing: wrap the tree in <UiContext.Provider>.');
  return services;
}

/** Loads one language's catalog (its own chunk) and marks the document with its locale. */
export async function loadUiServices(language: Language, document?: Document): Promise<UiServices> {
  const { t, locale } = await loadTranslator(language);
  if (document) document.documentElement.lang = locale;
  return { language, t, format: createFormatter(locale) };
}
