import { deliverPendingAlerts, targetOfNotification } from '@/lib/alerts/deliver';
import { notificationTextIn } from '@/lib/background/alerts';
import { annotationTextIn, resolveAnnotations } from '@/lib/background/annotations';
import { defaultProfile } from '@/lib/profile/profile';
import { parseExpressEntryFeed } from '@/lib/sources/express-entry/parse-feed';
import { peSource } from '@/lib/sources/pnp/provinces/pe';
import { sharedFixture } from '@/tests/support/fixtures';
import { type DrawAlertsDatabase, openDrawAlertsDatabase, type StoredDraw } from './database';
import {
  drawById,
  drawsByIds,
  drawsFrom,
  drawsNumbered,
  drawsOfSource,
  latestDraws,
  latestDrawsOfSource,
} from './queries';
import { readStoredDraw } from './stored-draw';

const rounds: StoredDraw[] = parseExpressEntryFeed(
  sharedFixture('express-entry', '2025-07-24.json'),
).draws.map((draw) => ({ ...draw, firstSeenAt: 1, revisions: [] }));
const round = (number: string): StoredDraw => {
  const found = rounds.find((draw) => draw.number === number);
  if (!found) throw new Error(`no round ${number}`);
  return structuredClone(found);
};

/** A stored record as an older version or a broken disk could leave it. */
/** The popup page a notification click opens (an extension URL in the browser). */
const POPUP = 'chrome-extension://id/popup.html';

const broken = (draw: StoredDraw, change: Record<string, unknown>, drop: string[] = []): StoredDraw => {
  const record: Record<string, unknown> = { ...draw, ...change };
  for (const key of drop) delete record[key];
  return record as unknown as StoredDraw;
};

describe('readStoredDraw', () => {
  it('reads a sound record as it is', () => {
    expect(readStoredDraw(round('357'))).toEqual(round('357'));
  });

  it.each([
    ['a date of "garbage"', { date: 'garbage' }, []],
    ['a date that is no day', { date: '2026-02-30' }, []],
    ['no id', {}, ['id']],
    ['no date', {}, ['date']],
    ['an unknown system', { system: 'lottery' }, []],
    ['a sequence that is no number', { sequence: 'first' }, []],
    ['not an object at all', null, null],
  ])('cannot read a record with %s', (_name, change, drop) => {
    const record = change === null ? 'garbage' : broken(round('357'), change, drop ?? []);
    expect(readStoredDraw(record)).toBeNull();
  });

  it('repairs what it can: a missing count, score or scale reads "not published"', () => {
    const repaired = readStoredDraw(
      broken(round('357'), { scoreScale: 'bogus' }, ['invitations', 'minScore']),
    );
    expect(repaired).toMatchObject({ id: 'ee:357', invitations: null, minScore: null, scoreScale: 'none' });
  });

  it('drops a score off its scale (a year read as a CRS)', () => {
    expect(readStoredDraw(broken(round('357'), { minScore: 2016 }))?.minScore).toBeNull();
  });

  it("gives a provincial draw without province its source's province, and refuses one it cannot place", () => {
    const pe = {
      ...round('357'),
      id: 'pe:2026-06-18:labour',
      system: 'pnp',
      sourceId: 'pnp-pe',
      province: null,
    };
    expect(readStoredDraw(pe)?.province).toBe('PE');
    expect(readStoredDraw(broken(pe as StoredDraw, { province: 'XX' }))?.province).toBe('PE');
    expect(readStoredDraw({ ...pe, sourceId: 'pnp-zz' })).toBeNull();
  });

  it('never keeps a link off the official hosts: the official page stands in for it', () => {
    const hostile = readStoredDraw(broken(round('357'), { url: 'https://evil.example/round-357' }));
    expect(hostile?.url).toBe(round('357').url);
    const script = readStoredDraw(
      broken(
        { ...round('357'), system: 'pnp', sourceId: 'pnp-pe', province: 'PE' },
        { url: 'javascript:alert(1)' },
      ),
    );
    expect(script?.url).toBe(peSource.url);
  });

  it('keeps revisions that read, and drops a list that does not', () => {
    const revisions = [{ seenAt: 5, changes: [{ field: 'minScore', from: 518, to: 519 }] }];
    expect(readStoredDraw({ ...round('355'), revisions })?.revisions).toEqual(revisions);
    expect(readStoredDraw({ ...round('355'), revisions: [{ seenAt: 'x' }] })?.revisions).toEqual([]);
    expect(readStoredDraw(broken(round('355'), {}, ['revisions']))?.revisions).toEqual([]);
  });
});

