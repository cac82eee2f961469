import type { Draw } from '@/lib/draws/draw';

export interface NewDrawsInput {
  /** Ids of every draw already in the database. */
  storedIds: Iterable<string>;
  /** Ids already considered for an alert (alerted or deliberately not). */
  notifiedIds: Iterable<string>;
  /** False until this source has once been read successfully: its history is not news. */
  firstSyncCompleted: boolean;
  /** The draws this poll of the source parsed. */
  incoming: readonly Draw[];
  /** Whether a new draw deserves an alert (profile match, notifications on). Defaults to yes. */
  wantsAlert?: (draw: Draw) => boolean;
}

export interface NewDrawsDecision {
  /** Incoming draws whose id was not stored yet, once each, in incoming order. */
  newDraws: Draw[];
  /** The new draws to alert about now. */
  toNotify: Draw[];
  /**
   * Every new id not recorded yet, alerted or not: an id is weighed once, when first seen, so a
   * round the feed drops and lists again, or one that arrives after a change of settings, never
   * brings a late alert.
   */
  idsToRecordAsNotified: string[];
}

/**
 * At-most-once alerting as a pure decision, meant to run inside the same database transaction
 * that stores `newDraws` and records `idsToRecordAsNotified`.
 */
export function decideNewDraws(input: NewDrawsInput): NewDrawsDecision {
  const stored = new Set(input.storedIds);
  const notified = new Set(input.notifiedIds);
  const wantsAlert = input.wantsAlert ?? (() => true);

  const newDraws: Draw[] = [];
  const seen = new Set<string>();
  for (const draw of input.incoming) {
    if (stored.has(draw.id) || seen.has(draw.id)) continue;
    seen.add(draw.id);
    newDraws.push(draw);
  }

  const unweighed = newDraws.filter((draw) => !notified.has(draw.id));
  return {
    newDraws,
    toNotify: input.firstSyncCompleted ? unweighed.filter(wantsAlert) : [],
    idsToRecordAsNotified: unweighed.map((draw) => draw.id),
  };
}
