import { notificationTextIn } from '@/lib/background/alerts';
import { type DrawAlertsDatabase, openDrawAlertsDatabase } from '@/lib/db/database';
import { defaultProfile, type Profile } from '@/lib/profile/profile';
import { expressEntrySource } from '@/lib/sources/express-entry/source';
import { pollSource } from '@/lib/sources/poll';
import { sharedFixture } from '@/tests/support/fixtures';
import { deliverPendingAlerts, refreshBadge, takeUnseen } from './deliver';
import { alertRecorder } from './record';

const feed = (copy: string) => sharedFixture('express-entry', `${copy}.json`);
const text = notificationTextIn('en');

let db: DrawAlertsDatabase;
let clock = Date.parse('2025-07-09T15:00:00Z');

beforeEach(async () => {
  db = openDrawAlertsDatabase('alerts-test');
  await db.delete();
  await db.open();
});
afterEach(() => db.close());

function recordingApis() {
  const shown: { id: string; title: string; message: string }[] = [];
  const badge: string[] = [];
  const titles: string[] = [];
  return {
    shown,
    badge,
    titles,
    notifications: {
      create: async (id: string, options: { title: string; message: string }) => {
        shown.push({ id, title: options.title, message: options.message });
      },
      clear: async () => true,
    },
    action: {
      setBadgeText: async ({ text }: { text: string }) => {
        badge.push(text);
      },
      setBadgeBackgroundColor: async () => {},
      setTitle: async ({ title }: { title: string }) => {
        titles.push(title);
      },
    },
  };
}

async function poll(body: string, profile: Profile) {
  clock += 3_600_000;
  return pollSource(expressEntrySource, {
    db,
    policy: { fetch: (async () => new Response(body)) as unknown as typeof fetch, timeoutMs: 1000 },
    now: () => clock,
    random: () => 0.5,
    intervalMs: 1_800_000,
    onNewDraws: alertRecorder(db, profile),
  });
}

async function deliver(profile: Profile, apis: ReturnType<typeof recordingApis>) {
  const count = await deliverPendingAlerts({
    db,
    profile,
    notifications: apis.notifications,
    text,
    iconUrl: 'icon.png',
  });
  await refreshBadge(db, apis.action, text.t);
  return count;
}

