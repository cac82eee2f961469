import { Dexie } from 'dexie';
import { alertRecorder } from '@/lib/alerts/record';
import { defaultProfile } from '@/lib/profile/profile';
import { parseExpressEntryFeed } from '@/lib/sources/express-entry/parse-feed';
import { expressEntrySource } from '@/lib/sources/express-entry/source';
import { hashBody } from '@/lib/sources/fetch-policy';
import { initialSourceState } from '@/lib/sources/health';
import { mbSource } from '@/lib/sources/pnp/provinces/mb';
import { parseWith } from '@/lib/sources/pnp/testing';
import { pollSource } from '@/lib/sources/poll';
import { ownFixture, sharedFixture } from '@/tests/support/fixtures';
import { openDrawAlertsDatabase } from './database';

const NAME = 'upgrade-test';
const POST_270 = 'https://immigratemanitoba.com/2026/05/expression-of-interest-draw-270/';
const POST_273 = 'https://immigratemanitoba.com/2026/06/expression-of-interest-draw-273/';

/** The schema as release 1 shipped it: how a real user's database looks before this release. */
function openVersion1() {
  const db = new Dexie(NAME);
  db.version(1).stores({
    draws:
      '&id, [system+date+sequence], [sourceId+date+sequence], [system+category+date+sequence], firstSeenAt',
    sources: '&id',
  });
  return db;
}

/** The schema as release 2 shipped it (alerts added). */
function openVersion2() {
  const db = openVersion1();
  db.version(2).stores({ alerts: '&drawId, state, unseen' });
  return db;
}

beforeEach(async () => {
  await Dexie.delete(NAME);
});

describe('database upgrades', () => {
  it('v1 → v2 keeps every stored draw and marks them all as already weighed and seen', async () => {
    const body = sharedFixture('express-entry', '2025-07-09.json');
    const v1 = openVersion1();
    const storedAt = Date.parse('2025-07-09T15:00:00Z');
    await v1
      .table('draws')
      .bulkAdd(parseExpressEntryFeed(body).draws.map((draw) => ({ ...draw, firstSeenAt: storedAt })));
    await v1.table('sources').put({
      ...initialSourceState('ircc-ee'),
      contentHash: await hashBody(body),
      drawCount: 356,
      lastSuccessAt: storedAt,
    });
    const before = await v1.table('draws').orderBy('id').toArray();
    v1.close();

    const db = openDrawAlertsDatabase(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    expect(await db.draws.orderBy('id').toArray()).toEqual(before);
    expect(await db.alerts.count()).toBe(356);
    expect(await db.alerts.where('state').notEqual('silent').count()).toBe(0);
    expect(await db.alerts.where('unseen').equals(1).count()).toBe(0);
    expect((await db.alerts.get('ee:355'))?.decidedAt).toBe(storedAt);

    // The first poll after the upgrade is not a first sync: only the two rounds it adds are news.
    const later = sharedFixture('express-entry', '2025-07-24.json');
    const report = await pollSource(expressEntrySource, {
      db,
      policy: { fetch: (async () => new Response(later)) as unknown as typeof fetch, timeoutMs: 1000 },
      now: () => storedAt + 86_400_000,
      random: () => 0.5,
      intervalMs: 1_800_000,
      onNewDraws: alertRecorder(db, defaultProfile()),
    });
    expect(report.newDrawIds.sort()).toEqual(['ee:356', 'ee:357']);
    expect((await db.alerts.where('state').equals('pending').primaryKeys()).sort()).toEqual([
      'ee:356',
      'ee:357',
    ]);
    db.close();
  });

  it('v2 → v3 keeps every stored record, finds stored draws by number, and starts with no linked page', async () => {
    const storedAt = Date.parse('2026-06-19T15:00:00Z');
    const rounds = parseExpressEntryFeed(sharedFixture('express-entry', '2026-08-05.json')).draws;
    const manitoba = await parseWith(mbSource, ownFixture('pnp', 'mb-index.html'), {
      [POST_270]: ownFixture('pnp', 'mb-draw-270.html'),
      [POST_273]: ownFixture('pnp', 'mb-draw-273.html'),
    });
    const v2 = openVersion2();
    const draws = [...rounds, ...manitoba.draws].map((draw) => ({ ...draw, firstSeenAt: storedAt }));
    await v2.table('draws').bulkAdd(draws);
    await v2.table('sources').bulkPut([
      { ...initialSourceState('ircc-ee'), drawCount: rounds.length, lastSuccessAt: storedAt },
      { ...initialSourceState('pnp-mb'), drawCount: 3, lastSuccessAt: storedAt, lastChangeAt: storedAt },
    ]);
    await v2
      .table('alerts')
      .bulkAdd(draws.map((draw) => ({ drawId: draw.id, decidedAt: storedAt, state: 'silent', unseen: 0 })));
    const before = {
      draws: await v2.table('draws').orderBy('id').toArray(),
      sources: await v2.table('sources').orderBy('id').toArray(),
      alerts: await v2.table('alerts').orderBy('drawId').toArray(),
    };
    v2.close();

    const db = openDrawAlertsDatabase(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    expect({
      draws: await db.draws.orderBy('id').toArray(),
      sources: await db.sources.orderBy('id').toArray(),
      alerts: await db.alerts.orderBy('drawId').toArray(),
    }).toEqual(before);
    // The new index covers draws stored before it existed; draws without a number are not in it.
    expect(
      (await db.draws.where('[system+number]').equals(['express-entry', '91a']).toArray()).map((d) => d.id),
    ).toEqual(['ee:91a']);
    expect(await db.draws.where('[system+number]').equals(['pnp', '273']).primaryKeys()).toEqual([
      'mb:2026-06-18:273:skilled-worker-stream',
    ]);
    expect(await db.draws.where('[system+number]').between(['pnp', ''], ['pnp', '\uffff']).count()).toBe(3);
    expect(await db.linkedPages.count()).toBe(0);

    // Manitoba's next poll reads its posts once more (nothing was kept before), then keeps them.
    const pages: Record<string, string> = {
      [mbSource.url]: ownFixture('pnp', 'mb-index.html'),
      [POST_270]: ownFixture('pnp', 'mb-draw-270.html'),
      [POST_273]: ownFixture('pnp', 'mb-draw-273.html'),
    };
    const report = await pollSource(mbSource, {
      db,
      policy: {
        fetch: (async (url: string) =>
          new Response(pages[url] ?? '', { status: pages[url] ? 200 : 404 })) as unknown as typeof fetch,
        timeoutMs: 1000,
      },
      now: () => storedAt + 3_600_000,
      random: () => 0.5,
      intervalMs: 1_800_000,
      onNewDraws: alertRecorder(db, defaultProfile()),
    });
    expect(report).toMatchObject({ outcome: 'changed', newDrawIds: [], drawsWritten: 0 });
    expect((await db.linkedPages.toArray()).map((page) => page.url).sort()).toEqual([POST_270, POST_273]);
    db.close();
  });
});
