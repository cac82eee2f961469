import { type DrawAlertsDatabase, openDrawAlertsDatabase } from '@/lib/db/database';
import type { Language } from '@/lib/i18n/languages';
import { defaultProfile } from '@/lib/profile/profile';
import { parseExpressEntryFeed } from '@/lib/sources/express-entry/parse-feed';
import { sharedFixture } from '@/tests/support/fixtures';
import { createAlertService, notificationTextIn } from './alerts';

let db: DrawAlertsDatabase;

beforeEach(async () => {
  db = openDrawAlertsDatabase('alert-service-test');
  await db.delete();
  await db.open();
  const draws = parseExpressEntryFeed(sharedFixture('express-entry', '2025-07-24.json')).draws.slice(0, 2);
  await db.draws.bulkAdd(draws.map((draw) => ({ ...draw, firstSeenAt: 0, revisions: [] })));
  await db.alerts.bulkAdd(
    draws.map((draw) => ({ drawId: draw.id, decidedAt: 0, state: 'pending', unseen: 1 })),
  );
});
afterEach(() => db.close());

function service(create: (id: string) => Promise<unknown>, language: () => Language = () => 'en') {
  const badge: string[] = [];
  const titles: string[] = [];
  return {
    badge,
    titles,
    alerts: createAlertService({
      db,
      loadProfile: async () => defaultProfile(),
      notifications: { create: (id) => create(id), clear: async () => true },
      badge: {
        setBadgeText: async ({ text }) => {
          badge.push(text);
        },
        setBadgeBackgroundColor: async () => {},
        setTitle: async ({ title }) => {
          titles.push(title);
        },
      },
      text: async () => notificationTextIn(language()),
      iconUrl: 'icon.png',
      popupUrl: 'popup.html',
      openTab: async () => {},
    }),
  };
}

describe('the alert service', () => {
  it('words each delivery in the language chosen at that time', async () => {
    let language: Language = 'en';
    const { alerts, titles } = service(
      async () => {},
      () => language,
    );
    await alerts.deliver();
    expect(titles.at(-1)).toBe('Draw Alerts: 2 new draws you follow');
    language = 'fr';
    await alerts.deliver();
    expect(titles.at(-1)).toBe('Draw Alerts\u00a0: 2 nouveaux tirages que vous suivez');
  });

  it('shows pending alerts once when a worker start and a poll deliver at the same time', async () => {
    const shown: string[] = [];
    const { alerts, badge } = service(async (id) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      shown.push(id);
    });
    await Promise.all([alerts.deliver(), alerts.deliver(), alerts.deliver()]);
    expect(shown.sort()).toEqual(['draw:ee:356', 'draw:ee:357']);
    expect(badge.at(-1)).toBe('2');
  });

  it('still updates the badge when the browser refuses a notification, and tries again next time', async () => {
    let refuse = true;
    const shown: string[] = [];
    const { alerts, badge } = service(async (id) => {
      if (refuse) throw new Error('notifications are blocked');
      shown.push(id);
    });
    await expect(alerts.deliver()).rejects.toThrow('notifications are blocked');
    expect(badge.at(-1)).toBe('2');
    refuse = false;
    await alerts.deliver();
    expect(shown.sort()).toEqual(['draw:ee:356', 'draw:ee:357']);
  });

  it('does not show again the notifications shown before a failure part-way', async () => {
    let calls = 0;
    const shown: string[] = [];
    const { alerts } = service(async (id) => {
      calls += 1;
      if (calls === 2) throw new Error('notification quota');
      shown.push(id);
    });
    await expect(alerts.deliver()).rejects.toThrow('notification quota');
    await alerts.deliver();
    expect(shown).toEqual(['draw:ee:357', 'draw:ee:356']);
    expect(await db.alerts.where('state').equals('shown').count()).toBe(2);
  });
});
