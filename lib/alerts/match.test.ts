import { describe, expect, it } from 'vitest';
import { drawMatchesProfile, shouldAlert } from '@/lib/alerts/match';
import { expressEntryDraw, manitobaDraw, provincialDraw } from '@/lib/alerts/testing';
import type { Draw } from '@/lib/draws/draw';
import { defaultProfile, type Profile } from '@/lib/profile/profile';
import { compareScore } from '@/lib/standing/verdict';

function profile(overrides: Partial<Profile> = {}): Profile {
  return { ...defaultProfile(), ...overrides };
}

const quebecDraw = provincialDraw({
  id: 'qc:2026-06-12:pstq-1',
  system: 'quebec',
  province: 'QC',
  category: 'qc-skilled-workers',
  categoryName: 'Skilled workers (PSTQ)',
  minScore: 590,
  scoreScale: 'arrima',
});

describe('drawMatchesProfile: Express Entry categories', () => {
  it('matches every category by default, one first seen today included', () => {
    const everything = defaultProfile();
    expect(drawMatchesProfile(expressEntryDraw(), everything)).toBe(true);
    expect(
      drawMatchesProfile(
        expressEntryDraw({
          category: 'space-industry',
          categoryName: 'Space industry occupations, 2027-Version 1',
        }),
        everything,
      ),
    ).toBe(true);
  });

  it('matches only the categories followed', () => {
    const transportOnly = profile({ followedCategories: ['transport'] });
    expect(drawMatchesProfile(expressEntryDraw({ category: 'transport' }), transportOnly)).toBe(true);
    expect(drawMatchesProfile(expressEntryDraw({ category: 'cec' }), transportOnly)).toBe(false);
    expect(drawMatchesProfile(expressEntryDraw(), profile({ followedCategories: [] }))).toBe(false);
  });

  it('counts a category no rule knows as "other"', () => {
    const unknown = expressEntryDraw({ category: 'space-industry' });
    expect(drawMatchesProfile(unknown, profile({ followedCategories: ['other'] }))).toBe(true);
    expect(drawMatchesProfile(unknown, profile({ followedCategories: ['cec', 'stem'] }))).toBe(false);
  });

  it('ignores the followed provinces for Express Entry', () => {
    const draw = expressEntryDraw({ category: 'pnp' });
    expect(drawMatchesProfile(draw, profile({ followedCategories: ['pnp'], followedProvinces: [] }))).toBe(
      true,
    );
  });
});

describe('drawMatchesProfile: provinces', () => {
  it('follows no province by default', () => {
    expect(drawMatchesProfile(manitobaDraw(), defaultProfile())).toBe(false);
    expect(drawMatchesProfile(quebecDraw, defaultProfile())).toBe(false);
  });

  it('matches the draws of a followed province only', () => {
    const manitoba = profile({ followedProvinces: ['MB'] });
    expect(drawMatchesProfile(manitobaDraw(), manitoba)).toBe(true);
    expect(
      drawMatchesProfile(provincialDraw({ id: 'bc:1', province: 'BC', scoreScale: 'bc-sirs' }), manitoba),
    ).toBe(false);
  });

  it('treats Quebec like a province', () => {
    expect(drawMatchesProfile(quebecDraw, profile({ followedProvinces: ['QC'] }))).toBe(true);
  });

  it('ignores the followed Express Entry categories for provincial draws', () => {
    expect(
      drawMatchesProfile(manitobaDraw(), profile({ followedCategories: [], followedProvinces: ['MB'] })),
    ).toBe(true);
  });

  it('never matches a provincial draw that names no province', () => {
    expect(drawMatchesProfile(manitobaDraw({ province: null }), profile({ followedProvinces: ['MB'] }))).toBe(
      false,
    );
  });
});

