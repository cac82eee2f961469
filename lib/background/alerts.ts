import {
  type BadgeApi,
  deliverPendingAlerts,
  type NotificationsApi,
  refreshBadge,
  targetOfNotification,
} from '@/lib/alerts/deliver';
import type { NotificationText } from '@/lib/alerts/notifications';
import type { DrawAlertsDatabase } from '@/lib/db/database';
import type { Profile } from '@/lib/profile/profile';

export interface AlertServiceDeps {
  db: DrawAlertsDatabase;
  loadProfile: () => Promise<Profile>;
  notifications: NotificationsApi;
  badge: BadgeApi;
  text: NotificationText;
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
    try {
      await deliverPendingAlerts({
        db: deps.db,
        profile: await deps.loadProfile(),
        notifications: deps.notifications,
        text: deps.text,
        iconUrl: deps.iconUrl,
      });
    } finally {
      await refreshBadge(deps.db, deps.badge);
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
