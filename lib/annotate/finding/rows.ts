import {
  type ClaimField,
  type ClaimKind,
  type DrawClaim,
  type FindContext,
  MAX_INVITATIONS,
  MAX_SCORE,
  referenceDay,
} from '@/lib/annotate/finding/claim';
import { findDates, parseDateCell } from '@/lib/annotate/finding/dates';
import { scanNumbers } from '@/lib/annotate/finding/numbers';
import {
  categoryHintOf,
  EXPRESS_ENTRY_SIGNAL,
  provinceOfName,
  provinceOfProgram,
} from '@/lib/annotate/finding/vocabulary';

/**
 * Claims in a table or list of recent draws, one per data row: rows keyed by a date ("June 26 |
 * Manitoba | 492 invitations", the year left out) or by a round number with its type in brackets
 * ("353 (CEC) | 3000 | 521"). A table is read only when its header names a date or draw-number column
 * and an invitations or score column (or when a site's rule gives the columns): a table of NOC codes
 * or of a points grid yields nothing. Rows are read one at a time, in order, as a page streams them.
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

/** `draw` is a round's number or its type, whichever its cells hold ("353 (CEC)" or "CEC"). */
export type Column = 'date' | 'draw' | 'number' | 'type' | 'province' | 'invitations' | 'score';

