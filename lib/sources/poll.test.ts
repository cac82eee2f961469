import { type DrawAlertsDatabase, openDrawAlertsDatabase } from '@/lib/db/database';
import { sharedFixture } from '@/tests/support/fixtures';
import { expressEntrySource } from './express-entry/source';
import type { FetchPolicy } from './fetch-policy';
import { pollSource } from './poll';
import type { FaultReason } from './source';

const feed = (copy: string) => sharedFixture('express-entry', `${copy}.json`);

type Answer = { status: number; body?: string; headers?: Record<string, string> } | Error | 'hang';

/** A fetch that answers from a queue, and records the requests it saw. */
function scriptedFetch(answers: Answer[]) {
  const requests: { url: string; headers: Record<string, string> }[] = [];
  const fetch = (async (url: string, init?: RequestInit) => {
    requests.push({ url, headers: { ...(init?.headers as Record<string, string>) } });
    const answer = answers.shift();
    if (!answer) throw new Error('no scripted answer left');
    if (answer === 'hang') {
      return new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    }
    if (answer instanceof Error) throw answer;
    return new Response(answer.status === 304 ? null : (answer.body ?? ''), {
      status: answer.status,
      headers: answer.headers,
    });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, requests };
}

let db: DrawAlertsDatabase;
let clock: number;

beforeEach(async () => {
  db = openDrawAlertsDatabase('poll-test');
  await db.delete();
  await db.open();
  clock = Date.parse('2025-07-24T12:00:00Z');
});

afterEach(() => db.close());

function deps(fetch: typeof globalThis.fetch, timeoutMs = 1_000) {
  const policy: FetchPolicy = { fetch, timeoutMs };
  return { db, policy, now: () => clock, random: () => 0.5, intervalMs: 30 * 60_000 };
}

async function snapshot() {
  return (await db.draws.toArray()).sort((a, b) => a.id.localeCompare(b.id));
}

describe('pollSource with the Express Entry feed', () => {
  it('stores every round of a first read and records the validators', async () => {
    const { fetch } = scriptedFetch([
      {
        status: 200,
        body: feed('2025-07-09'),
        headers: { ETag: '"v1"', 'Last-Modified': 'Wed, 09 Jul 2025 10:00:00 GMT' },
      },
    ]);
    const report = await pollSource(expressEntrySource, deps(fetch));
    expect(report.outcome).toBe('changed');
    expect(report.newDrawIds).toHaveLength(356);
    expect(await db.draws.count()).toBe(356);
    const state = await db.sources.get('ircc-ee');
    expect(state).toMatchObject({
      etag: '"v1"',
      lastModified: 'Wed, 09 Jul 2025 10:00:00 GMT',
      drawCount: 356,
      consecutiveFailures: 0,
      lastError: null,
      lastSuccessAt: clock,
    });
    expect(state?.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('sends conditional headers, and a 304 or the same body writes no draw', async () => {
    const { fetch, requests } = scriptedFetch([
      { status: 200, body: feed('2025-07-09'), headers: { ETag: '"v1"' } },
      { status: 304 },
      { status: 200, body: feed('2025-07-09'), headers: { ETag: '"v1"' } },
    ]);
    await pollSource(expressEntrySource, deps(fetch));
    const before = await snapshot();
    let writes = 0;
    db.draws.hook('creating', () => {
      writes += 1;
    });
    db.draws.hook('updating', () => {
      writes += 1;
    });
    clock += 60_000;
    const notModified = await pollSource(expressEntrySource, deps(fetch));
    clock += 60_000;
    const sameBody = await pollSource(expressEntrySource, deps(fetch));
    expect(requests[1]?.headers['If-None-Match']).toBe('"v1"');
    expect([notModified.outcome, sameBody.outcome]).toEqual(['unchanged', 'unchanged']);
    expect(notModified.drawsWritten + sameBody.drawsWritten).toBe(0);
    expect(writes).toBe(0);
    expect(await snapshot()).toEqual(before);
    expect((await db.sources.get('ircc-ee'))?.lastSuccessAt).toBe(clock);
  });

  it('adds the two new rounds of a later copy and writes only those', async () => {
    const { fetch } = scriptedFetch([
      { status: 200, body: feed('2025-07-09') },
      { status: 200, body: feed('2025-07-24') },
    ]);
    await pollSource(expressEntrySource, deps(fetch));
    const firstSeen = (await db.draws.get('ee:1'))?.firstSeenAt;
    clock += 3_600_000;
    const report = await pollSource(expressEntrySource, deps(fetch));
    expect(report.newDrawIds.sort()).toEqual(['ee:356', 'ee:357']);
    expect(report.drawsWritten).toBe(2);
    expect(await db.draws.count()).toBe(358);
    expect((await db.draws.get('ee:1'))?.firstSeenAt).toBe(firstSeen);
    expect((await db.draws.get('ee:357'))?.firstSeenAt).toBe(clock);
  });

  it('updates a renamed category in place: same round, not a new one', async () => {
    const { fetch } = scriptedFetch([
      { status: 200, body: feed('2024-04-06') },
      { status: 200, body: feed('2025-07-09') },
    ]);
    await pollSource(expressEntrySource, deps(fetch));
    const report = await pollSource(expressEntrySource, deps(fetch));
    expect(report.newDrawIds).not.toContain('ee:291');
    expect((await db.draws.get('ee:291'))?.categoryName).toBe('French language proficiency (Version 1)');
    expect(await db.draws.count()).toBe(356);
  });

  const faults: [string, Answer, string, FaultReason][] = [
    [
      'a network error',
      new TypeError('Failed to fetch'),
      'network',
      { code: 'unreachable', host: 'www.canada.ca', cause: 'Failed to fetch' },
    ],
    ['a timeout', 'hang', 'timeout', { code: 'no-answer-in-time', host: 'www.canada.ca', seconds: 0.05 }],
    [
      'HTTP 503',
      { status: 503, body: 'Service Unavailable' },
      'http',
      { code: 'http-status', host: 'www.canada.ca', status: 503 },
    ],
    [
      'HTTP 404',
      { status: 404, body: 'Not found' },
      'http',
      { code: 'http-status', host: 'www.canada.ca', status: 404 },
    ],
    ['the recorded empty body', { status: 200, body: '\n' }, 'empty', { code: 'empty-body' }],
    [
      'a CDN error page',
      { status: 200, body: '<html><body>Access Denied</body></html>' },
      'error-page',
      { code: 'html-instead-of-json' },
    ],
    ['JSON of another shape', { status: 200, body: '{"data": []}' }, 'shape', { code: 'no-rounds-list' }],
    [
      'a cut JSON body',
      { status: 200, body: '{"classes":"wb-tables","rounds":[{"drawNumber":"3' },
      'truncated',
      { code: 'json-cut-short', characters: 49 },
    ],
  ];

  it.each(faults)('keeps every stored round on %s and records why', async (_name, answer, kind, reason) => {
    const { fetch } = scriptedFetch([{ status: 200, body: feed('2025-07-24') }, answer]);
    await pollSource(expressEntrySource, deps(fetch, 50));
    const before = await snapshot();
    clock += 60_000;
    const report = await pollSource(expressEntrySource, deps(fetch, 50));
    expect(report.outcome).toBe('failed');
    expect(report.fault?.kind).toBe(kind);
    expect(await snapshot()).toEqual(before);
    const state = await db.sources.get('ircc-ee');
    expect(state?.lastError?.kind).toBe(kind);
    expect(state?.lastError?.reason).toEqual(reason);
    expect(state?.failingSince).toBe(clock);
    expect(state?.consecutiveFailures).toBe(1);
    expect(state?.drawCount).toBe(358);
  });

  it('refuses a feed that lists far fewer rounds than before (a partial feed)', async () => {
    const partial = JSON.parse(feed('2025-07-24'));
    partial.rounds = partial.rounds.slice(0, 40);
    const { fetch } = scriptedFetch([
      { status: 200, body: feed('2025-07-24') },
      { status: 200, body: JSON.stringify(partial) },
    ]);
    await pollSource(expressEntrySource, deps(fetch));
    const report = await pollSource(expressEntrySource, deps(fetch));
    expect(report.fault?.kind).toBe('truncated');
    expect(report.fault?.reason).toEqual({ code: 'fewer-rounds', found: 40, before: 358 });
    expect(await db.draws.count()).toBe(358);
  });

  it('backs off on repeated failures, keeps failingSince, and recovers by itself', async () => {
    const { fetch } = scriptedFetch([
      { status: 200, body: feed('2025-07-09') },
      new TypeError('Failed to fetch'),
      new TypeError('Failed to fetch'),
      { status: 502 },
      { status: 200, body: feed('2025-07-24') },
    ]);
    await pollSource(expressEntrySource, deps(fetch));
    const firstFailureAt = clock + 1_000;
    const delays: number[] = [];
    clock = firstFailureAt;
    for (let i = 0; i < 3; i++) {
      await pollSource(expressEntrySource, deps(fetch));
      const state = await db.sources.get('ircc-ee');
      delays.push((state?.nextAttemptAt ?? 0) - clock);
      expect(state?.failingSince).toBe(firstFailureAt);
      clock = state?.nextAttemptAt ?? clock;
    }
    expect(delays).toEqual([120_000, 240_000, 480_000]);
    const recovered = await pollSource(expressEntrySource, deps(fetch));
    expect(recovered.newDrawIds).toHaveLength(2);
    expect(await db.sources.get('ircc-ee')).toMatchObject({
      consecutiveFailures: 0,
      failingSince: null,
      lastError: null,
    });
  });

  it('skips one malformed round and counts it on the source', async () => {
    const broken = JSON.parse(feed('2025-07-24'));
    broken.rounds[0].drawSize = 'lots';
    const { fetch } = scriptedFetch([{ status: 200, body: JSON.stringify(broken) }]);
    const report = await pollSource(expressEntrySource, deps(fetch));
    expect(report.newDrawIds).toHaveLength(357);
    expect(await db.draws.get('ee:357')).toBeUndefined();
    expect(await db.sources.get('ircc-ee')).toMatchObject({ skipped: 1 });
    expect((await db.sources.get('ircc-ee'))?.skippedReasons[0]).toContain(
      'round 357 has an unreadable size',
    );
  });
});
