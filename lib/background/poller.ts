import type { DrawAlertsDatabase, SourceState } from '@/lib/db/database';
import { latestDrawsOfSource } from '@/lib/db/queries';
import type { FetchPolicy } from '@/lib/sources/fetch-policy';
import { isDue } from '@/lib/sources/health';
import { type PollDeps, type PollReport, pollSource } from '@/lib/sources/poll';
import { MIN_GAP_MS, nextCheckAt, type Pace, paceOf } from '@/lib/sources/schedule';
import type { SourceDefinition } from '@/lib/sources/source';

/** The one alarm: set, after every run, to the moment the next source is due. */
export const POLL_ALARM = 'poll-sources';
/** The retry alarm of earlier versions: its work is the poll alarm's now, so it is cleared. */
const FORMER_RETRY_ALARM = 'retry-failing-sources';

const MINUTE = 60_000;
/** Chrome's shortest alarm delay. */
const ALARM_MIN_DELAY_MS = 30_000;
/** A worker stopped mid-run still comes back: the alarm is set this far ahead before the first fetch. */
const MID_RUN_SAFETY_MS = 5 * MINUTE;
/** Draws read to find a source's pace: a year of IRCC rounds (about 100), a year or more of a province's. */
const HISTORY_READ = 120;

export interface AlarmsApi {
  /** Firefox reports a one-shot alarm's period as null, Chrome leaves it out. */
  get(
    name: string,
  ): Promise<{ name: string; periodInMinutes?: number | null; scheduledTime?: number } | undefined>;
  create(
    name: string,
    info: { when?: number; delayInMinutes?: number; periodInMinutes?: number },
  ): Promise<void> | void;
  clear(name: string): Promise<boolean>;
}

export interface PollerDeps {
  db: DrawAlertsDatabase;
  sources: readonly SourceDefinition[];
  policy: FetchPolicy;
  alarms: AlarmsApi;
  now: () => number;
  random: () => number;
  /** The user's ceiling: the longest gap between two checks outside the draw window (minutes). */
  intervalMinutes: () => Promise<number>;
  /** Prepared once per run (it may read settings), then called inside each source's write transaction. */
  prepareNewDrawsHandler?: () => Promise<PollDeps['onNewDraws']>;
  /** Called after each run with every report, e.g. to update the badge. */
  afterRun?: (reports: PollReport[]) => Promise<void>;
  /**
   * A cheap extension API call, made after each source and each linked page: Chrome stops a worker
   * after 30 s without one, and a run of slow sources can take longer than that.
   */
  keepAlive?: () => Promise<unknown>;
}

/** A source is polled when due, or on "Check now"; never twice within a minute either way. */
function mayPoll(state: SourceState | undefined, now: number, force: boolean): boolean {
  if (state?.lastAttemptAt == null) return true;
  if (now - state.lastAttemptAt < MIN_GAP_MS) return false;
  return force || isDue(state, now);
}

export function createPoller(deps: PollerDeps) {
  let running: Promise<PollReport[]> | null = null;

  async function paceOfSource(source: SourceDefinition, now: number): Promise<Pace> {
    const history = await latestDrawsOfSource(deps.db, source.id, HISTORY_READ);
    const past = history.map((draw) => ({ date: draw.date, ranAt: draw.expressEntry?.ranAt ?? null }));
    return paceOf(source.timing ?? 'rhythm', past, now);
  }

  const scheduleOf = (pace: Pace, ceilingMs: number) => (at: number) =>
    nextCheckAt(pace, at, ceilingMs, deps.random);

  /** The alarm at the next source's due time (never sooner than Chrome allows). */
  async function setAlarm(): Promise<void> {
    const now = deps.now();
    const states = await deps.db.sources.bulkGet(deps.sources.map((source) => source.id));
    const due = Math.min(...states.map((state) => state?.nextAttemptAt ?? now));
    await deps.alarms.create(POLL_ALARM, { when: Math.max(due, now + ALARM_MIN_DELAY_MS) });
  }

  async function runOnce(force: boolean): Promise<PollReport[]> {
    const ceilingMs = (await deps.intervalMinutes()) * MINUTE;
    const onNewDraws = await deps.prepareNewDrawsHandler?.();
    const reports: PollReport[] = [];
    await deps.alarms.create(POLL_ALARM, { when: deps.now() + MID_RUN_SAFETY_MS });
    // One source at a time: polite to the provinces' servers and light on the user's machine.
    for (const source of deps.sources) {
      const state = await deps.db.sources.get(source.id);
      if (!mayPoll(state, deps.now(), force)) continue;
      const report = await pollSource(source, {
        db: deps.db,
        policy: deps.policy,
        now: deps.now,
        random: deps.random,
        intervalMs: ceilingMs,
        nextCheckAt: scheduleOf(await paceOfSource(source, deps.now()), ceilingMs),
        onNewDraws,
        keepAlive: deps.keepAlive,
      });
      // New draws can change the pace (a first read brings the whole history): schedule again.
      if (report.outcome === 'changed') await rescheduleFromLastRead(source, ceilingMs);
      reports.push(report);
      await deps.keepAlive?.();
    }
    await setAlarm();
    try {
      await deps.afterRun?.(reports);
    } catch (error) {
      // Showing alerts failed (notifications blocked, say): they stay pending for the next run,
      // and the poll itself, whose draws are stored, is not reported as failed.
      console.warn('Draw Alerts: delivering alerts failed', error);
    }
    return reports;
  }

  async function rescheduleFromLastRead(source: SourceDefinition, ceilingMs: number): Promise<void> {
    const state = await deps.db.sources.get(source.id);
    if (state?.lastAttemptAt == null || state.consecutiveFailures > 0) return;
    const next = scheduleOf(await paceOfSource(source, deps.now()), ceilingMs)(state.lastAttemptAt);
    await deps.db.sources.update(source.id, { nextAttemptAt: next });
  }

  return {
    /**
     * At every worker start: the alarm exists and is ours (an earlier version's periodic alarm and
     * its retry alarm are replaced).
     */
    async ensureAlarm(): Promise<void> {
      await deps.alarms.clear(FORMER_RETRY_ALARM);
      const existing = await deps.alarms.get(POLL_ALARM);
      if (existing === undefined || existing.periodInMinutes != null) await setAlarm();
    },

    /** After the user changed the ceiling: no source waits longer than the new one allows. */
    async applyInterval(intervalMinutes: number): Promise<void> {
      const ceilingMs = intervalMinutes * MINUTE;
      const now = deps.now();
      for (const source of deps.sources) {
        const state = await deps.db.sources.get(source.id);
        if (state?.lastAttemptAt == null || state.consecutiveFailures > 0) continue;
        const next = scheduleOf(await paceOfSource(source, now), ceilingMs)(state.lastAttemptAt);
        if (next < state.nextAttemptAt) {
          await deps.db.sources.update(source.id, { nextAttemptAt: Math.max(next, now) });
        }
      }
      await setAlarm();
    },

    /** Polls the sources that are due (or all with `force`); concurrent calls share one run. */
    run(options: { force: boolean }): Promise<PollReport[]> {
      if (running) {
        // "Check now" during a scheduled run must still poll every source, after it.
        return options.force ? running.then(() => this.run(options)) : running;
      }
      running = runOnce(options.force).finally(() => {
        running = null;
      });
      return running;
    },
  };
}
