import type { DrawAlertsDatabase } from '@/lib/db/database';
import { drawById, drawsByIds } from '@/lib/db/queries';
import { roundDetailsUrl } from '@/lib/draws/round-link';
import type { Translate } from '@/lib/i18n/catalog';
import type { alertsEn } from '@/lib/i18n/en/alerts';
import type { Profile } from '@/lib/profile/profile';
import { composeNotifications, drawIdsOfNotification, type NotificationText } from './notifications';

export interface NotificationsApi {
  create(
    id: string,
    options: { type: 'basic'; iconUrl: string; title: string; message: string },
  ): Promise<unknown>;
  clear(id: string): Promise<unknown>;
}

export interface BadgeApi {
  setBadgeText(details: { text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
  /** The tooltip, which says in words what the number means. */
  setTitle(details: { title: string }): Promise<void>;
}

/**
 * Shows the notifications recorded as pending, then marks them shown. Run after every poll and at
 * each service worker start: a worker stopped between the commit and this step shows them next
 * time, and a repeated create with the same id replaces the notification instead of adding one.
 */
export async function deliverPendingAlerts(deps: {
  db: DrawAlertsDatabase;
  profile: Profile;
  notifications: NotificationsApi;
  text: NotificationText;
  iconUrl: string;
}): Promise<number> {
  const { db } = deps;
  const pending = await db.alerts.where('state').equals('pending').primaryKeys();
  if (pending.length === 0) return 0;
  // A pending draw that is gone or cannot be read has nothing to show; the others are shown.
  const draws = await drawsByIds(db, pending);
  // Notifications switched off since the draw was weighed: it stays silent rather than surfacing later.
  const notes = deps.profile.notificationsEnabled ? composeNotifications(draws, deps.profile, deps.text) : [];
  if (!deps.profile.notificationsEnabled) {
    await db.alerts.where('drawId').anyOf(pending).modify({ state: 'silent' });
    return 0;
  }
  // Each notification is marked shown as soon as it is: a failure part-way repeats none of them.
  for (const note of notes) {
    await deps.notifications.create(note.id, {
      type: 'basic',
      iconUrl: deps.iconUrl,
      title: note.title,
      message: note.message,
    });
    await db.alerts.where('drawId').anyOf(note.drawIds).modify({ state: 'shown' });
  }
  // Pending alerts whose draw is no longer stored have nothing to show.
  await db.alerts
    .where('drawId')
    .anyOf(pending)
    .and((alert) => alert.state === 'pending')
    .modify({ state: 'silent' });
  return notes.length;
}

/** The toolbar badge: how many new draws that matter the user has not seen yet, and its tooltip. */
export async function refreshBadge(
  db: DrawAlertsDatabase,
  badge: BadgeApi,
  t: Translate<typeof alertsEn>,
): Promise<number> {
  const unseen = await db.alerts.where('unseen').equals(1).count();
  await badge.setBadgeBackgroundColor({ color: '#b3261e' });
  await badge.setBadgeText({ text: unseen === 0 ? '' : unseen > 99 ? '99+' : String(unseen) });
  await badge.setTitle({
    title: unseen === 0 ? t('badgeTitleNone') : t('badgeTitleUnseen', { count: unseen }),
  });
  return unseen;
}

/** Ids of the unseen new draws, then marks them seen (the popup shows which were new, once). */
export async function takeUnseen(db: DrawAlertsDatabase): Promise<string[]> {
  return db.transaction('rw', db.alerts, async () => {
    const ids = await db.alerts.where('unseen').equals(1).primaryKeys();
    await db.alerts.where('unseen').equals(1).modify({ unseen: 0 });
    return ids;
  });
}

/**
 * What a click on a notification opens: the round's details (the popup page on that round, with its
 * official link, verdict and pool), or the popup for a summary or a round no longer stored or
 * readable. Never the draw's stored link itself: the details show it only when it is official.
 */
export async function targetOfNotification(
  db: DrawAlertsDatabase,
  notificationId: string,
  popupUrl: string,
): Promise<string | null> {
  const ids = drawIdsOfNotification(notificationId);
  if (ids.length === 0) return null;
  if (ids.length > 1) return popupUrl;
  const draw = await drawById(db, ids[0] ?? '');
  return draw ? roundDetailsUrl(popupUrl, draw.id) : popupUrl;
}
