import { exact, faultOf, fewerThan, parseWith, sourceOf } from '@/lib/sources/pnp/testing';
import * as abFile from '@/lib/sources/provinces/ab';
import { ownFixture } from '@/tests/support/fixtures';

const abSource = sourceOf(abFile);

const page = ownFixture('pnp', 'ab.html');

describe('Alberta (AAIP)', () => {
  it('reads every row of table "Draw information" and nothing of the other tables', async () => {
    const result = await parseWith(abSource, page);
    expect(result.skipped).toBe(0);
    const rows = [
      [
        '2026-01-26',
        'Dedicated Health Care Pathway – Express Entry',
        'ab-dedicated-health-care-pathway',
        61,
        exact(63),
      ],
      [
        '2026-02-17',
        'Alberta Express Entry Stream – Priority Sectors (Agriculture)',
        'ab-alberta-express-entry-stream',
        49,
        fewerThan(10),
      ],
      [
        '2026-02-20',
        'Alberta Opportunity Stream – Priority Sectors',
        'ab-alberta-opportunity-stream',
        56,
        exact(831),
      ],
      [
        '2026-04-23',
        'Alberta Express Entry Stream – Law Enforcement Pathway',
        'ab-alberta-express-entry-stream',
        58,
        fewerThan(10),
      ],
      ['2026-04-27', 'Tourism and Hospitality Stream', 'ab-tourism-and-hospitality-stream', 71, exact(98)],
      ['2026-05-27', 'Alberta Opportunity Stream', 'ab-alberta-opportunity-stream', 51, exact(993)],
      ['2026-06-05', 'Alberta Opportunity Stream', 'ab-alberta-opportunity-stream', 50, exact(462)],
      [
        '2026-06-09',
        'Dedicated Health Care Pathway – non-Express Entry',
        'ab-dedicated-health-care-pathway',
        45,
        exact(35),
      ],
      ['2026-06-10', 'Rural Renewal Stream', 'ab-rural-renewal-stream', 51, exact(54)],
      [
        '2026-06-12',
        'Alberta Express Entry Stream – Priority Sectors (Agriculture)',
        'ab-alberta-express-entry-stream',
        52,
        exact(37),
      ],
      [
        '2026-06-15',
        'Alberta Express Entry Stream – Priority Sectors (Manufacturing)',
        'ab-alberta-express-entry-stream',
        50,
        exact(56),
      ],
    ] as const;
    expect(result.draws).toEqual(
      rows.map(([date, categoryName, category, minScore, invitations]) => ({
        id: `ab:${date}:${categoryName
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/-$/, '')}`,
        system: 'pnp',
        sourceId: 'pnp-ab',
        province: 'AB',
        number: null,
        sequence: Number(date.replace(/-/g, '')) * 100,
        date,
        dateEnd: null,
        category,
        categoryName,
        invitations,
        minScore,
        scoreScale: 'aaip-eoi',
        url: 'https://www.alberta.ca/aaip-processing-information',
        expressEntry: null,
        facts: [],
        notes: '',
      })),
    );
    expect(result.draws.map((draw) => draw.id)).toContain(
      'ab:2026-06-15:alberta-express-entry-stream-priority-sectors-manufacturing',
    );
  });

  it('reports a removed table, with the headers it looked for', async () => {
    const withoutTable = page.replace(/<p><strong>Table 10\.[\s\S]*?<\/table>/, '');
    const fault = await faultOf(parseWith(abSource, withoutTable));
    expect(fault.kind).toBe('layout');
    expect(fault.message).toMatch(
      /^no table with headers Draw date \/ Worker stream, pathway, initiative or other focus \/ Minimum score of invited candidates \/ Number of invitations \(page title "Alberta Advantage/,
    );
  });

  it('reports renamed headers as a layout change', async () => {
    const renamed = page.replace('<th>Draw date</th>', '<th>Selection round</th>');
    const fault = await faultOf(parseWith(abSource, renamed));
    expect(fault.kind).toBe('layout');
    expect(fault.message).toContain('no table with headers Draw date');
  });

  it('tolerates small header changes: case, <br>, entities and extra words', async () => {
    const reworded = page
      .replace('<th>Draw date</th>', '<th>DRAW&nbsp;DATE</th>')
      .replace('<th>Number of invitations</th>', '<th>Number of<br>invitations issued</th>');
    const { draws } = await parseWith(abSource, reworded);
    expect(draws).toHaveLength(11);
  });
});
