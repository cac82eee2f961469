import type { Draw } from '@/lib/draws/draw';
import { parseExpressEntryFeed } from '@/lib/sources/express-entry/parse-feed';
import { sharedFixture } from '@/tests/support/fixtures';
import { applyFilters, consistent, filtersFromSearch, NO_FILTERS, searchFromFilters } from './filters';

const rounds = parseExpressEntryFeed(sharedFixture('express-entry', '2026-08-05.json')).draws;
const pei: Draw = {
  ...rounds[0],
  id: 'pe:2026-06-18:labour',
  system: 'pnp',
  sourceId: 'pnp-pe',
  province: 'PE',
  number: null,
  sequence: 0,
  date: '2026-06-18',
  dateEnd: null,
  category: 'pe-labour',
  categoryName: 'Labour & Express Entry',
  scoreScale: 'pei-eoi',
  minScore: null,
  expressEntry: null,
  notes: 'Occupations in demand',
} as Draw;
const all = [...rounds, pei];
const words = (draw: Draw) => `${draw.categoryName} ${draw.notes}`;
const numbers = (draws: Draw[]) => draws.map((draw) => draw.number);

describe('history filters', () => {
  it('French-language rounds of 2026 are exactly the feed’s, newest first', () => {
    const shown = applyFilters(all, filtersFromSearch('?category=french&year=2026', 2026), words);
    expect(numbers(shown)).toEqual(['429', '425', '418', '414', '411', '405', '401', '394']);
  });

  it('groups a category across its renames: healthcare versions 1, 2 and 3 together', () => {
    const shown = applyFilters(all, filtersFromSearch('?category=healthcare', 2026), words);
    expect(new Set(shown.map((draw) => draw.categoryName))).toEqual(
      new Set([
        'Healthcare occupations (Version 1)',
        'Healthcare and social services occupations (Version 2)',
        'Healthcare and Social Services Occupations, 2026-Version 3',
      ]),
    );
    expect(shown).toHaveLength(15);
  });

  it('orders 91a before 91b, and finds a round by its number as people type it', () => {
    const ascending = applyFilters(all, { ...NO_FILTERS, year: 2018, direction: 'asc' }, words);
    const index = (number: string) => ascending.findIndex((draw) => draw.number === number);
    expect(index('91a')).toBeLessThan(index('91b'));
    expect(index('91b')).toBeLessThan(index('92'));
    expect(numbers(applyFilters(all, { ...NO_FILTERS, search: '#91A' }, words))).toEqual(['91a']);
    expect(numbers(applyFilters(all, { ...NO_FILTERS, search: '432' }, words))).toEqual(['432']);
  });

  it('searches words of names and notes, and filters a province', () => {
    expect(applyFilters(all, { ...NO_FILTERS, search: 'in demand' }, words)).toEqual([pei]);
    expect(applyFilters(all, filtersFromSearch('?province=PE', 2026), words)).toEqual([pei]);
    expect(applyFilters(all, filtersFromSearch('?system=pnp', 2026), words)).toEqual([pei]);
  });

  it('sorts by a column both ways, draws without the value last', () => {
    const byScore = applyFilters(all, { ...NO_FILTERS, sort: 'score', direction: 'desc' }, words);
    expect(byScore[0]?.minScore).toBe(Math.max(...rounds.map((draw) => draw.minScore ?? 0)));
    expect(byScore.at(-1)).toBe(pei);
    const upward = applyFilters(all, { ...NO_FILTERS, sort: 'score', direction: 'asc' }, words);
    expect(upward[0]?.minScore).toBe(Math.min(...rounds.map((draw) => draw.minScore ?? 9999)));
    expect(upward.at(-1)).toBe(pei);
  });

  it('filters a date range, both days included', () => {
    const shown = applyFilters(all, filtersFromSearch('?from=2026-07-22&to=2026-08-05', 2026), words);
    expect(shown.map((draw) => draw.date).every((date) => date >= '2026-07-22' && date <= '2026-08-05')).toBe(
      true,
    );
    expect(shown.map((draw) => draw.date)).toContain('2026-07-22');
    expect(shown.map((draw) => draw.date)).toContain('2026-08-05');
  });
});

describe('filters in the address', () => {
  it('survive a round trip', () => {
    const filters = filtersFromSearch(
      '?system=express-entry&category=french&year=2026&q=Version%202&sort=score&dir=asc',
      2026,
    );
    expect(filters).toMatchObject({ category: 'french', year: 2026, search: 'Version 2', sort: 'score' });
    expect(filtersFromSearch(searchFromFilters(filters), 2026)).toEqual(filters);
    expect(searchFromFilters(NO_FILTERS)).toBe('');
  });

  it('drop what is not one of ours, and what contradicts another filter', () => {
    const hostile = filtersFromSearch(
      '?system=<script>&category=constructor&province=XX&stream=../../x&year=1999&from=2026-13-45&q=' +
        'x'.repeat(5000),
      2026,
    );
    expect({ ...hostile, search: '' }).toEqual(NO_FILTERS);
    expect(hostile.search).toHaveLength(100);
    // A category is Express Entry's: a province beside it is dropped.
    expect(filtersFromSearch('?category=cec&province=AB', 2026)).toMatchObject({
      system: 'express-entry',
      province: null,
    });
    expect(consistent({ ...NO_FILTERS, province: 'QC' }).system).toBe('quebec');
    expect(consistent({ ...NO_FILTERS, from: '2026-02-01', to: '2026-01-01' })).toMatchObject({
      from: '2026-01-01',
      to: '2026-02-01',
    });
  });
});
