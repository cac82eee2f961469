import type { HtmlDocument } from '@/lib/html/dom';
import { cellOf, isEmptyRow, type TableCell, type TableMatch } from '@/lib/html/table-reader';
import { PNP_INFO } from '@/lib/sources/catalog';
import { readDate } from '@/lib/sources/pnp/dates';
import { type DrawDraft, slug } from '@/lib/sources/pnp/draws';
import { finishPage, parsePage } from '@/lib/sources/pnp/page';
import { SkipLog } from '@/lib/sources/pnp/skips';
import { draftsFromRows, requireTables } from '@/lib/sources/pnp/tables';
import { readInvitationCount, readMinScore, UnreadableRow } from '@/lib/sources/pnp/values';
import type { SourceDefinition } from '@/lib/sources/source';

const URL = PNP_INFO.BC.url;

/** "Skills Immigration invitations": the date spans its rows; one row per ITA type and factors. */
const SKILLS_COLUMNS = {
  date: ['Date'],
  itaType: ['ITA type'],
  factors: ['Selection factors'],
  minimum: ['Minimum score'],
  invitations: ['Number of invitations'],
} as const;

/** "Entrepreneur Immigration invitations": Base and Regional rows under a spanned date. */
const ENTREPRENEUR_COLUMNS = {
  date: ['Date'],
  stream: ['Stream'],
  minimum: ['Minimum score'],
  invitations: ['Number of invitations'],
} as const;

const common = { system: 'pnp', sourceId: 'pnp-bc', province: 'BC', number: null, url: URL } as const;

/** `Early childhood educators *` → the footnote mark goes. */
const factorText = (cell: TableCell | undefined): string => (cell?.text ?? '').replace(/\s*\*+$/, '');

const sameCell = (a: TableCell | undefined, b: TableCell | undefined): boolean =>
  a !== undefined && b !== undefined && a.origin.row === b.origin.row && a.origin.column === b.origin.column;

type SkillsColumn = keyof typeof SKILLS_COLUMNS;

/**
 * Skills rows. A row whose ITA type and count are the previous row's spanned cells only adds a line
 * of selection factors to that draw (the Veterinary Care rows).
 */
function readSkills(match: TableMatch<SkillsColumn>, skips: SkipLog): DrawDraft[] {
  const drafts: DrawDraft[] = [];
  let previous: { row: TableCell[]; draft: DrawDraft | undefined } | undefined;
  for (const row of match.table.rows) {
    if (isEmptyRow(row)) continue;
    const cell = (key: SkillsColumn) => cellOf(match, row, key);
    if (
      previous &&
      sameCell(cell('itaType'), cellOf(match, previous.row, 'itaType')) &&
      sameCell(cell('invitations'), cellOf(match, previous.row, 'invitations'))
    ) {
      const more = factorText(cell('factors'));
      if (previous.draft && more)
        previous.draft.notes = [previous.draft.notes, more].filter(Boolean).join('; ');
      continue;
    }
    const read = skips.attempt(`row "${cell('date')?.text ?? ''} ${cell('itaType')?.text ?? ''}"`, () => {
      const itaType = cell('itaType')?.text ?? '';
      if (!itaType) throw new UnreadableRow('no ITA type');
      const factors = factorText(cell('factors'));
      const draft: DrawDraft = {
        ...common,
        ...readDate(cell('date')?.text ?? ''),
        category: `bc-skills-${slug(itaType)}`,
        categoryName: itaType,
        invitations: readInvitationCount(cell('invitations')?.text ?? ''),
        minScore: readMinScore(cell('minimum')?.text ?? ''),
        scoreScale: 'bc-sirs',
        notes: factors,
        identity: `skills ${itaType}`,
        distinguishing: factors,
      };
      return [draft];
    });
    drafts.push(...read);
    previous = { row, draft: read[0] };
  }
  return drafts;
}

function readEntrepreneur(doc: HtmlDocument, skips: SkipLog): DrawDraft[] {
  const matches = requireTables(doc, ENTREPRENEUR_COLUMNS, ['date', 'stream', 'minimum', 'invitations']);
  return matches.flatMap((match) =>
    draftsFromRows(match, skips, (text) => {
      const stream = text('stream');
      if (!stream) throw new UnreadableRow('no stream');
      return [
        {
          ...common,
          ...readDate(text('date')),
          category: `bc-entrepreneur-${slug(stream)}`,
          categoryName: `Entrepreneur Immigration – ${stream}`,
          invitations: readInvitationCount(text('invitations')),
          minScore: readMinScore(text('minimum')),
          // The Entrepreneur registration score has its own grid; ScoreScale has no key for it yet.
          scoreScale: 'bc-sirs',
          notes: '',
          identity: `entrepreneur ${stream}`,
          distinguishing: text('invitations'),
        },
      ];
    }),
  );
}

export const bcSource: SourceDefinition = {
  id: 'pnp-bc',
  label: PNP_INFO.BC.label,
  url: URL,
  kind: 'html',
  parse(body, context) {
    const doc = parsePage(body);
    const skips = new SkipLog();
    const skills = requireTables(doc, SKILLS_COLUMNS, ['date', 'itaType', 'minimum', 'invitations']);
    const drafts = [...skills.flatMap((match) => readSkills(match, skips)), ...readEntrepreneur(doc, skips)];
    return finishPage(drafts, skips, { sourceUrl: URL, now: context.now });
  },
};
