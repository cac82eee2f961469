import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { frenchRoundName } from '@/lib/sources/express-entry/french-names';
import { sharedFixture, sharedFixturesDir } from '@/tests/support/fixtures';
import { type CategoryEdition, categoryEdition, expressEntryGroup } from './category-groups';

/** Every drawName of every recorded copy of the feed that parses (the empty-body copy has none). */
function recordedDrawNames(): Map<string, string[]> {
  const byCopy = new Map<string, string[]>();
  for (const file of readdirSync(join(sharedFixturesDir, 'express-entry'))) {
    const body = sharedFixture('express-entry', file);
    if (body.trim() === '') continue;
    const { rounds } = JSON.parse(body) as { rounds: { drawName: string }[] };
    byCopy.set(file, [...new Set(rounds.map((round) => round.drawName))]);
  }
  return byCopy;
}

/** What each name the recorded feeds carry stands for, written out by hand from IRCC's pages. */
const EXPECTED: Record<string, CategoryEdition> = {
  'No Program Specified': { category: 'general', version: null, year: null },
  General: { category: 'general', version: null, year: null },
  'Canadian Experience Class': { category: 'cec', version: null, year: null },
  'Provincial Nominee Program': { category: 'pnp', version: null, year: null },
  'Federal Skilled Worker': { category: 'fsw', version: null, year: null },
  'Federal Skilled Trades': { category: 'fst', version: null, year: null },
  'French language proficiency (2023-1)': { category: 'french', version: 1, year: 2023 },
  'French language proficiency (2024-1)': { category: 'french', version: 1, year: 2024 },
  'French language proficiency (Version 1)': { category: 'french', version: 1, year: null },
  'French-Language proficiency 2026-Version 2': { category: 'french', version: 2, year: 2026 },
  'Healthcare occupations (2023-1)': { category: 'healthcare', version: 1, year: 2023 },
  'Healthcare occupations (Version 1)': { category: 'healthcare', version: 1, year: null },
  'Healthcare and social services occupations (Version 2)': {
    category: 'healthcare',
    version: 2,
    year: null,
  },
  'Healthcare and Social Services Occupations, 2026-Version 3': {
    category: 'healthcare',
    version: 3,
    year: 2026,
  },
  'STEM occupations (2023-1)': { category: 'stem', version: 1, year: 2023 },
  'STEM occupations (Version 1)': { category: 'stem', version: 1, year: null },
  'Trade occupations (2023-1)': { category: 'trades', version: 1, year: 2023 },
  'Trade occupations (Version 1)': { category: 'trades', version: 1, year: null },
  'Trade occupations (Version 2)': { category: 'trades', version: 2, year: null },
  'Trades Occupations, 2026-Version 3': { category: 'trades', version: 3, year: 2026 },
  'Transport occupations (2023-1)': { category: 'transport', version: 1, year: 2023 },
  'Transport occupations (2024-1)': { category: 'transport', version: 1, year: 2024 },
  'Transport occupations (Version 1)': { category: 'transport', version: 1, year: null },
  'Agriculture and agri-food occupations (2023-1)': { category: 'agriculture', version: 1, year: 2023 },
  'Agriculture and agri-food occupations (Version 1)': { category: 'agriculture', version: 1, year: null },
  'Education occupations (Version 1)': { category: 'education', version: 1, year: null },
  'Physicians with Canadian Work Experience, 2026-Version 1': {
    category: 'physicians',
    version: 1,
    year: 2026,
  },
  'Senior managers with Canadian Work Experience, 2026-Version 1': {
    category: 'senior-managers',
    version: 1,
    year: 2026,
  },
  'Skilled Military Recruits, 2026-Version 1': { category: 'military', version: 1, year: 2026 },
};

describe('category groups across IRCC’s renames', () => {
  const byCopy = recordedDrawNames();

  it('reads five parseable recorded copies of the feed', () => {
    expect([...byCopy.keys()].sort()).toEqual([
      '2023-04-13.json',
      '2024-04-06.json',
      '2025-07-09.json',
      '2025-07-24.json',
      '2026-08-05.json',
    ]);
  });

  for (const [copy, names] of byCopy) {
    it(`groups every drawName of the ${copy} copy as written out by hand`, () => {
      for (const name of names) {
        expect(Object.hasOwn(EXPECTED, name), `“${name}” is listed`).toBe(true);
        expect(categoryEdition(name), name).toEqual(EXPECTED[name]);
        expect(expressEntryGroup({ categoryName: name, category: 'other' })).toBe(EXPECTED[name]?.category);
      }
    });
  }

  it('puts the three healthcare names of 2023 to 2026 in one category, in versions 1, 2 and 3', () => {
    const names = [...new Set([...byCopy.values()].flat())].filter(
      (name) => categoryEdition(name).category === 'healthcare',
    );
    expect(names.map((name) => categoryEdition(name).version).sort()).toEqual([1, 1, 2, 3]);
  });

  it('no recorded name falls into “other”', () => {
    for (const name of new Set([...byCopy.values()].flat())) {
      expect(categoryEdition(name).category, name).not.toBe('other');
    }
  });

  it('reads the same version in IRCC’s French name of a round as in its English one', () => {
    // Stored records carry the English name; the French one is shown, the group is the same.
    for (const name of Object.keys(EXPECTED)) {
      const french = frenchRoundName(name);
      if (french === null) continue;
      expect(categoryEdition(french).version, french).toBe(EXPECTED[name]?.version);
    }
  });

  it('keeps a category no rule knows as “other”, and a stored key when the name is gone', () => {
    expect(categoryEdition('Arctic occupations, 2027-Version 1')).toEqual({
      category: 'other',
      version: 1,
      year: 2027,
    });
    expect(expressEntryGroup({ categoryName: '', category: 'stem' })).toBe('stem');
    expect(expressEntryGroup({ categoryName: '', category: 'not-a-key' })).toBe('other');
  });
});
