import { sourceOf } from '@/lib/sources/pnp/testing';
import * as peFile from '@/lib/sources/provinces/pe';
import type { ParseContext, ParseResult } from '@/lib/sources/source';
import { sharedFixture } from '@/tests/support/fixtures';

const peSource = sourceOf(peFile);

const page = sharedFixture('pnp', 'pe-expression-of-interest-draws.2026-06-20.html');
const context: ParseContext = {
  url: peSource.url,
  fetchText: () => Promise.reject(new Error('PEI follows no links')),
};
const parse = async (body: string): Promise<ParseResult> => peSource.parse(body, context);

const ATTRIBUTES =
  "Invitations were extended to individuals working in occupations and priority sectors based on economic impact in Prince Edward Island. International graduates from UPEI, Holland College, and Collège de l'Île were prioritized in the invitations.";

describe('PEI: the real page of 2026-06-20', () => {
  it('reads every row: one labour & Express Entry draw per date, no business draw (all 0), no Total', async () => {
    const result = await parse(page);
    expect(result.skipped).toBe(0);
    expect(result.skippedReasons).toEqual([]);
    const rows: [string, number][] = [
      ['2026-01-15', 26],
      ['2026-02-19', 109],
      ['2026-03-20', 101],
      ['2026-04-16', 127],
      ['2026-05-21', 113],
      ['2026-06-18', 182],
    ];
    expect(result.draws).toEqual(
      rows.map(([date, count]) => ({
        id: `pe:${date}:labour-express-entry`,
        system: 'pnp',
        sourceId: 'pnp-pe',
        province: 'PE',
        number: null,
        sequence: Number(date.replace(/-/g, '')) * 100,
        date,
        dateEnd: null,
        category: 'pe-labour-express-entry',
        categoryName: 'Labour & Express Entry',
        invitations: { value: count, qualifier: 'exact' },
        minScore: null,
        scoreScale: 'none',
        url: 'https://www.princeedwardisland.ca/en/information/office-of-immigration/expression-of-interest-draws',
        expressEntry: null,
        facts: [],
        // The rowspan="6" cell belongs to every row it covers.
        notes: ATTRIBUTES,
      })),
    );
    // The Total row (658) is not a draw.
    expect(result.draws.some((draw) => draw.invitations?.value === 658)).toBe(false);
  });

  it('reads a business draw and its minimum points when the business column is not 0', async () => {
    const withBusiness = page.replace(
      '<td>6/18/2026</td>\n<td>0</td>\n<td>-</td>',
      '<td>6/18/2026</td>\n<td><strong>1</strong><strong>2</strong></td>\n<td>72</td>',
    );
    expect(withBusiness).not.toBe(page);
    const { draws } = await parse(withBusiness);
    const business = draws.filter((draw) => draw.category === 'pe-business-work-permit-entrepreneur');
    expect(business).toEqual([
      expect.objectContaining({
        id: 'pe:2026-06-18:business-work-permit-entrepreneur',
        date: '2026-06-18',
        categoryName: 'Business Work Permit Entrepreneur',
        invitations: { value: 12, qualifier: 'exact' },
        minScore: 72,
        scoreScale: 'pei-eoi',
      }),
    ]);
    expect(draws).toHaveLength(7);
  });

  it('skips and counts a row whose date cannot be read, keeping the others', async () => {
    const { draws, skipped, skippedReasons } = await parse(
      page.replace('<td>3/20/2026</td>', '<td>soon</td>'),
    );
    expect(draws.map((draw) => draw.date)).not.toContain('2026-03-20');
    expect(draws).toHaveLength(5);
    expect(skipped).toBe(1);
    expect(skippedReasons).toEqual(['row "soon": date "soon" not understood']);
  });
});
