import { type DrawAlertsDatabase, openDrawAlertsDatabase } from '@/lib/db/database';
import { expressEntrySource } from '@/lib/sources/express-entry/source';
import { hashBody } from '@/lib/sources/fetch-policy';
import { sourceOf } from '@/lib/sources/pnp/testing';
import * as onFile from '@/lib/sources/provinces/on';
import * as peFile from '@/lib/sources/provinces/pe';
import { MIN_GAP_MS, WINDOW_MAX_GAP_MS } from '@/lib/sources/schedule';
import type { SourceDefinition } from '@/lib/sources/source';
import { sharedFixture } from '@/tests/support/fixtures';
import { type AlarmsApi, createPoller, POLL_ALARM } from './poller';

const peSource = sourceOf(peFile);

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const feed = (copy: string) => sharedFixture('express-entry', `${copy}.json`);
const body = feed('2025-07-24');

/** Alarms in memory, as chrome.alarms keeps them. */
function fakeAlarms() {
  const alarms = new Map<
    string,
    { name: string; when?: number; periodInMinutes?: number; delayInMinutes?: number }
  >();
  const api: AlarmsApi = {
    get: async (name) => alarms.get(name),
    create: async (name, info) => {
      alarms.set(name, { name, ...info });
    },
    clear: async (name) => alarms.delete(name),
  };
  return { api, alarms };
}

/** The same alarms as Firefox reports them: a one-shot alarm's period is null, not left out. */
function firefoxAlarms() {
  const { api, alarms } = fakeAlarms();
  const firefox: AlarmsApi = {
    ...api,
    get: async (name) => {
      const alarm = alarms.get(name);
      return alarm && { name, scheduledTime: alarm.when, periodInMinutes: alarm.periodInMinutes ?? null };
    },
  };
  return { api: firefox, alarms };
}

/** A second source, answering 404, to watch scheduling across sources. */
const goneProvince: SourceDefinition = {
  ...sourceOf(onFile),
  parse: () => ({ draws: [], skipped: 0, skippedReasons: [] }),
};

let db: DrawAlertsDatabase;
let clock: number;
let requests: { url: string; at: number }[];

beforeEach(async () => {
  db = openDrawAlertsDatabase('poller-test');
  await db.delete();
  await db.open();
  // A Thursday, 08:00 in Ottawa: inside IRCC's draw window.
  clock = Date.parse('2025-07-24T12:00:00Z');
  requests = [];
});
afterEach(() => db.close());

const requestsTo = (url: string) => requests.filter((request) => request.url === url);

function poller(
  alarms: AlarmsApi,
  intervalMinutes: number,
  options: { random?: () => number; answer?: (url: string) => Response | Promise<Response> } = {},
) {
  const answer =
    options.answer ??
    ((url: string) =>
      url === expressEntrySource.url ? new Response(body) : new Response('Not found', { status: 404 }));
  return createPoller({
    db,
    sources: [expressEntrySource, goneProvince],
    policy: {
      fetch: (async (url: string) => {
        requests.push({ url, at: clock });
        return answer(url);
      }) as unknown as typeof fetch,
      timeoutMs: 1000,
    },
    alarms,
    now: () => clock,
    random: options.random ?? (() => 0.99),
    intervalMinutes: async () => intervalMinutes,
  });
}

