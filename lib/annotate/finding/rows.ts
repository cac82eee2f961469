import type { ClaimKind, DrawClaim, FindContext } from '@/lib/annotate/finding/claim';
import { parseDateCell } from '@/lib/annotate/finding/dates';
import { categoryHintOf, EXPRESS_ENTRY_SIGNAL, findProvinces } from '@/lib/annotate/finding/vocabulary';

/**
 * Claims in a table of recent draws (date, type, ITAs, cut-off), one per data row. A table is read
 * only when its header names a date column and an invitations or score column: a table of NOC codes
 * or of a points grid yields nothing.
 */

export interface TableCell {
  text: string;
  /** Offset of the cell in its row's text (claims' offsets are offsets in the row text). */
  start: number;
  header: boolean;
}

export interface TableRow {
  cells: TableCell[];
}

type Column = 'date' | 'type' | 'number' | 'invitations' | 'score';

const COLUMN_HEADERS: ReadonlyArray<readonly [Column, RegExp]> = [
  ['number', /^\s*(?:#|no\.?|(?:draw|round)\s*(?:#|no\.?|number))\s*$/i],
  ['date', /\bdate\b/i],
  ['invitations', /\bITAs?\b|invitation|\binvited\b|\bLAAs?\b|\bNOIs?\b|\bsize\b|number of/i],
  ['score', /\bCRS\b|score|cut[- ]?off|minimum|points/i],
  ['type', /\btype\b|program|category|stream|\bname\b|\bdraw\b|pathway/i],
];

const INTEGER = /\b(\d{1,3}(?:,\d{3})+|\d{1,6})(?![,.]?\d)/;
const FEWER_THAN = /less than|fewer than|under|</i;

function columnOf(header: string): Column | undefined {
  return COLUMN_HEADERS.find(([, pattern]) => pattern.test(header))?.[0];
}

/** Column roles by index, or null when the row is not the header of a draws table. */
function readHeader(row: TableRow): Array<Column | undefined> | null {
  const columns = row.cells.map((cell) => columnOf(cell.text));
  const has = (column: Column) => columns.includes(column);
  return has('date') && (has('invitations') || has('score')) ? columns : null;
}

function kindOfRow(typeText: string, tableText: string, context: FindContext): ClaimKind | undefined {
  if (findProvinces(typeText).length > 0) return 'pnp';
  if (EXPRESS_ENTRY_SIGNAL.test(tableText) || categoryHintOf(typeText) !== undefined) return 'express-entry';
  return context.defaultKind;
}

/** Claims of every data row, keyed by the row's index in `rows`. */
export function findClaimsInTable(rows: TableRow[], context: FindContext = {}): Map<number, DrawClaim> {
  const claims = new Map<number, DrawClaim>();
  let columns: Array<Column | undefined> | null = null;
  let headerText = '';
  rows.forEach((row, rowIndex) => {
    const header = readHeader(row);
    if (header !== null) {
      columns = header;
      headerText = row.cells.map((cell) => cell.text).join(' ');
      return;
    }
    if (columns === null) return;
    const claim = claimOfRow(row, columns, headerText, context);
    if (claim !== null) claims.set(rowIndex, claim);
  });
  return claims;
}

function claimOfRow(
  row: TableRow,
  columns: Array<Column | undefined>,
  headerText: string,
  context: FindContext,
): DrawClaim | null {
  const cellOf = (column: Column) => {
    const index = columns.indexOf(column);
    return index < 0 ? undefined : row.cells[index];
  };
  const dateCell = cellOf('date');
  const date = dateCell === undefined ? null : parseDateCell(dateCell.text, context.published);
  if (dateCell === undefined || date === null) return null;
  const typeText = cellOf('type')?.text ?? '';
  const kind = kindOfRow(typeText, `${headerText} ${typeText}`, context);
  if (kind === undefined) return null;

  const claim: DrawClaim = {
    kind,
    date,
    figures: [],
    start: dateCell.start,
    end: dateCell.start + dateCell.text.length,
  };
  claim.figures.push({ field: 'date', start: claim.start, end: claim.end });
  if (kind === 'pnp') {
    const province = findProvinces(typeText)[0]?.province;
    if (province !== undefined) claim.province = province;
  } else {
    const hint = categoryHintOf(typeText);
    if (hint !== undefined) claim.categoryHint = hint;
  }

  const numberCell = cellOf('number');
  const number = numberCell === undefined ? null : /\d{1,4}[ab]?/i.exec(numberCell.text);
  if (numberCell !== undefined && number !== null) {
    claim.number = number[0].toLowerCase();
    addFigure(claim, 'number', numberCell.start + number.index, number[0].length);
  }
  const invitationsCell = cellOf('invitations');
  const invitations = invitationsCell === undefined ? null : INTEGER.exec(invitationsCell.text);
  if (invitationsCell !== undefined && invitations?.[1] !== undefined) {
    claim.invitations = Number(invitations[1].replace(/,/g, ''));
    if (FEWER_THAN.test(invitationsCell.text)) claim.invitationsQualifier = 'fewer-than';
    addFigure(claim, 'invitations', invitationsCell.start + invitations.index, invitations[1].length);
  }
  const scoreCell = cellOf('score');
  const score = scoreCell === undefined ? null : /\b\d{1,4}\b/.exec(scoreCell.text);
  if (scoreCell !== undefined && score !== null) {
    claim.minScore = Number(score[0]);
    addFigure(claim, 'minScore', scoreCell.start + score.index, score[0].length);
  }
  return claim.invitations !== undefined || claim.minScore !== undefined || claim.number !== undefined
    ? claim
    : null;
}

function addFigure(
  claim: DrawClaim,
  field: 'number' | 'invitations' | 'minScore',
  start: number,
  length: number,
): void {
  claim.figures.push({ field, start, end: start + length });
  claim.start = Math.min(claim.start, start);
  claim.end = Math.max(claim.end, start + length);
}
