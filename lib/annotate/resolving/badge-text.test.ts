import type { DrawClaim } from '@/lib/annotate/finding/claim';
import {
  type BadgeFormat,
  badgeText,
  bannerText,
  intlFormat,
  recordText,
} from '@/lib/annotate/resolving/badge-text';
import type { Resolution } from '@/lib/annotate/resolving/resolve';
import type { Draw } from '@/lib/draws/draw';
import { translatorFor } from '@/lib/i18n/catalogs';

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

/** Dates stay plain (ISO) so the assertions name the messages' own words. */
const isoDates: BadgeFormat = { number: String, date: (iso) => iso };
const en = translatorFor('en').t;
const fr = translatorFor('fr').t;
/** French groups digits with a no-break space (narrow or not, with the ICU at hand). */
const spaces = (text: string | null) => text?.replace(/[\u00a0\u202f]/g, ' ');

describe('badge and banner texts come from the messages', () => {
  it("speaks Canadian French: IRCC rounds, SCG, the provinces' own program names, French plurals", () => {
    expect(spaces(badgeText(ok, fr, isoDates))).toBe(
      '✓ Ronde IRCC nº 339 · 4 500 invitations · SCG 410 · 2025-03-06',
    );
    expect(spaces(badgeText(wrong, fr, isoDates))).toBe(
      'Ronde IRCC nº 339 : SCG 410 (article : 401) · 4 500 invitations (article : 4000)',
    );
    expect(spaces(badgeText(ambiguous, fr, isoDates))).toBe(
      '? IRCC : 2 tirages correspondent (nº 339, nº 338)',
    );
    expect(spaces(recordText(manitoba, fr, isoDates))).toBe(
      'Tirage PCM nº 166 · 1 invitation · note min. 612 · 2025-03-06',
    );
    expect(spaces(bannerText(since(3), fr, isoDates))).toBe(
      '3 rondes d’Entrée express depuis cet article · le plus récent : nº 339, 2025-03-06 · SCG 410',
    );
    // French takes the singular for 0 and 1; the zero case has its own message.
    expect(bannerText(since(1), fr, isoDates)).toMatch(/^1 ronde d’Entrée express depuis cet article · /);
    expect(bannerText(since(0, 'MB'), fr, isoDates)).toBe('Aucun tirage PCM depuis cet article');
    expect(spaces(recordText(round, fr, intlFormat('fr-CA')))).toMatch(/ · 6 mars 2025$/);
  });

  it('keeps the English texts, with singular forms where English has them', () => {
    expect(badgeText(ok, en, isoDates)).toBe('✓ IRCC round #339 · 4,500 ITAs · CRS 410 · 2025-03-06');
    expect(badgeText(wrong, en, isoDates)).toBe(
      'IRCC round #339: CRS 410 (article: 401) · 4,500 ITAs (article: 4000)',
    );
    expect(badgeText(ambiguous, en, isoDates)).toBe('? IRCC: 2 draws fit (#339, #338)');
    expect(recordText(manitoba, en, isoDates)).toBe(
      'MPNP draw #166 · 1 invitation · min score 612 · 2025-03-06',
    );
    expect(
      recordText(
        { ...round, number: null, invitations: { value: 10, qualifier: 'fewer-than' } },
        en,
        isoDates,
      ),
    ).toBe('IRCC round · <10 ITAs · CRS 410 · 2025-03-06');
    expect(bannerText(since(1), en, isoDates)).toBe(
      '1 Express Entry round since this article · latest #339, 2025-03-06 · CRS 410',
    );
    expect(bannerText(since(2, 'MB'), en, isoDates)).toBe(
      '2 MPNP draws since this article · latest #166, 2025-03-06 · min score 612',
    );
    expect(bannerText(since(0), en, isoDates)).toBe('No Express Entry rounds since this article');
    expect(recordText(round, en, intlFormat('en-CA'))).toBe(
      'IRCC round #339 · 4,500 ITAs · CRS 410 · Mar 6, 2025',
    );
  });

  it('names a count the record lacks without a number', () => {
    const unknown: Resolution = {
      status: 'matched',
      claim,
      draw: round,
      verdicts: [{ field: 'invitations', status: 'mismatch', article: 4000 }],
    };
    expect(badgeText(unknown, en, isoDates)).toBe('IRCC round #339: ? ITAs (article: 4000)');
  });
});
