import type { StoredDraw } from '@/lib/db/database';
import type { Draw } from '@/lib/draws/draw';
import { translatorFor } from '@/lib/i18n/catalogs';
import { parseExpressEntryFeed } from '@/lib/sources/express-entry/parse-feed';
import { sourceOf } from '@/lib/sources/pnp/testing';
import * as abFile from '@/lib/sources/provinces/ab';

const abSource = sourceOf(abFile);

import { parseWith } from '@/lib/sources/pnp/testing';
import { ownFixture, sharedFixture } from '@/tests/support/fixtures';
import { csvCell, drawsToCsv, drawsToJson, EXPORT_SCHEMA_VERSION, exportFileName } from './export';
import { filtersFromSearch, NO_FILTERS } from './filters';

const stored = (draw: Draw): StoredDraw => ({ ...draw, firstSeenAt: 0, revisions: [] });
const feed = (copy: string) => parseExpressEntryFeed(sharedFixture('express-entry', `${copy}.json`)).draws;
const round = (draws: Draw[], number: string) => {
  const found = draws.find((draw) => draw.number === number);
  if (found === undefined) throw new Error(`no round ${number}`);
  return stored(found);
};

/** Alberta's page in its real layout, with two stream names a page could carry: hostile text. */
async function albertaWithHostileNames(): Promise<StoredDraw[]> {
  const page = ownFixture('pnp', 'ab.html')
    .replace('<td>Rural Renewal Stream</td>', '<td>Rural Renewal Stream, &quot;Community&quot; pathway</td>')
    .replace(
      '<td>Tourism and Hospitality Stream</td>',
      '<td>=HYPERLINK(&quot;https://evil.example/&quot;,&quot;Tourism&quot;)</td>',
    );
  return (await parseWith(abSource, page)).draws.map(stored);
}