describe('every reader of stored draws skips and counts what it cannot read', () => {
  let db: DrawAlertsDatabase;

  beforeEach(async () => {
    db = openDrawAlertsDatabase('stored-draw-test');
    await db.delete();
    await db.open();
    await db.draws.bulkAdd(rounds);
    await db.draws.bulkPut([
      // The newest round's record is broken: a garbage date, yet still in the date index.
      broken(round('357'), { date: 'garbage' }),
      broken(round('356'), {}, ['invitations']),
      broken(round('355'), {}, ['minScore']),
      broken(
        { ...round('354'), id: 'pe:2026-06-18:labour', system: 'pnp', sourceId: 'pnp-pe' },
        { province: undefined },
      ),
    ]);
  });
  afterEach(() => db.close());

  it('lists: the garbage record is left out, and the page still holds `limit` rows', async () => {
    const latest = await latestDraws(db, 'express-entry', 25);
    expect(latest).toHaveLength(25);
    expect(latest.map((draw) => draw.number).slice(0, 3)).toEqual(['356', '355', '354']);
    expect(latest[0]?.invitations).toBeNull();
    expect(latest[1]?.minScore).toBeNull();
    expect(await drawsOfSource(db, 'ircc-ee')).toMatchObject({ unreadable: 1 });
    expect(await drawsFrom(db, 'express-entry', '2015-01-01')).toHaveLength(rounds.length - 1);
    expect(await drawsNumbered(db, 'express-entry', '357')).toEqual([]);
    expect((await drawsNumbered(db, 'express-entry', '356'))[0]?.invitations).toBeNull();
  });

  it('titles a provincial draw without province by its source, not "provinceundefined"', async () => {
    const [pe] = await latestDrawsOfSource(db, 'pnp-pe', 5);
    expect(pe).toMatchObject({ id: 'pe:2026-06-18:labour', province: 'PE' });
  });

  it('delivers the pending alerts it can read: a missing count does not stop the others', async () => {
    await db.alerts.bulkAdd(
      ['ee:357', 'ee:356', 'ee:353'].map((drawId) => ({
        drawId,
        decidedAt: 1,
        state: 'pending' as const,
        unseen: 1 as const,
      })),
    );
    const shown: { id: string; title: string; message: string }[] = [];
    const count = await deliverPendingAlerts({
      db,
      profile: defaultProfile(),
      notifications: {
        create: async (id, options) => shown.push({ id, title: options.title, message: options.message }),
        clear: async () => true,
      },
      text: notificationTextIn('en'),
      iconUrl: 'icon.png',
    });
    expect(count).toBe(2);
    expect(shown.map((note) => note.id)).toEqual(['draw:ee:356', 'draw:ee:353']);
    expect(shown.every((note) => !note.message.includes('NaN') && !note.message.includes('undefined'))).toBe(
      true,
    );
    // The unreadable one has nothing to show: it is not left pending forever.
    expect(await db.alerts.where('state').equals('pending').count()).toBe(0);
  });

  it('opens a notification on the round’s details, never on the stored link, and the popup for an unreadable round', async () => {
    await db.draws.put(broken(round('353'), { url: 'https://evil.example/353' }));
    const target = await targetOfNotification(db, 'draw:ee:353', POPUP);
    expect(target).toBe(`${POPUP}?round=ee%3A353`);
    expect(target).not.toContain('evil');
    // The details read the round as repaired: its official link, not the planted one.
    expect((await drawById(db, 'ee:353'))?.url).toBe(round('353').url);
    expect(await targetOfNotification(db, 'draw:ee:357', POPUP)).toBe(POPUP);
  });

  it('reads by id the same way', async () => {
    expect(await drawById(db, 'ee:357')).toBeUndefined();
    expect((await drawsByIds(db, ['ee:357', 'ee:356', 'ee:999'])).map((draw) => draw.id)).toEqual(['ee:356']);
  });

  it("resolves an article's claims around a bad record instead of throwing for all of them", async () => {
    const answer = await resolveAnnotations(
      db,
      {
        language: 'en',
        published: null,
        claims: [
          { kind: 'express-entry', number: '357', figures: [], start: 0, end: 1 },
          { kind: 'express-entry', number: '353', figures: [], start: 2, end: 3 },
        ],
      },
      annotationTextIn('en'),
    );
    expect(answer.badges[0]).toBeNull();
    expect(answer.badges[1]).toMatchObject({ tone: 'ok', url: round('353').url });
  });
});
