import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type BadgeFormat, badgeText, bannerText, recordText } from '@/lib/annotate/badge-text';
import type { DrawClaim } from '@/lib/annotate/claim';
import { annotateMessagesEn } from '@/lib/annotate/messages';
import type { Resolution } from '@/lib/annotate/resolve';
import type { Draw } from '@/lib/draws/draw';
import { type ChromeMessages, type Translate, translatorFor } from '@/lib/i18n/chrome-messages';

const round: Draw = {
  id: 'ee:339',
  system: 'express-entry',
  sourceId: 'ircc-ee',
  province: null,
  number: '339',
  sequence: 678,
  date: '2025-03-06',
  dateEnd: null,
  category: 'cec',
  categoryName: 'Canadian Experience Class',
  invitations: { value: 4500, qualifier: 'exact' },
  minScore: 410,
  scoreScale: 'crs',
  url: 'https://www.canada.ca/',
  expressEntry: null,
  notes: '',
};
const manitoba: Draw = {
  ...round,
  id: 'mb:166',
  system: 'pnp',
  sourceId: 'pnp-mb',
  province: 'MB',
  number: '166',
  invitations: { value: 1, qualifier: 'exact' },
  minScore: 612,
  scoreScale: 'mpnp-eoi',
};

const claim: DrawClaim = { kind: 'express-entry', figures: [], start: 0, end: 1 };
const ok: Resolution = { status: 'matched', claim, draw: round, verdicts: [] };
const wrong: Resolution = {
  status: 'matched',
  claim,
  draw: round,
  verdicts: [
    { field: 'minScore', status: 'mismatch', article: 401, official: 410 },
    { field: 'invitations', status: 'mismatch', article: 4000, official: 4500 },
  ],
};
const ambiguous: Resolution = {
  status: 'ambiguous',
  claim,
  candidates: [round, { ...round, number: '338' }],
};
const since = (count: number, province?: 'MB') => ({
  scope: province === undefined ? { system: 'express-entry' as const } : { system: 'pnp' as const, province },
  count,
  latest: count === 0 ? null : province === undefined ? round : manitoba,
});

/** Numbers and dates stay plain (no ICU data in the assertions); plural forms are the locale's. */
const formatIn = (locale: string): BadgeFormat => {
  const plurals = new Intl.PluralRules(locale);
  return { number: String, date: (iso) => iso, plural: (value) => plurals.select(value) };
};
const en = translatorFor(annotateMessagesEn);

/** A few keys translated, the rest left English: enough to see each text is built from the table. */
const frenchIsh: ChromeMessages = {
  ...annotateMessagesEn,
  annotateRoundNumbered: { message: 'ronde $1 n° $2' },
  annotateDrawNumbered: { message: 'tirage $1 n° $2' },
  programShortIrcc: { message: 'IRCC' },
  programShortMB: { message: 'PCPM' },
  annotateItasOther: { message: '$1 invitations à présenter une demande' },
  annotateInvitationsOne: { message: '$1 invitation' },
  annotateCrs: { message: 'SCG $1' },
  annotateMinScore: { message: 'note minimale $1' },
  annotateJoinParts: { message: '$1 – $2' },
  annotateDiffers: { message: '$1 (article : $2)' },
  annotateBadgeAmbiguousOther: { message: '? $1 : $2 rondes possibles ($3)' },
  annotateJoinList: { message: '$1 ou $2' },
  annotateSinceRoundsOne: { message: '$1 ronde d’Entrée express depuis cet article' },
  annotateSinceRoundsOther: { message: '$1 rondes d’Entrée express depuis cet article' },
  annotateSinceNoDraws: { message: 'Aucun tirage du $1 depuis cet article' },
  annotateLatestNumbered: { message: 'dernière : n° $1, le $2' },
};
const fr = translatorFor(frenchIsh);