describe('drawMatchesProfile: "only when the cut-off is at or below my score"', () => {
  const strict = (overrides: Partial<Profile>) =>
    profile({ onlyWhenCutOffAtOrBelowMyScore: true, ...overrides });

  it('compares an Express Entry cut-off with the CRS', () => {
    const draw = expressEntryDraw({ minScore: 470 });
    expect(drawMatchesProfile(draw, strict({ crsScore: 480 }))).toBe(true);
    expect(drawMatchesProfile(draw, strict({ crsScore: 470 }))).toBe(true);
    expect(drawMatchesProfile(draw, strict({ crsScore: 469 }))).toBe(false);
  });

  it('lets a draw through when the user is short but did not ask to filter', () => {
    expect(drawMatchesProfile(expressEntryDraw({ minScore: 470 }), profile({ crsScore: 300 }))).toBe(true);
  });

  it('lets a draw without a cut-off, or a user without a score, through', () => {
    expect(
      drawMatchesProfile(expressEntryDraw({ minScore: null, scoreScale: 'none' }), strict({ crsScore: 300 })),
    ).toBe(true);
    expect(drawMatchesProfile(expressEntryDraw({ minScore: 470 }), strict({ crsScore: null }))).toBe(true);
  });

  it("compares a province's cut-off with that province's score", () => {
    const manitoba = { followedProvinces: ['MB' as const] };
    expect(
      drawMatchesProfile(
        manitobaDraw({ minScore: 612 }),
        strict({ ...manitoba, provincialScores: { MB: 612 } }),
      ),
    ).toBe(true);
    expect(
      drawMatchesProfile(
        manitobaDraw({ minScore: 612 }),
        strict({ ...manitoba, provincialScores: { MB: 600 } }),
      ),
    ).toBe(false);
  });

  it("never holds a CRS, or another province's score, against a provincial grid", () => {
    const manitoba = { followedProvinces: ['MB' as const] };
    // A CRS of 300 is "below" 612 as a number, but the scales differ: nothing to compare.
    expect(drawMatchesProfile(manitobaDraw({ minScore: 612 }), strict({ ...manitoba, crsScore: 300 }))).toBe(
      true,
    );
    expect(
      drawMatchesProfile(
        manitobaDraw({ minScore: 612 }),
        strict({ ...manitoba, provincialScores: { BC: 100 } }),
      ),
    ).toBe(true);
  });

  it('never lets through a round closed to the user, even one whose cut-off the score clears', () => {
    const cecOnly = strict({
      crsScore: 480,
      eligiblePrograms: ['cec'],
      provincialNomination: false,
      frenchNclc7: false,
      occupationCategories: [],
    });
    const frenchRound = expressEntryDraw({
      category: 'french',
      categoryName: 'French-Language proficiency 2026-Version 2',
      minScore: 382,
    });
    const nomineesRound = expressEntryDraw({
      category: 'pnp',
      categoryName: 'Provincial Nominee Program',
      minScore: 470,
      expressEntry: {
        ...frenchRound.expressEntry,
        programsEligible: 'Provincial Nominee Program',
      } as Draw['expressEntry'],
    });
    expect(drawMatchesProfile(frenchRound, cecOnly)).toBe(false);
    expect(drawMatchesProfile(nomineesRound, cecOnly)).toBe(false);
    // Without the filter the user still hears of them (the text says they were not open).
    expect(drawMatchesProfile(frenchRound, { ...cecOnly, onlyWhenCutOffAtOrBelowMyScore: false })).toBe(true);
    // The same rounds pass for a French speaker and for a nominee.
    expect(drawMatchesProfile(frenchRound, { ...cecOnly, frenchNclc7: true })).toBe(true);
    expect(drawMatchesProfile(nomineesRound, { ...cecOnly, provincialNomination: true })).toBe(true);
  });

  it('never holds a provincial score against the CRS', () => {
    expect(
      drawMatchesProfile(expressEntryDraw({ minScore: 470 }), strict({ provincialScores: { MB: 100 } })),
    ).toBe(true);
  });
});

describe('compareScore', () => {
  it('says by how much the user clears or misses an Express Entry cut-off', () => {
    expect(compareScore(expressEntryDraw({ minScore: 470 }), profile({ crsScore: 480 }))).toEqual({
      kind: 'clears',
      score: 480,
      cutOff: 470,
    });
    expect(compareScore(expressEntryDraw({ minScore: 470 }), profile({ crsScore: 470 }))).toEqual({
      kind: 'clears',
      score: 470,
      cutOff: 470,
    });
    expect(compareScore(expressEntryDraw({ minScore: 470 }), profile({ crsScore: 432 }))).toEqual({
      kind: 'short',
      points: 38,
      score: 432,
      cutOff: 470,
    });
  });

  it("uses the province's own score for its draws", () => {
    const scores = profile({ crsScore: 900, provincialScores: { MB: 650 } });
    expect(compareScore(manitobaDraw({ minScore: 612 }), scores)).toEqual({
      kind: 'clears',
      score: 650,
      cutOff: 612,
    });
    expect(compareScore(manitobaDraw({ minScore: 700 }), scores)).toEqual({
      kind: 'short',
      points: 50,
      score: 650,
      cutOff: 700,
    });
  });

  it('has nothing to say without a score on the draw’s scale', () => {
    expect(compareScore(manitobaDraw(), profile({ crsScore: 900 }))).toBeNull();
    expect(compareScore(expressEntryDraw(), profile({ provincialScores: { MB: 650 } }))).toBeNull();
    expect(compareScore(quebecDraw, profile({ provincialScores: { MB: 650 } }))).toBeNull();
  });

  it('has nothing to say about a draw without a cut-off', () => {
    const noScore = provincialDraw({ id: 'nb:1', province: 'NB', minScore: null, scoreScale: 'none' });
    expect(compareScore(noScore, profile({ crsScore: 480, provincialScores: { NB: 80 } }))).toBeNull();
  });

  it('compares a provincial draw published on the CRS scale with the CRS', () => {
    const ontarioExpressEntry = provincialDraw({
      id: 'on:2026-01-13:hcp',
      province: 'ON',
      minScore: 462,
      scoreScale: 'crs',
    });
    expect(
      compareScore(ontarioExpressEntry, profile({ crsScore: 470, provincialScores: { ON: 40 } })),
    ).toEqual({
      kind: 'clears',
      score: 470,
      cutOff: 462,
    });
  });

  it('does not trust a provincial grid on an Express Entry draw', () => {
    const odd = expressEntryDraw({ province: 'MB', scoreScale: 'mpnp-eoi', minScore: 612 });
    expect(compareScore(odd, profile({ crsScore: 700, provincialScores: { MB: 100 } }))).toBeNull();
  });
});

describe('shouldAlert', () => {
  it('alerts for a matching draw only while notifications are on', () => {
    expect(shouldAlert(expressEntryDraw(), profile())).toBe(true);
    expect(shouldAlert(expressEntryDraw(), profile({ notificationsEnabled: false }))).toBe(false);
    expect(shouldAlert(manitobaDraw(), profile())).toBe(false);
  });
});
