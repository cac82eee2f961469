import { parseExpressEntryFeed } from '@/lib/sources/express-entry/parse-feed';
import { sharedFixture } from '@/tests/support/fixtures';
import { frenchRoundName, officialDrawName } from './french-names';

const FEEDS = ['2023-04-13', '2024-04-06', '2025-07-09', '2025-07-24', '2026-08-05'];

describe('IRCC’s French round names', () => {
  it.each(FEEDS)('names every round of the %s feed in French', (copy) => {
    const { draws } = parseExpressEntryFeed(sharedFixture('express-entry', `${copy}.json`));
    expect(draws.length).toBeGreaterThan(200);
    const unnamed = new Set<string>();
    for (const draw of draws) {
      const french = frenchRoundName(draw.categoryName);
      if (french === null) unnamed.add(draw.categoryName);
      else expect(french).not.toBe(draw.categoryName);
      // Shown in French: IRCC's French name, or IRCC's English name, never anything else.
      expect([french ?? draw.categoryName]).toContain(officialDrawName(draw, 'fr'));
      expect(officialDrawName(draw, 'en')).toBe(draw.categoryName);
    }
    // Every category name of the recorded feeds has a French name in IRCC's French feed.
    expect([...unnamed]).toEqual([]);
  });

  it('reads IRCC’s own French, typographic apostrophes and all', () => {
    expect(frenchRoundName('Canadian Experience Class')).toBe('Catégorie de l’expérience canadienne');
    expect(frenchRoundName('Healthcare occupations (2023-1)')).toBe('Professions de la santé (Version 1)');
    expect(frenchRoundName('French language proficiency (2024-1)')).toBe(
      'Compétence linguistique en français (Version 1)',
    );
    expect(frenchRoundName('Skilled Military Recruits, 2026-Version 1')).toBe(
      'Recrues militaires qualifiées, 2026-Version 1',
    );
  });

  it('shows IRCC’s English name for a round with no known French name', () => {
    // No French copy of this one was ever seen: no made-up translation.
    const transport = {
      system: 'express-entry' as const,
      categoryName: 'Transport Occupations, 2026-Version 2',
    };
    expect(frenchRoundName(transport.categoryName)).toBeNull();
    expect(officialDrawName(transport, 'fr')).toBe('Transport Occupations, 2026-Version 2');
    // Provinces publish their streams in English only.
    expect(officialDrawName({ system: 'pnp', categoryName: 'Skilled Worker in Manitoba' }, 'fr')).toBe(
      'Skilled Worker in Manitoba',
    );
  });
});
