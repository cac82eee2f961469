import type { HtmlDocument } from '@/lib/html/dom';
import { cellOf, isEmptyRow, type TableCell, type TableMatch } from '@/lib/html/table-reader';
import { readDate } from '@/lib/sources/pnp/dates';
import { type OwnDraft, slug } from '@/lib/sources/pnp/draws';
import { defineParser } from '@/lib/sources/pnp/engine';
import type { SkipLog } from '@/lib/sources/pnp/skips';
import { draftsFromRows, requireTables } from '@/lib/sources/pnp/tables';
import { readInvitationCount, readMinScore, UnreadableRow } from '@/lib/sources/pnp/values';
import { defineProvince } from '@/lib/sources/province-record';

declare module '@/lib/sources/province-record' {
  interface ProvinceRegistry {
    BC: 'bc-sirs';
  }
}

/** How news articles name it, for the annotator (its own export: the content script carries only this). */
export const press = {
  program: String.raw`B\.?C\.? ?PNP|British Columbia (?:Provincial Nominee Program|PNP)|EEBC|SIRS|Programme des candidats de la Colombie-Britannique`,
  name: String.raw`British Columbia|Colombie-Britannique|B\.C\.`,
};

export const province = defineProvince({
  code: 'BC',
  system: 'pnp',
  names: { province: 'provinceBC', programShort: 'programShortBC' },
  press,
  // SIRS gives at most 200 points.
  scales: { 'bc-sirs': { nameKey: 'scaleBcSirs', max: 200 } },
  source: {
    status: 'read',
    page: 'https://www.welcomebc.ca/immigrate-to-b-c/about-the-bc-provincial-nominee-program/invitations-to-apply',
    hostPermission: 'https://www.welcomebc.ca/*',
  },
});

type DrawDraft = OwnDraft<'bc-sirs'>;

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
    draftsFromRows(match, skips, (text): DrawDraft[] => {
      const stream = text('stream');
      if (!stream) throw new UnreadableRow('no stream');
      return [
        {
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

export const parser = defineParser(province, {
  layout: { columns: [SKILLS_COLUMNS, ENTREPRENEUR_COLUMNS] },
  read(doc, { skips }) {
    const skills = requireTables(doc, SKILLS_COLUMNS, ['date', 'itaType', 'minimum', 'invitations']);
    return [...skills.flatMap((match) => readSkills(match, skips)), ...readEntrepreneur(doc, skips)];
  },
});
