import type { Page } from '@playwright/test';
import { HISTORY_PAGE } from '../../lib/history/page';
import { CATALOGS } from '../../lib/i18n/catalogs';
import { sharedFixture } from '../support/fixtures';
import { englishLeftovers, expectAccessible, pageWords } from './support/a11y';
import { expect, type LaunchedExtension, test } from './support/extension';

const FEED_URL = 'https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json';
const ARTICLE_URL = 'https://www.cicnews.com/2023/01/express-entry-draw-238-0101.html';
const html = { 'Content-Type': 'text/html; charset=utf-8' };

/**
 * The recorded 2026-08-05 feed, with one round of our own on top in the feed's real shape: a
 * French-language round of 5,000 invitations on 2026-08-07 (dates and numbers with a French form).
 */
function feedWithAugustSeventh(): string {
  const feed = JSON.parse(sharedFixture('express-entry', '2026-08-05.json')) as {
    rounds: Record<string, string>[];
  };
  const newest = feed.rounds[0] ?? {};
  const url = (text = '') => text.replaceAll('q=432', 'q=434');
  feed.rounds.unshift({
    ...newest,
    drawNumber: '434',
    drawNumberURL: url(newest.drawNumberURL),
    drawDate: '2026-08-07',
    drawDateFull: 'August 7, 2026',
    drawName: 'French-Language proficiency 2026-Version 2',
    drawSize: '5,000',
    drawCRS: '399',
    mitext: url(newest.mitext),
    drawDateTime: 'August 07, 2026 at 14:02:11 UTC',
    drawCutOff: 'July 30, 2026 at 09:12:40 UTC',
  });
  return JSON.stringify(feed);
}

function articlePage(lang: string | null): string {
  return `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head><meta charset="utf-8"><title>Express Entry draw 238</title>
<meta property="article:published_time" content="2023-01-19T15:00:00+00:00"></head><body>
<main><article><h1>Express Entry draw 238</h1>${sharedFixture('articles', 'immigrationcoach-express-entry-draw-238.html')}</article></main>
</body></html>`;
}

const spaced = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** The one extension API read here, inside the service worker. */
declare const chrome: { action: { getTitle(details: object): Promise<string> } };

async function openPopupWithDraws(extension: LaunchedExtension): Promise<Page> {
  const popup = await extension.openPopup();
  await expect(popup.locator('table.draws tbody tr')).toHaveCount(25, { timeout: 30_000 });
  return popup;
}

