import { translatorFor } from '@/lib/i18n/catalogs';
import { createFormatter } from '@/lib/i18n/format';
import type { Language } from '@/lib/i18n/languages';
import type { UiServices } from './ui-context';

/** The services a page gives its components, in one language, loaded at once (for component tests). */
export function uiServicesIn(language: Language = 'en'): UiServices {
  const { t, locale } = translatorFor(language);
  return { language, t, format: createFormatter(locale) };
}
