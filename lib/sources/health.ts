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
 * After a good read, the next one is due a little before the next periodic alarm (85–95 % of the
 * interval), so that every alarm finds the source due: a source is never polled more often than the
 * interval, and never skips a tick because its jitter landed after the alarm.
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
  intervalMs: number;
  random: () => number;
}

export function afterUnchanged(state: SourceState, at: Reading): SourceState {
  return {
    ...state,
    lastAttemptAt: at.now,
    lastSuccessAt: at.now,
    consecutiveFailures: 0,
    failingSince: null,
    lastError: null,
    nextAttemptAt: at.now + nextReadDelayMs(at.intervalMs, at.random),
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
    nextAttemptAt: at.now + jitter(retryDelayMs(fault, consecutiveFailures, at.intervalMs), at.random),
  };
}

/**
 * A passing fault (network, timeout, a server error, a cut-short body) is retried sooner, backing off
 * up to the user's interval; a page that moved (404) or whose layout changed will not mend in
 * minutes, so it waits the whole interval like any poll.
 */
function retryDelayMs(fault: SourceFault, consecutiveFailures: number, intervalMs: number): number {
  return fault.passing ? Math.min(backoffMs(consecutiveFailures), intervalMs) : intervalMs;
}

/**
 * When the user picks a shorter interval, no source waits out the longer one it was scheduled
 * with: each is due at the new alarm's first run (itself spread over the interval).
 */
export function capNextAttempt(state: SourceState, now: number, intervalMs: number): SourceState {
  const wait = state.nextAttemptAt - now;
  return wait > intervalMs ? { ...state, nextAttemptAt: now } : state;
}
