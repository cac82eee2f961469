import {
  elementText,
  type HtmlDocument,
  type HtmlElement,
  type HtmlNode,
  isElement,
  matchKey,
  toDocument,
  walkInOrder,
} from '@/lib/html/dom';

export interface TableCell {
  /** Normalised visible text (`<br>` read as a space, entities decoded, split numbers joined). */
  text: string;
  /** The text split at `<br>`, paragraphs and list items. */
  lines: string[];
  hrefs: string[];
  /** A `<th>`. */
  isHeader: boolean;
  /** All of its text is bold: provinces mark total rows that way. */
  bold: boolean;
  /** This position is covered by a rowspan/colspan of an earlier cell (a copy of it). */
  spanned: boolean;
  /** Where the cell that fills this position starts; equal origins mean one merged cell. */
  origin: { row: number; column: number };
}

export interface HtmlTable {
  /** Position among the document's tables, from 0. */
  index: number;
  caption: string;
  /** One text per column, from the header rows (`<thead>`, or leading rows of `<th>` only). */
  headers: string[];
  /** Body rows, expanded so that every row has one cell per column. */
  rows: TableCell[][];
  /** Header rows and body rows together, for key/value tables whose keys are `<th>`. */
  allRows: TableCell[][];
  /** Headings and bold-only paragraphs before the table, nearest first (at most 6). */
  labelsBefore: string[];
}

const MAX_SPAN = 200;
const LABELS_KEPT = 6;
/**
 * Grid positions one page's tables may fill, spans included: a real provincial page fills a few
 * thousand (the recorded PEI page, 48); spans of 200 × 200 on a few hundred cells would fill
 * millions and stall the worker.
 */
export const MAX_TABLE_POSITIONS = 200_000;

/** A page whose tables would fill more than MAX_TABLE_POSITIONS grid positions. */
export class TablesTooLarge extends Error {
  override name = 'TablesTooLarge';
  readonly limit = MAX_TABLE_POSITIONS;
  constructor() {
    super(`the page's tables fill more than ${MAX_TABLE_POSITIONS} cells`);
  }
}

/**
 * Every table of the page, in document order. Tables nested in a cell are read as cell text only.
 * Throws TablesTooLarge when the tables together are too large to read in bounded time.
 */
export function readTables(input: string | HtmlDocument): HtmlTable[] {
  const doc = toDocument(input);
  const known = tablesRead.get(doc);
  if (known) return known;
  const tables: HtmlTable[] = [];
  const labels: string[] = [];
  const budget = { positions: MAX_TABLE_POSITIONS };

  walkInOrder(doc.children, (node) => {
    if (!isElement(node)) return false;
    if (node.name === 'table') {
      tables.push(readTable(node, tables.length, labels.slice(-LABELS_KEPT).reverse(), budget));
      return false;
    }
    if (/^h[1-6]$/.test(node.name)) {
      const { text } = elementText(node);
      if (text) labels.push(text);
      return false;
    }
    if (node.name === 'p') {
      const { text, bold } = elementText(node);
      if (text && bold) labels.push(text);
      return false;
    }
    return true;
  });
  tablesRead.set(doc, tables);
  return tables;
}

/** A document's tables, read once: parsers and fault descriptions ask for them more than once. */
const tablesRead = new WeakMap<HtmlDocument, HtmlTable[]>();

interface RawRow {
  cells: HtmlElement[];
  inHead: boolean;
}

function readTable(
  table: HtmlElement,
  index: number,
  labelsBefore: string[],
  budget: { positions: number },
): HtmlTable {
  const rawRows: RawRow[] = [];
  let caption = '';
  const heads = new Set<HtmlNode>();
  walkInOrder(table.children, (node) => {
    if (!isElement(node)) return false;
    if (node.name === 'table') return false; // a nested table belongs to its cell
    if (node.name === 'caption') {
      caption = elementText(node).text;
      return false;
    }
    const inHead = node.name === 'thead' || (node.parent !== null && heads.has(node.parent));
    if (inHead) heads.add(node);
    if (node.name === 'tr') {
      const cells = node.children.filter(
        (child): child is HtmlElement => isElement(child) && (child.name === 'td' || child.name === 'th'),
      );
      rawRows.push({ cells, inHead });
      return false;
    }
    return true;
  });

  const grid = expandSpans(rawRows, budget);
  const headerCount = countHeaderRows(rawRows, grid);
  const headerRows = grid.slice(0, headerCount);
  return {
    index,
    caption,
    headers: columnHeaders(headerRows, grid[0]?.length ?? 0),
    rows: grid.slice(headerCount),
    allRows: grid,
    labelsBefore,
  };
}

function spanOf(element: HtmlElement, attribute: 'rowspan' | 'colspan'): number {
  const value = Number.parseInt(element.attribs[attribute] ?? '1', 10);
  return Number.isFinite(value) && value >= 1 ? Math.min(value, MAX_SPAN) : 1;
}

