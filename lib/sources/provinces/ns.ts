import { matchKey } from '@/lib/html/dom';
import { readTables, type TableCell } from '@/lib/html/table-reader';
import { readMonth } from '@/lib/sources/pnp/dates';
import type { OwnDraft } from '@/lib/sources/pnp/draws';
import { defineParser } from '@/lib/sources/pnp/engine';
import { pageClues } from '@/lib/sources/pnp/page';
import { isAbsent, readInvitationCount } from '@/lib/sources/pnp/values';
import { defineProvince } from '@/lib/sources/province-record';
import { SourceFault } from '@/lib/sources/source';

declare module '@/lib/sources/province-record' {
  interface ProvinceRegistry {
    NS: never;
  }
}

/** How news articles name it, for the annotator (its own export: the content script carries only this). */
export const press = {
  program:
    'NSNP|Nova Scotia (?:Nominee Program|PNP|Provincial Nominee Program)|Programme des candidats de la Nouvelle-Écosse',
  name: 'Nova Scotia|Nouvelle-Écosse',
};

export const province = defineProvince({
  code: 'NS',
  system: 'pnp',
  names: { province: 'provinceNS', programShort: 'programShortNS' },
  press,
  scales: {},
  source: {
    status: 'read',
    page: 'https://liveinnovascotia.com/eoi-selection',
    hostPermission: 'https://liveinnovascotia.com/*',
    // Said once in the Provinces view, in the reader's language, rather than on every month.
    noteKey: 'provinceNoteNS',
  },
});

/** `January 2026 | 363`: Nova Scotia publishes only how many it selected each month. */
const MONTH_ROW = /^[a-z]+ \d{4}$/;

export const parser = defineParser(province, {
  // A month and its count per row, found by its rows rather than its headers.
  layout: { columns: [{ month: 'Month', selected: 'Selected' }] },
  read(doc, { skips }) {
    const isMonthRow = (row: TableCell[]) => MONTH_ROW.test(matchKey(row[0]?.text ?? ''));
    const table = readTables(doc).find((candidate) => candidate.allRows.filter(isMonthRow).length >= 2);
    if (!table) throw new SourceFault({ code: 'missing-monthly-table', page: pageClues(doc) });

    const drafts: OwnDraft<never>[] = [];
    for (const [monthCell, countCell] of table.allRows.filter(isMonthRow)) {
      const month = monthCell?.text ?? '';
      const count = countCell?.text ?? '';
      if (isAbsent(count)) {
        skips.sawPlaceholder(); // `TBD`: a month still to come, not a draw
        continue;
      }
      drafts.push(
        ...skips.attempt<OwnDraft<never>>(`row "${month}"`, () => [
          {
            // A month's total, honestly: the whole month as a range, never a made-up draw day.
            ...readMonth(month),
            category: 'ns-eoi-monthly-total',
            categoryName: `Expression of Interest selections in ${month} (monthly total)`,
            invitations: readInvitationCount(count),
            minScore: null,
            scoreScale: 'none',
            // Said once, in the reader's language, by the province's note, not per row.
            notes: '',
            identity: 'eoi monthly total',
            distinguishing: count,
          },
        ]),
      );
    }
    return drafts;
  },
});
