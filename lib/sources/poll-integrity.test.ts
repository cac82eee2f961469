import { Dexie } from 'dexie';
import { alertRecorder } from '@/lib/alerts/record';
import { type DrawAlertsDatabase, openDrawAlertsDatabase } from '@/lib/db/database';
import { correctionsOf } from '@/lib/draws/revisions';
import { defaultProfile, type Profile } from '@/lib/profile/profile';
import { sourceOf } from '@/lib/sources/pnp/testing';
import * as mbFile from '@/lib/sources/provinces/mb';
import * as peFile from '@/lib/sources/provinces/pe';
import { ownFixture, sharedFixture } from '@/tests/support/fixtures';
import { expressEntrySource } from './express-entry/source';
import { pollSource } from './poll';
import type { SourceDefinition } from './source';

const mbSource = sourceOf(mbFile);
const peSource = sourceOf(peFile);

/**
 * The poll keeps stored draws true to their source: round identity (number, date, category),
 * corrections kept as revisions, the guards of a first sync and of an emptied page, and faults of the
 * storage itself named as such.
 */

type Feed = { rounds: Record<string, string>[] };
const recordedFeed = (copy: string): Feed => JSON.parse(sharedFixture('express-entry', `${copy}.json`));
const roundOf = (feed: Feed, number: string) => {
  const round = feed.rounds.find((entry) => entry.drawNumber === number);
  if (!round) throw new Error(`no round ${number}`);
  return round;
};

let db: DrawAlertsDatabase;
let clock: number;
const following: Profile = { ...defaultProfile(), followedProvinces: ['PE', 'MB'] };

beforeEach(async () => {
  db = openDrawAlertsDatabase('poll-integrity-test');
  await db.delete();
  await db.open();
  clock = Date.parse('2025-07-24T12:00:00Z');
});
afterEach(() => db.close());

/** Every URL the last poll asked for. */
let requested: string[] = [];

/** One poll of `source` answered with `body` (a string, or a feed object), with the alert recorder. */
function poll(source: SourceDefinition, body: string | Feed, pages: Record<string, string> = {}) {
  clock += 3_600_000;
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  requested = [];
  const fetch = (async (url: string) => {
    requested.push(url);
    if (url === source.url) return new Response(text);
    const page = pages[url];
    return page === undefined ? new Response('Not found', { status: 404 }) : new Response(page);
  }) as unknown as typeof globalThis.fetch;
  return pollSource(source, {
    db,
    policy: { fetch, timeoutMs: 1_000 },
    now: () => clock,
    random: () => 0.5,
    intervalMs: 1_800_000,
    onNewDraws: alertRecorder(db, following),
  });
}

const snapshot = async () => ({
  draws: (await db.draws.toArray()).sort((a, b) => a.id.localeCompare(b.id)),
  alerts: await db.alerts.toArray(),
});

