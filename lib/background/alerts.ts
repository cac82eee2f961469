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
  return {
    async deliver(): Promise<void> {
      await deliverPendingAlerts({
        db: deps.db,
        profile: await deps.loadProfile(),
        notifications: deps.notifications,
        text: deps.text,
        iconUrl: deps.iconUrl,
      });
      await refreshBadge(deps.db, deps.badge);
    },

    async open(notificationId: string): Promise<void> {
      const url = await targetOfNotification(deps.db, notificationId, deps.popupUrl);
      await deps.notifications.clear(notificationId);
      if (url) await deps.openTab(url);
    },
  };
}
