import { Dexie } from 'dexie';
import { alertRecorder } from '@/lib/alerts/record';
import { defaultProfile } from '@/lib/profile/profile';
import { parseExpressEntryFeed } from '@/lib/sources/express-entry/parse-feed';
import { expressEntrySource } from '@/lib/sources/express-entry/source';
import { hashBody } from '@/lib/sources/fetch-policy';
import { initialSourceState } from '@/lib/sources/health';
import { pollSource } from '@/lib/sources/poll';
import { sharedFixture } from '@/tests/support/fixtures';
import { openDrawAlertsDatabase } from './database';

const NAME = 'upgrade-test';

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
    expect(db.verno).toBe(2);
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
});