describe('alerts recorded with the draws', () => {
  it('stores the whole history silently on the first sync: no notification, no badge', async () => {
    const apis = recordingApis();
    await poll(feed('2025-07-09'), defaultProfile());
    expect(await deliver(defaultProfile(), apis)).toBe(0);
    expect(apis.shown).toEqual([]);
    expect(apis.badge.at(-1)).toBe('');
    expect(await db.alerts.count()).toBe(356);
  });

  it('notifies the new rounds that match, once, with the score verdict', async () => {
    const apis = recordingApis();
    const profile: Profile = { ...defaultProfile(), crsScore: 480, occupationCategories: ['healthcare'] };
    await poll(feed('2025-07-09'), profile);
    await poll(feed('2025-07-24'), profile);
    expect(await deliver(profile, apis)).toBe(2);
    expect(apis.shown.map((note) => note.id)).toEqual(['draw:ee:357', 'draw:ee:356']);
    expect(apis.shown[0]?.title).toBe('Express Entry #357 · Healthcare and social services occupations');
    expect(apis.shown[0]?.message).toMatch(/^4,000 invitations · minimum CRS 475 · Jul\.? 22, 2025/i);
    expect(apis.shown[0]?.message).toMatch(/Open to you: would have been invited \(480 ≥ 475\)/);
    // #356 is for provincial nominees: the profile does not say whether the user is one.
    expect(apis.shown[1]?.message).toMatch(/Set your provincial nomination to see whether/);
    expect(apis.badge.at(-1)).toBe('2');

    // A restarted worker delivers again: nothing is pending, nothing repeats.
    expect(await deliver(profile, apis)).toBe(0);
    // The same feed again, and again after a failure, changes nothing.
    await poll(feed('2025-07-24'), profile);
    await poll('<html>error</html>', profile);
    await poll(feed('2025-07-24'), profile);
    expect(await deliver(profile, apis)).toBe(0);
    expect(apis.shown).toHaveLength(2);
  });

  it('does not notify a round again when the feed drops it and lists it again', async () => {
    const apis = recordingApis();
    const withoutNewest = JSON.parse(feed('2025-07-24'));
    withoutNewest.rounds.shift();
    await poll(feed('2025-07-09'), defaultProfile());
    await poll(feed('2025-07-24'), defaultProfile());
    await deliver(defaultProfile(), apis);
    await poll(JSON.stringify(withoutNewest), defaultProfile());
    await poll(feed('2025-07-24'), defaultProfile());
    await deliver(defaultProfile(), apis);
    expect(apis.shown.map((note) => note.id).sort()).toEqual(['draw:ee:356', 'draw:ee:357']);
  });

  it('follows only the chosen categories', async () => {
    const apis = recordingApis();
    const pnpOnly: Profile = { ...defaultProfile(), followedCategories: ['pnp'] };
    await poll(feed('2025-07-09'), pnpOnly);
    await poll(feed('2025-07-24'), pnpOnly);
    // 356 is a Provincial Nominee Program round, 357 a healthcare one.
    expect(await deliver(pnpOnly, apis)).toBe(1);
    expect(apis.shown[0]?.id).toBe('draw:ee:356');
    expect(apis.badge.at(-1)).toBe('1');
    expect(apis.titles.at(-1)).toBe('Draw Alerts: 1 new draw you follow');
    expect(await takeUnseen(db)).toEqual(['ee:356']);
    await refreshBadge(db, apis.action, text.t);
    expect(apis.badge.at(-1)).toBe('');
    expect(apis.titles.at(-1)).toBe('Draw Alerts: no new draw');
  });

  it('with "only at or below my score", alerts only the rounds the score clears', async () => {
    const apis = recordingApis();
    const strict: Profile = {
      ...defaultProfile(),
      crsScore: 476,
      occupationCategories: ['healthcare'],
      onlyWhenCutOffAtOrBelowMyScore: true,
    };
    await poll(feed('2025-07-09'), strict);
    await poll(feed('2025-07-24'), strict);
    // 357's cut-off is 475 (cleared by 476); 356, a PNP round, needed far more.
    expect(await deliver(strict, apis)).toBe(1);
    expect(apis.shown[0]?.id).toBe('draw:ee:357');
    expect(apis.shown[0]?.message).toMatch(/would have been invited \(476 ≥ 475\)/);
  });

  it('with "only at or below my score", never alerts a round the user could not enter', async () => {
    const apis = recordingApis();
    // A nominee's 788 is cleared by this score, but #356 was for nominees only; #357 for healthcare.
    const cecOnly: Profile = {
      ...defaultProfile(),
      crsScore: 800,
      eligiblePrograms: ['cec'],
      provincialNomination: false,
      occupationCategories: [],
      onlyWhenCutOffAtOrBelowMyScore: true,
    };
    await poll(feed('2025-07-09'), cecOnly);
    await poll(feed('2025-07-24'), cecOnly);
    expect(await deliver(cecOnly, apis)).toBe(0);
    expect(apis.badge.at(-1)).toBe('');
    // A nominee with the same score hears of #356.
    const nominee: Profile = { ...cecOnly, provincialNomination: true };
    await db.delete();
    await db.open();
    await poll(feed('2025-07-09'), nominee);
    await poll(feed('2025-07-24'), nominee);
    expect(await deliver(nominee, apis)).toBe(1);
    expect(apis.shown.at(-1)?.id).toBe('draw:ee:356');
    expect(apis.shown.at(-1)?.message).toMatch(/Open to you: would have been invited \(800 ≥ 788\)/);
  });

  it('keeps a new round silent when notifications are off, but still counts it as unseen', async () => {
    const apis = recordingApis();
    const quiet: Profile = { ...defaultProfile(), notificationsEnabled: false };
    await poll(feed('2025-07-09'), quiet);
    await poll(feed('2025-07-24'), quiet);
    expect(await deliver(quiet, apis)).toBe(0);
    expect(apis.badge.at(-1)).toBe('2');
    // Turning notifications on later brings no late alert for rounds already weighed.
    expect(await deliver(defaultProfile(), apis)).toBe(0);
  });

  it('sums up more than three new rounds in one notification', async () => {
    const apis = recordingApis();
    const older = JSON.parse(feed('2025-07-24'));
    older.rounds = older.rounds.slice(5);
    await poll(JSON.stringify(older), defaultProfile());
    await poll(feed('2025-07-24'), defaultProfile());
    expect(await deliver(defaultProfile(), apis)).toBe(1);
    expect(apis.shown[0]?.title).toBe('5 new draws');
    expect(apis.shown[0]?.id).toMatch(/^summary:/);
    expect(apis.badge.at(-1)).toBe('5');
  });
});
