import { Dexie } from 'dexie';
import { alertRecorder } from '@/lib/alerts/record';
import { notesBeforeV5 } from '@/lib/draws/facts';
import { historyFromEarlyRead, readHistory } from '@/lib/history/digest';
import { readHistoryEarly } from '@/lib/history/early-read';
import { defaultProfile } from '@/lib/profile/profile';
import { parseExpressEntryFeed } from '@/lib/sources/express-entry/parse-feed';
import { expressEntrySource } from '@/lib/sources/express-entry/source';
import { hashBody } from '@/lib/sources/fetch-policy';
import { initialSourceState } from '@/lib/sources/health';
import { parseWith, sourceOf } from '@/lib/sources/pnp/testing';
import { pollSource } from '@/lib/sources/poll';
import * as mbFile from '@/lib/sources/provinces/mb';
import { ownFixture, sharedFixture } from '@/tests/support/fixtures';
import { recordedProvinceDraws, recordedRounds } from '@/tests/support/recorded-draws';
import { openDrawAlertsDatabase, type StoredDraw } from './database';

const mbSource = sourceOf(mbFile);

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
    expect(db.verno).toBeGreaterThanOrEqual(2);
    // Later versions add to each draw (revisions, v4) but change none of what was stored.
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
    }).toEqual({ ...before, draws: before.draws.map((draw) => ({ ...draw, revisions: [] })) });
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

/** The schema as release 3 shipped it (linked pages, draws by number): how it looks before v4. */
function openVersion3() {
  const db = openVersion2();
  db.version(3).stores({
    draws:
      '&id, [system+date+sequence], [sourceId+date+sequence], [system+category+date+sequence], firstSeenAt, [system+number]',
    linkedPages: '&url, sourceId',
  });
  return db;
}

