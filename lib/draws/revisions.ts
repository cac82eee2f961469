import type { Draw, InvitationCount } from './draw';

/**
 * Corrections of a draw's figures by its source (IRCC changing a round's cut-off, a province its
 * count). The draw keeps its current figures; each revision keeps what they were before, so that
 * round details can say "corrected by IRCC on <date>: CRS 518 → 519".
 */
export type FigureChange =
  | { field: 'minScore'; from: number | null; to: number | null }
  | { field: 'invitations'; from: InvitationCount | null; to: InvitationCount | null }
  /** Express Entry's tie-breaking rule (ISO instant). */
  | { field: 'cutOffAt'; from: string | null; to: string | null };

export interface DrawRevision {
  /** When Draw Alerts read the corrected figures (ms since epoch). */
  seenAt: number;
  changes: FigureChange[];
}

const sameCount = (a: InvitationCount | null, b: InvitationCount | null) =>
  a === b || (a !== null && b !== null && a.value === b.value && a.qualifier === b.qualifier);

/** What changed in the figures from `before` to `after` (names, notes and links are not figures). */
export function figureChanges(before: Draw, after: Draw): FigureChange[] {
  const changes: FigureChange[] = [];
  if (before.minScore !== after.minScore) {
    changes.push({ field: 'minScore', from: before.minScore, to: after.minScore });
  }
  if (!sameCount(before.invitations, after.invitations)) {
    changes.push({ field: 'invitations', from: before.invitations, to: after.invitations });
  }
  const cutOffBefore = before.expressEntry?.cutOffAt ?? null;
  const cutOffAfter = after.expressEntry?.cutOffAt ?? null;
  if (cutOffBefore !== cutOffAfter && before.expressEntry && after.expressEntry) {
    changes.push({ field: 'cutOffAt', from: cutOffBefore, to: cutOffAfter });
  }
  return changes;
}

/** At most this many revisions are kept per draw (the oldest go first): a flapping page stays small. */
export const MAX_REVISIONS = 20;

/** The revision list after a correction seen at `seenAt` (unchanged when no figure changed). */
export function reviseFigures(
  revisions: readonly DrawRevision[],
  before: Draw,
  after: Draw,
  seenAt: number,
): DrawRevision[] {
  const changes = figureChanges(before, after);
  if (changes.length === 0) return [...revisions];
  return [...revisions, { seenAt, changes }].slice(-MAX_REVISIONS);
}

/** A draw's corrections, newest first: what round details show. */
export function correctionsOf(draw: { revisions: readonly DrawRevision[] }): DrawRevision[] {
  return [...draw.revisions].sort((a, b) => b.seenAt - a.seenAt);
}
