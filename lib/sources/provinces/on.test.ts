import type { Draw } from '@/lib/draws/draw';
import { exact, faultOf, parseWith, sortById, sourceOf } from '@/lib/sources/pnp/testing';
import * as onFile from '@/lib/sources/provinces/on';
import { ownFixture } from '@/tests/support/fixtures';

const onSource = sourceOf(onFile);

const page = ownFixture('pnp', 'on.html');
const FW = 'Employer Job Offer: Foreign Worker stream';
const MASTERS = 'Masters Graduate stream';
const UPDATES = 'Please refer to the OINP Program Updates page for more information.';

type Facts = Pick<Draw, 'id' | 'date' | 'categoryName' | 'invitations' | 'minScore' | 'notes'> &
  Partial<Pick<Draw, 'facts'>>;

/** The page's "Date profiles created", kept as a fact (worded where it is shown). */
const created = (text: string): Draw['facts'] => [{ kind: 'profiles-created', text }];
const draw = (facts: Facts): Draw => ({
  system: 'pnp',
  sourceId: 'pnp-on',
  province: 'ON',
  number: null,
  sequence: expect.any(Number) as unknown as number,
  dateEnd: null,
  category: `on-${facts.categoryName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
  scoreScale: 'oinp',
  url: 'https://www.ontario.ca/page/ontario-immigrant-nominee-program-oinp-invitations-apply',
  expressEntry: null,
  facts: [],
  ...facts,
});

const april23 = (region: string, slug: string, count: number, score: number) =>
  draw({
    id: `on:2026-04-23:employer-job-offer-foreign-worker-stream:${slug}`,
    date: '2026-04-23',
    categoryName: FW,
    invitations: exact(count),
    minScore: score,
    notes: `Targeted draw for ${region}. ${UPDATES}`,
    facts: created('July 2, 2025 – April 21, 2026'),
  });

describe('Ontario (OINP)', () => {
  it('reads every table of every year, the stream from the heading above each', async () => {
    const result = await parseWith(onSource, page);
    expect(result.skipped).toBe(0);
    expect(sortById(result.draws)).toEqual(
      sortById([
        draw({
          id: 'on:2026-04-30:employer-job-offer-foreign-worker-stream',
          date: '2026-04-30',
          categoryName: FW,
          invitations: exact(786),
          minScore: 57,
          notes: `Targeted draw for the Greater Toronto Area (GTA). ${UPDATES}`,
          facts: created('July 2, 2025 – April 28, 2026'),
        }),
        april23('Eastern Ontario', 'eastern-ontario', 318, 63),
        april23('Northern Ontario', 'northern-ontario', 57, 60),
        april23('Southwestern Ontario', 'southwestern-ontario', 194, 60),
        april23('Central Ontario (excluding GTA)', 'central-ontario-excluding-gta', 128, 60),
        draw({
          id: 'on:2026-02-02:employer-job-offer-international-student-stream',
          date: '2026-02-02',
          categoryName: 'Employer Job Offer: International Student stream',
          invitations: exact(1015),
          minScore: 56,
          notes: `Targeted draw for healthcare and early childhood education occupations. ${UPDATES}`,
          facts: created('July 2, 2025 – January 28, 2026'),
        }),
        draw({
          id: 'on:2026-04-22:masters-graduate-stream',
          date: '2026-04-22',
          categoryName: MASTERS,
          invitations: exact(674),
          minScore: 61,
          notes: `General draw. ${UPDATES}`,
          facts: created('April 22, 2025 – April 20, 2026'),
        }),
        draw({
          id: 'on:2025-06-03:employer-job-offer-foreign-worker-stream:regional-economic-development-through-im',
          date: '2025-06-03',
          categoryName: FW,
          invitations: exact(411),
          minScore: null,
          notes:
            'Targeted draw for Regional Economic Development through Immigration (REDI). Please refer to the OINP Program Update page for more information.',
          facts: created('June 3 2024– June 3, 2025'),
        }),
        draw({
          id: 'on:2025-06-03:employer-job-offer-foreign-worker-stream:career-development-practitioners-and-car',
          date: '2025-06-03',
          categoryName: FW,
          invitations: exact(5),
          minScore: null,
          notes:
            'Targeted draw for Career development practitioners and career counsellors (except education). Please refer to the OINP Program Update page for more information.',
          facts: created('June 3 2024– June 3, 2025'),
        }),
        draw({
          id: 'on:2023-09-19:masters-graduate-stream',
          date: '2023-09-19',
          categoryName: MASTERS,
          invitations: exact(537),
          minScore: 41,
          notes: 'General Draw',
          facts: created('November 22, 2022 –September 19, 2023'),
        }),
        draw({
          id: 'on:2023-01-27:entrepreneur-stream',
          date: '2023-01-27',
          categoryName: 'Entrepreneur stream',
          invitations: exact(10),
          minScore: 137,
          notes: '',
        }),
      ]),
    );
  });

  it('gives the same ids when rows are reordered and whitespace changes', async () => {
    const first = await parseWith(onSource, page);
    const rows = page.match(/<tr><td>April 23, 2026<\/td>[\s\S]*?<\/tr>/g) ?? [];
    expect(rows).toHaveLength(4);
    let reordered = page;
    rows.forEach((row, i) => {
      reordered = reordered.replace(row, `@@${i}@@`);
    });
    [...rows].reverse().forEach((row, i) => {
      reordered = reordered.replace(`@@${i}@@`, row.replace(/<td>/g, '<td>\n   ').replace(/, /g, ',  '));
    });
    reordered = reordered.replace('<td>April 30, 2026</td>', '<td> April&nbsp;30,\n 2026 </td>');
    expect(reordered).not.toBe(page);
    const second = await parseWith(onSource, reordered);
    expect(second.draws.map((d) => d.id).sort()).toEqual(first.draws.map((d) => d.id).sort());
    expect(sortById(second.draws)).toEqual(sortById(first.draws));
  });

  it('is a layout fault when the stream tables are gone', async () => {
    const noTables = page.replace(
      /<table[\s\S]*?<\/table>/g,
      '<p>Invitations are listed on the updates page.</p>',
    );
    const fault = await faultOf(parseWith(onSource, noTables));
    expect(fault.kind).toBe('layout');
    expect(fault.message).toBe(
      'no table with headers Date issued / Number of invitations issued (page title "Ontario Immigrant Nominee Program (OINP) invitations to apply | ontario.ca", 0 table(s)).',
    );
  });

  it('is a layout fault for the French page, saying so', async () => {
    const french = `<html lang="fr"><head><title>Invitations à présenter une demande | ontario.ca</title></head><body>
      <h3>Volet des travailleurs étrangers</h3><table><thead><tr><th>Date d’émission</th><th>Nombre d’invitations émises</th></tr></thead>
      <tbody><tr><td>30 avril 2026</td><td>786</td></tr></tbody></table></body></html>`;
    const fault = await faultOf(parseWith(onSource, french));
    expect(fault.kind).toBe('layout');
    expect(fault.message).toContain('the page is in another language (lang="fr")');
  });
});