describe('the poller', () => {
  it('keeps one alarm, at the time the next source is due; replaces the periodic alarms of earlier versions', async () => {
    const { api, alarms } = fakeAlarms();
    alarms.set(POLL_ALARM, { name: POLL_ALARM, periodInMinutes: 30 });
    alarms.set('retry-failing-sources', { name: 'retry-failing-sources', when: clock });
    const p = poller(api, 30);
    await p.ensureAlarm();
    expect(alarms.has('retry-failing-sources')).toBe(false);
    // Nothing read yet: due at once (Chrome's shortest delay).
    expect(alarms.get(POLL_ALARM)).toEqual({ name: POLL_ALARM, when: clock + 30_000 });

    await p.run({ force: true });
    const states = await db.sources.toArray();
    expect(alarms.get(POLL_ALARM)?.when).toBe(Math.min(...states.map((state) => state.nextAttemptAt)));
    // A worker start later keeps the alarm the run set.
    const when = alarms.get(POLL_ALARM)?.when;
    await p.ensureAlarm();
    expect(alarms.get(POLL_ALARM)?.when).toBe(when);
  });

  it('keeps its one-shot alarm at a background start in Firefox, which reports its period as null', async () => {
    const { api, alarms } = firefoxAlarms();
    const p = poller(api, 30);
    await p.run({ force: true });
    const when = alarms.get(POLL_ALARM)?.when ?? 0;
    // The background starts again 10 s before the alarm is due: taken for an earlier version's
    // periodic alarm, it would be set again, 30 s from now.
    clock = when - 10_000;
    await p.ensureAlarm();
    expect(alarms.get(POLL_ALARM)).toEqual({ name: POLL_ALARM, when });
    // An earlier version's periodic alarm is still replaced.
    alarms.set(POLL_ALARM, { name: POLL_ALARM, periodInMinutes: 30 });
    await p.ensureAlarm();
    expect(alarms.get(POLL_ALARM)).toEqual({ name: POLL_ALARM, when: clock + 30_000 });
  });

  it('checks the feed every 5 minutes at most in the draw window, and at the ceiling outside it', async () => {
    const { api } = fakeAlarms();
    const p = poller(api, 30);
    await p.run({ force: true });
    const inWindow = (await db.sources.get('ircc-ee'))?.nextAttemptAt ?? 0;
    expect(inWindow - clock).toBeLessThanOrEqual(WINDOW_MAX_GAP_MS);
    expect(inWindow - clock).toBeGreaterThanOrEqual(0.9 * WINDOW_MAX_GAP_MS);

    clock = Date.parse('2025-07-26T16:00:00Z'); // Saturday noon in Ottawa
    await p.run({ force: false });
    const weekend = (await db.sources.get('ircc-ee'))?.nextAttemptAt ?? 0;
    expect(weekend - clock).toBeLessThanOrEqual(30 * MINUTE);
    expect(weekend - clock).toBeGreaterThanOrEqual(27 * MINUTE);
  });

  it('waits for the next regular check after a 404, and backs off 2, 4, 8 minutes after network failures', async () => {
    const { api, alarms } = fakeAlarms();
    let online = true;
    const p = poller(api, 60, {
      random: () => 0.5,
      answer: (url) => {
        if (!online) throw new TypeError('Failed to fetch');
        return url === expressEntrySource.url
          ? new Response(body)
          : new Response('Not found', { status: 404 });
      },
    });
    await p.run({ force: true });
    const gone = await db.sources.get(goneProvince.id);
    expect(gone?.lastError?.reason).toMatchObject({ code: 'http-status', status: 404 });
    // A province's regular gap: at least 2 hours.
    expect((gone?.nextAttemptAt ?? 0) - clock).toBeGreaterThanOrEqual(2 * 0.9 * HOUR);

    online = false;
    const retries: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      clock = (await db.sources.get('ircc-ee'))?.nextAttemptAt ?? clock;
      await p.run({ force: false });
      const state = await db.sources.get('ircc-ee');
      retries.push(((state?.nextAttemptAt ?? 0) - clock) / MINUTE);
      expect(alarms.get(POLL_ALARM)?.when).toBe(Math.max(state?.nextAttemptAt ?? 0, clock + 30_000));
    }
    // 2 then 4 minutes; the third back-off (8) is capped by the next regular check (5 in the window).
    expect(retries.slice(0, 2)).toEqual([2, 4]);
    expect(retries[2]).toBeLessThanOrEqual(5);

    online = true;
    clock = (await db.sources.get('ircc-ee'))?.nextAttemptAt ?? clock;
    await p.run({ force: false });
    expect(await db.sources.get('ircc-ee')).toMatchObject({
      consecutiveFailures: 0,
      lastError: null,
      failingSince: null,
    });
  });

  it('never requests a source twice within a minute, even on "Check now"', async () => {
    const { api } = fakeAlarms();
    const p = poller(api, 30);
    await p.run({ force: true });
    clock += 20_000;
    expect(await p.run({ force: true })).toEqual([]);
    clock += 40_000;
    expect((await p.run({ force: true })).map((report) => report.sourceId)).toEqual([
      'ircc-ee',
      goneProvince.id,
    ]);
    const first = requests[0]?.at ?? Number.NaN;
    expect(requestsTo(expressEntrySource.url).map((request) => request.at - first)).toEqual([0, MIN_GAP_MS]);
  });

  it('a shorter ceiling applies at once: no source waits out the longer one', async () => {
    const { api, alarms } = fakeAlarms();
    clock = Date.parse('2025-07-26T16:00:00Z'); // Saturday: outside the draw window
    const sixHours = poller(api, 360);
    await sixHours.run({ force: true });
    expect(((await db.sources.get('ircc-ee'))?.nextAttemptAt ?? 0) - clock).toBeGreaterThan(5 * HOUR);
    clock += MINUTE;
    await poller(api, 15).applyInterval(15);
    const feedState = await db.sources.get('ircc-ee');
    expect((feedState?.nextAttemptAt ?? 0) - (feedState?.lastAttemptAt ?? 0)).toBeLessThanOrEqual(
      15 * MINUTE,
    );
    expect(alarms.get(POLL_ALARM)?.when).toBe(feedState?.nextAttemptAt);
  });

  it('runs "Check now" after a scheduled run already under way, not instead of it', async () => {
    const { api } = fakeAlarms();
    const p = poller(api, 30);
    await p.run({ force: true });
    clock += MINUTE;
    const [scheduled, forced] = await Promise.all([p.run({ force: false }), p.run({ force: true })]);
    expect(scheduled.map((report) => report.sourceId)).toEqual([]);
    expect(forced.map((report) => report.sourceId)).toEqual(['ircc-ee', goneProvince.id]);
  });

  it('reports a poll as done when showing its alerts fails afterwards', async () => {
    const { api } = fakeAlarms();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const failingDelivery = createPoller({
      db,
      sources: [expressEntrySource],
      policy: { fetch: (async () => new Response(body)) as unknown as typeof fetch, timeoutMs: 1000 },
      alarms: api,
      now: () => clock,
      random: () => 0.5,
      intervalMinutes: async () => 30,
      afterRun: async () => {
        throw new Error('notifications are blocked');
      },
    });
    const reports = await failingDelivery.run({ force: true });
    expect(reports.map((report) => report.outcome)).toEqual(['changed']);
    expect(await db.draws.count()).toBe(358);
    expect(warn).toHaveBeenCalledWith('Draw Alerts: delivering alerts failed', expect.any(Error));
  });
});

