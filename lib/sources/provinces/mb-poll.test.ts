import { type DrawAlertsDatabase, openDrawAlertsDatabase } from '@/lib/db/database';
import { hashBody } from '@/lib/sources/fetch-policy';
import { RECHECK_MS, STILL_CHANGING_MS } from '@/lib/sources/linked-pages';
import { sourceOf } from '@/lib/sources/pnp/testing';
import { pollSource } from '@/lib/sources/poll';
import { ownFixture } from '@/tests/support/fixtures';
import * as mbFile from './mb';

const mbSource = sourceOf(mbFile);

const HOUR = 3_600_000;
const POST_270 = 'https://immigratemanitoba.com/2026/05/expression-of-interest-draw-270/';
const POST_273 = 'https://immigratemanitoba.com/2026/06/expression-of-interest-draw-273/';
const POST_274 = 'https://immigratemanitoba.com/2026/06/expression-of-interest-draw-274/';
const INDEX = ownFixture('pnp', 'mb-index.html');
const POST_273_HTML = ownFixture('pnp', 'mb-draw-273.html');

/** Draw #274, two days after #273, in the same layout. */
const post274 = POST_273_HTML.replaceAll('#273', '#274')
  .replaceAll('draw-273', 'draw-274')
  .replaceAll('2026-06-18', '2026-06-20')
  .replaceAll('June 18, 2026', 'June 20, 2026');
const indexWith274 = INDEX.replace(
  '<h2 class="entry-title"><a href="https://immigratemanitoba.com/2026/06/expression-of-interest-draw-273/">',
  `<h2 class="entry-title"><a href="${POST_274}">Expression of Interest Draw #274</a></h2><h2 class="entry-title"><a href="https://immigratemanitoba.com/2026/06/expression-of-interest-draw-273/">`,
);

let db: DrawAlertsDatabase;
let clock: number;
let pages: Record<string, string>;
let requests: { url: string; conditional: boolean; status: number }[];

beforeEach(async () => {
  db = openDrawAlertsDatabase('mb-poll-test');
  await db.delete();
  await db.open();
  // Two days after draw #273 (18 June 2026), a month after #270.
  clock = Date.parse('2026-06-20T12:00:00Z');
  pages = {
    [mbSource.url]: INDEX,
    [POST_270]: ownFixture('pnp', 'mb-draw-270.html'),
    [POST_273]: POST_273_HTML,
  };
  requests = [];
});
afterEach(() => db.close());

/** Manitoba's server: an ETag per body, 304 to a client that has it. */
function poll(options: { down?: ReadonlySet<string>; gone?: ReadonlySet<string>; after?: number } = {}) {
  clock += options.after ?? HOUR;
  const fetch = (async (url: string, init?: RequestInit) => {
    const sent = (init?.headers as Record<string, string> | undefined)?.['If-None-Match'];
    const answer = async () => {
      if (options.down?.has(url)) throw new TypeError('Failed to fetch');
      const page = pages[url];
      if (options.gone?.has(url) || page === undefined) return new Response('Not found', { status: 404 });
      const etag = `"${(await hashBody(page)).slice(0, 12)}"`;
      return sent === etag
        ? new Response(null, { status: 304 })
        : new Response(page, { headers: { ETag: etag } });
    };
    try {
      const response = await answer();
      requests.push({ url, conditional: sent !== undefined, status: response.status });
      return response;
    } catch (error) {
      requests.push({ url, conditional: sent !== undefined, status: 0 });
      throw error;
    }
  }) as unknown as typeof globalThis.fetch;
  requests = [];
  return pollSource(mbSource, {
    db,
    policy: { fetch, timeoutMs: 1000 },
    now: () => clock,
    random: () => 0.5,
    intervalMs: 1_800_000,
  });
}

const numbers = async () => new Set((await db.draws.toArray()).map((draw) => draw.number));