const COLUMN_HEADERS: ReadonlyArray<readonly [Column, RegExp]> = [
  ['number', /^\s*(?:#|no\.?|nº|n°|(?:draw|round|ronde|tirage)\s*(?:#|no\.?|nº|n°|number|numéro))\s*$/i],
  ['draw', /^\s*(?:draws?|rounds?|rondes?|tirages?)\s*$/i],
  ['date', /\bdate\b/i],
  ['province', /\bprovinces?\b|\bterritor/i],
  [
    'invitations',
    /\bITAs?\b|invitation|\binvited\b|\bLAAs?\b|\bNOIs?\b|\bIPD\b|\bsize\b|number of|nombre d|taille/i,
  ],
  ['score', /\bCRS\b|\bSCG\b|score|cut[- ]?off|minimum|points|\bnote\b|pointage|seuil/i],
  ['type', /\btype\b|program|category|catégorie|stream|volet|\bname\b|\bnom\b|\bdraw\b|pathway/i],
];

/** "353", "#353", "nº 353", "91b", with the type in brackets: "353 (CEC)". */
const NUMBERED = /^\s*(?:#|nº|n°|no\.?)?\s*(\d{1,4}[ab]?)(?![\d,.\s]*\d)\s*(?:\(([^()]{1,60})\))?/i;
const FEWER_THAN = /less than|fewer than|under|moins de|</i;

export function columnOf(header: string): Column | undefined {
  return COLUMN_HEADERS.find(([, pattern]) => pattern.test(header))?.[0];
}

/** Column roles by index, or null when the row is not the header of a draws table. */
function readHeader(row: TableRow): Array<Column | undefined> | null {
  if (row.cells.length < 2) return null;
  const columns = row.cells.map((cell) => (cell.text.length > 80 ? undefined : columnOf(cell.text)));
  const has = (column: Column) => columns.includes(column);
  const keyed = has('date') || has('number') || has('draw');
  return keyed && (has('invitations') || has('score')) ? columns : null;
}

/** Reads the rows of one table or list, in order. */
export class RowReader {
  private columns: ReadonlyArray<Column | undefined> | null;
  private headerText = '';

  /** `columns`: the roles a site's rule gives a widget without a header row. */
  constructor(
    private readonly context: FindContext = {},
    columns?: ReadonlyArray<Column | undefined>,
  ) {
    this.columns = columns ?? null;
  }

  /** The claim of a data row, or null (a header, a row of a table that is not about draws, junk). */
  read(row: TableRow): DrawClaim | null {
    const header = readHeader(row);
    if (header !== null) {
      this.columns = header;
      this.headerText = row.cells.map((cell) => cell.text).join(' ');
      return null;
    }
    if (this.columns === null) return null;
    return this.claimOf(row, this.columns);
  }

  private claimOf(row: TableRow, columns: ReadonlyArray<Column | undefined>): DrawClaim | null {
    const { context } = this;
    const language = context.language ?? 'en';
    const cellOf = (column: Column) => {
      const index = columns.indexOf(column);
      return index < 0 ? undefined : row.cells[index];
    };
    const claim: DrawClaim = { kind: 'express-entry', figures: [], start: -1, end: -1 };
    const add = (field: ClaimField, start: number, length: number) => {
      claim.figures.push({ field, start, end: start + length });
      claim.start = claim.start < 0 ? start : Math.min(claim.start, start);
      claim.end = Math.max(claim.end, start + length);
    };

    let typeText = cellOf('type')?.text ?? '';
    const numberCell = cellOf('number') ?? cellOf('draw');
    const numbered = numberCell === undefined ? null : NUMBERED.exec(numberCell.text);
    if (numberCell !== undefined && numbered?.[1] !== undefined) {
      claim.number = numbered[1].toLowerCase();
      add('number', numberCell.start + numbered[0].indexOf(numbered[1]), numbered[1].length);
      if (numbered[2] !== undefined) typeText = `${typeText} ${numbered[2]}`;
    } else if (numberCell !== undefined && columns.includes('draw')) {
      typeText = `${typeText} ${numberCell.text}`;
    }

    const dateCell = cellOf('date');
    const date =
      dateCell === undefined ? null : parseDateCell(dateCell.text, referenceDay(context), language);
    if (dateCell !== undefined && date !== null) {
      claim.date = date;
      add('date', dateCell.start, dateCell.text.trimEnd().length);
    }
    if (claim.number === undefined && claim.date === undefined) return null;

    const province = provinceOfName(cellOf('province')?.text ?? '') ?? provinceOfProgram(typeText);
    const kind = kindOfRow(province, typeText, this.headerText, context);
    if (kind === undefined) return null;
    claim.kind = kind;
    if (province !== undefined) claim.province = province;
    if (kind === 'express-entry') {
      const hint = categoryHintOf(typeText);
      if (hint !== undefined) claim.categoryHint = hint;
    }

    const invitationsCell = cellOf('invitations');
    const count = invitationsCell === undefined ? undefined : scanNumbers(invitationsCell.text, language)[0];
    if (
      invitationsCell !== undefined &&
      count !== undefined &&
      !count.decimal &&
      count.value <= MAX_INVITATIONS
    ) {
      claim.invitations = count.value;
      if (FEWER_THAN.test(invitationsCell.text)) claim.invitationsQualifier = 'fewer-than';
      add('invitations', invitationsCell.start + count.start, count.end - count.start);
    }
    const scoreCell = cellOf('score');
    const score = scoreCell === undefined ? undefined : scoreOf(scoreCell.text, context);
    if (scoreCell !== undefined && score !== undefined) {
      claim.minScore = score.value;
      add('minScore', scoreCell.start + score.start, score.end - score.start);
    }
    if (context.sidebar === true) claim.inSidebar = true;
    claim.figures.sort((a, b) => a.start - b.start);
    const checkable =
      claim.number !== undefined || claim.invitations !== undefined || claim.minScore !== undefined;
    return checkable ? claim : null;
  }
}

/** A score cell's value: plain digits on the scale of any program; never a date or a year ("2016"). */
function scoreOf(text: string, context: FindContext) {
  const language = context.language ?? 'en';
  if (findDates(text, undefined, language).length > 0 || /\d\/\d/.test(text)) return undefined;
  const token = scanNumbers(text, language)[0];
  if (token === undefined || token.grouped || token.decimal) return undefined;
  if (token.value < 1 || token.value > MAX_SCORE) return undefined;
  return token;
}

function kindOfRow(
  province: string | undefined,
  typeText: string,
  headerText: string,
  context: FindContext,
): ClaimKind | undefined {
  if (province !== undefined) return 'pnp';
  if (EXPRESS_ENTRY_SIGNAL.test(`${headerText} ${typeText}`) || categoryHintOf(typeText) !== undefined) {
    return 'express-entry';
  }
  return context.defaultKind;
}

/** Claims of every data row of one table, keyed by the row's index in `rows`. */
export function findClaimsInTable(
  rows: readonly TableRow[],
  context: FindContext = {},
  columns?: ReadonlyArray<Column | undefined>,
): Map<number, DrawClaim> {
  const reader = new RowReader(context, columns);
  const claims = new Map<number, DrawClaim>();
  rows.forEach((row, index) => {
    const claim = reader.read(row);
    if (claim !== null) claims.set(index, claim);
  });
  return claims;
}
