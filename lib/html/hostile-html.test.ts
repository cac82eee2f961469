import { readBlocks } from '@/lib/html/blocks';
import { elementText, PAGE_LIMITS, PageTooComplex, parseHtml } from '@/lib/html/dom';
import { MAX_TABLE_POSITIONS, readTables, TablesTooLarge } from '@/lib/html/table-reader';

/** No limit but memory: to build documents deeper than any call stack, as a broken page could be. */
const UNBOUNDED = { nodes: Number.POSITIVE_INFINITY, depth: Number.POSITIVE_INFINITY };

const wrap = (depth: number, inner: string) => `${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}`;

describe('walks of deeply nested HTML (no recursion)', () => {
  const TABLE =
    '<table><tr><th>Date</th><th>Count</th></tr><tr><td>June 18, 2026</td><td>182</td></tr></table>';

  it('reads a table under 10,000 <div>s', () => {
    const doc = parseHtml(wrap(10_000, TABLE), UNBOUNDED);
    const [table] = readTables(doc);
    expect(table?.headers).toEqual(['Date', 'Count']);
    expect(table?.rows[0]?.map((cell) => cell.text)).toEqual(['June 18, 2026', '182']);
  });

  it('reads the blocks and the text under 10,000 nested elements', () => {
    const doc = parseHtml(wrap(10_000, '<h3>Skilled Worker Stream</h3><p>Issued: <b>475</b></p>'), UNBOUNDED);
    expect(readBlocks(doc).map((block) => [block.kind, block.text])).toEqual([
      ['heading', 'Skilled Worker Stream'],
      ['paragraph', 'Issued: 475'],
    ]);
    const nestedBold = parseHtml(`<p>${'<b>'.repeat(10_000)}5,500${'</b>'.repeat(10_000)}</p>`, UNBOUNDED);
    expect(elementText(nestedBold)).toMatchObject({ text: '5,500', bold: true });
  });

  it('reads list items nested 5,000 deep as items of their own, in order', () => {
    const nested = `${'<ul><li>item'.repeat(5_000)}${'</li></ul>'.repeat(5_000)}`;
    const blocks = readBlocks(parseHtml(nested, UNBOUNDED));
    expect(blocks).toHaveLength(5_000);
    expect(blocks.every((block) => block.kind === 'item' && block.text === 'item')).toBe(true);
  });
});

describe('parseHtml bounds what one page may cost', () => {
  const limitOf = (html: string) => {
    try {
      parseHtml(html);
    } catch (error) {
      if (error instanceof PageTooComplex) return [error.limit, error.value];
      throw error;
    }
    return null;
  };

  it('stops at nesting deeper than any real page (200,000 unclosed <div>s)', () => {
    expect(limitOf('<div>'.repeat(200_000))).toEqual(['depth', PAGE_LIMITS.depth]);
  });

  it('stops at more nodes than any real page (200,000 unclosed table rows)', () => {
    expect(limitOf(`<table>${'<tr><td>1'.repeat(200_000)}`)).toEqual(['nodes', PAGE_LIMITS.nodes]);
  });

  it('reads a page at the depth limit', () => {
    const doc = parseHtml(wrap(PAGE_LIMITS.depth - 1, '<p>ok</p>'));
    expect(readBlocks(doc).map((block) => block.text)).toEqual(['ok']);
  });
});

describe('readTables bounds the grid that spans can build', () => {
  it('refuses tables whose spans would fill more positions than MAX_TABLE_POSITIONS', () => {
    const cells = '<td rowspan="200" colspan="200">x</td>'.repeat(10);
    const rows = `<tr>${cells}</tr>${'<tr></tr>'.repeat(199)}`;
    expect(() => readTables(`<table>${rows}</table>`)).toThrow(TablesTooLarge);
  });

  it('still reads a table of real size', () => {
    const row =
      '<tr><td>June 18, 2026</td><td rowspan="2">Labour</td><td>182</td></tr><tr><td>a</td><td>b</td></tr>';
    const [table] = readTables(`<table>${row.repeat(100)}</table>`);
    expect(table?.rows).toHaveLength(200);
    expect(200 * 3).toBeLessThan(MAX_TABLE_POSITIONS);
  });
});