/** RFC 4180 read back, as a spreadsheet would: quoted fields, doubled quotes, CRLF rows. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index++;
    } else cell += char;
  }
  return rows;
}

const { t } = translatorFor('en');

describe('CSV export of real rounds', () => {
  const latest = feed('2026-08-05');
  const april2023 = feed('2023-04-13');

  it('writes one header row and one row per draw, ISO dates, plain numbers, the scale beside each score and the official link', () => {
    const draws = [round(latest, '1'), round(latest, '91a'), round(latest, '91b'), round(april2023, '246')];
    const csv = drawsToCsv(draws, t, 'en');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = readCsv(csv.slice(1));
    expect(header).toEqual([
      'Program',
      'Round',
      'Date',
      'Last day',
      'Category or stream',
      'Official name',
      'Invitations',
      'Invitations are',
      'Minimum score',
      'Score scale',
      'Official page',
      'Notes',
    ]);
    expect(rows).toHaveLength(4);
    // 2015's round #1: 779 invitations, CRS 886.
    expect(rows[0]).toEqual([
      'Express Entry (IRCC)',
      '1',
      '2015-01-31',
      '',
      'General (all programs)',
      'No Program Specified',
      '779',
      'exact',
      '886',
      'CRS',
      'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-rounds/invitations-1.html',
      '',
    ]);
    // 91a and 91b: two rounds of one day, each its own row and number.
    expect(rows[1]?.slice(1, 3)).toEqual(['91a', '2018-05-30']);
    expect(rows[2]?.slice(1, 3)).toEqual(['91b', '2018-05-30']);
    // The round the live feed dated "12-04-2023": an ISO date in the export.
    expect(rows[3]?.slice(1, 3)).toEqual(['246', '2023-04-12']);
    for (const row of rows) {
      // Thousands never separated: "3500", not "3,500".
      expect(row[6]).toMatch(/^\d+$/);
      expect(row[10]).toMatch(/^https:\/\/www\.canada\.ca\//);
    }
  });

  it('keeps thousands as plain numbers and writes numbers in French the same way', () => {
    const big = round(latest, '432');
    expect(big.invitations?.value).toBe(3000);
    const [, english] = readCsv(drawsToCsv([big], t, 'en').slice(1));
    const [frenchHeader, french] = readCsv(drawsToCsv([big], translatorFor('fr').t, 'fr').slice(1));
    expect(english?.[6]).toBe('3000');
    expect(french?.[6]).toBe('3000');
    expect(french?.[9]).toBe('SCG');
    expect(frenchHeader?.[5]).toBe('Nom officiel');
    // IRCC's French name of the round.
    expect(french?.[5]).toBe('Catégorie de l’expérience canadienne');
  });

  it('keeps a published bound as a bound, names each province’s scale and quotes a stream with a comma and a quote', async () => {
    const alberta = await albertaWithHostileNames();
    const rows = readCsv(drawsToCsv(alberta, t, 'en').slice(1)).slice(1);
    const lawEnforcement = rows.find((row) => row[4]?.includes('Law Enforcement'));
    expect(lawEnforcement?.slice(6, 10)).toEqual([
      '10',
      'an upper bound (fewer than)',
      '58',
      'AAIP EOI points',
    ]);
    const rural = rows.find((row) => row[4]?.startsWith('Rural Renewal'));
    expect(rural?.[4]).toBe('Rural Renewal Stream, "Community" pathway');
    expect(rural?.[0]).toBe('Alberta (AAIP)');
    expect(rural?.[10]).toBe('https://www.alberta.ca/aaip-processing-information');
    expect(drawsToCsv(alberta, t, 'en')).toContain('"Rural Renewal Stream, ""Community"" pathway"');
  });

  it('never lets a cell start a formula', async () => {
    const alberta = await albertaWithHostileNames();
    const csv = drawsToCsv(alberta, t, 'en');
    const rows = readCsv(csv.slice(1));
    const planted = rows.find((row) => row[4]?.includes('HYPERLINK'));
    expect(planted?.[4]).toBe('\'=HYPERLINK("https://evil.example/","Tourism")');
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(csvCell('+1 555')).toBe("'+1 555");
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(Number.NaN)).toBe('');
  });
});

describe('JSON export', () => {
  it('holds the stored records as they are, with a schema version and the filters that chose them', () => {
    const draws = [round(feed('2026-08-05'), '91a'), round(feed('2026-08-05'), '1')];
    const filters = filtersFromSearch('?system=express-entry&year=2018', 2026);
    const parsed = JSON.parse(drawsToJson(draws, filters, Date.UTC(2026, 7, 6)));
    expect(parsed.format).toBe('draw-alerts-draws');
    expect(parsed.schemaVersion).toBe(EXPORT_SCHEMA_VERSION);
    expect(parsed.exportedAt).toBe('2026-08-06T00:00:00.000Z');
    expect(parsed.filters).toMatchObject({ system: 'express-entry', year: 2018, category: null });
    expect(parsed.filters).not.toHaveProperty('sort');
    expect(parsed.draws).toEqual(draws);
  });
});

describe('export file names', () => {
  it('say what is in the file', () => {
    const name = (search: string, extension: 'csv' | 'json' = 'csv') =>
      exportFileName(filtersFromSearch(search, 2026), extension);
    expect(name('?category=french&year=2026')).toBe('draw-alerts-express-entry-french-2026.csv');
    expect(name('?province=PE', 'json')).toBe('draw-alerts-pnp-pe.json');
    expect(name('?province=AB&stream=ab-alberta-opportunity&from=2026-01-01&to=2026-03-31')).toBe(
      'draw-alerts-pnp-ab-ab-alberta-opportunity-from-2026-01-01-to-2026-03-31.csv',
    );
    expect(name('?q=Santé%20/../x')).toBe('draw-alerts-search-sante-x.csv');
    expect(exportFileName(NO_FILTERS, 'csv')).toBe('draw-alerts-all-draws.csv');
  });
});
