import type { PlainKey, Translate as TranslateOver } from './catalog';
import type { en, pageEn } from './en';

/**
 * The whole catalog's types: every key the UI may ask for, with its parameters. `t('key', {...})`
 * is checked against lib/i18n/en/ (the English source); French and any later language are
 * `Translation`s of it (lib/i18n/fr/).
 */
export type Messages = typeof en;
export type MessageKey = keyof Messages & string;
export type Translate = TranslateOver<Messages>;
/** A message with no parameter, as labels in typed tables are (`t(LABELS[code])`). */
export type LabelKey = PlainKey<Messages>;

/** The content script's own words only (lib/i18n/en/page.ts): what it bundles in every language. */
export type PageMessages = typeof pageEn;
export type PageTranslate = TranslateOver<PageMessages>;
