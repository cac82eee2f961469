import type { DrawClaim } from '@/lib/annotate/finding/claim';
import { findClaimsInText } from '@/lib/annotate/finding/mentions';
import {
  type BadgeFormat,
  badgeText,
  bannerText,
  intlFormat,
  recordText,
} from '@/lib/annotate/resolving/badge-text';
import { categoryOfDraw, indexDraws, resolveClaim } from '@/lib/annotate/resolving/resolve';
import { drawsSince, scopesOf } from '@/lib/annotate/resolving/since';
import type { Draw } from '@/lib/draws/draw';
import { translatorFor } from '@/lib/i18n/catalogs';
import { sharedFixture } from '@/tests/support/fixtures';

/**
 * Minimal feed round → Draw, for these tests only (the real parser lives in lib/sources/express-entry).
 * It handles the one quirk of this copy that matters here: round 246's "12-04-2023" (DD-MM-YYYY).
 */
interface FeedRound {
  drawNumber: string;
  drawDate: string;
  drawName: string;
  drawSize: string;
  drawCRS: string;
  drawDateTime: string;
  drawCutOff: string;
  drawText2: string;
}

function instantOf(text: string): string | null {
  const time = Date.parse(text.replace(/,?\s*at\s/, ' '));
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function drawOfRound(round: FeedRound): Draw {
  const ddmmyyyy = /^(\d{2})-(\d{2})-(\d{4})$/.exec(round.drawDate);
  const date = ddmmyyyy === null ? round.drawDate : `${ddmmyyyy[3]}-${ddmmyyyy[2]}-${ddmmyyyy[1]}`;
  const digits = Number.parseInt(round.drawNumber, 10);
  return {
    id: `ee:${round.drawNumber}`,
    system: 'express-entry',
    sourceId: 'ircc-ee',
    province: null,
    number: round.drawNumber,
    sequence: digits * 2 + (round.drawNumber.endsWith('b') ? 1 : 0),
    date,
    dateEnd: null,
    category: round.drawName,
    categoryName: round.drawName,
    invitations: { value: Number(round.drawSize.replace(/,/g, '')), qualifier: 'exact' },
    minScore: Number(round.drawCRS),
    scoreScale: 'crs',
    url: `https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-rounds/invitations.html?q=${round.drawNumber}`,
    expressEntry: {
      ranAt: instantOf(round.drawDateTime),
      ranAtText: round.drawDateTime,
      cutOffAt: instantOf(round.drawCutOff),
      cutOffText: round.drawCutOff,
      programsEligible: round.drawText2,
      distribution: null,
    },
    notes: '',
  };
}

const feed = JSON.parse(sharedFixture('express-entry', '2023-04-13.json')) as { rounds: FeedRound[] };
const draws = feed.rounds.map(drawOfRound);
const index = indexDraws(draws);

function drawNumbered(number: string): Draw {
  const draw = draws.find((candidate) => candidate.number === number);
  if (draw === undefined) throw new Error(`round ${number} not in the feed copy`);
  return draw;
}

const t = translatorFor('en').t;
/** Deterministic formats, so the texts do not depend on the ICU data of the machine. */
const plain: BadgeFormat = { number: (value) => String(value), date: (iso) => iso };

describe('resolveClaim against the IRCC feed of 2023-04-13', () => {
  it('matches the immigrationcoach article (January 18, 2023: 5,500 ITAs, CRS 490) to round #238', () => {
    const [claim] = findClaimsInText(
      'On January 18, 2023, IRCC issued 5,500 invitations in the Express Entry draw. The minimum CRS score was 490.',
    );
    if (claim === undefined) throw new Error('no claim');
    const resolution = resolveClaim(claim, index);
    expect(resolution.status).toBe('matched');
    if (resolution.status !== 'matched') return;
    expect(resolution.draw.number).toBe('238');
    expect(resolution.verdicts.map((verdict) => [verdict.field, verdict.status])).toEqual([
      ['date', 'matches'],
      ['invitations', 'matches'],
      ['minScore', 'matches'],
    ]);
    expect(badgeText(resolution, t, plain)).toBe('✓ IRCC round #238 · 5,500 ITAs · CRS 490 · 2023-01-18');
  });

  it('reports a wrong figure as a mismatch with both values', () => {
    // Round #237 (January 11, 2023) had a cut-off of 507, not 501.
    const [claim] = findClaimsInText(
      'The January 11, 2023 Express Entry draw issued 5,500 ITAs with a CRS cut-off of 501.',
    );
    if (claim === undefined) throw new Error('no claim');
    const resolution = resolveClaim(claim, index);
    if (resolution.status !== 'matched') throw new Error(`not matched: ${resolution.status}`);
    expect(resolution.draw.number).toBe('237');
    const score = resolution.verdicts.find((verdict) => verdict.field === 'minScore');
    expect(score).toEqual({ field: 'minScore', status: 'mismatch', article: 501, official: 507 });
    expect(resolution.verdicts.find((verdict) => verdict.field === 'invitations')?.status).toBe('matches');
    expect(badgeText(resolution, t, plain)).toBe('IRCC round #237: CRS 507 (article: 501)');
  });

  it('matches by number first, and shows a wrong date against it', () => {
    const [claim] = findClaimsInText('Express Entry draw #238 on January 11, 2023 issued 5,500 ITAs.');
    if (claim === undefined) throw new Error('no claim');
    const resolution = resolveClaim(claim, index);
    if (resolution.status !== 'matched') throw new Error(`not matched: ${resolution.status}`);
    expect(resolution.draw.date).toBe('2023-01-18');
    expect(resolution.verdicts.find((verdict) => verdict.field === 'date')).toMatchObject({
      status: 'mismatch',
      official: '2023-01-18',
      article: '2023-01-11',
    });
  });

  it('does not force a claim on a day with two rounds; category or figures settle it', () => {
    // April 9, 2020: #141 (PNP, 606 ITAs, CRS 698) and #142 (CEC, 3,294 ITAs, CRS 464).
    const unclear = findClaimsInText('The Express Entry draw on April 9, 2020 issued 5,000 ITAs.')[0];
    if (unclear === undefined) throw new Error('no claim');
    const ambiguous = resolveClaim(unclear, index);
    expect(ambiguous.status).toBe('ambiguous');
    if (ambiguous.status === 'ambiguous') {
      expect(ambiguous.candidates.map((draw) => draw.number).sort()).toEqual(['141', '142']);
    }
    expect(badgeText(ambiguous, t, plain)).toBe('? IRCC: 2 draws fit (#142, #141)');

    const byCategory = findClaimsInText(
      'The Canadian Experience Class draw on April 9, 2020 issued 3,000 ITAs.',
    )[0];
    const byScore = findClaimsInText(
      'An Express Entry draw on April 9, 2020 had a minimum CRS score of 698.',
    )[0];
    if (byCategory === undefined || byScore === undefined) throw new Error('no claim');
    const cec = resolveClaim(byCategory, index);
    expect(cec.status === 'matched' && cec.draw.number).toBe('142');
    // The category settles the round; the count the article gives is still checked against it.
    expect(
      cec.status === 'matched' && cec.verdicts.find((verdict) => verdict.field === 'invitations')?.status,
    ).toBe('mismatch');
    const pnp = resolveClaim(byScore, index);
    expect(pnp.status === 'matched' && pnp.draw.number).toBe('141');
  });

  it('is unmatched when no round has that date, and ignores provincial claims', () => {
    const [noRound] = findClaimsInText('The Express Entry draw on January 12, 2023 issued 5,500 ITAs.');
    const [provincial] = findClaimsInText('The OINP draw on January 11, 2023 issued 5,500 NOIs.');
    if (noRound === undefined || provincial === undefined) throw new Error('no claim');
    expect(resolveClaim(noRound, index).status).toBe('unmatched');
    expect(resolveClaim(provincial, index).status).toBe('unmatched');
    expect(badgeText(resolveClaim(noRound, index), t, plain)).toBeNull();
  });

  it('reads round 246 from its DD-MM-YYYY date and the lettered rounds 91a/91b', () => {
    const [april] = findClaimsInText(
      'The April 12, 2023 Express Entry draw invited 3,500 candidates with a CRS of 486.',
    );
    const [lettered] = findClaimsInText('Express Entry round 91b invited 200 candidates.');
    if (april === undefined || lettered === undefined) throw new Error('no claim');
    const [first, second] = [april, lettered].map((claim) => resolveClaim(claim, indexDraws(draws)));
    expect(first?.status === 'matched' && first.draw.number).toBe('246');
    expect(second?.status === 'matched' && second.draw.categoryName).toBe('Provincial Nominee Program');
  });

  it('checks the tie-breaking rule within the minute, and shows IRCC’s when it differs', () => {
    const text =
      'Date and time of round: January 18, 2023 at 16:13:57 UTC\n' +
      'CRS score of lowest-ranked candidate invited: 490\n' +
      'Date and time used in the tie-breaking rule: November 24, 2022 at 21:14:59 UTC';
    const [claim] = findClaimsInText(text);
    if (claim === undefined) throw new Error('no claim');
    const verdictOf = (tieBreakAt: string) => {
      const resolution = resolveClaim({ ...claim, tieBreakAt }, index);
      return resolution.status === 'matched'
        ? resolution.verdicts.find((verdict) => verdict.field === 'tieBreak')?.status
        : resolution.status;
    };
    // IRCC's drawCutOff for round 238: "November 24, 2022 at 21:14:59 UTC".
    expect(verdictOf('2022-11-24T21:14:59Z')).toBe('matches');
    expect(verdictOf('2022-11-24T21:14Z')).toBe('matches');
    // Rounded up to the next minute: still within the minute.
    expect(verdictOf('2022-11-24T21:15Z')).toBe('matches');
    expect(verdictOf('2022-11-24')).toBe('matches');
    expect(verdictOf('2022-11-24T21:16Z')).toBe('mismatch');
    expect(verdictOf('2022-11-24T20:14Z')).toBe('mismatch');
    expect(verdictOf('2022-11-23')).toBe('mismatch');
    const wrong = resolveClaim({ ...claim, tieBreakAt: '2022-11-24T20:14Z' }, index);
    expect(badgeText(wrong, t, plain)).toBe(
      'IRCC round #238: tie-break 2022-11-24 21:14:59 UTC (article: 2022-11-24 20:14 UTC)',
    );
  });

  it('answers a widget’s "June 26 | Manitoba | 492 invitations" with the whole draw, its streams summed', () => {
    const stream = (id: string, categoryName: string, value: number, minScore: number | null): Draw => ({
      id: `pnp-mb:250:${id}`,
      system: 'pnp',
      sourceId: 'pnp-mb',
      province: 'MB',
      number: '250',
      sequence: 250,
      date: '2025-06-26',
      dateEnd: null,
      category: id,
      categoryName,
      invitations: { value, qualifier: 'exact' },
      minScore,
      scoreScale: 'mpnp-eoi',
      url: 'https://immigratemanitoba.com/2025/06/expression-of-interest-draw-250/',
      expressEntry: null,
      notes: '',
    });
    const manitoba = indexDraws([
      stream('swm', 'Skilled Worker in Manitoba', 442, 612),
      stream('ies', 'International Education Stream', 36, null),
      stream('swo', 'Skilled Worker Overseas', 14, 708),
    ]);
    const row = (invitations: number): DrawClaim => ({
      kind: 'pnp',
      province: 'MB',
      date: '2025-06-26',
      invitations,
      figures: [
        { field: 'date', start: 0, end: 7 },
        { field: 'invitations', start: 20, end: 23 },
      ],
      start: 0,
      end: 23,
      inSidebar: true,
    });
    const whole = resolveClaim(row(492), manitoba);
    expect(whole.status === 'matched' && whole.draw.invitations).toEqual({ value: 492, qualifier: 'exact' });
    expect(badgeText(whole, t, plain)).toBe('✓ MPNP draw #250 · 492 invitations · 2025-06-26');
    // A wrong total is flagged against the sum; one stream's own count still finds that stream.
    expect(badgeText(resolveClaim(row(500), manitoba), t, plain)).toBe(
      'MPNP draw #250: 492 invitations (article: 500)',
    );
    const one = resolveClaim(row(36), manitoba);
    expect(one.status === 'matched' && one.draw.categoryName).toBe('International Education Stream');
  });

  it('gives every category name of the feed the same key as an article would', () => {
    const keys = new Set(draws.map((draw) => categoryOfDraw(draw)));
    expect(keys).toEqual(new Set(['general', 'cec', 'pnp', 'fsw', 'fst']));
  });
});

describe('drawsSince and the banner', () => {
  it('counts from the first stored draw, and says so, when what is stored starts after the article', () => {
    // What is stored starts with round #240 (February 2, 2023); the article is from 2022.
    const stored = draws.filter((draw) => draw.date >= '2023-02-02');
    const [facts] = drawsSince(
      { date: '2022-06-01', instant: null },
      [{ system: 'express-entry' }],
      stored,
      () => stored.map((draw) => draw.date).sort()[0],
    );
    expect(facts?.from).toBe('2023-02-02');
    expect(facts === undefined ? '' : bannerText(facts, t, plain)).toBe(
      `${stored.length} Express Entry rounds since 2023-02-02, the first on record here · latest #246, 2023-04-12 · CRS 486`,
    );
    // Stored from before the article: the usual count.
    const [usual] = drawsSince(
      { date: '2023-03-01', instant: null },
      [{ system: 'express-entry' }],
      stored,
      () => '2023-02-02',
    );
    expect(usual?.from).toBeUndefined();
  });

  it('counts the rounds after an article and names the latest', () => {
    // Published January 19, 2023: rounds #239 to #246 came after.
    const facts = drawsSince({ date: '2023-01-19', instant: null }, [{ system: 'express-entry' }], draws);
    const expected = draws.filter((draw) => draw.date > '2023-01-19');
    expect(facts).toHaveLength(1);
    expect(facts[0]?.count).toBe(expected.length);
    expect(facts[0]?.count).toBe(8);
    expect(facts[0]?.latest?.number).toBe('246');
    const banner = facts[0] === undefined ? '' : bannerText(facts[0], t, plain);
    expect(banner).toBe('8 Express Entry rounds since this article · latest #246, 2023-04-12 · CRS 486');
  });

  it('counts a same-day round only when it ran after the publication instant', () => {
    const morning = drawsSince(
      { date: '2023-01-18', instant: '2023-01-18T13:00:00.000Z' },
      [{ system: 'express-entry' }],
      draws,
    );
    const evening = drawsSince(
      { date: '2023-01-18', instant: '2023-01-18T20:00:00.000Z' },
      [{ system: 'express-entry' }],
      draws,
    );
    expect((morning[0]?.count ?? 0) - (evening[0]?.count ?? 0)).toBe(1);
  });

  it('says when nothing came since, and takes scopes from the claims', () => {
    const claims = findClaimsInText(
      'The Express Entry draw on April 12, 2023 issued 3,500 ITAs. The MPNP draw on April 13, 2023 issued 500 LAAs.',
    );
    const scopes = scopesOf(claims);
    expect(scopes).toEqual([{ system: 'express-entry' }, { system: 'pnp', province: 'MB' }]);
    const facts = drawsSince({ date: '2023-04-13', instant: null }, scopes, draws);
    expect(facts.map((fact) => bannerText(fact, t, plain))).toEqual([
      'No Express Entry rounds since this article',
      'No MPNP draws since this article',
    ]);
  });

  it('formats with Intl in en-CA by default', () => {
    const record = recordText(drawNumbered('237'), t);
    const format = intlFormat('en-CA');
    expect(record).toBe(
      `IRCC round #237 · ${format.number(5500)} ITAs · CRS 507 · ${format.date('2023-01-11')}`,
    );
    expect(format.number(5500)).toBe('5,500');
    expect(format.date('2025-03-06')).toMatch(/Mar\.? 6, 2025/);
  });
});