/** Lays the cells on a grid: a cell with rowspan/colspan fills every position it covers. */
function expandSpans(rawRows: RawRow[], budget: { positions: number }): TableCell[][] {
  const spend = (positions: number) => {
    budget.positions -= positions;
    if (budget.positions < 0) throw new TablesTooLarge();
  };
  const grid: (TableCell | undefined)[][] = rawRows.map(() => []);
  rawRows.forEach((raw, rowIndex) => {
    const row = grid[rowIndex] ?? [];
    let column = 0;
    for (const element of raw.cells) {
      while (row[column]) column += 1;
      const rowSpan = Math.min(spanOf(element, 'rowspan'), grid.length - rowIndex);
      const colSpan = spanOf(element, 'colspan');
      spend(rowSpan * colSpan);
      const { text, lines, hrefs, bold } = elementText(element);
      const cell: TableCell = {
        text,
        lines,
        hrefs,
        isHeader: element.name === 'th',
        bold,
        spanned: false,
        origin: { row: rowIndex, column },
      };
      for (let dr = 0; dr < rowSpan; dr += 1) {
        const target = grid[rowIndex + dr] ?? [];
        for (let dc = 0; dc < colSpan; dc += 1) {
          target[column + dc] = dr === 0 && dc === 0 ? cell : { ...cell, spanned: true };
        }
      }
      column += colSpan;
    }
  });
  let width = 0;
  for (const row of grid) width = Math.max(width, row.length);
  // The empty positions that fill rows up to the widest one count too.
  spend(grid.reduce((empty, row) => empty + width - row.filter(Boolean).length, 0));
  return grid.map((row, rowIndex) =>
    Array.from({ length: width }, (_, column) => row[column] ?? emptyCell(rowIndex, column)),
  );
}

function emptyCell(row: number, column: number): TableCell {
  return {
    text: '',
    lines: [],
    hrefs: [],
    isHeader: false,
    bold: false,
    spanned: false,
    origin: { row, column },
  };
}

/**
 * Header rows: the leading rows of `<thead>`; without one, the leading rows made only of `<th>`;
 * failing that, a first row whose every cell is bold (pages that style `<td>`s as headers).
 */
function countHeaderRows(rawRows: RawRow[], grid: TableCell[][]): number {
  const inHead = rawRows.findIndex((row) => !row.inHead);
  if (inHead !== 0) return inHead === -1 ? rawRows.length : inHead;
  let count = 0;
  for (const row of grid) {
    const cells = row.filter((cell) => cell.text !== '');
    if (cells.length === 0 || !cells.every((cell) => cell.isHeader)) break;
    count += 1;
  }
  if (count > 0) return count;
  const first = (grid[0] ?? []).filter((cell) => cell.text !== '');
  return first.length >= 2 && first.every((cell) => cell.bold) ? 1 : 0;
}

function columnHeaders(headerRows: TableCell[][], width: number): string[] {
  return Array.from({ length: width }, (_, column) => {
    const texts: string[] = [];
    for (const row of headerRows) {
      const text = row[column]?.text ?? '';
      if (text && !texts.includes(text)) texts.push(text);
    }
    return texts.join(' ');
  });
}

/**
 * Alternatives a header may read. A string matches when the header contains it, compared loosely
 * (case, spaces, `<br>`, `&`/`and`, punctuation ignored); a RegExp is tested on that loose form
 * (lower case, `&` as `and`, punctuation as spaces).
 */
export type HeaderMatcher = string | RegExp | readonly (string | RegExp)[];

export function headerMatches(header: string, matcher: HeaderMatcher): boolean {
  const key = matchKey(header);
  if (!key) return false;
  const alternatives: readonly (string | RegExp)[] =
    typeof matcher === 'string' || matcher instanceof RegExp ? [matcher] : matcher;
  return alternatives.some((alternative) =>
    typeof alternative === 'string' ? key.includes(matchKey(alternative)) : alternative.test(key),
  );
}

export interface TableMatch<K extends string> {
  table: HtmlTable;
  /** Column index of each matched header. */
  columns: Partial<Record<K, number>>;
}

/**
 * The tables whose headers include every `required` column. Each column takes the first header
 * that matches it and that no earlier column took.
 */
export function findTables<K extends string>(
  tables: HtmlTable[],
  columns: Record<K, HeaderMatcher>,
  required: readonly NoInfer<K>[],
): TableMatch<K>[] {
  const matches: TableMatch<K>[] = [];
  for (const table of tables) {
    const taken = new Set<number>();
    const found: Partial<Record<K, number>> = {};
    for (const key of Object.keys(columns) as K[]) {
      const index = table.headers.findIndex(
        (header, i) => !taken.has(i) && headerMatches(header, columns[key]),
      );
      if (index >= 0) {
        found[key] = index;
        taken.add(index);
      }
    }
    if (required.every((key) => found[key] !== undefined)) matches.push({ table, columns: found });
  }
  return matches;
}

/** The cell of `row` in the column matched for `key`, if that column was found. */
export function cellOf<K extends string>(
  match: TableMatch<K>,
  row: TableCell[],
  key: K,
): TableCell | undefined {
  const index = match.columns[key];
  return index === undefined ? undefined : row[index];
}

/** A row with no text at all (spacer rows). */
export function isEmptyRow(row: TableCell[]): boolean {
  return row.every((cell) => cell.text === '');
}

/** A `Total`/`Totals`/`Total:` row, as tables close with (often bold). */
export function isTotalRow(row: TableCell[]): boolean {
  const first = row.find((cell) => cell.text !== '');
  return first !== undefined && /^(grand )?totals?( for \d{4})?$/.test(matchKey(first.text));
}

export interface KeyValueEntry {
  key: string;
  value: TableCell;
}

/** Reads a two-column table of `label | value` rows (New Brunswick's draws), header rows included. */
export function readKeyValueTable(table: HtmlTable): KeyValueEntry[] {
  const entries: KeyValueEntry[] = [];
  for (const row of table.allRows) {
    const [keyCell, valueCell] = row;
    if (!keyCell || !valueCell || keyCell.text === '') continue;
    entries.push({ key: keyCell.text, value: valueCell });
  }
  return entries;
}

/** The value of the first entry whose key matches. */
export function entryValue(entries: KeyValueEntry[], matcher: HeaderMatcher): TableCell | undefined {
  return entries.find((entry) => headerMatches(entry.key, matcher))?.value;
}
