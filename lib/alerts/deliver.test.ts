import { type DrawAlertsDatabase, openDrawAlertsDatabase } from '@/lib/db/database';
import { roundIdOf } from '@/lib/draws/round-link';
import { parseExpressEntryFeed } from '@/lib/sources/express-entry/parse-feed';
import { sharedFixture } from '@/tests/support/fixtures';
import { targetOfNotification } from './deliver';

let db: DrawAlertsDatabase;
const POPUP = 'chrome-extension://id/popup.html';

beforeEach(async () => {
  db = openDrawAlertsDatabase('deliver-test');
  await db.delete();
  await db.open();
  const draws = parseExpressEntryFeed(sharedFixture('express-entry', '2025-07-24.json')).draws.slice(0, 5);
  await db.draws.bulkAdd(draws.map((draw) => ({ ...draw, firstSeenAt: 0, revisions: [] })));
});
afterEach(() => db.close());

describe('what a notification click opens', () => {
  it('opens the details of the one draw it is about', async () => {
    const target = await targetOfNotification(db, 'draw:ee:357', POPUP);
    expect(target).toBe(`${POPUP}?round=ee%3A357`);
    expect(roundIdOf(new URL(target ?? '').search)).toBe('ee:357');
  });

  it('opens the popup for a summary of several draws', async () => {
    expect(await targetOfNotification(db, 'summary:ee:357|ee:356|ee:355|ee:354', POPUP)).toBe(POPUP);
  });

  it('falls back to the popup for a draw no longer stored, and ignores ids that are not ours', async () => {
    expect(await targetOfNotification(db, 'draw:ee:999', POPUP)).toBe(POPUP);
    expect(await targetOfNotification(db, 'someone-else', POPUP)).toBeNull();
  });
});
