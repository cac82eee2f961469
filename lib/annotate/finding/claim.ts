import type { ProvinceCode } from '@/lib/draws/draw';

/** What an article says about one draw, found in one block of text. */

export type ClaimKind = 'express-entry' | 'pnp';

export type ClaimField = 'number' | 'date' | 'invitations' | 'minScore' | 'tieBreak';

/** "more than 270 applicants" is a bound, not a count: it is checked as one. */
export type CountQualifier = 'exact' | 'more-than' | 'fewer-than' | 'about';

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
  /** ISO date (YYYY-MM-DD); a year left out by the article is taken from its publication date. */
  date?: string;
  /** Normalised category (`french`, `cec`, `pnp`, `general`, ...); Express Entry only. */
  categoryHint?: string;
  invitations?: number;
  invitationsQualifier?: CountQualifier;
  minScore?: number;
  /** Tie-breaking rule instant (ISO, UTC, to the minute or second as written). */
  tieBreakAt?: string;
  figures: FigureRange[];
  /** Span of the claim in the block text. */
  start: number;
  end: number;
}

/** What the finder knows about the article as a whole. */
export interface FindContext {
  /** Publication date (YYYY-MM-DD): gives year-less dates their year, and "today" its date. */
  published?: string;
  /** Kind to assume when a sentence names no program (e.g. from the page's headline). */
  defaultKind?: ClaimKind;
}

export function figureOf(claim: DrawClaim, field: ClaimField): FigureRange | undefined {
  return claim.figures.find((figure) => figure.field === field);
}
