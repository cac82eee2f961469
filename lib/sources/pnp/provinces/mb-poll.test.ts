import { type DrawAlertsDatabase, openDrawAlertsDatabase } from '@/lib/db/database';
import { pollSource } from '@/lib/sources/poll';
import { ownFixture } from '@/tests/support/fixtures';
import { mbSource } from './mb';

const POST_270 = 'https://immigratemanitoba.com/2026/05/expression-of-interest-draw-270/';
const POST_273 = 'https://immigratemanitoba.com/2026/06/expression-of-interest-draw-273/';
const pages: Record<string, string> = {
  [mbSource.url]: ownFixture('pnp', 'mb-index.html'),
  [POST_270]: ownFixture('pnp', 'mb-draw-270.html'),
  [POST_273]: ownFixture('pnp', 'mb-draw-273.html'),
};

let db: DrawAlertsDatabase;
let clock = Date.parse('2026-06-20T12:00:00Z');

beforeEach(async () => {
  db = openDrawAlertsDatabase('mb-poll-test');
  await db.delete();
  await db.open();
});
afterEach(() => db.close());

function poll(down: ReadonlySet<string>, gone: ReadonlySet<string> = new Set()) {
  clock += 3_600_000;
  const fetch = (async (url: string) => {
    if (down.has(url)) throw new TypeError('Failed to fetch');
    if (gone.has(url)) return new Response('Not found', { status: 404 });
    const page = pages[url];
    return page === undefined ? new Response('Not found', { status: 404 }) : new Response(page);
  }) as unknown as typeof globalThis.fetch;
  return pollSource(mbSource, {
    db,
    policy: { fetch, timeoutMs: 1000 },
    now: () => clock,
    random: () => 0.5,
    intervalMs: 1_800_000,
  });
}

describe('Manitoba, whose draws are in posts linked from the index', () => {
  it('reads a post that failed to load on the next poll, though the index is unchanged', async () => {
    const first = await poll(new Set([POST_273]));
    expect(first.outcome).toBe('changed');
    expect((await db.draws.toArray()).every((draw) => draw.number === '270')).toBe(true);
    expect((await db.sources.get('pnp-mb'))?.skippedReasons.join(' ')).toContain(
      'draw #273: the post could not be fetched',
    );

    const second = await poll(new Set());
    expect(second.outcome).toBe('changed');
    expect(new Set((await db.draws.toArray()).map((draw) => draw.number))).toEqual(new Set(['270', '273']));

    // Now complete: the same index again is unchanged and writes nothing.
    const third = await poll(new Set());
    expect(third).toMatchObject({ outcome: 'unchanged', drawsWritten: 0 });
  });

  it('skips a post that is gone (404) without reading the whole index again at every poll', async () => {
    const first = await poll(new Set(), new Set([POST_273]));
    expect(first.outcome).toBe('changed');
    expect((await db.sources.get('pnp-mb'))?.skippedReasons.join(' ')).toContain('draw #273');
    const second = await poll(new Set(), new Set([POST_273]));
    expect(second).toMatchObject({ outcome: 'unchanged', drawsWritten: 0 });
  });
});