describe('round identity: number, date and category together', () => {
  beforeEach(async () => {
    expect((await poll(expressEntrySource, recordedFeed('2025-07-09'))).outcome).toBe('changed');
  });

  async function expectRefused(feed: Feed, reason: object) {
    const before = await snapshot();
    const report = await poll(expressEntrySource, feed);
    expect(report.outcome).toBe('failed');
    expect(report.fault).toMatchObject({ kind: 'renumbered', reason });
    expect(report.newDrawIds).toEqual([]);
    expect(await snapshot()).toEqual(before);
    expect(await db.alerts.where('state').equals('pending').count()).toBe(0);
    expect((await db.sources.get('ircc-ee'))?.lastError).toMatchObject({ kind: 'renumbered', reason });
  }

  it('refuses a feed whose every round is renumbered by one: nothing written, nothing notified', async () => {
    const shifted = recordedFeed('2025-07-09');
    for (const round of shifted.rounds) {
      const match = /^(\d+)([a-z]?)$/.exec(round.drawNumber ?? '');
      if (match) round.drawNumber = `${Number(match[1]) + 1}${match[2]}`;
    }
    // The newest number (#356) now carries #355's round.
    await expectRefused(shifted, { code: 'round-under-new-number', number: '356', storedNumber: '355' });
    expect((await db.draws.get('ee:355'))?.minScore).toBe(518);
  });

  it('refuses a stored number given another date', async () => {
    const redated = recordedFeed('2025-07-09');
    roundOf(redated, '354').drawDate = '2025-07-08';
    await expectRefused(redated, {
      code: 'number-redated',
      number: '354',
      storedDate: '2025-07-07',
      date: '2025-07-08',
    });
  });

  it('refuses a stored number given another category', async () => {
    const recategorised = recordedFeed('2025-07-09');
    roundOf(recategorised, '355').drawName = 'Healthcare and social services occupations (Version 2)';
    await expectRefused(recategorised, {
      code: 'number-recategorised',
      number: '355',
      storedCategory: 'cec',
      category: 'healthcare',
    });
  });

  it('refuses an old round listed again under a new number, instead of notifying it as new', async () => {
    const copied = recordedFeed('2025-07-09');
    copied.rounds.unshift({ ...roundOf(copied, '300'), drawNumber: '356' });
    await expectRefused(copied, { code: 'round-under-new-number', number: '356', storedNumber: '300' });
  });

  it('reads zero-padded numbers as the rounds already stored: no duplicate, nothing new', async () => {
    const padded = recordedFeed('2025-07-09');
    for (const round of padded.rounds) round.drawNumber = `0${round.drawNumber}`;
    const before = await snapshot();
    const report = await poll(expressEntrySource, padded);
    expect(report).toMatchObject({ outcome: 'changed', newDrawIds: [], drawsWritten: 0, fault: null });
    expect(await snapshot()).toEqual(before);
  });

  it('accepts a renamed category that keeps its key, and new rounds after the stored ones', async () => {
    const report = await poll(expressEntrySource, recordedFeed('2025-07-24'));
    expect(report.fault).toBeNull();
    expect(report.newDrawIds.sort()).toEqual(['ee:356', 'ee:357']);
  });

  it("judges a stored category by today's rules, so a newer version's rules do not refuse the feed", async () => {
    // As if an older version had stored #355 under a category key it no longer uses.
    await db.draws.update('ee:355', { category: 'other' });
    const report = await poll(expressEntrySource, recordedFeed('2025-07-24'));
    expect(report.fault).toBeNull();
    expect((await db.draws.get('ee:355'))?.category).toBe('cec');
  });
});

describe('corrections keep the figures they replace', () => {
  it('stores IRCC correcting #355 twice as two revisions, and notifies nothing', async () => {
    await poll(expressEntrySource, recordedFeed('2025-07-09'));
    const firstSeen = (await db.draws.get('ee:355'))?.firstSeenAt;
    const corrected = recordedFeed('2025-07-09');
    roundOf(corrected, '355').drawCRS = '519';
    const firstCorrection = await poll(expressEntrySource, corrected);
    const firstAt = clock;
    roundOf(corrected, '355').drawCRS = '520';
    roundOf(corrected, '355').drawSize = '3,100';
    const secondCorrection = await poll(expressEntrySource, corrected);

    for (const report of [firstCorrection, secondCorrection]) {
      expect(report).toMatchObject({ outcome: 'changed', newDrawIds: [], drawsWritten: 1, fault: null });
    }
    const draw = await db.draws.get('ee:355');
    expect(draw).toMatchObject({ minScore: 520, invitations: { value: 3100 }, firstSeenAt: firstSeen });
    expect(draw?.revisions).toEqual([
      { seenAt: firstAt, changes: [{ field: 'minScore', from: 518, to: 519 }] },
      {
        seenAt: clock,
        changes: [
          { field: 'minScore', from: 519, to: 520 },
          {
            field: 'invitations',
            from: { value: 3000, qualifier: 'exact' },
            to: { value: 3100, qualifier: 'exact' },
          },
        ],
      },
    ]);
    expect(correctionsOf(draw ?? { revisions: [] }).map((revision) => revision.seenAt)).toEqual([
      clock,
      firstAt,
    ]);
    expect(await db.alerts.where('state').equals('pending').count()).toBe(0);
  });

  it('updates a renamed category without a revision (a name is not a figure)', async () => {
    await poll(expressEntrySource, recordedFeed('2024-04-06'));
    await poll(expressEntrySource, recordedFeed('2025-07-09'));
    expect(await db.draws.get('ee:291')).toMatchObject({
      categoryName: 'French language proficiency (Version 1)',
      revisions: [],
    });
  });
});

