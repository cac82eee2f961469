import { type DrawDraft, finaliseDraws } from '@/lib/sources/pnp/draws';
import { faultOf, parseWith, sourceOf } from '@/lib/sources/pnp/testing';
import { readInvitationCount, UnreadableRow } from '@/lib/sources/pnp/values';
import * as nsFile from '@/lib/sources/provinces/ns';
import * as peFile from '@/lib/sources/provinces/pe';
import { MAX_BODY_CHARS } from '@/lib/sources/source';
import { ownFixture, sharedFixture } from '@/tests/support/fixtures';

const nsSource = sourceOf(nsFile);
const peSource = sourceOf(peFile);

const pePage = sharedFixture('pnp', 'pe-expression-of-interest-draws.2026-06-20.html');
const FIRST_PE_ROW = '<td>1/15/2026</td>';
/** PEI's real page with its first row's date replaced. */
const peWithFirstDate = (date: string) => pePage.replace(FIRST_PE_ROW, `<td>${date}</td>`);

/** A PEI-shaped page of our own: one row per [date, labour count, selection attributes]. */
function pePageOf(rows: [string, string, string][]): string {
  const body = rows
    .map(
      ([date, labour, notes]) =>
        `<tr><td>${date}</td><td>0</td><td>-</td><td>${labour}</td><td>${notes}</td></tr>`,
    )
    .join('');
  return `<html lang="en"><head><title>Expression of Interest Draws</title></head><body><table><thead><tr>
    <th>Invitation Date</th><th>Business Work Permit Entrepreneur Invitations</th>
    <th>Minimum Point Threshold for Business Invitations</th><th>Labour &amp; Express Entry Invitations</th>
    <th>Selection Attributes</th></tr></thead><tbody>${body}</tbody></table></body></html>`;
}

describe('impossible values are left out, not stored', () => {
  it.each([
    ['9'.repeat(400), 'Infinity'],
    ['100000000000000000001', '1e20'],
    ['100,001', 'more than any round'],
  ])('an invitation count of %s (%s) is unreadable', (text) => {
    expect(() => readInvitationCount(text)).toThrow(UnreadableRow);
    expect(() => readInvitationCount(text)).toThrow(/impossible/);
  });

  it.each(['12/31/9999', '1/15/0099', '1/15/2014'])(
    'PEI: a row dated %s is skipped, the others read',
    async (date) => {
      const result = await parseWith(peSource, peWithFirstDate(date));
      expect(result.draws.map((draw) => draw.date)).toEqual([
        '2026-02-19',
        '2026-03-20',
        '2026-04-16',
        '2026-05-21',
        '2026-06-18',
      ]);
      expect(result.skipped).toBe(1);
      expect(result.skippedReasons[0]).toMatch(/impossible|not understood/);
    },
  );

  it('Nova Scotia: "January 0001" is no month of draws', async () => {
    const page = ownFixture('pnp', 'ns.html').replace('January 2026', 'January 0001');
    const result = await parseWith(nsSource, page);
    expect(result.draws.map((draw) => draw.date)).toEqual(['2026-02-01', '2026-03-01', '2026-04-01']);
    expect(result.skippedReasons[0]).toContain('date "0001-01-01" is impossible');
  });

  it('a page whose every row is impossible is a layout fault, not an empty page', async () => {
    const page = pePageOf([['12/31/9999', '26', '']]);
    expect((await faultOf(parseWith(peSource, page))).reason.code).toBe('no-readable-row');
  });
});

describe('provincial draw ids', () => {
  it('two PEI rows of one date whose contents an FNV-1a 32-bit hash confuses get two ids', async () => {
    // These two contents collide under the 32-bit hash ids once used: one draw overwrote the other.
    const rows: [string, string, string][] = [
      ['6/18/2026', '26', 'Selection round 479599'],
      ['6/18/2026', '26', 'Selection round 662382'],
    ];
    const forward = await parseWith(peSource, pePageOf(rows));
    const backward = await parseWith(peSource, pePageOf([...rows].reverse()));
    expect(forward.draws).toHaveLength(2);
    expect(new Set(forward.draws.map((draw) => draw.id)).size).toBe(2);
    expect(forward.draws.map((draw) => [draw.id, draw.notes])).toEqual(
      backward.draws.map((draw) => [draw.id, draw.notes]),
    );
  });

  const draft = (notes: string): DrawDraft => ({
    system: 'pnp',
    sourceId: 'pnp-pe',
    province: 'PE',
    number: null,
    facts: [],
    date: '2026-06-18',
    dateEnd: null,
    category: 'pe-labour-express-entry',
    categoryName: 'Labour & Express Entry',
    invitations: { value: 26, qualifier: 'exact' },
    minScore: null,
    scoreScale: 'none',
    url: peSource.url,
    notes,
    identity: 'labour-express-entry',
    distinguishing: '',
  });

  it('gives 20,000 distinct rows of one day and stream 20,000 ids', () => {
    const { draws, duplicates } = finaliseDraws(Array.from({ length: 20_000 }, (_, i) => draft(`note ${i}`)));
    expect(duplicates).toBe(0);
    expect(new Set(draws.map((draw) => draw.id)).size).toBe(20_000);
  });

  it('groups 40,000 identical rows into one draw in linear time', () => {
    const { draws, duplicates } = finaliseDraws(Array.from({ length: 40_000 }, () => draft('same')));
    expect(draws).toHaveLength(1);
    expect(duplicates).toBe(39_999);
  });
});

describe('pages too large or too complex to read are their own fault', () => {
  it.each([
    ['a body over the stated size', 'x'.repeat(MAX_BODY_CHARS + 1), 'body-too-large'],
    ['200,000 unclosed table rows', `<table>${'<tr><td>1'.repeat(200_000)}`, 'too-many-nodes'],
    ['a table under 200,000 <div>s', `${'<div>'.repeat(200_000)}<table></table>`, 'too-deeply-nested'],
    [
      'spans that would fill millions of cells',
      `<table><tr>${'<td rowspan="200" colspan="200">1</td>'.repeat(50)}</tr>${'<tr></tr>'.repeat(199)}</table>`,
      'tables-too-large',
    ],
  ])('%s', async (_name, body, code) => {
    const fault = await faultOf(parseWith(peSource, body));
    expect(fault.kind).toBe('too-large');
    expect(fault.reason.code).toBe(code);
    expect(fault.passing).toBe(false);
  });
});
