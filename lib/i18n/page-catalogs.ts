import type { Translation } from './catalog';
import { pageEn } from './en/page';
import { pageFr } from './fr/page';
import type { Language } from './languages';
import type { PageMessages } from './messages';

/**
 * Only the content script's own words, in every language: it imports these sections, never the
 * whole catalog, to stay small on every page it runs in.
 */
export const PAGE_CATALOGS: Record<Language, Translation<PageMessages>> = { en: pageEn, fr: pageFr };
