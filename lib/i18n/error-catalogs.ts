import type { Translation } from './catalog';
import { errorsEn } from './en/errors';
import { errorsFr } from './fr/errors';
import type { Language } from './languages';

export type ErrorMessages = typeof errorsEn;

/**
 * The error boundary's words in every language, bundled with each page: the boundary must speak
 * even when the page's catalog (its own chunk) could not be loaded.
 */
export const ERROR_CATALOGS: Record<Language, Translation<ErrorMessages>> = { en: errorsEn, fr: errorsFr };
