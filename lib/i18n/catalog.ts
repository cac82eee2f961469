/**
 * The shape of a message catalog. English (lib/i18n/en/) is the source: its messages are literal
 * types, so keys and placeholders are checked by the compiler wherever `t` is called. Every other
 * language is a `Translation` of it: same keys, same kinds of message (a missing or extra key does
 * not compile; placeholders and plural forms are checked by lib/i18n/catalogs.test.ts).
 *
 * A message is text with `{name}` placeholders, or plural forms chosen by `Intl.PluralRules` from
 * the `count` parameter (`{ one: '{count} entry', other: '{count} entries' }`).
 */

export interface PluralForms {
  one: string;
  other: string;
}

export type Message = string | PluralForms;

export type MessageTable = Readonly<Record<string, Message>>;

/** What a translator must give for each English message: any text, or both plural forms. */
export type Translation<Source extends MessageTable> = {
  readonly [Key in keyof Source]: Source[Key] extends string ? string : PluralForms;
};

/** `'{source}: checked {ago}.'` → `'source' | 'ago'`. */
export type Placeholders<Text> = Text extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** Numbers are written in the reader's locale ("4 500"); strings go in as they are. */
export type ParamValue = string | number;

export type ParamsOf<M> = M extends PluralForms
  ? { count: number } & { [Name in Exclude<Placeholders<M['one'] | M['other']>, 'count'>]: ParamValue }
  : M extends string
    ? { [Name in Placeholders<M>]: ParamValue }
    : never;

type TakesNoParams<M> = M extends unknown ? ([keyof ParamsOf<M>] extends [never] ? true : false) : never;

/**
 * No second argument for a message without placeholders; the exact parameters otherwise. A key
 * chosen at run time among several (a union) takes the parameters any of them needs.
 */
export type ArgsOf<M> = TakesNoParams<M> extends true ? [] : [params: ParamsOf<M>];

/** Keys of the messages that take no parameter: what a table of labels may point to. */
export type PlainKey<Table extends MessageTable> = {
  [Key in keyof Table & string]: Table[Key] extends string
    ? [Placeholders<Table[Key]>] extends [never]
      ? Key
      : never
    : never;
}[keyof Table & string];

/** A typed message function over one catalog (the whole one by default; see `Messages`). */
export type Translate<Table extends MessageTable> = <Key extends keyof Table & string>(
  key: Key,
  ...args: ArgsOf<Table[Key]>
) => string;

export function isPluralForms(message: Message): message is PluralForms {
  return typeof message === 'object';
}

/** The placeholder names a text uses, in order of appearance (duplicates kept once). */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ''))];
}
