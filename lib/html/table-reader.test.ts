import { readBlocks } from '@/lib/html/blocks';
import { elementText, pageInfo, parseHtml, resolveUrl } from '@/lib/html/dom';
import {
  cellOf,
  entryValue,
  findTables,
  headerMatches,
  isTotalRow,
  readKeyValueTable,
  readTables,
} from '@/lib/html/table-reader';

const texts = (rows: { text: string }[][]) => rows.map((row) => row.map((cell) => cell.text));

describe('readTables', () => {
  it('expands rowspan and colspan onto a grid and marks the copies', () => {
    const [table] = readTables(`
      <table>
        <thead><tr><th>Date</th><th>Type</th><th>Score</th><th>Count</th></tr></thead>
        <tbody>
          <tr><td rowspan="3">June 2, 2026</td><td>Care</td><td colspan="2">N/A</td></tr>
          <tr><td rowspan="2">Vet</td><td>92</td><td>6</td></tr>
          <tr><td>93</td></tr>
          <tr><td>June 1</td><td>Build</td><td>101</td><td>128</td></tr>
        </tbody>
      </table>`);
    expect(table?.headers).toEqual(['Date', 'Type', 'Score', 'Count']);
    expect(texts(table?.rows ?? [])).toEqual([
      ['June 2, 2026', 'Care', 'N/A', 'N/A'],
      ['June 2, 2026', 'Vet', '92', '6'],
      ['June 2, 2026', 'Vet', '93', ''],
      ['June 1', 'Build', '101', '128'],
    ]);
    const rows = table?.rows ?? [];
    expect(rows[0]?.map((cell) => cell.spanned)).toEqual([false, false, false, true]);
    expect(rows[2]?.[0]).toMatchObject({ spanned: true, origin: { row: 1, column: 0 } });
    expect(rows[2]?.[1]?.origin).toEqual(rows[1]?.[1]?.origin);
    expect(rows[2]?.[3]).toMatchObject({ text: '', spanned: false });
  });

  it('reads headers with <br>, entities and &nbsp; as one line of text', () => {
    const [table] = readTables(`<table><tr><th>Minimum Point Threshold<br>for Business&nbsp;Invitations</th>
      <th>Labour &amp; Express Entry Invitations</th></tr><tr><td>1</td><td>2</td></tr></table>`);
    expect(table?.headers).toEqual([
      'Minimum Point Threshold for Business Invitations',
      'Labour & Express Entry Invitations',
    ]);
    expect(texts(table?.rows ?? [])).toEqual([['1', '2']]);
  });

  it('joins a number split across tags and keeps links of a cell', () => {
    const [table] = readTables(`<table><tr><td><strong>5</strong><strong>,500 </strong></td>
      <td>See <a href="/a">A</a> and <a href="https://x.ca/b">B</a></td></tr></table>`);
    expect(table?.rows[0]?.[0]?.text).toBe('5,500');
    expect(table?.rows[0]?.[1]).toMatchObject({ text: 'See A and B', hrefs: ['/a', 'https://x.ca/b'] });
  });

  it('recognises a bold Total row and empty cells', () => {
    const [table] = readTables(`<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody>
      <tr><td>1/15/2026</td><td>26</td></tr>
      <tr><td><strong>Total</strong></td><td>&nbsp;</td></tr></tbody></table>`);
    const [first, total] = table?.rows ?? [];
    expect(first && isTotalRow(first)).toBe(false);
    expect(total && isTotalRow(total)).toBe(true);
    expect(total?.[0]?.bold).toBe(true);
    expect(total?.[1]?.text).toBe('');
  });

  it('gives the headings and bold paragraphs before each table, nearest first', () => {
    const tables = readTables(`<h2>2026</h2><h3>Masters Graduate stream</h3><p>intro</p>
      <table><tr><th>X</th></tr></table>
      <p><strong>New Brunswick Strategic Initiative</strong></p><table><tr><td>k</td><td>v</td></tr></table>`);
    expect(tables.map((t) => t.labelsBefore[0])).toEqual([
      'Masters Graduate stream',
      'New Brunswick Strategic Initiative',
    ]);
    expect(tables[0]?.labelsBefore[1]).toBe('2026');
    expect(tables.map((t) => t.index)).toEqual([0, 1]);
  });

  it('takes a first row of <th> as headers even without <thead>, and none when rows are plain', () => {
    const [withTh, plain] =
      readTables(`<table><tr><th>Date Issued</th><th>Notes</th></tr><tr><td>a</td><td>b</td></tr></table>
      <table><tr><td>January 2026</td><td>363</td></tr></table>`);
    expect(withTh?.headers).toEqual(['Date Issued', 'Notes']);
    expect(plain?.headers).toEqual(['', '']);
    expect(texts(plain?.rows ?? [])).toEqual([['January 2026', '363']]);
  });
});