for (const lang of ['en', 'fr'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${lang}, ${colorScheme}: popup (both tabs), options, history and an annotated article are legible, accessible and in ${lang}`, async ({
      hosts,
      launch,
    }) => {
      hosts.serve(FEED_URL, {
        body: feedWithAugustSeventh(),
        headers: { 'Content-Type': 'application/json' },
      });
      // No lang on the page: the badges speak the reader's language.
      hosts.serve(ARTICLE_URL, { body: articlePage(lang === 'en' ? 'en' : null), headers: html });
      const extension = await launch({ lang, colorScheme });
      const t = CATALOGS[lang];
      const checked: string[] = [];
      const leftovers = async (page: Page, what: string, only?: string) => {
        checked.push(what);
        const words = await pageWords(page, only);
        expect(words.length).toBeGreaterThan(20);
        if (lang === 'fr') expect(englishLeftovers(words), `English on ${what}`).toEqual([]);
      };

      const popup = await openPopupWithDraws(extension);
      await expect(popup.locator('html')).toHaveAttribute('lang', lang === 'fr' ? 'fr-CA' : 'en-CA');
      // Chromium's body { font-size: 75% } for extension pages does not shrink the table.
      const cellSize = await popup
        .locator('table.draws tbody td')
        .first()
        .evaluate((cell) => getComputedStyle(cell).fontSize);
      expect(cellSize).toBe('13px');
      const newest = popup.locator('table.draws tbody tr').first();
      await expect(newest.getByRole('rowheader')).toHaveText('#434');
      const category = newest.locator('.category');
      await expect(category.locator('[aria-hidden="true"]')).toHaveText(t.categoryShortFrench);
      if (lang === 'fr') {
        // IRCC's own French name, French numbers and dates.
        await expect(category).toHaveAttribute('title', 'Compétence linguistique en français 2026-Version 2');
        expect(spaced(await newest.textContent())).toContain('5 000');
        expect(spaced(await newest.textContent())).toContain('7 août 2026');
        await expect(popup.locator('tr[data-draw-id="ee:432"] .category')).toHaveAttribute(
          'title',
          'Catégorie de l’expérience canadienne',
        );
      } else {
        await expect(category).toHaveAttribute('title', 'French-Language proficiency 2026-Version 2');
        await expect(newest).toContainText('5,000');
        await expect(newest).toContainText('Aug 7, 2026');
      }
      await expectAccessible(popup, `the popup's Express Entry tab (${lang}, ${colorScheme})`);
      await leftovers(popup, 'the Express Entry tab');

      await popup.getByRole('tab', { name: t.provincesTab }).click();
      await expect(popup.getByRole('heading', { name: t.provinceHealthHeading })).toBeVisible();
      await expectAccessible(popup, `the popup's Provinces tab (${lang}, ${colorScheme})`);
      await leftovers(popup, 'the Provinces tab');

      const options = await extension.context.newPage();
      await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
      await expect(options.getByRole('heading', { level: 1 })).toHaveText(t.optionsTitle);
      await expectAccessible(options, `the options page (${lang}, ${colorScheme})`);
      await leftovers(options, 'the options page');

      // The history page: filters, charts with their text equivalents, the table of every round.
      const history = await extension.context.newPage();
      await history.goto(`chrome-extension://${extension.extensionId}/${HISTORY_PAGE}?year=2026`);
      await expect(history.getByRole('heading', { level: 1 })).toHaveText(t.historyTitle);
      await expect(history.locator('#chart-crs canvas')).toHaveCount(1);
      await expect(history.locator('table.history-table tbody tr').first()).toContainText('#434');
      await expectAccessible(history, `the history page (${lang}, ${colorScheme})`);
      await leftovers(history, 'the history page');

      const article = await extension.context.newPage();
      await article.goto(ARTICLE_URL);
      await expect(article.locator('[data-draw-alerts="badge"]').first()).toBeVisible({ timeout: 20_000 });
      const badge = article.locator('[data-draw-alerts="badge"] button').first();
      await expect(badge).toHaveText(lang === 'fr' ? /^✓ Ronde IRCC nº\s238 · / : /^✓ IRCC round #238 · /);
      await badge.click();
      // The article is the site's: the badges and banner are ours.
      await expect(article.locator('[data-draw-alerts="badge"]').first()).toHaveAttribute('lang', lang);
      await expectAccessible(article, `an annotated article (${lang}, ${colorScheme})`, '[data-draw-alerts]');
      await leftovers(article, 'the annotated article', '[data-draw-alerts]');
      expect(checked).toHaveLength(5);
    });
  }
}

test('the settings choose the language over the browser’s, and every page follows', async ({
  hosts,
  launch,
}) => {
  hosts.serve(FEED_URL, { body: feedWithAugustSeventh(), headers: { 'Content-Type': 'application/json' } });
  const extension = await launch({ lang: 'en' });
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  await expect(options.getByRole('heading', { level: 1 })).toHaveText(CATALOGS.en.optionsTitle);
  await options.getByLabel(CATALOGS.en.optionsLanguage, { exact: true }).selectOption('fr');
  // The page re-renders in French at once, and says so to assistive technology.
  await expect(options.getByRole('heading', { level: 1 })).toHaveText(CATALOGS.fr.optionsTitle);
  await expect(options.locator('html')).toHaveAttribute('lang', 'fr-CA');
  expect(englishLeftovers(await pageWords(options))).toEqual([]);

  const popup = await openPopupWithDraws(extension);
  await expect(popup.getByRole('button', { name: CATALOGS.fr.checkNow })).toBeVisible();
  expect(englishLeftovers(await pageWords(popup))).toEqual([]);
  // The badge's tooltip follows too.
  const worker = await extension.serviceWorker();
  await expect.poll(() => worker.evaluate(() => chrome.action.getTitle({}))).toBe(CATALOGS.fr.badgeTitleNone);
});
