import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Message, type MessageTable, placeholdersOf } from './catalog';
import { CATALOGS } from './catalogs';
import * as englishSections from './en';
import { LANGUAGES } from './languages';
import { manifestLocales } from './manifest-locales';

const english: MessageTable = CATALOGS.en;

/** The placeholders of a message, all its forms together, sorted. */
function placeholdersOfMessage(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : [message.one, message.other];
  return [...new Set(texts.flatMap(placeholdersOf))].sort();
}

/** What a translation must keep of each English message: its kind and its placeholders. */
function catalogProblems(source: MessageTable, translation: MessageTable): string[] {
  const problems: string[] = [];
  for (const [key, message] of Object.entries(source)) {
    const translated = Object.hasOwn(translation, key) ? translation[key] : undefined;
    if (translated === undefined) {
      problems.push(`${key}: missing`);
      continue;
    }
    if (typeof message !== typeof translated) {
      problems.push(`${key}: ${typeof message === 'string' ? 'plain text' : 'plural forms'} in English only`);
      continue;
    }
    const texts = typeof translated === 'string' ? [translated] : [translated.one, translated.other];
    if (texts.some((text) => text.trim() === '')) problems.push(`${key}: empty`);
    const expected = placeholdersOfMessage(message).join(', ');
    const actual = placeholdersOfMessage(translated).join(', ');
    if (expected !== actual) problems.push(`${key}: placeholders {${actual}}, English has {${expected}}`);
    if (typeof translated !== 'string' && typeof message !== 'string') {
      for (const form of ['one', 'other'] as const) {
        const formPlaceholders = placeholdersOf(translated[form]).sort().join(', ');
        if (!formPlaceholders.includes('count') && placeholdersOf(message[form]).includes('count'))
          problems.push(`${key}: its "${form}" form lost {count}`);
      }
    }
  }
  for (const key of Object.keys(translation)) {
    if (!Object.hasOwn(source, key)) problems.push(`${key}: not in English`);
  }
  return problems;
}

describe('the catalogs', () => {
  it.each(LANGUAGES.filter((language) => language !== 'en'))(
    '%s has every English key, with the same placeholders and plural forms',
    (language) => {
      expect(catalogProblems(english, CATALOGS[language])).toEqual([]);
    },
  );

  it('has one folder per language, each listed', () => {
    const folders = readdirSync(resolve(import.meta.dirname), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(folders).toEqual([...LANGUAGES].sort());
  });

  it('catches a missing key, a lost or added placeholder, and lost plural forms', () => {
    const source = {
      a: 'Checked {ago}.',
      b: { one: '{count} entry', other: '{count} entries' },
      c: 'Plain',
    };
    expect(
      catalogProblems(source, {
        a: 'Vérifié.',
        b: 'entrées',
        d: 'Extra',
      }),
    ).toEqual([
      'a: placeholders {}, English has {ago}',
      'b: plural forms in English only',
      'c: missing',
      'd: not in English',
    ]);
    expect(catalogProblems(source, { a: 'Vérifié {ago} {extra}.', b: source.b, c: 'Simple' })).toEqual([
      'a: placeholders {ago, extra}, English has {ago}',
    ]);
    expect(
      catalogProblems(source, { a: '{ago}', b: { one: 'une entrée', other: '{count} entrées' }, c: 'x' }),
    ).toEqual(['b: its "one" form lost {count}']);
  });

  it('gives every plural message a {count} in its forms', () => {
    for (const [key, message] of Object.entries(english)) {
      if (typeof message === 'string') continue;
      expect(`${key}: ${placeholdersOf(message.other).join(',')}`).toContain('count');
    }
  });

  it('keeps sections apart: no key is defined by two of them', () => {
    const sections = Object.entries(englishSections).filter(([name]) => name !== 'en');
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const [name, section] of sections) {
      for (const key of Object.keys(section)) {
        const owner = owners.get(key);
        if (owner !== undefined) clashes.push(`${key}: ${owner} and ${name}`);
        owners.set(key, name);
      }
    }
    expect(clashes).toEqual([]);
    expect(owners.size).toBe(Object.keys(english).length);
  });

  it('writes the manifest strings for every language, within the stores’ limits', () => {
    const files = manifestLocales();
    expect(files.map((file) => file.relativeDest)).toEqual(
      LANGUAGES.map((language) => `_locales/${language}/messages.json`),
    );
    for (const file of files) {
      const messages = JSON.parse(file.contents) as Record<string, { message: string }>;
      expect(messages.extName?.message.length).toBeLessThanOrEqual(45);
      expect(messages.extDescription?.message.length).toBeLessThanOrEqual(132);
    }
  });
});
