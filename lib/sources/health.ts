import type { SourceState } from '@/lib/db/database';
import type { SourceFault } from './source';

const MINUTE = 60_000;
const MAX_BACKOFF_MS = 6 * 60 * MINUTE;

export function initialSourceState(id: string): SourceState {
  return {
    id,
    lastAttemptAt: null,
    lastSuccessAt: null,
    lastChangeAt: null,
    etag: null,
    lastModified: null,
    contentHash: null,
    drawCount: 0,
    consecutiveFailures: 0,
    failingSince: null,
    lastError: null,
    nextAttemptAt: 0,
    skipped: 0,
    skippedReasons: [],
    unreadableDraws: 0,
  };
}

/** ±10 % around `ms`, so that many installations do not hit a provincial server in the same second. */
export function jitter(ms: number, random: () => number): number {
  return Math.round(ms * (0.9 + 0.2 * random()));
}

/** After a passing failure: 2, 4, 8, ... minutes, so a source recovers by itself. */
export function backoffMs(consecutiveFailures: number): number {
  return Math.min(MAX_BACKOFF_MS, 2 * MINUTE * 2 ** Math.max(0, consecutiveFailures - 1));
}

/**
 * Without a schedule (a poll run by hand, the bench), the next read is due at 85–95 % of the
 * interval.
 */
export function nextReadDelayMs(intervalMs: number, random: () => number): number {
  return Math.round(intervalMs * (0.85 + 0.1 * random()));
}

/** Failing: the last attempt went wrong (and since when is known). */
export function isFailing(
  state: SourceState | undefined,
): state is SourceState & { lastError: NonNullable<SourceState['lastError']>; failingSince: number } {
  return state?.lastError != null && state.failingSince != null;
}

export function isDue(state: SourceState, now: number): boolean {
  return now >= state.nextAttemptAt;
}

export interface Reading {
  now: number;
  /** The user's ceiling (the profile's check interval). */
  intervalMs: number;
  random: () => number;
  /**
   * The schedule's next regular check after this read (lib/sources/schedule.ts). Without one, the
   * next read is due a little before `intervalMs` has passed.
   */
  nextCheckAt?: number;
}

function nextRegularCheck(at: Reading): number {
  return at.nextCheckAt ?? at.now + nextReadDelayMs(at.intervalMs, at.random);
}

export function afterUnchanged(state: SourceState, at: Reading): SourceState {
  return {
    ...state,
    lastAttemptAt: at.now,
    lastSuccessAt: at.now,
    consecutiveFailures: 0,
    failingSince: null,
    lastError: null,
    nextAttemptAt: nextRegularCheck(at),
  };
}

export function afterChange(
  state: SourceState,
  at: Reading,
  read: Pick<
    SourceState,
    'etag' | 'lastModified' | 'contentHash' | 'drawCount' | 'skipped' | 'skippedReasons' | 'unreadableDraws'
  >,
): SourceState {
  return { ...afterUnchanged(state, at), ...read, lastChangeAt: at.now };
}

export function afterFailure(state: SourceState, fault: SourceFault, at: Reading): SourceState {
  const consecutiveFailures = state.consecutiveFailures + 1;
  return {
    ...state,
    lastAttemptAt: at.now,
    consecutiveFailures,
    failingSince: state.failingSince ?? at.now,
    lastError: { kind: fault.kind, reason: fault.reason },
    nextAttemptAt: retryAt(fault, consecutiveFailures, at),
  };
}

/**
 * A passing fault (network, timeout, a server error, a cut-short body) is retried sooner, backing off
 * (2, 4, 8 … minutes) but never later than the next regular check; a page that moved (404) or whose
 * layout changed will not mend in minutes, so it waits for the next regular check like any poll.
 */
function retryAt(fault: SourceFault, consecutiveFailures: number, at: Reading): number {
  const regular = at.nextCheckAt ?? at.now + jitter(at.intervalMs, at.random);
  if (!fault.passing) return regular;
  return Math.min(at.now + jitter(backoffMs(consecutiveFailures), at.random), regular);
}