describe('database upgrade v3 → v4 (revisions, fault reasons, unreadable counts)', () => {
  it('keeps every draw and alert, gives each draw an empty revision list, and keeps a fault as its kind', async () => {
    const body = sharedFixture('express-entry', '2025-07-09.json');
    const storedAt = Date.parse('2025-07-09T15:00:00Z');
    const v3 = openVersion3();
    const draws = parseExpressEntryFeed(body).draws.map((draw) => ({ ...draw, firstSeenAt: storedAt }));
    await v3.table('draws').bulkAdd(draws);
    // A record broken by an older version (v3 kept it as it was): the upgrade must not fail on it, nor drop it.
    await v3.table('draws').add({ ...draws[0], id: 'ee:broken', date: 'garbage' });
    await v3
      .table('alerts')
      .bulkAdd(draws.map((draw) => ({ drawId: draw.id, decidedAt: storedAt, state: 'silent', unseen: 0 })));
    const { unreadableDraws: _, ...v3State } = initialSourceState('ircc-ee');
    await v3.table('sources').bulkPut([
      {
        ...v3State,
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
      { ...v3State, id: 'pnp-pe' },
    ]);
    v3.close();

    const db = openDrawAlertsDatabase(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(4);
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

/** The schema as release 4 shipped it (revisions, fault reasons): how a real user's database looks before v5. */
function openVersion4() {
  const db = openVersion3();
  db.version(4).stores({});
  return db;
}

describe('database upgrade v4 → v5 (facts apart from notes)', () => {
  /** Every provincial draw v4 stored from the recorded pages (tests/fixtures/db), notes as v4 wrote them. */
  const storedByV4: (StoredDraw & { facts?: unknown })[] = JSON.parse(
    ownFixture('db', 'v4-provincial-draws.json'),
  );

  it('reads the English sentences v4 wrote into notes back into facts, changing no id and nothing else', async () => {
    const rounds = recordedRounds()
      .slice(0, 20)
      .map(({ facts: _, ...round }) => ({ ...round, firstSeenAt: 0, revisions: [] }));
    const v4 = openVersion4();
    await v4.table('draws').bulkAdd([...storedByV4, ...rounds]);
    await v4
      .table('alerts')
      .bulkAdd(storedByV4.map((draw) => ({ drawId: draw.id, decidedAt: 0, state: 'silent', unseen: 0 })));
    v4.close();

    const db = openDrawAlertsDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(6);
    const upgraded = new Map((await db.draws.toArray()).map((draw) => [draw.id, draw]));
    expect(upgraded.size).toBe(storedByV4.length + rounds.length);
    expect(await db.alerts.count()).toBe(storedByV4.length);

    // Ontario's "Date profiles created" and New Brunswick's occupations and cut-off are facts now.
    expect(upgraded.get('on:2026-04-22:masters-graduate-stream')).toMatchObject({
      notes: 'General draw. Please refer to the OINP Program Updates page for more information.',
      facts: [{ kind: 'profiles-created', text: 'April 22, 2025 – April 20, 2026' }],
    });
    expect(upgraded.get('on:2023-01-27:entrepreneur-stream')).toMatchObject({ notes: '', facts: [] });
    expect(
      upgraded.get('nb:2026-06-03:new-brunswick-skilled-worker-stream-new-brunswick-experience'),
    ).toMatchObject({
      notes: '',
      facts: [
        { kind: 'occupations', text: 'Construction trades; Health care' },
        { kind: 'cut-off', text: 'June 2, 2026 [11:59:00 pm (AST)]' },
      ],
    });
    // Everything else is as stored: the page's own notes (PEI's attributes, NL's split) stay notes.
    for (const before of storedByV4) {
      const after = upgraded.get(before.id);
      expect(after).toBeDefined();
      if (!after) continue;
      const { notes, facts, ...rest } = after;
      const { notes: storedNotes, ...storedRest } = before;
      expect(rest).toEqual(storedRest);
      expect(notesBeforeV5(notes, facts)).toBe(storedNotes);
      if (!before.sourceId.match(/^pnp-(on|nb)$/))
        expect({ notes, facts }).toEqual({ notes: storedNotes, facts: [] });
    }
    for (const round of rounds) expect(upgraded.get(round.id)).toEqual({ ...round, facts: [] });

    // The parsers of this version read the same pages into the same draws: nothing looks new or changed.
    for (const draws of (await recordedProvinceDraws()).values()) {
      for (const draw of draws) {
        const { firstSeenAt: _, revisions: __, ...stored } = upgraded.get(draw.id) ?? ({} as StoredDraw);
        expect(stored).toEqual(draw);
      }
    }
    db.close();
  });

  it('leaves notes it did not write as they are, and a broken record readable as before', async () => {
    const v4 = openVersion4();
    const base = storedByV4[0] as StoredDraw;
    await v4.table('draws').bulkAdd([
      { ...base, id: 'x:1', notes: 'Cut-off: see the page' },
      { ...base, id: 'x:2', notes: 'Occupations listed on the page. Profiles created: none' },
      { ...base, id: 'x:3', notes: 42 },
      { ...base, id: 'x:4', notes: 'Cut-off: June 2, 2026.' },
    ]);
    v4.close();
    const db = openDrawAlertsDatabase(NAME);
    await db.open();
    const read = async (id: string) => {
      const draw = (await db.draws.get(id)) as unknown as { notes: unknown; facts: unknown };
      return { notes: draw.notes, facts: draw.facts };
    };
    expect(await read('x:1')).toEqual({ notes: 'Cut-off: see the page', facts: [] });
    expect(await read('x:2')).toEqual({
      notes: 'Occupations listed on the page. Profiles created: none',
      facts: [],
    });
    expect(await read('x:3')).toEqual({ notes: 42, facts: [] });
    expect(await read('x:4')).toEqual({ notes: '', facts: [{ kind: 'cut-off', text: 'June 2, 2026' }] });
    db.close();
  });
});

function openVersion5() {
  const db = openVersion4();
  db.version(5).stores({});
  return db;
}

describe('database upgrade v5 → v6 (the history digest)', () => {
  it('keeps every draw, alert and source as stored, and the history page builds its digest from them', async () => {
    // Real rounds and provincial draws as v5 stored them, with a correction kept as a revision.
    const drawsOf = [...recordedRounds(), ...[...(await recordedProvinceDraws()).values()].flat()];
    const stored: StoredDraw[] = drawsOf.map((draw, index) => ({
      ...draw,
      firstSeenAt: 1_750_000_000_000 + index,
      revisions:
        draw.id === 'ee:355'
          ? [{ seenAt: 1_752_000_000_000, changes: [{ field: 'minScore', from: 520, to: 521 }] }]
          : [],
    }));
    const v5 = openVersion5();
    await v5.table('draws').bulkAdd(stored);
    await v5
      .table('alerts')
      .bulkAdd(stored.map((draw) => ({ drawId: draw.id, decidedAt: 0, state: 'silent', unseen: 0 })));
    await v5.table('sources').put({ ...initialSourceState('ircc-ee'), lastChangeAt: 1_752_000_000_000 });
    const before = {
      draws: await v5.table('draws').orderBy('id').toArray(),
      alerts: await v5.table('alerts').orderBy('drawId').toArray(),
      sources: await v5.table('sources').toArray(),
    };
    v5.close();
    // The history page's first script finds no digest table yet: the page reads through Dexie.
    const earlyOfV5 = readHistoryEarly(indexedDB, NAME);
    await expect(earlyOfV5.digest).rejects.toBeDefined();
    await expect(earlyOfV5.stampParts).resolves.toMatchObject({ idbVersion: 50 });

    const db = openDrawAlertsDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await db.draws.orderBy('id').toArray()).toEqual(before.draws);
    expect(await db.alerts.orderBy('drawId').toArray()).toEqual(before.alerts);
    expect(await db.sources.toArray()).toEqual(before.sources);
    expect(await db.digests.count()).toBe(0);

    // No digest yet: the history is read from the draws (every one of them), and a digest kept.
    const first = await readHistory(db, 'test');
    await first.saved;
    expect(first.fromDigest).toBe(false);
    expect(first.rows).toHaveLength(stored.length);
    expect(first.unreadable).toBe(0);
    expect(await db.digests.count()).toBe(1);
    const again = await readHistory(db, 'test');
    expect(again.fromDigest).toBe(true);
    expect(again.rows).toEqual(first.rows);
    // And the page's first script reads the same rows from it.
    const early = await historyFromEarlyRead(readHistoryEarly(indexedDB, NAME), db.verno, 'test');
    expect(early).toMatchObject({ fromDigest: true, rows: first.rows });
    // What the rows hold is the stored draws' own: the corrected score, the programs of each round.
    const round355 = again.rows.find((row) => row.id === 'ee:355');
    expect(round355).toMatchObject({ minScore: stored.find((draw) => draw.id === 'ee:355')?.minScore });
    expect(round355?.expressEntry?.programsEligible).toBe(
      stored.find((draw) => draw.id === 'ee:355')?.expressEntry?.programsEligible,
    );
    db.close();
  });
});
