import type { Worker } from '@playwright/test';
import { sharedFixture } from '../support/fixtures';
import { englishLeftovers, expectAccessible, pageWords } from './support/a11y';
import { expect, letAMinutePass, test } from './support/extension';
import { FRENCH_SPEAKER_FSW_410 } from './support/profiles';

/** The extension API as the callbacks below see it, run inside the worker. */
declare const chrome: {
  notifications: { getAll(): Promise<Record<string, unknown>> };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
  };
};

const FEED_URL = 'https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json';
const feed = (copy: string) => ({
  body: sharedFixture('express-entry', `${copy}.json`),
  headers: { 'Content-Type': 'application/json' },
});
const notifications = (worker: Worker) => worker.evaluate(() => chrome.notifications.getAll());

test('where I stand: verdicts that know who could enter, round details, the pool line', async ({
  hosts,
  launch,
}) => {
  hosts.serve(FEED_URL, feed('2025-07-09'));
  const extension = await launch();
  const worker = await extension.serviceWorker();
  const first = await extension.openPopup();
  await expect(first.locator('table.draws tbody tr').first()).toContainText('#355');
  await first.close();

  // The profile, saved through the options page: CEC, CRS 480, no nomination, only rounds I clear.
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  await options.getByLabel('My CRS score (Express Entry)').fill('480');
  await options
    .getByRole('group', { name: 'Programs I am eligible for' })
    .getByLabel('Canadian Experience Class')
    .check();
  await options
    .getByRole('group', { name: 'I hold a provincial or territorial nomination' })
    .getByLabel('No', { exact: true })
    .check();
  await options
    .getByLabel('Only alert me for rounds open to me whose cut-off is at or below my score')
    .check();
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('status')).toHaveText('Saved.');
  expect((await worker.evaluate(() => chrome.storage.local.get('profile'))).profile).toMatchObject({
    version: 2,
    crsScore: 480,
    eligiblePrograms: ['cec'],
    provincialNomination: false,
    frenchNclc7: null,
    occupationCategories: null,
    onlyWhenCutOffAtOrBelowMyScore: true,
  });
  await options.close();

  // Two new rounds: #356 for provincial nominees (788), #357 for healthcare occupations (475).
  hosts.serve(FEED_URL, feed('2025-07-24'));
  const popup = await extension.openPopup();
  // The extension never asks a source twice within a minute, not even on Check now.
  await letAMinutePass(popup);
  await popup.getByRole('button', { name: 'Check now' }).click();
  const row = (number: string) => popup.locator('table.draws tbody tr', { hasText: `#${number}` }).first();
  await expect(row('357')).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Check now' })).toBeEnabled();

  // The PNP round was not open to this user: never notified, never "points short". #357 is: 480
  // clears its 475, and the profile does not say the user is outside its occupations.
  await expect.poll(async () => Object.keys(await notifications(worker)).sort()).toEqual(['draw:ee:357']);

  await expect(row('356').locator('.score-note')).toHaveText('not open to you (provincial nominees only)');
  await expect(row('354').locator('.score-note')).toHaveText('not open to you (provincial nominees only)');
  await expect(row('355').locator('.score-note')).toHaveText('open to you: 38 points short');
  const pnpRows = popup.locator('table.draws tbody tr', { hasText: 'Provincial Nominee Program' });
  expect(await pnpRows.count()).toBeGreaterThan(3);
  for (const note of await pnpRows.locator('.score-note').all()) {
    await expect(note).toHaveText('not open to you (provincial nominees only)');
  }

  // The pool line: the newest distribution (July 20, 2025) against 480.
  await expect(popup.locator('.pool-line')).toHaveText(
    'As of Jul 20, 2025: about 50,800 of 256,914 profiles score at or above your 480 (an estimate by band).',
  );
  await expect(popup.locator('.pool-standing svg[role="img"]')).toBeVisible();

  // Round details open from the keyboard: tie-breaking rule, programs, verdict, distribution, link.
  const toggle = row('355').locator('button.row-toggle');
  await toggle.focus();
  await popup.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const details = popup.locator('[data-details-for="ee:355"]');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(
    'Express Entry round #355 · Canadian Experience Class',
  );
  await expect(details).toContainText('Tie-breaking rule');
  await expect(details).toContainText('Oct 2, 2024');
  await expect(details).toContainText('Canadian Experience Class candidates only');
  await expect(details).toContainText('Open to you: 38 points short');
  await expect(details).toContainText('CRS distribution of the pool on Jul 6, 2025');
  await expect(details.getByRole('img')).toHaveAttribute(
    'aria-label',
    'CRS distribution of the 256,224 profiles in the pool on Jul 6, 2025, your 480',
  );
  await details.getByText('The distribution as a table').click();
  await expect(details.getByRole('table')).toContainText('471–480');
  await expect(
    details.getByRole('link', { name: 'Official page of this round (canada.ca)' }),
  ).toHaveAttribute('href', /^https:\/\/www\.canada\.ca\/en\/.*invitations\.html\?q=355$/);
  // With the details and the short profile open, the popup is still accessible (axe, WCAG A/AA).
  await popup.getByRole('button', { name: 'Edit' }).click();
  await expect(popup.getByRole('group', { name: 'Programs I am eligible for' })).toBeVisible();
  await expectAccessible(popup, 'popup with round details and the short profile open');
  // A click closes them again.
  await toggle.click();
  await expect(details).toHaveCount(0);

  // A notification's round opens on its details (the page a notification click opens).
  const fromNotification = await extension.context.newPage();
  await fromNotification.goto(`chrome-extension://${extension.extensionId}/popup.html?round=ee%3A356`);
  const focused = fromNotification.locator('#focused-round');
  await expect(focused.getByRole('heading', { level: 2 })).toHaveText(
    'Express Entry round #356 · Provincial Nominee Program',
  );
  await expect(focused).toContainText('Not open to you (provincial nominees only)');
  await expect(focused).toContainText('Tie-breaking rule');
  await expect(focused).not.toContainText('points short');
});

