import type { DrawAlertsDatabase } from '@/lib/db/database';
import type { FetchPolicy } from '@/lib/sources/fetch-policy';
import { capNextAttempt, isDue } from '@/lib/sources/health';
import { type PollDeps, type PollReport, pollSource } from '@/lib/sources/poll';
import type { SourceDefinition } from '@/lib/sources/source';

export const POLL_ALARM = 'poll-sources';
export const RETRY_ALARM = 'retry-failing-sources';

export interface AlarmsApi {
  get(name: string): Promise<{ name: string; periodInMinutes?: number } | undefined>;
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

/**
 * The periodic alarm is get-or-create at every service worker start (a worker stopped after 30 s
 * idle loses its timers). The first run of a new alarm is spread over the interval so that many
 * installations do not poll at the same second.
 */
export async function ensurePollAlarm(alarms: AlarmsApi, intervalMinutes: number, random: () => number) {
  const existing = await alarms.get(POLL_ALARM);
  if (existing?.periodInMinutes === intervalMinutes) return;
  await alarms.create(POLL_ALARM, {
    delayInMinutes: Math.max(0.5, intervalMinutes * random()),
    periodInMinutes: intervalMinutes,
  });
}

export function createPoller(deps: PollerDeps) {
  let running: Promise<PollReport[]> | null = null;

  async function runOnce(force: boolean): Promise<PollReport[]> {
    const intervalMs = (await deps.intervalMinutes()) * 60_000;
    const onNewDraws = await deps.prepareNewDrawsHandler?.();
    const reports: PollReport[] = [];
    // A worker stopped mid-run still comes back: the retry alarm is set before the first fetch.
    await deps.alarms.create(RETRY_ALARM, { when: deps.now() + 5 * 60_000 });
    // One source at a time: polite to the provinces' servers and light on the user's machine.
    for (const source of deps.sources) {
      const state = await deps.db.sources.get(source.id);
      if (!force && state && !isDue(state, deps.now())) continue;
      reports.push(
        await pollSource(source, {
          db: deps.db,
          policy: deps.policy,
          now: deps.now,
          random: deps.random,
          intervalMs,
          onNewDraws,
          keepAlive: deps.keepAlive,
        }),
      );
      await deps.keepAlive?.();
    }
    await scheduleRetry();
    try {
      await deps.afterRun?.(reports);
    } catch (error) {
      // Showing alerts failed (notifications blocked, say): they stay pending for the next run,
      // and the poll itself, whose draws are stored, is not reported as failed.
      console.warn('Draw Alerts: delivering alerts failed', error);
    }
    return reports;
  }

  /** A failing source is retried at its back-off time, sooner than the periodic alarm. */
  async function scheduleRetry() {
    const failing = (await deps.db.sources.toArray()).filter((state) => state.consecutiveFailures > 0);
    if (failing.length === 0) {
      await deps.alarms.clear(RETRY_ALARM);
      return;
    }
    const when = Math.min(...failing.map((state) => state.nextAttemptAt));
    await deps.alarms.create(RETRY_ALARM, { when: Math.max(when, deps.now() + 30_000) });
  }

  return {
    /** After the user changed the interval: alarm at the new period, no source waiting out the old one. */
    async applyInterval(intervalMinutes: number): Promise<void> {
      await ensurePollAlarm(deps.alarms, intervalMinutes, deps.random);
      const now = deps.now();
      await deps.db.transaction('rw', deps.db.sources, async () => {
        const states = await deps.db.sources.toArray();
        await deps.db.sources.bulkPut(
          states.map((state) => capNextAttempt(state, now, intervalMinutes * 60_000)),
        );
      });
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
