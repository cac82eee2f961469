import { matchKey } from '@/lib/html/dom';
import { readTables, type TableCell } from '@/lib/html/table-reader';
import { PNP_INFO } from '@/lib/sources/catalog';
import { readMonth } from '@/lib/sources/pnp/dates';
import type { DrawDraft } from '@/lib/sources/pnp/draws';
import { finishPage, pageClues, parsePage } from '@/lib/sources/pnp/page';
import { SkipLog } from '@/lib/sources/pnp/skips';
import { isAbsent, readInvitationCount } from '@/lib/sources/pnp/values';
import { type SourceDefinition, SourceFault } from '@/lib/sources/source';

const URL = PNP_INFO.NS.url;

/** `January 2026 | 363`: Nova Scotia publishes only how many it selected each month. */
const MONTH_ROW = /^[a-z]+ \d{4}$/;

export const nsSource: SourceDefinition = {
  id: 'pnp-ns',
  label: PNP_INFO.NS.label,
  url: URL,
  kind: 'html',
  parse(body, context) {
    const doc = parsePage(body);
    const isMonthRow = (row: TableCell[]) => MONTH_ROW.test(matchKey(row[0]?.text ?? ''));
    const table = readTables(doc).find((candidate) => candidate.allRows.filter(isMonthRow).length >= 2);
    if (!table) throw new SourceFault({ code: 'missing-monthly-table', page: pageClues(doc) });

    const skips = new SkipLog();
    const drafts: DrawDraft[] = [];
    for (const [monthCell, countCell] of table.allRows.filter(isMonthRow)) {
      const month = monthCell?.text ?? '';
      const count = countCell?.text ?? '';
      if (isAbsent(count)) {
        skips.sawPlaceholder(); // `TBD`: a month still to come, not a draw
        continue;
      }
      drafts.push(
        ...skips.attempt<DrawDraft>(`row "${month}"`, () => [
          {
            system: 'pnp',
            sourceId: 'pnp-ns',
            province: 'NS',
            number: null,
            // A month's total, honestly: the whole month as a range, never a made-up draw day.
            ...readMonth(month),
            category: 'ns-eoi-monthly-total',
            categoryName: `Expression of Interest selections in ${month} (monthly total)`,
            invitations: readInvitationCount(count),
            minScore: null,
            scoreScale: 'none',
            url: URL,
            // Said once, in the reader's language, by the province note (provinceNoteNS), not per row.
            notes: '',
            identity: 'eoi monthly total',
            distinguishing: count,
          },
        ]),
      );
    }
    return finishPage(drafts, skips, { sourceUrl: URL, now: context.now });
  },
};
