import { describe, expect, it } from 'vitest';
import { expressEntryDraw, manitobaDraw } from '@/lib/alerts/testing';
import type { Draw } from '@/lib/draws/draw';
import { defaultProfile, type Profile } from '@/lib/profile/profile';
import { parseExpressEntryFeed } from '@/lib/sources/express-entry/parse-feed';
import { sharedFixture } from '@/tests/support/fixtures';
import { passesCutOffFilter, scoreOf, type Verdict, verdictOf } from './verdict';

const rounds = new Map<string, Draw>();
for (const copy of ['2025-07-24.json', '2026-08-05.json']) {
  for (const draw of parseExpressEntryFeed(sharedFixture('express-entry', copy)).draws)
    rounds.set(draw.id, draw);
}
function round(number: string): Draw {
  const draw = rounds.get(`ee:${number}`);
  if (!draw) throw new Error(`round ${number} is not in the recorded feeds`);
  return draw;
}

const user = (overrides: Partial<Profile>): Profile => ({ ...defaultProfile(), ...overrides });

const cecOnly = user({
  crsScore: 480,
  eligiblePrograms: ['cec'],
  provincialNomination: false,
  frenchNclc7: false,
  occupationCategories: [],
});
// A nomination adds 600 points: the nominee's CRS includes them, as PNP cut-offs do.
const nominee = user({ crsScore: 1080, eligiblePrograms: ['fsw'], provincialNomination: true });
const frenchSpeaker = user({
  crsScore: 410,
  eligiblePrograms: ['fsw'],
  provincialNomination: false,
  frenchNclc7: true,
  occupationCategories: [],
});
const healthcareWorker = user({
  crsScore: 480,
  eligiblePrograms: ['fsw', 'cec'],
  provincialNomination: false,
  frenchNclc7: false,
  occupationCategories: ['healthcare'],
});
const nothingSet = user({ crsScore: 480 });

const clears = (score: number, cutOff: number) => ({ kind: 'clears', score, cutOff }) as const;
const short = (score: number, cutOff: number) =>
  ({ kind: 'short', points: cutOff - score, score, cutOff }) as const;
const open = (score: ReturnType<typeof clears> | ReturnType<typeof short>): Verdict => ({
  kind: 'open',
  score,
});

describe('verdictOf: real rounds, five kinds of user', () => {
  it('checks the recorded rounds it relies on', () => {
    expect(
      [round('355'), round('356'), round('357'), round('294')].map((d) => [d.category, d.minScore]),
    ).toEqual([
      ['cec', 518],
      ['pnp', 788],
      ['healthcare', 475],
      ['general', 529],
    ]);
    expect(round('429').categoryName).toBe('French-Language proficiency 2026-Version 2');
  });

  it.each<[string, Profile, string, Verdict]>([
    // #355 Canadian Experience Class, cut-off 518
    ['CEC-only user', cecOnly, '355', open(short(480, 518))],
    ['nominee (FSW)', nominee, '355', { kind: 'closed', because: { kind: 'programs', programs: ['cec'] } }],
    ['healthcare worker', healthcareWorker, '355', open(short(480, 518))],
    [
      'no programs set',
      nothingSet,
      '355',
      { kind: 'needs-profile', missing: ['programs'], score: short(480, 518) },
    ],
    // #356 Provincial Nominee Program, cut-off 788 (the nomination's 600 included)
    ['CEC-only user', cecOnly, '356', { kind: 'closed', because: { kind: 'programs', programs: ['pnp'] } }],
    ['nominee', nominee, '356', open(clears(1080, 788))],
    [
      'French speaker',
      frenchSpeaker,
      '356',
      { kind: 'closed', because: { kind: 'programs', programs: ['pnp'] } },
    ],
    [
      'no nomination said',
      nothingSet,
      '356',
      { kind: 'needs-profile', missing: ['nomination'], score: short(480, 788) },
    ],
    // #357 Healthcare and social services occupations, cut-off 475
    [
      'CEC-only user',
      cecOnly,
      '357',
      { kind: 'closed', because: { kind: 'occupation', category: 'healthcare' } },
    ],
    ['healthcare worker', healthcareWorker, '357', open(clears(480, 475))],
    [
      'no occupations set',
      nothingSet,
      '357',
      { kind: 'needs-profile', missing: ['occupations'], score: clears(480, 475) },
    ],
    // #429 French-Language proficiency 2026-Version 2, cut-off 399; #425, cut-off 420
    ['CEC-only user', cecOnly, '429', { kind: 'closed', because: { kind: 'french' } }],
    ['French speaker', frenchSpeaker, '429', open(clears(410, 399))],
    ['French speaker', frenchSpeaker, '425', open(short(410, 420))],
    ['healthcare worker', healthcareWorker, '425', { kind: 'closed', because: { kind: 'french' } }],
    [
      'no French level set',
      nothingSet,
      '429',
      { kind: 'needs-profile', missing: ['french'], score: clears(480, 399) },
    ],
    // #294 General: every program, every candidate
    ['CEC-only user', cecOnly, '294', open(short(480, 529))],
    ['no programs set', nothingSet, '294', open(short(480, 529))],
    ['nominee', nominee, '294', open(clears(1080, 529))],
  ])('%s, round #%s', (_, profile, number, expected) => {
    expect(verdictOf(round(number), profile)).toEqual(expected);
  });

  it('says every 2026 French round is closed to someone without French, whatever the score', () => {
    const french2026 = [...rounds.values()].filter((draw) =>
      draw.categoryName.startsWith('French-Language proficiency 2026'),
    );
    expect(french2026.map((draw) => draw.number)).toEqual([
      '429',
      '425',
      '418',
      '414',
      '411',
      '405',
      '401',
      '394',
    ]);
    const highScore = { ...cecOnly, crsScore: 900 };
    for (const draw of french2026) {
      expect(verdictOf(draw, highScore)).toEqual({ kind: 'closed', because: { kind: 'french' } });
    }
  });

  it('keeps a score comparison without a CRS as "nothing to compare"', () => {
    expect(verdictOf(round('357'), { ...healthcareWorker, crsScore: null })).toEqual({
      kind: 'open',
      score: null,
    });
  });
});

