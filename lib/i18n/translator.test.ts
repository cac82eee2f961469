import {
  LOCALES,
  languageOfTag,
  parseUiLanguageSetting,
  readUiLanguageSetting,
  resolveLanguage,
  UI_LANGUAGE_KEY,
} from './languages';
import { createTranslator } from './translator';

const table = {
  plain: 'Check now',
  checked: '{source}: checked {ago}.',
  skipped: { one: '{count} entry was left out.', other: '{count} entries were left out.' },
  minimum: 'minimum CRS {score}',
} as const;

const french = {
  plain: 'Vérifier maintenant',
  checked: '{source} : dernière vérification {ago}.',
  skipped: { one: '{count} entrée laissée de côté.', other: '{count} entrées laissées de côté.' },
  minimum: 'SCG minimal {score}',
};

describe('createTranslator', () => {
  it('fills placeholders and picks the plural form of the locale', () => {
    const { t, locale } = createTranslator<typeof table>('en', table);
    expect(locale).toBe('en-CA');
    expect(t('plain')).toBe('Check now');
    expect(t('checked', { source: 'Express Entry (IRCC)', ago: '3 minutes ago' })).toBe(
      'Express Entry (IRCC): checked 3 minutes ago.',
    );
    expect([0, 1, 2].map((count) => t('skipped', { count }))).toEqual([
      '0 entries were left out.',
      '1 entry was left out.',
      '2 entries were left out.',
    ]);
    expect(t('minimum', { score: 1200 })).toBe('minimum CRS 1,200');
  });

  it('uses the singular for 0 and 1 in French and writes numbers the French way', () => {
    const { t } = createTranslator<typeof table>('fr', french);
    expect([0, 1, 2].map((count) => t('skipped', { count }))).toEqual([
      '0 entrée laissée de côté.',
      '1 entrée laissée de côté.',
      '2 entrées laissées de côté.',
    ]);
    expect(t('skipped', { count: 5000 }).replace(/\s/g, ' ')).toBe('5 000 entrées laissées de côté.');
  });

  it('puts a parameter in as text, never reading it as a placeholder', () => {
    const { t } = createTranslator<typeof table>('en', table);
    expect(t('checked', { source: '{ago}', ago: '$1' })).toBe('{ago}: checked $1.');
  });
});

describe('the reader’s language', () => {
  it('reads language tags', () => {
    expect(['fr', 'fr-CA', 'FR_ca', 'en-GB', 'de', '', null].map(languageOfTag)).toEqual([
      'fr',
      'fr',
      'fr',
      'en',
      null,
      null,
      null,
    ]);
    expect(LOCALES).toEqual({ en: 'en-CA', fr: 'fr-CA' });
  });

  it('follows the setting over the browser, and an article over both', () => {
    expect(resolveLanguage('auto', 'fr-CA')).toBe('fr');
    expect(resolveLanguage('auto', 'de-DE')).toBe('en');
    expect(resolveLanguage('en', 'fr-CA')).toBe('en');
    expect(resolveLanguage('fr', 'en-US')).toBe('fr');
    expect(resolveLanguage('en', 'en-US', 'fr-CA')).toBe('fr');
    expect(resolveLanguage('fr', 'en-US', 'en')).toBe('en');
    // An article in a language we do not speak: the user's language.
    expect(resolveLanguage('fr', 'en-US', 'es')).toBe('fr');
    expect(resolveLanguage('auto', 'fr', '')).toBe('fr');
  });

  it('reads whatever storage holds as a valid setting', () => {
    expect(['auto', 'en', 'fr', 'de', 42, null, undefined, { fr: true }].map(parseUiLanguageSetting)).toEqual(
      ['auto', 'en', 'fr', 'auto', 'auto', 'auto', 'auto', 'auto'],
    );
  });

  it('reads the stored setting, and "auto" when storage fails or holds something else', async () => {
    const area = (value: unknown) => ({ get: async () => ({ [UI_LANGUAGE_KEY]: value }) });
    expect(await readUiLanguageSetting(area('fr'))).toBe('fr');
    expect(await readUiLanguageSetting(area('<script>'))).toBe('auto');
    expect(await readUiLanguageSetting({ get: () => Promise.reject(new Error('disk')) })).toBe('auto');
  });
});