describe('a day of the real poller, woken by its alarm', () => {
  /** Answers like a CDN: an ETag per body, 304 when the client already has it. */
  async function server(bodyAt: (url: string) => string | null) {
    return async (url: string, init?: RequestInit) => {
      const current = bodyAt(url);
      if (current === null) return new Response('Not found', { status: 404 });
      const etag = `"${(await hashBody(current)).slice(0, 16)}"`;
      const sent = (init?.headers as Record<string, string> | undefined)?.['If-None-Match'];
      return sent === etag
        ? new Response(null, { status: 304 })
        : new Response(current, { headers: { ETag: etag } });
    };
  }

  // A whole day of runs (about 120) through Dexie in memory: more than the default 5 s on a busy machine.
  it('sees round 356 (run 21 July 2025, 14:03 UTC) within 5 minutes, at one small request per check', {
    timeout: 60_000,
  }, async () => {
    const { api, alarms } = fakeAlarms();
    const roundRan = Date.parse('2025-07-21T14:03:32Z');
    const pe = sharedFixture('pnp', 'pe-expression-of-interest-draws.2026-06-20.html');
    const fetchAnswer = await server((url) => {
      if (url === expressEntrySource.url) return clock < roundRan ? feed('2025-07-09') : feed('2025-07-24');
      return url === peSource.url ? pe : null;
    });
    const statuses: number[] = [];
    let seed = 7;
    const p = createPoller({
      db,
      sources: [expressEntrySource, peSource],
      policy: {
        fetch: (async (url: string, init?: RequestInit) => {
          requests.push({ url, at: clock });
          const response = await fetchAnswer(url, init);
          if (url === expressEntrySource.url) statuses.push(response.status);
          return response;
        }) as unknown as typeof fetch,
        timeoutMs: 1000,
      },
      alarms: api,
      now: () => clock,
      random: () => {
        seed = (seed * 16807) % 2147483647;
        return seed / 2147483647;
      },
      intervalMinutes: async () => 30,
    });
    // Monday 21 July 2025, midnight in Ottawa: the browser starts.
    clock = Date.parse('2025-07-21T04:00:00Z');
    const dayEnd = clock + 24 * HOUR;
    await p.run({ force: true });
    let seenAt: number | null = null;
    while (clock < dayEnd) {
      clock = alarms.get(POLL_ALARM)?.when ?? dayEnd;
      await p.run({ force: false });
      if (seenAt === null && (await db.draws.get('ee:356')) !== undefined) seenAt = clock;
    }

    expect(seenAt).not.toBeNull();
    expect((seenAt ?? 0) - roundRan).toBeLessThanOrEqual(WINDOW_MAX_GAP_MS);
    const feedChecks = requestsTo(expressEntrySource.url).map((request) => request.at);
    const gaps = feedChecks.slice(1).map((at, i) => at - (feedChecks[i] ?? at));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(MIN_GAP_MS);
    // The whole body twice (the first read, the new round); every other check a 304.
    expect(statuses.filter((status) => status === 200)).toHaveLength(2);
    expect(statuses.filter((status) => status === 304)).toHaveLength(feedChecks.length - 2);
    expect(requests.length).toBeLessThanOrEqual(200);
    // PEI, monthly: a few checks a day.
    expect(requestsTo(peSource.url).length).toBeGreaterThanOrEqual(2);
    expect(requestsTo(peSource.url).length).toBeLessThanOrEqual(5);
  });
});
