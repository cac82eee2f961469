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
  it('v1 → latest keeps every stored draw and marks them all as already weighed and seen', async () => {
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
    expect(db.verno).toBe(3);
    expect(await db.draws.orderBy('id').toArray()).toEqual(
      before.map((draw) => ({ ...draw, revisions: [] })),
    );
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

/** The schema as release 2 shipped it (alerts added): how a user's database looks before v3. */
function openVersion2() {
  const db = openVersion1();
  db.version(2).stores({ alerts: '&drawId, state, unseen' });
  return db;
}

describe('database upgrade v2 → v3 (revisions, fault reasons, unreadable counts)', () => {
  it('keeps every draw and alert, gives each draw an empty revision list, and keeps a fault as its kind', async () => {
    const body = sharedFixture('express-entry', '2025-07-09.json');
    const storedAt = Date.parse('2025-07-09T15:00:00Z');
    const v2 = openVersion2();
    const draws = parseExpressEntryFeed(body).draws.map((draw) => ({ ...draw, firstSeenAt: storedAt }));
    await v2.table('draws').bulkAdd(draws);
    // A record broken by an older version: the upgrade must not fail on it, nor drop it.
    await v2.table('draws').add({ ...draws[0], id: 'ee:broken', date: 'garbage' });
    await v2
      .table('alerts')
      .bulkAdd(draws.map((draw) => ({ drawId: draw.id, decidedAt: storedAt, state: 'silent', unseen: 0 })));
    const { unreadableDraws: _, ...v2State } = initialSourceState('ircc-ee');
    await v2.table('sources').bulkPut([
      {
        ...v2State,
        contentHash: await hashBody(body),
        drawCount: 356,
        lastSuccessAt: storedAt,
        failingSince: storedAt + 60_000,
        consecutiveFailures: 1,
        lastError: {
          kind: 'timeout',
          detail: 'Express Entry (IRCC): www.canada.ca did not answer within 20 s.',
        },
      },
      { ...v2State, id: 'pnp-pe' },
    ]);
    v2.close();

    const db = openDrawAlertsDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(3);
    const upgraded = await db.draws.orderBy('id').toArray();
    expect(upgraded).toHaveLength(357);
    expect(upgraded.every((draw) => Array.isArray(draw.revisions) && draw.revisions.length === 0)).toBe(true);
    expect(await db.draws.get('ee:355')).toEqual({
      ...draws.find((draw) => draw.id === 'ee:355'),
      revisions: [],
    });
    expect(await db.alerts.count()).toBe(356);
    expect(await db.sources.get('ircc-ee')).toMatchObject({
      lastError: { kind: 'timeout', reason: { code: 'earlier-version' } },
      failingSince: storedAt + 60_000,
      unreadableDraws: 0,
    });
    expect(await db.sources.get('pnp-pe')).toMatchObject({ lastError: null, unreadableDraws: 0 });

    // The next poll reads on from the upgraded data: a correction of #355 is kept as a revision,
    // the two new rounds are news, and the broken record is counted, not thrown on.
    const later = JSON.parse(sharedFixture('express-entry', '2025-07-24.json'));
    const round355 = later.rounds.find((round: { drawNumber: string }) => round.drawNumber === '355');
    round355.drawCRS = '519';
    const report = await pollSource(expressEntrySource, {
      db,
      policy: {
        fetch: (async () => new Response(JSON.stringify(later))) as unknown as typeof fetch,
        timeoutMs: 1000,
      },
      now: () => storedAt + 86_400_000,
      random: () => 0.5,
      intervalMs: 1_800_000,
      onNewDraws: alertRecorder(db, defaultProfile()),
    });
    expect(report.fault).toBeNull();
    expect(report.newDrawIds.sort()).toEqual(['ee:356', 'ee:357']);
    expect((await db.draws.get('ee:355'))?.revisions).toEqual([
      { seenAt: storedAt + 86_400_000, changes: [{ field: 'minScore', from: 518, to: 519 }] },
    ]);
    expect((await db.sources.get('ircc-ee'))?.unreadableDraws).toBe(1);
    db.close();
  });
});
