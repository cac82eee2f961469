import type { Draw } from '@/lib/draws/draw';
import { exact, faultOf, fewerThan, parseWith, sortById, sourceOf } from '@/lib/sources/pnp/testing';
import * as bcFile from '@/lib/sources/provinces/bc';
import { ownFixture } from '@/tests/support/fixtures';

const bcSource = sourceOf(bcFile);

const page = ownFixture('pnp', 'bc.html');
const URL =
  'https://www.welcomebc.ca/immigrate-to-b-c/about-the-bc-provincial-nominee-program/invitations-to-apply';

type Facts = Pick<Draw, 'id' | 'date' | 'category' | 'categoryName' | 'invitations' | 'minScore' | 'notes'>;
const draw = (facts: Facts): Draw => ({
  system: 'pnp',
  sourceId: 'pnp-bc',
  province: 'BC',
  number: null,
  sequence: expect.any(Number) as unknown as number,
  dateEnd: null,
  scoreScale: 'bc-sirs',
  url: URL,
  expressEntry: null,
  facts: [],
  ...facts,
});

const HEI = 'Innovate: High Economic Impact';

describe('British Columbia (BC PNP)', () => {
  it('reads both tables with their row spans, N/A minimums and "<5" counts', async () => {
    const result = await parseWith(bcSource, page);
    expect(result.skipped).toBe(0);
    expect(sortById(result.draws)).toEqual(
      sortById([
        draw({
          id: 'bc:2026-06-18:skills-innovate-high-economic-impact:minimum-wage-of-62-hour-and-125-000-year',
          date: '2026-06-18',
          category: 'bc-skills-innovate-high-economic-impact',
          categoryName: HEI,
          invitations: exact(130),
          minScore: null,
          notes: 'Minimum wage of $62/hour and $125,000/year, and NOC 0, 1, 2, or 3',
        }),
        draw({
          id: 'bc:2026-06-18:skills-innovate-high-economic-impact:points',
          date: '2026-06-18',
          category: 'bc-skills-innovate-high-economic-impact',
          categoryName: HEI,
          invitations: exact(149),
          minScore: 136,
          notes: 'Points',
        }),
        draw({
          id: 'bc:2026-06-02:skills-care-childcare',
          date: '2026-06-02',
          category: 'bc-skills-care-childcare',
          categoryName: 'Care: Childcare',
          invitations: exact(91),
          minScore: 111,
          notes: 'Early childhood educators',
        }),
        draw({
          id: 'bc:2026-06-02:skills-care-health',
          date: '2026-06-02',
          category: 'bc-skills-care-health',
          categoryName: 'Care: Health',
          invitations: exact(117),
          minScore: 100,
          notes: 'All priority health care occupations',
        }),
        draw({
          id: 'bc:2026-06-02:skills-care-veterinary-care',
          date: '2026-06-02',
          category: 'bc-skills-care-veterinary-care',
          categoryName: 'Care: Veterinary Care',
          invitations: exact(6),
          minScore: 92,
          notes:
            'All priority veterinary care occupations; Animal health technologists and veterinary technicians (NOC 32104) with valid professional designation',
        }),
        draw({
          id: 'bc:2026-06-02:skills-build-construction-trades',
          date: '2026-06-02',
          category: 'bc-skills-build-construction-trades',
          categoryName: 'Build: Construction Trades',
          invitations: exact(128),
          minScore: 101,
          notes: 'All priority construction occupations',
        }),
        draw({
          id: 'bc:2026-05-14:skills-innovate-high-economic-impact:minimum-wage-of-59-hour-and-120-000-year',
          date: '2026-05-14',
          category: 'bc-skills-innovate-high-economic-impact',
          categoryName: HEI,
          invitations: exact(225),
          minScore: null,
          notes: 'Minimum wage of $59/hour and $120,000/year, and NOC 0, 1, 2, or 3',
        }),
        draw({
          id: 'bc:2026-05-14:skills-innovate-high-economic-impact:points',
          date: '2026-05-14',
          category: 'bc-skills-innovate-high-economic-impact',
          categoryName: HEI,
          invitations: exact(212),
          minScore: 135,
          notes: 'Points',
        }),
        ...(
          [
            ['2026-06-02', 'base', 117, exact(15)],
            ['2026-06-02', 'regional', 117, fewerThan(5)],
            ['2026-04-14', 'base', 115, exact(14)],
            ['2026-03-10', 'base', 117, exact(7)],
            ['2026-03-10', 'regional', 129, fewerThan(5)],
          ] as const
        ).map(([date, stream, minScore, invitations]) =>
          draw({
            id: `bc:${date}:entrepreneur-${stream}`,
            date,
            category: `bc-entrepreneur-${stream}`,
            categoryName: `Entrepreneur Immigration – ${stream === 'base' ? 'Base' : 'Regional'}`,
            invitations,
            minScore,
            notes: '',
          }),
        ),
      ]),
    );
  });

  it('orders draws oldest first, the newer of a day after the older', async () => {
    const { draws } = await parseWith(bcSource, page);
    const sequences = draws.map((d) => d.sequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    expect(new Set(sequences).size).toBe(draws.length);
    expect(draws[0]?.date).toBe('2026-03-10');
    expect(draws.at(-1)?.date).toBe('2026-06-18');
  });

  it('reports the missing Entrepreneur table by its headers', async () => {
    const without = page.replace(
      /<h2>Entrepreneur Immigration invitations<\/h2>\s*<table[\s\S]*?<\/table>/,
      '',
    );
    const fault = await faultOf(parseWith(bcSource, without));
    expect(fault.kind).toBe('layout');
    expect(fault.reason).toMatchObject({
      code: 'missing-table',
      headers: ['Date', 'Stream', 'Minimum score', 'Number of invitations'],
    });
  });

  it('refuses a page whose minimum-score column was renamed, rather than storing draws without scores', async () => {
    const renamed = page.replaceAll('Minimum score', 'Lowest score');
    expect(renamed).not.toBe(page);
    const fault = await faultOf(parseWith(bcSource, renamed));
    expect(fault.kind).toBe('layout');
    expect(fault.message).toContain('Minimum score');
  });
});
