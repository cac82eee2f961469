import {
  type ArgsOf,
  isPluralForms,
  type MessageTable,
  type ParamValue,
  type Translate,
  type Translation,
} from './catalog';
import { type Language, LOCALES } from './languages';

/** A catalog in one language, with the locale its numbers and plural forms follow. */
export interface Translator<Table extends MessageTable> {
  language: Language;
  locale: string;
  t: Translate<Table>;
}

/**
 * The one place a message becomes text: picks the plural form with `Intl.PluralRules`, fills
 * `{name}` placeholders, writes numbers the locale's way. `table` is typed as a translation of the
 * English `Table`, so `t` takes English's keys and parameters in every language.
 */
export function createTranslator<Table extends MessageTable>(
  language: Language,
  table: Translation<Table>,
): Translator<Table> {
  const locale = LOCALES[language];
  const numbers = new Intl.NumberFormat(locale);
  const plurals = new Intl.PluralRules(locale);
  const show = (value: ParamValue) => (typeof value === 'number' ? numbers.format(value) : value);
  const t = (<Key extends keyof Table & string>(key: Key, ...args: ArgsOf<Table[Key]>): string => {
    const message = Object.hasOwn(table, key) ? table[key] : undefined;
    // Unreachable through the types; a visible key is better than a blank if it ever happens.
    if (message === undefined) return key;
    const params = (args[0] ?? {}) as Record<string, ParamValue>;
    const text: string = isPluralForms(message)
      ? plurals.select(Number(params.count)) === 'one'
        ? message.one
        : message.other
      : message;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(params, name) ? show(params[name] as ParamValue) : whole,
    );
  }) as Translate<Table>;
  return { language, locale, t };
}
