import { translatorFor } from '@/lib/i18n/catalogs';
import { createFormatter } from '@/lib/i18n/format';
import type { Language } from '@/lib/i18n/languages';
import { FAULT_CODES, type FaultCode, type FaultReason, faultKindOf } from './fault-reason';
import { describeFault, faultDetail, faultMessageKey } from './fault-text';

const page = { title: 'Page not found', lang: 'fr', looksLikeErrorPage: true, tables: 0 };

/** One reason of every code: the facts each carries. */
const EXAMPLES: { [Code in FaultCode]: Extract<FaultReason, { code: Code }> } = {
  unreachable: { code: 'unreachable', host: 'www.canada.ca', cause: 'Failed to fetch' },
  'no-answer-in-time': { code: 'no-answer-in-time', host: 'www.canada.ca', seconds: 20 },
  'http-status': { code: 'http-status', host: 'www.ontario.ca', status: 404 },
  'not-modified-unasked': { code: 'not-modified-unasked', host: 'www.ontario.ca' },
  'off-official-host': { code: 'off-official-host', url: 'https://evil.example/draw-999/' },
  'empty-body': { code: 'empty-body' },
  'html-instead-of-json': { code: 'html-instead-of-json' },
  'not-json': { code: 'not-json' },
  'json-cut-short': { code: 'json-cut-short', characters: 49 },
  'no-rounds-list': { code: 'no-rounds-list' },
  'no-rounds': { code: 'no-rounds' },
  'fewer-rounds': { code: 'fewer-rounds', found: 40, before: 358 },
  'no-readable-round': {
    code: 'no-readable-round',
    rounds: 1_000_000,
    firstProblem: 'entry 1: no drawNumber',
  },
  'missing-table': { code: 'missing-table', headers: ['Date Issued', 'Number of ITAs Issued'], page },
  'missing-key-value-table': {
    code: 'missing-key-value-table',
    keys: ['Date of draw', 'Invitations issued'],
    page,
  },
  'missing-monthly-table': { code: 'missing-monthly-table', page },
  'missing-post-links': { code: 'missing-post-links', page },
  'no-readable-row': {
    code: 'no-readable-row',
    rows: 6,
    firstProblem: 'row "soon": date "soon" not understood',
  },
  'no-draws-any-more': { code: 'no-draws-any-more', before: 11 },
  'parser-error': { code: 'parser-error', message: "Cannot read properties of undefined (reading 'text')" },
  'body-too-large': { code: 'body-too-large', limit: 4_194_304 },
  'too-many-nodes': { code: 'too-many-nodes', limit: 50_000 },
  'too-deeply-nested': { code: 'too-deeply-nested', limit: 256 },
  'tables-too-large': { code: 'tables-too-large', limit: 200_000 },
  'number-redated': { code: 'number-redated', number: '354', storedDate: '2025-07-07', date: '2025-07-08' },
  'number-recategorised': {
    code: 'number-recategorised',
    number: '355',
    storedCategory: 'cec',
    category: 'healthcare',
  },
  'round-under-new-number': {
    code: 'round-under-new-number',
    number: '356',
    storedNumber: '300',
    date: '2024-05-30',
  },
  'quota-exceeded': { code: 'quota-exceeded' },
  'database-error': { code: 'database-error', name: 'UnknownError', message: 'Internal error' },
  'earlier-version': { code: 'earlier-version' },
};

const wording = (language: Language) => {
  const { t, locale } = translatorFor(language);
  return { t, format: createFormatter(locale) };
};

describe('fault text: facts become words where they are shown', () => {
  it.each(FAULT_CODES)(
    '%s has a headline and a detail in English and French, and a maintainer sentence',
    (code) => {
      const reason = EXAMPLES[code];
      const en = wording('en');
      const fr = wording('fr');
      const kind = faultKindOf(reason);
      expect(en.t(faultMessageKey(kind))).not.toBe(fr.t(faultMessageKey(kind)));
      const [detailEn, detailFr] = [
        faultDetail(reason, en.t, en.format),
        faultDetail(reason, fr.t, fr.format),
      ];
      for (const text of [detailEn, detailFr]) expect(text).not.toMatch(/[{}]/);
      if (detailEn) expect(detailFr).not.toBe(detailEn);
      expect(describeFault(reason)).toMatch(/^[a-z"0-9w].*\.$/);
    },
  );

  it('keeps the maintainer-only facts (a browser error, a log line) out of the popup', () => {
    const { t, format } = wording('en');
    expect(faultDetail(EXAMPLES.unreachable, t, format)).toBe('Server: www.canada.ca.');
    expect(faultDetail(EXAMPLES['no-readable-row'], t, format)).toBe('None of its 6 rows could be read.');
    expect(describeFault(EXAMPLES['no-readable-row'])).toBe(
      'none of the 6 rows could be read (row "soon": date "soon" not understood).',
    );
  });

  it("words numbers, dates and categories the reader's way", () => {
    const fr = wording('fr');
    expect(faultDetail(EXAMPLES['body-too-large'], fr.t, fr.format)).toBe(
      `La réponse dépasse ${fr.format.number(4_194_304)} caractères.`,
    );
    expect(fr.format.number(4_194_304)).toMatch(/^4\s194\s304$/u);
    expect(faultDetail(EXAMPLES['number-recategorised'], fr.t, fr.format)).toBe(
      `La ronde 355, enregistrée comme « ${fr.t('categoryShortCec')} », se lit maintenant « ${fr.t('categoryShortHealthcare')} ».`,
    );
    expect(faultDetail(EXAMPLES['missing-table'], fr.t, fr.format)).toBe(
      'Aucun tableau avec les colonnes Date Issued / Number of ITAs Issued. ' +
        'La page ressemble à une page de connexion ou d’erreur (« Page not found »). ' +
        'La page est dans une autre langue (fr).',
    );
    const en = wording('en');
    expect(faultDetail(EXAMPLES['off-official-host'], en.t, en.format)).toBe(
      'A link led to evil.example, which is not an official site; it was not followed.',
    );
    expect(faultDetail(EXAMPLES['http-status'], fr.t, fr.format)).toBe('www.ontario.ca a répondu HTTP 404.');
  });

  it('adds nothing for a damaged reason instead of failing', () => {
    const { t, format } = wording('en');
    expect(faultDetail({ code: 'number-redated' } as unknown as FaultReason, t, format)).toBe('');
    expect(faultDetail({ code: 'from-the-future' } as unknown as FaultReason, t, format)).toBe('');
  });
});
