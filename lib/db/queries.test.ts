import { parseExpressEntryFeed } from '@/lib/sources/express-entry/parse-feed';
import { sharedFixture } from '@/tests/support/fixtures';
import { type DrawAlertsDatabase, openDrawAlertsDatabase } from './database';
import { drawsOfSource, latestDraws, latestDrawsOfCategory, latestDrawsOfSource } from './queries';

let db: DrawAlertsDatabase;

beforeEach(async () => {
  db = openDrawAlertsDatabase('queries-test');
  await db.delete();
  await db.open();
  const draws = parseExpressEntryFeed(sharedFixture('express-entry', '2024-04-06.json')).draws;
  await db.draws.bulkAdd(draws.map((draw) => ({ ...draw, firstSeenAt: 0, revisions: [] })));
  const [newest] = draws;
  if (!newest) throw new Error('the recorded feed has no rounds');
  await db.draws.add({
    ...newest,
    id: 'pe:2026-06-18:labour',
    system: 'pnp',
    sourceId: 'pnp-pe',
    firstSeenAt: 0,
    revisions: [],
  });
});
afterEach(() => db.close());

describe('draw queries', () => {
  it('lists the latest rounds of a system newest first, same-day rounds by number', async () => {
    const latest = await latestDraws(db, 'express-entry', 3);
    expect(latest.map((draw) => draw.number)).toEqual(['291', '290', '289']);
    const all = await latestDraws(db, 'express-entry', 1000);
    expect(all).toHaveLength(292);
    const may30 = all.filter((draw) => draw.date === '2018-05-30').map((draw) => draw.number);
    expect(may30).toEqual(['91b', '91a']);
  });

  it('filters by category and by source', async () => {
    const french = await latestDrawsOfCategory(db, 'express-entry', 'french', 50);
    expect(french.length).toBe(9);
    expect(french.every((draw) => draw.category === 'french')).toBe(true);
    expect(french[0]?.number).toBe('291');
    expect((await latestDrawsOfSource(db, 'pnp-pe', 10)).map((draw) => draw.id)).toEqual([
      'pe:2026-06-18:labour',
    ]);
    expect(await drawsOfSource(db, 'ircc-ee')).toMatchObject({ draws: { length: 292 }, unreadable: 0 });
  });
});