describe('the guards of a provincial page', () => {
  const pePage = sharedFixture('pnp', 'pe-expression-of-interest-draws.2026-06-20.html');
  /** Every Labour & Express Entry count of the real page read as 0 (no draw that day). */
  const allZeros = pePage.replace(/<td>(26|109|101|127|113|182)<\/td>/g, '<td>0</td>');
  const emptied = pePage.replace(/<tbody>[\s\S]*?<\/tbody>/, '<tbody></tbody>');

  beforeEach(() => {
    clock = Date.parse('2026-06-20T12:00:00Z');
  });

  it('a page where every count reads 0 does not switch off the empty-page guard', async () => {
    await poll(peSource, pePage);
    expect((await db.sources.get('pnp-pe'))?.drawCount).toBe(6);
    const zeros = await poll(peSource, allZeros);
    expect(zeros).toMatchObject({ outcome: 'changed', newDrawIds: [], fault: null });
    expect((await db.sources.get('pnp-pe'))?.drawCount).toBe(6);
    const report = await poll(peSource, emptied);
    expect(report.fault).toEqual({ kind: 'layout', reason: { code: 'no-draws-any-more', before: 6 } });
    expect(await db.draws.count()).toBe(6);
  });

  it('a first read that lists no draw does not use up the silent first sync', async () => {
    const empty = await poll(peSource, allZeros);
    expect(empty).toMatchObject({ outcome: 'changed', newDrawIds: [] });
    const real = await poll(peSource, pePage);
    expect(real.newDrawIds).toHaveLength(6);
    // The page's history is not news: recorded, silent, nothing pending.
    expect(await db.alerts.count()).toBe(6);
    expect(await db.alerts.where('state').equals('pending').count()).toBe(0);
  });
});

describe('faults of the storage itself', () => {
  it('a full disk is "storage full", nothing is written, and the next poll stores the draws', async () => {
    const quota = vi
      .spyOn(db.draws, 'bulkPut')
      .mockRejectedValueOnce(
        new Dexie.QuotaExceededError('Quota exceeded', new DOMException('full', 'QuotaExceededError')),
      );
    const report = await poll(expressEntrySource, recordedFeed('2025-07-09'));
    expect(report.fault).toEqual({ kind: 'storage-full', reason: { code: 'quota-exceeded' } });
    expect(await db.draws.count()).toBe(0);
    expect(await db.alerts.count()).toBe(0);
    const state = await db.sources.get('ircc-ee');
    expect(state?.lastError?.kind).toBe('storage-full');
    // Passing: retried in minutes, not after the whole interval.
    expect((state?.nextAttemptAt ?? 0) - clock).toBeLessThan(5 * 60_000);
    quota.mockRestore();
    clock = state?.nextAttemptAt ?? clock;
    const retried = await poll(expressEntrySource, recordedFeed('2025-07-09'));
    expect(retried.outcome).toBe('changed');
    expect(await db.draws.count()).toBe(356);
  });

  it('a failing database is "storage corrupted", not a layout change', async () => {
    vi.spyOn(db.draws, 'where').mockImplementation(() => {
      throw new Dexie.UnknownError('Internal error opening backing store for indexedDB.open.');
    });
    const report = await poll(expressEntrySource, recordedFeed('2025-07-09'));
    expect(report.fault).toMatchObject({
      kind: 'storage-corrupted',
      reason: { code: 'database-error', name: 'UnknownError' },
    });
  });

  it('still reports the fault when even the source state cannot be written', async () => {
    vi.spyOn(db.sources, 'get').mockRejectedValue(new Dexie.QuotaExceededError('Quota exceeded'));
    vi.spyOn(db.sources, 'put').mockRejectedValue(new Dexie.QuotaExceededError('Quota exceeded'));
    const report = await poll(expressEntrySource, recordedFeed('2025-07-09'));
    expect(report).toMatchObject({ outcome: 'failed', fault: { kind: 'storage-full' } });
  });
});

