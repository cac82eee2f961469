import { sharedFixture } from '../support/fixtures';
import { expect, letAMinutePass, test } from './support/extension';

const FEED_URL = 'https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json';
const feed = (copy: string) => sharedFixture('express-entry', `${copy}.json`);

test('the popup lists the real feed, picks up new rounds on Check now, and keeps them when the feed breaks', async ({
  hosts,
  launch,
}) => {
  hosts.serve(FEED_URL, {
    body: feed('2025-07-09'),
    headers: { 'Content-Type': 'application/json', ETag: '"a"' },
  });
  const extension = await launch();
  const popup = await extension.openPopup();

  const firstRow = popup.locator('table.draws tbody tr').first();
  await expect(firstRow).toContainText('#355');
  await expect(firstRow).toContainText('Canadian Experience Class');
  await expect(firstRow).toContainText('3,000');
  await expect(firstRow).toContainText('518');
  await expect(firstRow).toContainText('Jul 8, 2025');
  await expect(firstRow.getByRole('link', { name: '#355' })).toHaveAttribute(
    'href',
    'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-rounds/invitations.html?q=355',
  );
  await expect(popup.getByText(/Express Entry \(IRCC\): checked/)).toBeVisible();

  // A later recorded copy: Check now brings in its two new rounds.
  hosts.serve(FEED_URL, {
    body: feed('2025-07-24'),
    headers: { 'Content-Type': 'application/json', ETag: '"b"' },
  });
  await letAMinutePass(popup);
  await popup.getByRole('button', { name: 'Check now' }).click();
  await expect(firstRow).toContainText('#357');
  await expect(firstRow).toContainText('Healthcare and social services occupations (Version 2)');
  await expect(firstRow).toContainText('4,000');
  await expect(firstRow).toContainText('475');
  await expect(popup.locator('table.draws tbody tr').nth(1)).toContainText('#356');
  await expect(popup.getByRole('button', { name: 'Check now' })).toBeEnabled();
  const feedRequests = hosts.requests.filter((request) => request.url === FEED_URL);
  expect(feedRequests.at(-1)?.headers['if-none-match']).toBe('"a"');

  // A CDN error page instead of the feed: the failure is shown, every stored round stays.
  hosts.serve(FEED_URL, { body: '<!DOCTYPE html><html><body>Service unavailable</body></html>' });
  await letAMinutePass(popup);
  await popup.getByRole('button', { name: 'Check now' }).click();
  const alert = popup.getByRole('alert');
  await expect(alert).toContainText('Express Entry (IRCC) is failing since');
  await expect(alert).toContainText('an error page instead of its data');
  await expect(firstRow).toContainText('#357');
  const stored = await extension.serviceWorker().then((worker) =>
    worker.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('draw-alerts');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const count = open.result.transaction('draws').objectStore('draws').count();
            count.onsuccess = () => resolve(count.result);
          };
        }),
    ),
  );
  expect(stored).toBe(358);
});
