import { type DrawAlertsDatabase, openDrawAlertsDatabase } from '@/lib/db/database';
import { PNP_INFO } from '@/lib/sources/catalog';
import { expressEntrySource } from '@/lib/sources/express-entry/source';
import type { SourceDefinition } from '@/lib/sources/source';
import { sharedFixture } from '@/tests/support/fixtures';
import { type AlarmsApi, createPoller, ensurePollAlarm, POLL_ALARM, RETRY_ALARM } from './poller';

const MINUTE = 60_000;
const body = sharedFixture('express-entry', '2025-07-24.json');

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

/** A second source, answering 404, to watch scheduling across sources. */
const goneProvince: SourceDefinition = {
  id: PNP_INFO.ON.id,
  label: PNP_INFO.ON.label,
  url: PNP_INFO.ON.url,
  kind: 'html',
  parse: () => ({ draws: [], skipped: 0, skippedReasons: [] }),
};

let db: DrawAlertsDatabase;
let clock: number;
let requests: string[];

beforeEach(async () => {
  db = openDrawAlertsDatabase('poller-test');
  await db.delete();
  await db.open();
  clock = Date.parse('2025-07-24T12:00:00Z');
  requests = [];
});
afterEach(() => db.close());

function poller(alarms: AlarmsApi, intervalMinutes: number, random = () => 0.99) {
  return createPoller({
    db,
    sources: [expressEntrySource, goneProvince],
    policy: {
      fetch: (async (url: string) => {
        requests.push(url);
        return url === expressEntrySource.url
          ? new Response(body)
          : new Response('Not found', { status: 404 });
      }) as unknown as typeof fetch,
      timeoutMs: 1000,
    },
    alarms,
    now: () => clock,
    random,
    intervalMinutes: async () => intervalMinutes,
  });
}

describe('the poller', () => {
  it('creates the periodic alarm once, with its first run spread over the interval', async () => {
    const { api, alarms } = fakeAlarms();
    await ensurePollAlarm(api, 30, () => 0.5);
    expect(alarms.get(POLL_ALARM)).toMatchObject({ periodInMinutes: 30, delayInMinutes: 15 });
    alarms.set(POLL_ALARM, { name: POLL_ALARM, periodInMinutes: 30, delayInMinutes: 999 });
    await ensurePollAlarm(api, 30, () => 0.1);
    expect(alarms.get(POLL_ALARM)?.delayInMinutes).toBe(999);
    await ensurePollAlarm(api, 15, () => 0.1);
    expect(alarms.get(POLL_ALARM)).toMatchObject({ periodInMinutes: 15, delayInMinutes: 1.5 });
  });

  it('polls a healthy source at every alarm, even with the largest jitter, and never between alarms', async () => {
    const { api } = fakeAlarms();
    const run = poller(api, 30, () => 0.99).run;
    await run({ force: true });
    for (let tick = 1; tick <= 4; tick++) {
      clock += 30 * MINUTE + 5_000; // the alarm, a few seconds late
      await run({ force: false });
    }
    expect(requests.filter((url) => url === expressEntrySource.url)).toHaveLength(5);
    clock += 10 * MINUTE; // between alarms (a retry alarm for another source)
    await run({ force: false });
    expect(requests.filter((url) => url === expressEntrySource.url)).toHaveLength(5);
  });

  it('waits a whole interval after a 404, and sets the retry alarm for failing sources', async () => {
    const { api, alarms } = fakeAlarms();
    await poller(api, 60).run({ force: true });
    const gone = await db.sources.get(goneProvince.id);
    expect(gone?.lastError?.reason).toMatchObject({ code: 'http-status', status: 404 });
    expect((gone?.nextAttemptAt ?? 0) - clock).toBeGreaterThanOrEqual(54 * MINUTE);
    expect(alarms.get(RETRY_ALARM)?.when).toBe(gone?.nextAttemptAt);
  });

  it('clears the retry alarm once every source is healthy', async () => {
    const { api, alarms } = fakeAlarms();
    const healthy = createPoller({
      db,
      sources: [expressEntrySource],
      policy: { fetch: (async () => new Response(body)) as unknown as typeof fetch, timeoutMs: 1000 },
      alarms: api,
      now: () => clock,
      random: () => 0.5,
      intervalMinutes: async () => 30,
    });
    await healthy.run({ force: true });
    expect(alarms.has(RETRY_ALARM)).toBe(false);
  });

  it('a shorter interval applies at once: no source waits out the longer one', async () => {
    const { api, alarms } = fakeAlarms();
    const sixHours = poller(api, 360);
    await sixHours.run({ force: true });
    expect(((await db.sources.get('ircc-ee'))?.nextAttemptAt ?? 0) - clock).toBeGreaterThan(5 * 60 * MINUTE);
    await sixHours.applyInterval(15);
    expect(alarms.get(POLL_ALARM)?.periodInMinutes).toBe(15);
    for (const state of await db.sources.toArray())
      expect(state.nextAttemptAt - clock).toBeLessThanOrEqual(15 * MINUTE);
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
