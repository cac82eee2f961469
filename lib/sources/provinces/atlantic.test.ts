import type { Draw } from '@/lib/draws/draw';
import { exact, faultOf, parseWith, sortById, sourceOf } from '@/lib/sources/pnp/testing';
import * as nbFile from '@/lib/sources/provinces/nb';
import * as nlFile from '@/lib/sources/provinces/nl';
import * as nsFile from '@/lib/sources/provinces/ns';
import { ownFixture } from '@/tests/support/fixtures';

const nbSource = sourceOf(nbFile);
const nlSource = sourceOf(nlFile);
const nsSource = sourceOf(nsFile);

const NB_URL =
  'https://www2.gnb.ca/content/gnb/en/corporate/promo/immigration/immigrating-to-nb/invitations-to-apply.html';

describe('New Brunswick (key/value tables)', () => {
  const page = ownFixture('pnp', 'nb.html');
  const nbDraw = (
    id: string,
    date: string,
    category: string,
    categoryName: string,
    count: number,
    occupations: string,
    cutOff: string,
  ): Draw => ({
    id,
    system: 'pnp',
    sourceId: 'pnp-nb',
    province: 'NB',
    number: null,
    sequence: expect.any(Number) as unknown as number,
    date,
    dateEnd: null,
    category,
    categoryName,
    invitations: exact(count),
    minScore: null,
    scoreScale: 'none',
    url: NB_URL,
    expressEntry: null,
    notes: '',
    facts: [
      { kind: 'occupations', text: occupations },
      { kind: 'cut-off', text: `${cutOff} [11:59:00 pm (AST)]` },
    ],
  });

  it('reads one draw per table, named by the bold line above it', async () => {
    const result = await parseWith(nbSource, page);
    expect(result.skipped).toBe(0);
    expect(sortById(result.draws)).toEqual(
      sortById([
        nbDraw(
          'nb:2026-06-04:new-brunswick-express-entry-stream-employment-in-new-brunswick',
          '2026-06-04',
          'nb-new-brunswick-express-entry-stream',
          'New Brunswick Express Entry stream – Employment in New Brunswick',
          75,
          'Construction trades; Education, social and community services; Health care; Manufacturing; Professional and IT; Transportation',
          'June 3, 2026',
        ),
        nbDraw(
          'nb:2026-06-03:new-brunswick-strategic-initiative-new-brunswick-francophone-priorities',
          '2026-06-03',
          'nb-new-brunswick-strategic-initiative',
          'New Brunswick Strategic Initiative – New Brunswick Francophone Priorities',
          94,
          'Construction trades; Education, social and community services; Health care; Manufacturing; Professional and IT; Sales and services; Transportation',
          'June 2, 2026',
        ),
        nbDraw(
          'nb:2026-06-03:atlantic-immigration-program',
          '2026-06-03',
          'nb-atlantic-immigration-program',
          'Atlantic Immigration Program',
          97,
          'Construction trades; Education, social and community services; Health care; Manufacturing; Other trades; Professional and IT; Sales and services; Transportation',
          'June 2, 2026',
        ),
        nbDraw(
          'nb:2026-06-03:new-brunswick-skilled-worker-stream-new-brunswick-experience',
          '2026-06-03',
          'nb-new-brunswick-skilled-worker-stream',
          'New Brunswick Skilled Worker stream – New Brunswick Experience',
          243,
          'Construction trades; Health care',
          'June 2, 2026',
        ),
      ]),
    );
  });

  it('reads a draw held over several days as a range', async () => {
    const ranged = page.replace('<td>June 4, 2026</td>', '<td>January 13 &ndash; 15, 2026</td>');
    const { draws } = await parseWith(nbSource, ranged);
    expect(draws.find((d) => d.category === 'nb-new-brunswick-express-entry-stream')).toMatchObject({
      id: 'nb:2026-01-13:new-brunswick-express-entry-stream-employment-in-new-brunswick',
      date: '2026-01-13',
      dateEnd: '2026-01-15',
    });
  });

  it('is a layout fault when the draw tables are gone', async () => {
    const fault = await faultOf(parseWith(nbSource, page.replace(/<table[\s\S]*?<\/table>/g, '')));
    expect(fault.kind).toBe('layout');
    expect(fault.message).toMatch(/^no table with rows Date of draw \/ Invitations issued \(page title/);
  });
});

describe('Newfoundland and Labrador', () => {
  const page = ownFixture('pnp', 'nl.html');

  it('reads every row, with the NLPNP/AIP split as notes (header row in bold cells)', async () => {
    const result = await parseWith(nlSource, page);
    expect(result.skipped).toBe(0);
    const rows = [
      ['2025-04-03', 256, 'NLPNP – 206, AIP – 50'],
      ['2025-05-08', 328, 'NLPNP – 281, AIP – 47'],
      ['2025-11-12', 330, 'NLPNP – 220, AIP – 110'],
      ['2026-03-06', 445, 'NLPNP – 362, AIP – 83'],
      ['2026-05-28', 103, 'NLPNP – 84, AIP – 19'],
      ['2026-06-10', 108, 'NLPNP – 89, AIP – 19'],
    ] as const;
    expect(result.draws).toEqual(
      rows.map(([date, count, notes]) => ({
        id: `nl:${date}:expression-of-interest`,
        system: 'pnp',
        sourceId: 'pnp-nl',
        province: 'NL',
        number: null,
        sequence: Number(date.replace(/-/g, '')) * 100,
        date,
        dateEnd: null,
        category: 'nl-expression-of-interest',
        categoryName: 'Expression of Interest (NLPNP and AIP)',
        invitations: exact(count),
        minScore: null,
        scoreScale: 'none',
        url: 'https://www.gov.nl.ca/immigration/invitations-to-apply-updates/',
        expressEntry: null,
        facts: [],
        notes,
      })),
    );
  });

  it('is a layout fault for a sign-in page served with 200', async () => {
    const login =
      '<html lang="en"><head><title>Log in &lsaquo; Government of Newfoundland and Labrador</title></head><body><form><input name="log"></form></body></html>';
    const fault = await faultOf(parseWith(nlSource, login));
    expect(fault.kind).toBe('layout');
    expect(fault.reason).toEqual({
      code: 'missing-table',
      headers: ['Date Issued', 'Number of ITAs Issued'],
      page: {
        title: 'Log in ‹ Government of Newfoundland and Labrador',
        lang: 'en',
        looksLikeErrorPage: true,
        tables: 0,
      },
    });
    expect(fault.message).toBe(
      'no table with headers Date Issued / Number of ITAs Issued (it looks like a sign-in or error page ("Log in ‹ Government of Newfoundland and Labrador")).',
    );
  });

  it('is a layout fault when every row is unreadable', async () => {
    const broken = page.replace(/<td>[A-Z][a-z]+ \d{1,2}, \d{4}<\/td>/g, '<td>to be announced soon</td>');
    const fault = await faultOf(parseWith(nlSource, broken));
    expect(fault.kind).toBe('layout');
    expect(fault.message).toBe(
      'none of the 6 rows could be read (row "to be announced soon": date "to be announced soon" not understood).',
    );
  });
});

describe('Nova Scotia (monthly totals)', () => {
  const page = ownFixture('pnp', 'ns.html');

  it('reads each published month as a range with its total, leaving TBD months out', async () => {
    const result = await parseWith(nsSource, page);
    expect(result.skipped).toBe(0);
    const months = [
      ['2026-01-01', '2026-01-31', 'January 2026', 363],
      ['2026-02-01', '2026-02-28', 'February 2026', 357],
      ['2026-03-01', '2026-03-31', 'March 2026', 370],
      ['2026-04-01', '2026-04-30', 'April 2026', 161],
    ] as const;
    expect(result.draws).toEqual(
      months.map(([date, dateEnd, month, count]) => ({
        id: `ns:${date}:eoi-monthly-total`,
        system: 'pnp',
        sourceId: 'pnp-ns',
        province: 'NS',
        number: null,
        sequence: Number(date.replace(/-/g, '')) * 100,
        date,
        dateEnd,
        category: 'ns-eoi-monthly-total',
        categoryName: `Expression of Interest selections in ${month} (monthly total)`,
        invitations: exact(count),
        minScore: null,
        scoreScale: 'none',
        url: 'https://liveinnovascotia.com/eoi-selection',
        expressEntry: null,
        facts: [],
        notes: '',
      })),
    );
  });

  it('is an empty fault for an empty body and a layout fault without the table', async () => {
    expect((await faultOf(parseWith(nsSource, ''))).kind).toBe('empty');
    const fault = await faultOf(parseWith(nsSource, page.replace(/<table[\s\S]*<\/table>/, '')));
    expect(fault.kind).toBe('layout');
    expect(fault.reason.code).toBe('missing-monthly-table');
    expect(fault.message).toMatch(/^no table of monthly counts/);
  });
});