describe('Manitoba, whose draws are in posts linked from the index', () => {
  it('fetches each post once: a changed index costs one request plus its new posts', async () => {
    await poll();
    expect(requests.map((request) => request.url)).toEqual([mbSource.url, POST_273, POST_270]);

    // The index changes by a byte (a new sidebar, a nonce): one request, no post fetched again.
    pages[mbSource.url] = `${INDEX}\n`;
    const changed = await poll();
    expect(requests.map((request) => request.url)).toEqual([mbSource.url]);
    expect(changed).toMatchObject({ outcome: 'changed', drawsWritten: 0 });

    // A new draw: the index and the new post, nothing else.
    pages[mbSource.url] = indexWith274;
    pages[POST_274] = post274;
    const withNewDraw = await poll();
    expect(requests.map((request) => request.url)).toEqual([mbSource.url, POST_274]);
    expect(withNewDraw.newDrawIds).toEqual(['mb:2026-06-20:274:skilled-worker-stream']);
    expect(await numbers()).toEqual(new Set(['270', '273', '274']));
    expect(await db.sources.get('pnp-mb')).toMatchObject({ drawCount: 4, skipped: 0 });
  });

  it('asks a recent post again every 12 hours with its validators, and reads what changed', async () => {
    await poll();
    // Within 12 hours: the index answers 304, and that is all.
    await poll({ after: 2 * HOUR });
    expect(requests).toEqual([{ url: mbSource.url, conditional: true, status: 304 }]);

    // 12 hours on, #273 (two days old) is asked again; #270 (a month old) never is.
    await poll({ after: RECHECK_MS });
    expect(requests).toEqual([
      { url: mbSource.url, conditional: false, status: 200 },
      { url: POST_273, conditional: true, status: 304 },
    ]);
    expect((await db.sources.get('pnp-mb'))?.lastError).toBeNull();

    // Manitoba adds the lowest-ranked candidate's score to #273 the next day.
    pages[POST_273] = POST_273_HTML.replace(
      '<li>Number of Letters of Advice to Apply issued: <strong>124</strong></li>',
      '<li>Number of Letters of Advice to Apply issued: <strong>124</strong></li><li>Ranking score of lowest-ranked candidate invited: <strong>612</strong></li>',
    );
    const edited = await poll({ after: RECHECK_MS });
    expect(requests.map((request) => [request.url, request.status])).toEqual([
      [mbSource.url, 200],
      [POST_273, 200],
    ]);
    expect(edited).toMatchObject({ outcome: 'changed', drawsWritten: 1, newDrawIds: [] });
    expect((await db.draws.get('mb:2026-06-18:273:skilled-worker-stream'))?.minScore).toBe(612);
  });

  it('never fetches a post again once it is older than a week', async () => {
    await poll();
    clock += STILL_CHANGING_MS;
    pages[mbSource.url] = `${INDEX}\n`;
    await poll();
    expect(requests.map((request) => request.url)).toEqual([mbSource.url]);
    await poll({ after: RECHECK_MS });
    expect(requests).toEqual([{ url: mbSource.url, conditional: true, status: 304 }]);
  });

  it('keeps a recent post as read when asking it again fails, and asks again at the next poll', async () => {
    await poll();
    const asked = await poll({ after: RECHECK_MS, down: new Set([POST_273]) });
    expect(asked.outcome).toBe('unchanged');
    expect(await numbers()).toEqual(new Set(['270', '273']));
    await poll({ after: HOUR });
    expect(requests.map((request) => [request.url, request.status])).toEqual([
      [mbSource.url, 200],
      [POST_273, 304],
    ]);
  });

  it('forgets the posts the index no longer links', async () => {
    await poll();
    expect((await db.linkedPages.toArray()).map((page) => page.url).sort()).toEqual([POST_270, POST_273]);
    pages[mbSource.url] = INDEX.replaceAll('/2026/05/expression-of-interest-draw-270/', '/2026/06/other/');
    await poll();
    expect((await db.linkedPages.toArray()).map((page) => page.url)).toEqual([POST_273]);
    // Its draws stay stored: a source that stops listing a draw never deletes it.
    expect(await numbers()).toEqual(new Set(['270', '273']));
  });

  it('reads a post that failed to load on the next poll, though the index is unchanged', async () => {
    const first = await poll({ down: new Set([POST_273]) });
    expect(first.outcome).toBe('changed');
    expect(await numbers()).toEqual(new Set(['270']));
    expect((await db.sources.get('pnp-mb'))?.skippedReasons.join(' ')).toContain(
      'draw #273: the post could not be fetched',
    );

    const second = await poll();
    expect(second.outcome).toBe('changed');
    // #270 was read already: only #273 is fetched.
    expect(requests.map((request) => request.url)).toEqual([mbSource.url, POST_273]);
    expect(await numbers()).toEqual(new Set(['270', '273']));

    // Now complete: the same index again is unchanged and writes nothing.
    const third = await poll();
    expect(third).toMatchObject({ outcome: 'unchanged', drawsWritten: 0 });
  });

  it('skips a post that is gone (404) without reading the whole index again at every poll', async () => {
    const first = await poll({ gone: new Set([POST_273]) });
    expect(first.outcome).toBe('changed');
    expect((await db.sources.get('pnp-mb'))?.skippedReasons.join(' ')).toContain('draw #273');
    const second = await poll({ gone: new Set([POST_273]) });
    expect(second).toMatchObject({ outcome: 'unchanged', drawsWritten: 0 });
  });
});
