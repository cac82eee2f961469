import type { Draw } from '@/lib/draws/draw';
import { type FaultKind, type FaultReason, faultKindOf } from './fault-reason';
import { describeFault } from './fault-text';
import type { SourceTiming } from './schedule';

export type { FaultKind, FaultReason } from './fault-reason';

/**
 * A fault that leaves stored draws untouched. It carries facts (`reason`), from which text is made
 * where it is shown; `message` is the English maintainer sentence (`describeFault`), for logs.
 */
export class SourceFault extends Error {
  readonly kind: FaultKind;
  /** Worth retrying soon (the network, a server error); false for what minutes will not mend. */
  readonly passing: boolean;

  constructor(
    readonly reason: FaultReason,
    options: { passing?: boolean } = {},
  ) {
    super(describeFault(reason));
    this.name = 'SourceFault';
    this.kind = faultKindOf(reason);
    this.passing = options.passing ?? PASSING_KINDS.has(this.kind);
  }
}

const PASSING_KINDS: ReadonlySet<FaultKind> = new Set([
  'network',
  'timeout',
  'http',
  'empty',
  'error-page',
  'truncated',
  // The user (or the browser) may free space at any time.
  'storage-full',
]);

/**
 * Bodies longer than this (characters) are refused before parsing: the Express Entry feed is
 * 0.7 MB in 2026 and grows by about 0.13 MB a year; the largest provincial page recorded is 0.64 MB.
 */
export const MAX_BODY_CHARS = 4 * 1024 * 1024;

export interface ParseContext {
  /** The URL the body came from (after redirects), to resolve relative links. */
  url: string;
  /** Now, for what is plausible (no draw dated after next year); the real clock when left out. */
  now?: number;
  /** Fetch a linked page with the same policy (timeout, user agent), for sources that follow links. */
  fetchText(url: string): Promise<string>;
  /**
   * Read a linked page once and keep what was read (lib/sources/linked-pages.ts): a page read
   * before is not fetched again, except a recent one that may still be edited, asked again with
   * its validators. Given by the poll; absent where nothing is kept (the maintainer's check, tests),
   * where `readLinkedEveryTime` stands in.
   */
  readLinked?<T>(url: string, reader: LinkedPageReader<T>): Promise<T>;
}

/** How a source reads one linked page (a Manitoba draw post). */
export interface LinkedPageReader<T> {
  /** Bumped when `read` changes what it makes of a page: pages kept from an older reader are read again. */
  version: number;
  /**
   * What the page says (kept as is: plain data), and its own date (YYYY-MM-DD) when it states one.
   * Throws a SourceFault for a page that is not there to read (an empty body): nothing is kept.
   */
  read(body: string): { value: T; datedOn: string | null };
}

/** `readLinked` without keeping anything: every page fetched and read each time. */
export function readLinkedEveryTime(fetchText: ParseContext['fetchText']) {
  return async <T>(url: string, reader: LinkedPageReader<T>): Promise<T> =>
    reader.read(await fetchText(url)).value;
}

export interface ParseResult {
  draws: Draw[];
  /** Rows or rounds that could not be read and were left out. */
  skipped: number;
  /** Why, one short line per skipped row (at most a few kept). */
  skippedReasons: string[];
  /**
   * Part of what the page links to could not be fetched this time (a Manitoba draw post): what was
   * read is stored, and the same page is read again next time instead of counting as unchanged.
   */
  incomplete?: boolean;
  /**
   * Rows the page's tables held, read or not (placeholders included), where the source counts
   * them: a page whose tables hold no row at all, after it listed draws, looks redesigned.
   */
  rowsRead?: number;
}

export interface SourceDefinition {
  /** `ircc-ee`, or `pnp-` and a province's code. */
  id: string;
  /** Short name shown to people: "Express Entry (IRCC)", "Alberta (AAIP)". */
  label: string;
  url: string;
  kind: 'json' | 'html';
  /**
   * The source only ever grows (IRCC's feed): a body with far fewer draws than the last one is a
   * partial answer, refused. Provincial pages drop old rows legitimately and leave this off.
   */
  appendOnly?: boolean;
  /**
   * How checks are timed (lib/sources/schedule.ts): `draw-window` for a source whose rounds say when
   * they ran (IRCC's feed: checked every few minutes in the hours rounds come), `rhythm` (the
   * default) for one that publishes dates only (checked at the pace of its own history).
   */
  timing?: SourceTiming;
  /**
   * A stored draw's category under today's rules, when they can differ from the rules it was
   * stored under (Express Entry categories are derived from names IRCC renames). Round identity
   * compares with this; defaults to the stored category.
   */
  currentCategory?: (draw: Draw) => string;
  /**
   * Reads a whole body into draws. Throws SourceFault (and nothing else) when the body is not what
   * the source expects; nothing is stored then.
   */
  parse(body: string, context: ParseContext): ParseResult | Promise<ParseResult>;
}
