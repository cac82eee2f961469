import { launchWithExtension } from '../e2e/support/extension';
import { OfficialHosts } from '../e2e/support/official-hosts';
import { sharedFixture } from '../support/fixtures';

const FEED_URL = 'https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json';

/** The 2025-07-24 copy plus later rounds in the same format, so that 400+ rounds are stored. */
export function feedWithExtraRounds(extra: number): string {
  const feed = JSON.parse(sharedFixture('express-entry', '2025-07-24.json'));
  const template = feed.rounds[0];
  const added = Array.from({ length: extra }, (_, i) => {
    const number = String(358 + i);
    const day = new Date(Date.UTC(2025, 7, 1 + i)).toISOString().slice(0, 10);
    return {
      ...template,
      drawNumber: number,
      drawNumberURL: template.drawNumberURL
        .replaceAll('q=357', `q=${number}`)
        .replace('>357<', `>${number}<`),
      drawDate: day,
      drawSize: '1,000',
      drawCRS: String(450 + (i % 50)),
    };
  });
  feed.rounds = [...added.reverse(), ...feed.rounds];
  return JSON.stringify(feed);
}

/** Opens the real popup repeatedly and times navigation start → first row painted. */
export async function measurePopup(options: { executablePath: string; runs: number }) {
  const hosts = await OfficialHosts.start();
  hosts.serve(FEED_URL, { body: feedWithExtraRounds(62), headers: { 'Content-Type': 'application/json' } });
  const context = await launchWithExtension(hosts);
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = worker.url().split('/')[2];
    const stored = async () =>
      worker.evaluate(
        () =>
          new Promise<number>((done) => {
            const open = indexedDB.open('draw-alerts');
            open.onsuccess = () => {
              if (!open.result.objectStoreNames.contains('draws')) return done(0);
              const count = open.result.transaction('draws').objectStore('draws').count();
              count.onsuccess = () => done(count.result);
            };
            open.onerror = () => done(0);
          }),
      );
    const deadline = Date.now() + 30_000;
    while ((await stored()) < 400 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    const samples: number[] = [];
    for (let run = 0; run < options.runs + 1; run++) {
      const page = await context.newPage();
      await page.addInitScript(() => {
        const observer = new MutationObserver(() => {
          if (document.querySelector('table.draws tbody tr')) {
            observer.disconnect();
            // The frame after the rows are in the DOM is when they are painted.
            requestAnimationFrame(() =>
              setTimeout(() => {
                (window as unknown as { firstRowsAt: number }).firstRowsAt = performance.now();
              }, 0),
            );
          }
        });
        observer.observe(document, { childList: true, subtree: true });
      });
      await page.goto(`chrome-extension://${id}/popup.html`);
      await page.waitForFunction(
        () => (window as unknown as { firstRowsAt?: number }).firstRowsAt !== undefined,
      );
      const at = await page.evaluate(() => (window as unknown as { firstRowsAt: number }).firstRowsAt);
      // The first open warms the browser's caches; it is not counted.
      if (run > 0) samples.push(at);
      await page.close();
    }
    return { stored: await stored(), samples };
  } finally {
    await context.close();
    await hosts.stop();
  }
}