describe('verdictOf: what the record does not say', () => {
  it('calls a category no rule knows "unknown", with the score beside it', () => {
    const arctic = expressEntryDraw({
      category: 'other',
      categoryName: 'Arctic occupations (Version 1)',
      minScore: 400,
    });
    expect(verdictOf(arctic, cecOnly)).toEqual({ kind: 'eligibility-unknown', score: clears(480, 400) });
  });

  it('does not call a round closed when it also names a program we do not know', () => {
    const details = expressEntryDraw().expressEntry;
    if (!details) throw new Error('the sample round has no details');
    const draw = expressEntryDraw({
      category: 'cec',
      categoryName: 'Canadian Experience Class',
      expressEntry: {
        ...details,
        programsEligible: 'Canadian Experience Class and Atlantic Pilot',
      },
    });
    expect(verdictOf(draw, nominee).kind).toBe('eligibility-unknown');
    expect(verdictOf(draw, cecOnly).kind).toBe('open');
  });

  it('keeps provincial draws on their own scale, with no eligibility claim', () => {
    expect(verdictOf(manitobaDraw({ minScore: 612 }), user({ provincialScores: { MB: 650 } }))).toEqual({
      kind: 'provincial',
      score: clears(650, 612),
    });
    expect(verdictOf(manitobaDraw({ minScore: 612 }), user({ crsScore: 900 }))).toEqual({
      kind: 'provincial',
      score: null,
    });
  });
});

describe('the alert filter "only when I clear the cut-off"', () => {
  it('never lets a round closed to the user through, even a score it clears', () => {
    const frenchRound = verdictOf(round('429'), { ...cecOnly, crsScore: 900 });
    expect(frenchRound.kind).toBe('closed');
    expect(scoreOf(frenchRound)).toBeNull();
    expect(passesCutOffFilter(frenchRound)).toBe(false);
    expect(passesCutOffFilter(verdictOf(round('356'), cecOnly))).toBe(false);
  });

  it('lets an open round through when the score clears it, or when there is nothing to compare', () => {
    expect(passesCutOffFilter(verdictOf(round('357'), healthcareWorker))).toBe(true);
    expect(passesCutOffFilter(verdictOf(round('355'), cecOnly))).toBe(false);
    expect(passesCutOffFilter(verdictOf(round('357'), { ...healthcareWorker, crsScore: null }))).toBe(true);
  });

  it('judges a round the profile cannot place by its score alone, as before the profile knew programs', () => {
    expect(passesCutOffFilter(verdictOf(round('357'), nothingSet))).toBe(true);
    expect(passesCutOffFilter(verdictOf(round('356'), nothingSet))).toBe(false);
  });
});
