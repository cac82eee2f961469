import { createPoller, ensurePollAlarm, POLL_ALARM, RETRY_ALARM } from '@/lib/background/poller';
import { db } from '@/lib/db/instance';
import { onMessage } from '@/lib/messaging/protocol';
import { DEFAULT_TIMEOUT_MS } from '@/lib/sources/fetch-policy';
import { allSources } from '@/lib/sources/registry';

const DEFAULT_INTERVAL_MINUTES = 30;

export default defineBackground(() => {
  const poller = createPoller({
    db,
    sources: allSources,
    policy: { fetch: (...args) => fetch(...args), timeoutMs: DEFAULT_TIMEOUT_MS },
    alarms: browser.alarms,
    now: Date.now,
    random: Math.random,
    intervalMinutes: async () => DEFAULT_INTERVAL_MINUTES,
  });

  // Listeners first, synchronously: an event that woke the worker is only delivered to them.
  browser.runtime.onInstalled.addListener(() => {
    void poller.run({ force: true });
  });
  browser.runtime.onStartup.addListener(() => {
    void poller.run({ force: true });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === POLL_ALARM || alarm.name === RETRY_ALARM) void poller.run({ force: false });
  });
  onMessage('checkNow', async () => ({ reports: await poller.run({ force: true }) }));

  void ensurePollAlarm(browser.alarms, DEFAULT_INTERVAL_MINUTES, Math.random);
});