test('en français : verdicts, détails de ronde et place dans le bassin, accessibles', async ({
  hosts,
  launch,
}) => {
  hosts.serve(FEED_URL, feed('2026-08-05'));
  const extension = await launch({ lang: 'fr' });
  const worker = await extension.serviceWorker();
  // A French speaker eligible under FSW, CRS 410 (the options page is tested above, in English).
  await worker.evaluate((profile) => chrome.storage.local.set({ profile }), FRENCH_SPEAKER_FSW_410);
  const popup = await extension.openPopup();
  const row = (number: string) => popup.locator('table.draws tbody tr', { hasText: `#${number}` }).first();
  await expect(row('429').locator('.score-note')).toHaveText(
    'vous y étiez admissible : votre note aurait suffi (410 ≥ 399)',
  );
  await expect(row('431').locator('.score-note')).toHaveText(
    'vous n’y étiez pas admissible (candidats des provinces seulement)',
  );
  await expect(row('432').locator('.score-note')).toHaveText('vous n’y étiez pas admissible (CEC seulement)');
  await expect(popup.locator('.pool-line')).toContainText('Au 3 août 2026 : environ');
  const toggle = row('429').locator('button.row-toggle');
  await toggle.focus();
  await popup.keyboard.press('Enter');
  const details = popup.locator('[data-details-for="ee:429"]');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(
    'Ronde d’invitations nº 429 d’Entrée express · Compétence linguistique en français 2026-Version 2',
  );
  await expect(details).toContainText('Règle de départage');
  await expect(details).toContainText('Programmes visés');
  await expect(details).toContainText(
    'Répartition des notes du SCG des candidats dans le bassin au 19 juill. 2026',
  );
  await expectAccessible(popup, 'popup in French with round details open');
  expect(englishLeftovers(await pageWords(popup))).toEqual([]);
});
