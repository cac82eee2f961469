import type { HtmlDocument } from '@/lib/html/dom';
import {
  cellOf,
  findTables,
  type HeaderMatcher,
  isEmptyRow,
  isTotalRow,
  readTables,
  type TableCell,
  type TableMatch,
} from '@/lib/html/table-reader';
import { pageClues } from '@/lib/sources/pnp/page';
import type { SkipLog } from '@/lib/sources/pnp/skips';
import { SourceFault } from '@/lib/sources/source';

/** The header as a maintainer would look for it: the first text alternative of a matcher. */
function headerName(matcher: HeaderMatcher): string {
  const alternatives = typeof matcher === 'string' || matcher instanceof RegExp ? [matcher] : matcher;
  const text = alternatives.find((alternative): alternative is string => typeof alternative === 'string');
  return text ?? String(alternatives[0] ?? '?');
}

/** Every header text `columns` are found by (a parser's `layout`), each once. */
export function headersOf(columns: Record<string, HeaderMatcher>): string[] {
  const texts = Object.values(columns).flatMap((matcher) =>
    (typeof matcher === 'string' || matcher instanceof RegExp ? [matcher] : matcher).filter(
      (alternative): alternative is string => typeof alternative === 'string',
    ),
  );
  return [...new Set(texts)];
}

/**
 * The page's tables that have the `required` columns; none is a layout fault naming the headers
 * that were looked for.
 */
export function requireTables<K extends string>(
  doc: HtmlDocument,
  columns: Record<K, HeaderMatcher>,
  required: readonly NoInfer<K>[],
): TableMatch<K>[] {
  const matches = findTables(readTables(doc), columns, required);
  if (matches.length === 0) {
    const headers = required.map((key) => headerName(columns[key]));
    throw new SourceFault({ code: 'missing-table', headers, page: pageClues(doc) });
  }
  return matches;
}

/** Reads one row: `text(key)` is the text of that column ('' when the table lacks it). */
export type RowReader<K extends string, Draft> = (text: (key: K) => string, row: TableCell[]) => Draft[];

/**
 * The drafts of every row of a matched table. Blank and Total rows are passed over; a row the
 * reader cannot read is counted in `skips` with its first cell as the place.
 */
export function draftsFromRows<K extends string, Draft>(
  match: TableMatch<K>,
  skips: SkipLog,
  read: RowReader<K, Draft>,
): Draft[] {
  const drafts: Draft[] = [];
  for (const row of match.table.rows) {
    if (isEmptyRow(row) || isTotalRow(row)) continue;
    const text = (key: K) => cellOf(match, row, key)?.text ?? '';
    const place = row.find((cell) => cell.text !== '')?.text.slice(0, 40) ?? '';
    drafts.push(...skips.attempt(`row "${place}"`, () => read(text, row)));
  }
  return drafts;
}