describe('unreadable stored records', () => {
  it("are counted on the source, and replaced by the source's own copy without a notification", async () => {
    await poll(expressEntrySource, recordedFeed('2025-07-09'));
    await db.draws.update('ee:300', { date: 'garbage' });
    await db.draws.update('ee:301', { sequence: 'x' as unknown as number, invitations: undefined });
    const stale = recordedFeed('2025-07-09');
    roundOf(stale, '1').drawText2 = 'changed, so the body is read again';
    const report = await poll(expressEntrySource, stale);
    expect(report.fault).toBeNull();
    expect(report.newDrawIds).toEqual([]);
    expect((await db.draws.get('ee:300'))?.date).toBe('2024-07-04');
    expect((await db.sources.get('ircc-ee'))?.unreadableDraws).toBe(0);
    expect(await db.alerts.where('state').equals('pending').count()).toBe(0);

    const first = await db.draws.get('ee:1');
    if (!first) throw new Error('round 1 not stored');
    await db.draws.put({ ...first, id: 'ee:9999', number: '9999', date: 'garbage' });
    roundOf(stale, '1').drawText2 = 'changed again';
    await poll(expressEntrySource, stale);
    expect((await db.sources.get('ircc-ee'))?.unreadableDraws).toBe(1);
  });
});

describe('Manitoba: only its own site is fetched or linked', () => {
  const index = ownFixture('pnp', 'mb-index.html');
  const POST_273 = 'https://immigratemanitoba.com/2026/06/expression-of-interest-draw-273/';
  const posts = { [POST_273]: ownFixture('pnp', 'mb-draw-273.html') };
  const hostile = [
    'https://evil.example/2026/06/expression-of-interest-draw-274/',
    'https://immigratemanitoba.com.evil.example/2026/06/expression-of-interest-draw-275/',
    'https://immigratemanitoba.com@evil.example/2026/06/expression-of-interest-draw-276/',
    'https://immigratemanitoba.com:8443/2026/06/expression-of-interest-draw-277/',
    'javascript:alert(1)//expression-of-interest-draw-278/',
    'data:text/html,expression-of-interest-draw-279/',
  ];
  const withHostileLinks = index.replace(
    '<main id="main">',
    `<main id="main">${hostile.map((href) => `<h2><a href="${href}">Expression of Interest Draw</a></h2>`).join('')}`,
  );

  it('follows no link off immigratemanitoba.com, and stores only official links', async () => {
    clock = Date.parse('2026-06-20T12:00:00Z');
    const report = await poll(mbSource, withHostileLinks, posts);
    expect(report.fault).toBeNull();
    expect(requested).toContain(POST_273);
    expect(requested.every((url) => new URL(url).host === 'immigratemanitoba.com')).toBe(true);
    const draws = await db.draws.toArray();
    expect(new Set(draws.map((draw) => draw.number))).toEqual(new Set(['273']));
    expect(draws.every((draw) => draw.url === POST_273)).toBe(true);
  });
});
