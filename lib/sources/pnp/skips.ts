import { UnreadableRow } from '@/lib/sources/pnp/values';

const REASONS_KEPT = 5;

/** Counts rows left out and keeps the first few reasons, for ParseResult. */
export class SkipLog {
  skipped = 0;
  readonly skippedReasons: string[] = [];
  /** Rows the page's tables held, read or not, placeholders ("TBD") included. */
  rowsSeen = 0;

  /** A row that is not a draw yet (a month "TBD"): the table is not empty. */
  sawPlaceholder(): void {
    this.rowsSeen += 1;
  }

  add(reason: string, count = 1): void {
    if (count <= 0) return;
    this.skipped += count;
    if (this.skippedReasons.length < REASONS_KEPT) this.skippedReasons.push(reason);
  }

  /**
   * Runs `read` on one row: an UnreadableRow is logged under `where` and yields nothing; any other
   * error is a bug and propagates.
   */
  attempt<T>(where: string, read: () => T[]): T[] {
    this.rowsSeen += 1;
    try {
      return read();
    } catch (error) {
      if (!(error instanceof UnreadableRow)) throw error;
      this.add(`${where}: ${error.message}`);
      return [];
    }
  }
}
