import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draw } from '@/lib/draws/draw';
import { parseExpressEntryFeed } from '@/lib/sources/express-entry/parse-feed';
import { SourceFault } from '@/lib/sources/source';
import { sharedFixture, sharedFixturesDir } from '@/tests/support/fixtures';
import { eligibilityOf, OCCUPATION_CATEGORIES, type RoundEligibility } from './rules';

/** Every recorded copy of the feed that holds rounds (one archived fetch was an empty body). */
function recordedRounds(): { copy: string; draws: Draw[] }[] {
  const copies = readdirSync(join(sharedFixturesDir, 'express-entry')).filter((name) =>
    name.endsWith('.json'),
  );
  const read: { copy: string; draws: Draw[] }[] = [];
  for (const copy of copies) {
    try {
      read.push({ copy, draws: parseExpressEntryFeed(sharedFixture('express-entry', copy)).draws });
    } catch (error) {
      if (!(error instanceof SourceFault && error.kind === 'empty')) throw error;
    }
  }
  return read;
}

const copies = recordedRounds();
const everyRound = copies.flatMap(({ draws }) => draws);

const federal = ['cec', 'fsw', 'fst'];
const every = ['cec', 'fsw', 'fst', 'pnp'];
const program = (programs: string[]): RoundEligibility => ({
  requirement: { kind: 'none' },
  programs: programs as RoundEligibility['programs'],
  somethingElse: false,
});
const occupation = (category: string): RoundEligibility => ({
  requirement: { kind: 'occupation', category: category as never },
  programs: federal as RoundEligibility['programs'],
  somethingElse: false,
});
const french: RoundEligibility = {
  requirement: { kind: 'french' },
  programs: federal as RoundEligibility['programs'],
  somethingElse: false,
};

/** Every drawName the recorded feeds carry (2015 to August 2026), and who could enter its rounds. */
const EXPECTED: Record<string, RoundEligibility> = {
  'No Program Specified': program(every),
  General: program(every),
  'Canadian Experience Class': program(['cec']),
  'Provincial Nominee Program': program(['pnp']),
  'Federal Skilled Worker': program(['fsw']),
  'Federal Skilled Trades': program(['fst']),
  'French language proficiency (2023-1)': french,
  'French language proficiency (2024-1)': french,
  'French language proficiency (Version 1)': french,
  'French-Language proficiency 2026-Version 2': french,
  'Healthcare occupations (2023-1)': occupation('healthcare'),
  'Healthcare occupations (Version 1)': occupation('healthcare'),
  'Healthcare and social services occupations (Version 2)': occupation('healthcare'),
  'Healthcare and Social Services Occupations, 2026-Version 3': occupation('healthcare'),
  'STEM occupations (2023-1)': occupation('stem'),
  'STEM occupations (Version 1)': occupation('stem'),
  'Trade occupations (2023-1)': occupation('trades'),
  'Trade occupations (Version 1)': occupation('trades'),
  'Trade occupations (Version 2)': occupation('trades'),
  'Trades Occupations, 2026-Version 3': occupation('trades'),
  'Transport occupations (2023-1)': occupation('transport'),
  'Transport occupations (2024-1)': occupation('transport'),
  'Transport occupations (Version 1)': occupation('transport'),
  'Agriculture and agri-food occupations (2023-1)': occupation('agriculture'),
  'Agriculture and agri-food occupations (Version 1)': occupation('agriculture'),
  'Education occupations (Version 1)': occupation('education'),
  'Physicians with Canadian Work Experience, 2026-Version 1': occupation('physicians'),
  'Senior managers with Canadian Work Experience, 2026-Version 1': occupation('senior-managers'),
  'Skilled Military Recruits, 2026-Version 1': occupation('military'),
};

describe('eligibilityOf: every round of every recorded feed copy', () => {
  it('reads the copies it should', () => {
    expect(copies.map(({ copy }) => copy).sort()).toEqual([
      '2023-04-13.json',
      '2024-04-06.json',
      '2025-07-09.json',
      '2025-07-24.json',
      '2026-08-05.json',
    ]);
    expect(everyRound.length).toBeGreaterThan(1600);
  });

  it('knows who could enter every round: none falls to unknown', () => {
    const unknown = everyRound.filter((draw) => {
      const who = eligibilityOf(draw);
      return who === null || who.requirement.kind === 'unknown' || who.programs === null || who.somethingElse;
    });
    expect(unknown.map((draw) => `${draw.number} ${draw.categoryName}`)).toEqual([]);
  });

  it('gives each drawName its rule', () => {
    const names = new Set(everyRound.map((draw) => draw.categoryName));
    expect([...names].sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const draw of everyRound) {
      expect({ name: draw.categoryName, who: eligibilityOf(draw) }).toEqual({
        name: draw.categoryName,
        who: EXPECTED[draw.categoryName],
      });
    }
  });
});

describe('eligibilityOf: rounds no recording has', () => {
  const round = (categoryName: string, programsEligible: string): Draw => {
    const [sample] = everyRound;
    if (!sample?.expressEntry) throw new Error('no sample round');
    return { ...sample, categoryName, expressEntry: { ...sample.expressEntry, programsEligible } };
  };
  const federalText =
    'Federal Skilled Worker Program, Canadian Experience Class and Federal Skilled Trades Program';

  it('knows the 2026 categories announced but not recorded yet', () => {
    expect(eligibilityOf(round('Transport Occupations, 2026-Version 2', federalText))).toEqual(
      occupation('transport'),
    );
    expect(
      eligibilityOf(round('Researchers with Canadian Work Experience, 2026-Version 1', federalText)),
    ).toEqual(occupation('researchers'));
  });

  it('says "unknown" for a category no rule knows, never a guess', () => {
    expect(eligibilityOf(round('Arctic occupations (Version 1)', federalText))?.requirement).toEqual({
      kind: 'unknown',
    });
  });

  it('takes a program round’s programs from its name when drawText2 is empty', () => {
    expect(eligibilityOf(round('Canadian Experience Class', ''))).toEqual(program(['cec']));
    expect(eligibilityOf(round('STEM occupations (Version 1)', ''))).toEqual({
      requirement: { kind: 'occupation', category: 'stem' },
      programs: null,
      somethingElse: false,
    });
  });

  it('makes no claim about a provincial draw', () => {
    expect(
      eligibilityOf({ system: 'pnp', categoryName: 'Skilled Worker in Manitoba', expressEntry: null }),
    ).toBeNull();
  });

  it('lists every occupation category the profile can ask about', () => {
    expect(OCCUPATION_CATEGORIES).toEqual([
      'healthcare',
      'stem',
      'trades',
      'transport',
      'agriculture',
      'education',
      'physicians',
      'senior-managers',
      'military',
      'researchers',
    ]);
  });
});
