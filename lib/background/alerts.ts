import {
  type BadgeApi,
  deliverPendingAlerts,
  type NotificationsApi,
  refreshBadge,
  targetOfNotification,
} from '@/lib/alerts/deliver';
import { createAlertFormatter } from '@/lib/alerts/format';
import type { NotificationText } from '@/lib/alerts/notifications';
import type { DrawAlertsDatabase } from '@/lib/db/database';
import { translatorFor } from '@/lib/i18n/catalogs';
import { type Language, LOCALES } from '@/lib/i18n/languages';
import type { Profile } from '@/lib/profile/profile';

/** Notification and badge wording in one language. */
export function notificationTextIn(language: Language): NotificationText {
  return { t: translatorFor(language).t, format: createAlertFormatter(LOCALES[language]) };
}

export interface AlertServiceDeps {
  db: DrawAlertsDatabase;
  loadProfile: () => Promise<Profile>;
  notifications: NotificationsApi;
  badge: BadgeApi;
  /** Words and formats in the user's language, read at each delivery (the setting may change). */
  text: () => Promise<NotificationText>;
  iconUrl: string;
  popupUrl: string;
  openTab: (url: string) => Promise<unknown>;
}

/** Showing what the polls recorded: notifications, the badge, and what a click opens. */
export function createAlertService(deps: AlertServiceDeps) {
  // One delivery at a time: two at once (worker start and a poll's end) would read the same
  // pending alerts and show them twice.
  let queue: Promise<void> = Promise.resolve();

  async function deliverOnce(): Promise<void> {
    const text = await deps.text();
    try {
      await deliverPendingAlerts({
        db: deps.db,
        profile: await deps.loadProfile(),
        notifications: deps.notifications,
        text,
        iconUrl: deps.iconUrl,
      });
    } finally {
      await refreshBadge(deps.db, deps.badge, text.t);
    }
  }

  return {
    deliver(): Promise<void> {
      const run = queue.then(deliverOnce, deliverOnce);
      queue = run.catch(() => undefined);
      return run;
    },

    async open(notificationId: string): Promise<void> {
      const url = await targetOfNotification(deps.db, notificationId, deps.popupUrl);
      await deps.notifications.clear(notificationId);
      if (url) await deps.openTab(url);
    },
  };
}