describe('header matching', () => {
  it('ignores case, spacing, <br> and & versus "and", and accepts alternatives and regexes', () => {
    expect(headerMatches('Labour & Express Entry Invitations', 'labour and express entry')).toBe(true);
    expect(headerMatches('  DRAW   date ', 'Draw date')).toBe(true);
    expect(headerMatches('Date of the draw', ['Draw date', /^date of( the)? draw$/])).toBe(true);
    expect(headerMatches('Date de l’invitation', ['Draw date', /^date of( the)? draw$/])).toBe(false);
  });

  it('finds only the tables that have every required column, with their indexes', () => {
    const tables = readTables(`
      <table><tr><th>Score range</th><th>Number of registrations</th></tr></table>
      <table><tr><th>Notes</th><th>Date issued</th><th>Number of invitations issued</th></tr><tr><td>n</td><td>d</td><td>5</td></tr></table>`);
    const matches = findTables(
      tables,
      { date: 'date issued', count: /number of (itas|invitations)/, notes: 'notes', score: 'score range' },
      ['date', 'count'],
    );
    expect(matches).toHaveLength(1);
    expect(matches[0]?.columns).toEqual({ notes: 0, date: 1, count: 2 });
    const match = matches[0];
    const row = match?.table.rows[0];
    expect(match && row && cellOf(match, row, 'count')?.text).toBe('5');
    expect(match && row && cellOf(match, row, 'score')).toBeUndefined();
  });
});

describe('key/value tables', () => {
  it('reads label | value rows, the first one included even when it looks like a header', () => {
    const [table] =
      readTables(`<table><thead><tr><th>Date of draw</th><th>January 13 – 15, 2026</th></tr></thead>
      <tbody><tr><th>Invitations issued</th><td>75</td></tr>
      <tr><th>Occupational categories selected</th><td><ul><li>Health care</li><li>Manufacturing</li></ul></td></tr></tbody></table>`);
    if (!table) throw new Error('no table read');
    const entries = readKeyValueTable(table);
    expect(entries.map((entry) => [entry.key, entry.value.text])).toEqual([
      ['Date of draw', 'January 13 – 15, 2026'],
      ['Invitations issued', '75'],
      ['Occupational categories selected', 'Health care Manufacturing'],
    ]);
    expect(entryValue(entries, 'occupational categories')?.lines).toEqual(['Health care', 'Manufacturing']);
  });
});

describe('text helpers', () => {
  it('reads blocks of prose in order with nested lists as their own items', () => {
    const blocks = readBlocks(`<article><h3>Skilled Worker Stream</h3><p>Profiles submitted.</p>
      <ul><li>Number issued: <strong>124</strong><ul><li>Employer Services:<strong> 49</strong></li></ul></li></ul>
      <table><tr><td>ignored</td></tr></table><h3>Notes</h3></article>`);
    expect(blocks.map((b) => [b.kind, b.level, b.text])).toEqual([
      ['heading', 3, 'Skilled Worker Stream'],
      ['paragraph', 0, 'Profiles submitted.'],
      ['item', 0, 'Number issued: 124'],
      ['item', 0, 'Employer Services: 49'],
      ['heading', 3, 'Notes'],
    ]);
  });

  it('drops script text, tightens spaced parentheses and splits lines at <br>', () => {
    const doc = parseHtml(
      '<div>Targeted draw for the Greater Toronto Area ( <abbr>GTA</abbr> ).<br>Next<script>x=1</script></div>',
    );
    expect(elementText(doc)).toMatchObject({
      text: 'Targeted draw for the Greater Toronto Area (GTA). Next',
      lines: ['Targeted draw for the Greater Toronto Area (GTA).', 'Next'],
    });
  });

  it('reads the page title and language, and resolves links', () => {
    expect(pageInfo('<html lang="FR-ca"><head><title> Tirages </title></head></html>')).toEqual({
      title: 'Tirages',
      lang: 'fr-ca',
    });
    expect(
      resolveUrl('/2026/06/expression-of-interest-draw-273/', 'https://immigratemanitoba.com/draws/'),
    ).toBe('https://immigratemanitoba.com/2026/06/expression-of-interest-draw-273/');
    expect(resolveUrl('mailto:a@b.ca', 'https://x.ca/')).toBeNull();
  });
});
