import type { ProvinceCode } from '@/lib/draws/draw';

/** What an article says about one draw, found in one block of text. */

export type ClaimKind = 'express-entry' | 'pnp';

export type ClaimField = 'number' | 'date' | 'invitations' | 'minScore' | 'tieBreak';

/** "more than 270 applicants" is a bound, not a count: it is checked as one. */
export type CountQualifier = 'exact' | 'more-than' | 'fewer-than' | 'about';

/** The languages whose phrasing the finder reads. */
export type FindLanguage = 'en' | 'fr';

/** Where a stated fact sits in the block text: a badge for it goes right after `end`. */
export interface FigureRange {
  field: ClaimField;
  start: number;
  end: number;
}

export interface DrawClaim {
  kind: ClaimKind;
  province?: ProvinceCode;
  /** The draw number as written (`238`, `91a`). */
  number?: string;
  /** ISO date (YYYY-MM-DD); a year left out by the article is taken from its reference day. */
  date?: string;
  /** Normalised category (`french`, `cec`, `pnp`, `general`, ...); Express Entry only. */
  categoryHint?: string;
  invitations?: number;
  invitationsQualifier?: CountQualifier;
  minScore?: number;
  /** Tie-breaking rule instant (ISO, UTC, to the day, minute or second as written). */
  tieBreakAt?: string;
  /** Found in a widget of recent draws beside the article, not in the article itself. */
  inSidebar?: true;
  figures: FigureRange[];
  /** Span of the claim in the block text. */
  start: number;
  end: number;
}

/** What the finder knows about the text as a whole. */
export interface FindContext {
  /** Whose phrasing, dates and numbers to read (default English). */
  language?: FindLanguage;
  /** Publication date (YYYY-MM-DD): the day "today" means. */
  published?: string;
  /**
   * The day a year-less date is on or before (YYYY-MM-DD): the publication date for an article,
   * today for a widget of recent draws. Defaults to `published`.
   */
  reference?: string;
  /** Kind to assume when a sentence names no program (e.g. from the page's headline). */
  defaultKind?: ClaimKind;
  /** The text is a widget beside the article: its claims are marked `inSidebar`. */
  sidebar?: boolean;
}

/** Plausible figures only: a claim never carries a number no draw could have. */
export const MAX_INVITATIONS = 1_000_000;
export const MAX_SCORE = 1200;

export function figureOf(claim: DrawClaim, field: ClaimField): FigureRange | undefined {
  return claim.figures.find((figure) => figure.field === field);
}

export function referenceDay(context: FindContext): string | undefined {
  return context.reference ?? context.published;
}
