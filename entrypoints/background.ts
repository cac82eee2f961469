import { alertRecorder } from '@/lib/alerts/record';
import { createAlertService, notificationTextIn } from '@/lib/background/alerts';
import { setupAnnotationPages } from '@/lib/background/annotation-pages';
import { annotationTextIn, setupAnnotations } from '@/lib/background/annotations';
import { createPoller, POLL_ALARM } from '@/lib/background/poller';
import { restrictToTrustedContexts } from '@/lib/background/storage-access';
import { db } from '@/lib/db/instance';
import { refreshDigest } from '@/lib/history/digest';
import { watchUiLanguageSetting } from '@/lib/i18n/ui-language';
import { userLanguage } from '@/lib/i18n/user-language';
import { onMessage } from '@/lib/messaging/protocol';
import { isExtensionPage, SenderRefused } from '@/lib/messaging/senders';
import { loadProfile, PROFILE_STORAGE_KEY } from '@/lib/profile/storage';
import { DEFAULT_TIMEOUT_MS } from '@/lib/sources/fetch-policy';
import { allSources } from '@/lib/sources/registry';

export default defineBackground(() => {
  // The profile is in storage.local: no content script may read it (Chrome; Firefox has no such switch).
  void restrictToTrustedContexts(browser.storage.local).catch(() => undefined);
  const extensionBase = browser.runtime.getURL('/');
  const profile = () => loadProfile(browser.storage.local);
  const alerts = createAlertService({
    db,
    loadProfile: profile,
    notifications: browser.notifications,
    // Manifest V2 (Firefox) names the toolbar button browserAction.
    badge: browser.action ?? browser.browserAction,
    text: async () => notificationTextIn(await userLanguage()),
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    popupUrl: browser.runtime.getURL('/popup.html'),
    openTab: (url) => browser.tabs.create({ url }),
  });
  const poller = createPoller({
    db,
    sources: allSources,
    policy: { fetch: (...args) => fetch(...args), timeoutMs: DEFAULT_TIMEOUT_MS },
    alarms: browser.alarms,
    now: Date.now,
    random: Math.random,
    intervalMinutes: async () => (await profile()).checkIntervalMinutes,
    prepareNewDrawsHandler: async () => alertRecorder(db, await profile()),
    afterRun: async (reports) => {
      // The history page opened next (most likely to see a new round) finds its digest ready. Not
      // awaited: "Check now" answers when the draws are stored, not when the digest is.
      if (reports.some((report) => report.outcome === 'changed')) keepDigestCurrent();
      await alerts.deliver();
    },
    keepAlive: () => browser.runtime.getPlatformInfo(),
  });

  // The history page's digest, built again when stale; one build at a time (the next finds it current).
  let digestWork = Promise.resolve();
  function keepDigestCurrent() {
    digestWork = digestWork
      .then(() => refreshDigest(db, browser.runtime.getManifest().version))
      .catch((error: unknown) => {
        console.warn('Draw Alerts could not build the history digest; the history page builds it', error);
      });
  }

  // Listeners first, synchronously: an event that woke the worker is only delivered to them.
  browser.runtime.onInstalled.addListener(() => {
    // A digest stamped by the version before an update is not read by this one: built again now, not
    // while the user waits on the history page, even when the poll finds nothing new.
    void poller.run({ force: true }).finally(keepDigestCurrent);
  });
  browser.runtime.onStartup.addListener(() => {
    void poller.run({ force: true });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === POLL_ALARM) void poller.run({ force: false });
  });
  browser.notifications.onClicked.addListener((id) => {
    void alerts.open(id);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && PROFILE_STORAGE_KEY in changes) {
      void profile().then((saved) => poller.applyInterval(saved.checkIntervalMinutes));
    }
  });
  onMessage('checkNow', async ({ sender }) => {
    // The popup's button: a content script (a page) may not make every source be polled.
    if (!isExtensionPage(sender, browser.runtime.id, extensionBase)) throw new SenderRefused('checkNow');
    return { reports: await poller.run({ force: true }) };
  });
  // The badge's tooltip follows a change of language at once.
  watchUiLanguageSetting(() => void alerts.deliver());
  setupAnnotations({ db, text: annotationTextIn });
  setupAnnotationPages({
    area: browser.storage.local,
    extensionId: browser.runtime.id,
    extensionBase,
    browserLanguage: () => browser.i18n.getUILanguage(),
  });

  // Each start: notifications recorded but not shown by a worker that stopped, and the alarm.
  void alerts.deliver();
  void poller.ensureAlarm();
});