describe('badge and banner texts come from the messages', () => {
  it('renders a badge and the banner from a translated table, with its plural forms', () => {
    const format = formatIn('fr-CA');
    expect(badgeText(ok, fr, format)).toBe(
      '✓ ronde IRCC n° 339 – 4500 invitations à présenter une demande – SCG 410 – 2025-03-06',
    );
    expect(badgeText(wrong, fr, format)).toBe(
      'IRCC: SCG 410 (article : 401) – 4500 invitations à présenter une demande (article : 4000)',
    );
    expect(badgeText(ambiguous, fr, format)).toBe('? IRCC : 2 rondes possibles (#339 ou #338)');
    expect(recordText(manitoba, fr, format)).toBe(
      'tirage PCPM n° 166 – 1 invitation – note minimale 612 – 2025-03-06',
    );
    expect(bannerText(since(3), fr, format)).toBe(
      '3 rondes d’Entrée express depuis cet article – dernière : n° 339, le 2025-03-06 – SCG 410',
    );
    // French takes the singular for 0 and 1; the zero case has its own message.
    expect(bannerText(since(1), fr, format)).toMatch(/^1 ronde d’Entrée express depuis cet article – /);
    expect(bannerText(since(0, 'MB'), fr, format)).toBe('Aucun tirage du PCPM depuis cet article');
  });

  it('keeps the English texts, with singular forms where English has them', () => {
    const format = formatIn('en-CA');
    expect(badgeText(ok, en, format)).toBe('✓ IRCC round #339 · 4500 ITAs · CRS 410 · 2025-03-06');
    expect(badgeText(wrong, en, format)).toBe('IRCC: CRS 410 (article: 401) · 4500 ITAs (article: 4000)');
    expect(badgeText(ambiguous, en, format)).toBe('? IRCC: 2 draws fit (#339, #338)');
    expect(recordText(manitoba, en, format)).toBe(
      'MPNP draw #166 · 1 invitation · min score 612 · 2025-03-06',
    );
    expect(
      recordText({ ...round, number: null, invitations: { value: 10, qualifier: 'fewer-than' } }, en, format),
    ).toBe('IRCC round · <10 ITAs · CRS 410 · 2025-03-06');
    expect(bannerText(since(1), en, format)).toBe(
      '1 Express Entry round since this article · latest #339, 2025-03-06 · CRS 410',
    );
    expect(bannerText(since(2, 'MB'), en, format)).toBe(
      '2 MPNP draws since this article · latest #166, 2025-03-06 · min score 612',
    );
    expect(bannerText(since(0), en, format)).toBe('No Express Entry rounds since this article');
  });

  it('asks only for keys of the English table', () => {
    const asked = new Set<string>();
    const recording: Translate = (key, params) => {
      asked.add(key);
      return en(key, params);
    };
    const format = formatIn('en-CA');
    const pnp = (province: Draw['province']): Draw => ({ ...manitoba, province });
    for (const draw of [
      round,
      manitoba,
      pnp(null),
      ...(['AB', 'BC', 'NB', 'NL', 'NS', 'ON', 'PE', 'QC', 'SK'] as const).map(pnp),
    ]) {
      recordText(draw, recording, format);
    }
    for (const resolution of [ok, wrong, ambiguous]) badgeText(resolution, recording, format);
    for (const facts of [since(0), since(1), since(3), since(0, 'MB'), since(1, 'MB')]) {
      bannerText(facts, recording, format);
    }
    expect([...asked].filter((key) => !Object.hasOwn(annotateMessagesEn, key))).toEqual([]);

    // And statically: every key named in badge-text.ts, or both plural forms of a stem it names.
    const source = readFileSync(resolve(import.meta.dirname, 'badge-text.ts'), 'utf8');
    const named = [...source.matchAll(/'(annotate[A-Za-z]+)'/g)].map(([, key]) => key ?? '');
    expect(named.length).toBeGreaterThan(20);
    const missing = named.filter(
      (key) =>
        !Object.hasOwn(annotateMessagesEn, key) &&
        !(Object.hasOwn(annotateMessagesEn, `${key}One`) && Object.hasOwn(annotateMessagesEn, `${key}Other`)),
    );
    expect(missing).toEqual([]);
  });
});
