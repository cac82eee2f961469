import type { CDPSession, Page } from '@playwright/test';
import { ownFixture, sharedFixture } from '../support/fixtures';
import { expect, type LaunchedExtension, test } from './support/extension';
import type { OfficialHosts } from './support/official-hosts';
import { countStoredDraws } from './support/stored-draws';

/**
 * The layouts of issue 11 on the production build, at real URLs: a curated news site with its two
 * widgets of recent draws (rows keyed by round number; provincial rows without a year), an article
 * stating a wrong tie-breaking time, a French canada.ca news page, and a page that plants look-alikes
 * of our marks (issue 13).
 */

const FEED_URL = 'https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json';
const PEI_URL =
  'https://www.princeedwardisland.ca/en/information/office-of-immigration/expression-of-interest-draws';
const ALBERTA_URL = 'https://www.alberta.ca/aaip-processing-information';
const FEED_COPY = '2025-07-24';
const BADGE = '[data-draw-alerts="badge"]';
const MARK = '[data-draw-alerts="mark"]';
const BANNER = '[data-draw-alerts="banner"]';
const html = { 'Content-Type': 'text/html; charset=utf-8' };

interface FeedRound {
  drawNumber: string;
  drawDate: string;
  drawSize: string;
  drawCRS: string;
  drawCutOff: string;
}

/** The recorded feed, read here on its own: expected values come from it, not from the extension. */
const rounds = (JSON.parse(sharedFixture('express-entry', `${FEED_COPY}.json`)) as { rounds: FeedRound[] })
  .rounds;
const round = (number: string): FeedRound => {
  const found = rounds.find((item) => item.drawNumber === number);
  if (found === undefined) throw new Error(`round ${number} is not in the ${FEED_COPY} copy`);
  return found;
};
const dateIn = (locale: string, iso: string) =>
  new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(Date.parse(`${iso}T00:00:00Z`));
const countIn = (locale: string, text: string) =>
  new Intl.NumberFormat(locale).format(Number(text.replace(/\D/g, '')));
/** "✓ IRCC round #353 · 3,000 ITAs · CRS 521 · Jun 26, 2025" */
const recordOf = (number: string) => {
  const item = round(number);
  return `✓ IRCC round #${number} · ${countIn('en-CA', item.drawSize)} ITAs · CRS ${item.drawCRS} · ${dateIn('en-CA', item.drawDate)}`;
};
/** Spaces as a reader sees them: Intl writes French numbers with no-break spaces. */
const spaced = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** The feed, PEI's recorded page and our page in Alberta's layout; waits until all their draws are stored. */
async function launchWithDraws(hosts: OfficialHosts, launch: () => Promise<LaunchedExtension>) {
  hosts.serve(FEED_URL, {
    body: sharedFixture('express-entry', `${FEED_COPY}.json`),
    headers: { 'Content-Type': 'application/json' },
  });
  hosts.serve(PEI_URL, {
    body: sharedFixture('pnp', 'pe-expression-of-interest-draws.2026-06-20.html'),
    headers: html,
  });
  hosts.serve(ALBERTA_URL, { body: ownFixture('pnp', 'ab.html'), headers: html });
  const extension = await launch();
  const worker = await extension.serviceWorker();
  // 358 rounds, PEI's 6 draws of 2026 and the 11 of our Alberta page.
  await expect
    .poll(() => worker.evaluate(countStoredDraws), { timeout: 30_000 })
    .toBe(rounds.length + 6 + 11);
  return extension;
}

/**
 * What our hosts show, read through their shadow roots, in document order (a banner: its first
 * line's text). A page's look-alikes carrying the same attribute have no shadow root: left out.
 */
function shown(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((hosts) =>
    hosts
      .filter((host) => host.shadowRoot !== null)
      .map((host) => ({
        tone: host.getAttribute('data-tone'),
        text: (
          (host.getAttribute('data-draw-alerts') === 'banner'
            ? host.shadowRoot?.querySelector('.l')?.firstChild?.textContent
            : host.shadowRoot?.querySelector('button, [role="img"]')?.textContent) ?? ''
        ).trim(),
      })),
  );
}

/** A WordPress news article with the two widgets issue 11 describes, as the site's rule reads them. */
function newsPage(): string {
  const cutOff = round('353').drawCutOff; // "November 21, 2024 at 15:56:13 UTC"
  const wrongCutOff = cutOff.replace(/ 15:/, ' 17:');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>3,000 CEC candidates invited</title>
<meta property="article:published_time" content="2025-06-27T12:00:00+00:00"></head><body>
<div class="site"><main><article><h1>Express Entry: 3,000 CEC candidates invited</h1>
<time class="entry-date" datetime="2025-06-27T12:00:00+00:00">June 27, 2025</time>
<div class="entry-content">
<p>On June 26, 2025, IRCC invited 3,000 Canadian Experience Class candidates with a minimum CRS score of 521. Tie-breaking rule: ${wrongCutOff}</p>
<p>Candidates should keep their profiles up to date.</p>
</div></article></main>
<aside class="sidebar">
<section class="widget"><h2 class="widget-title">Recent Express Entry Draws</h2>
<table><thead><tr><th>Draw</th><th>Number Of Invitations</th><th>Minimum CRS Points</th></tr></thead><tbody>
<tr><td>355 (CEC)</td><td>3000</td><td>518</td></tr>
<tr><td>354 (PNP)</td><td>356</td><td>750</td></tr>
<tr><td>353 (CEC)</td><td>3000</td><td>521</td></tr>
<tr><td>352 (PNP)</td><td>503</td><td>742</td></tr>
<tr><td>351 (CEC)</td><td>3000</td><td>592</td></tr>
</tbody></table></section>
<section class="widget"><h2 class="widget-title">PNP Draws &amp; Updates</h2>
<ul class="pnp-draws">
<li><span>June 18</span> <span>Prince Edward Island</span> <span>182 invitations</span></li>
<li><span>June 5</span> <span>Alberta</span> <span>462 invitations</span></li>
</ul></section>
<section class="widget"><h2 class="widget-title">Recent posts</h2><ul><li><a href="/a">Ontario PNP: 2,500 new invitations expected</a></li></ul></section>
</aside></div></body></html>`;
}

test('a curated site: each widget row badged with its verdict, a wrong row and a wrong tie-breaking time flagged, the banner dismissed for good', async ({
  hosts,
  launch,
}) => {
  const pageUrl = 'https://immigrationnewscanada.ca/express-entry-3000-cec-candidates-invited/';
  hosts.serve(pageUrl, { body: newsPage(), headers: html });
  const extension = await launchWithDraws(hosts, launch);
  const page = await extension.context.newPage();
  await page.goto(pageUrl);

  await expect(page.locator(BADGE)).toHaveCount(8);
  // IRCC's drawCutOff of round 353: "November 21, 2024 at 15:56:13 UTC".
  expect(round('353').drawCutOff).toBe('November 21, 2024 at 15:56:13 UTC');
  const official = `${dateIn('en-CA', '2024-11-21')} 15:56:13 UTC`;
  expect(await shown(page, BADGE)).toEqual([
    // The article's round, its stated rule two hours off IRCC's.
    {
      tone: 'mismatch',
      text: `IRCC round #353: tie-break ${official} (article: ${dateIn('en-CA', '2024-11-21')} 17:56:13 UTC)`,
    },
    // "Recent Express Entry Draws": rows keyed by round number, the type in brackets.
    { tone: 'ok', text: recordOf('355') },
    { tone: 'ok', text: recordOf('354') },
    { tone: 'ok', text: recordOf('353') },
    { tone: 'ok', text: recordOf('352') },
    { tone: 'mismatch', text: `IRCC round #351: CRS ${round('351').drawCRS} (article: 592)` },
    // "PNP Draws & Updates": no year, so the one that puts the draw on or before today.
    { tone: 'ok', text: `✓ PEI PNP draw · 182 invitations · ${dateIn('en-CA', '2026-06-18')}` },
    { tone: 'ok', text: `✓ AAIP draw · 462 invitations · min score 50 · ${dateIn('en-CA', '2026-06-05')}` },
  ]);
  await expect(page.locator(MARK)).toHaveCount(0);
  // Each row's badge goes after the row's last figure; nothing in the list of recent posts.
  expect(
    await page.locator(BADGE).evaluateAll((hosts) => hosts.map((host) => host.parentElement?.tagName ?? '')),
  ).toEqual(['P', 'TD', 'TD', 'TD', 'TD', 'TD', 'SPAN', 'SPAN']);

  // The banner counts from the article (June 27, 2025), not from the widgets' rows.
  const newer = rounds.filter((item) => item.drawDate > '2025-06-27');
  const latest = newer[0] as FeedRound;
  await expect(page.locator(BANNER)).toHaveCount(1);
  expect((await shown(page, BANNER))[0]?.text).toBe(
    `${newer.length} Express Entry rounds since this article · latest #${latest.drawNumber}, ${dateIn('en-CA', latest.drawDate)} · CRS ${latest.drawCRS}`,
  );

  // Dismissed: gone, and still gone after a reload (the badges come back).
  await page.locator(BANNER).getByRole('button', { name: 'Hide' }).click();
  await expect(page.locator(BANNER)).toHaveCount(0);
  await page.waitForTimeout(300);
  await page.reload();
  await expect(page.locator(BADGE)).toHaveCount(8);
  await page.waitForTimeout(1_000);
  await expect(page.locator(BANNER)).toHaveCount(0);
  // Another article of the same site still gets its banner.
  const otherUrl = 'https://immigrationnewscanada.ca/another-express-entry-round/';
  hosts.serve(otherUrl, { body: newsPage(), headers: html });
  await page.goto(otherUrl);
  await expect(page.locator(BANNER)).toHaveCount(1);

  // Annotations turned off (as the popup writes it): the open page goes back to how it was, at once.
  const worker = await extension.serviceWorker();
  await worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }
    ).chrome.storage.local.set({
      annotationSettings: { version: 1, enabled: false, disabledSites: [], allowedSites: [] },
    }),
  );
  await expect(page.locator('[data-draw-alerts]')).toHaveCount(0);
});

test('a French canada.ca news page is annotated in French, with IRCC’s French names and numbers', async ({
  hosts,
  launch,
}) => {
  const pageUrl =
    'https://www.canada.ca/fr/immigration-refugies-citoyennete/nouvelles/2025/06/ronde-dinvitations-entree-express.html';
  const cutOff = round('353').drawCutOff;
  hosts.serve(pageUrl, {
    headers: html,
    body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Ronde d’invitations d’Entrée express</title>
<meta name="dcterms.issued" content="2025-06-27"></head><body>
<nav><a href="/fr.html">Canada.ca</a> Ronde d’invitations nº 100</nav>
<main><h1>Ronde d’invitations d’Entrée express</h1>
<p>Le 26 juin 2025, IRCC a envoyé 3\u00a0000 invitations à présenter une demande (IPD) à des candidats de la Catégorie de l’expérience canadienne. La note minimale du Système de classement global (SCG) était de 521.</p>
<p>Règle de départage : 21 novembre 2024 à ${/(\d{2}:\d{2}:\d{2})/.exec(cutOff)?.[1]} UTC</p>
</main></body></html>`,
  });
  const extension = await launchWithDraws(hosts, launch);
  const page = await extension.context.newPage();
  await page.goto(pageUrl);

  await expect(page.locator(BADGE)).toHaveCount(1);
  const item = round('353');
  const [badge] = await shown(page, BADGE);
  expect(spaced(badge?.text ?? '')).toBe(
    `✓ Ronde IRCC nº 353 · ${spaced(countIn('fr-CA', item.drawSize))} invitations · SCG ${item.drawCRS} · ${spaced(dateIn('fr-CA', item.drawDate))}`,
  );
  await expect(page.locator(BADGE)).toHaveAttribute('lang', 'fr');
  // The site's rule reads <main>: the navigation's "nº 100" is no claim.
  await expect(page.locator(MARK)).toHaveCount(0);
  const button = page.locator(BADGE).getByRole('button');
  await expect(button).toHaveAttribute('aria-label', /^Draw Alerts, données officielles/);
  await button.focus();
  await expect(page.locator(BADGE).getByRole('link', { name: 'Données officielles' })).toBeVisible();
  // IRCC's French name of the round, in the details.
  await expect(page.locator(BADGE).locator('[role="note"]')).toContainText(
    'Catégorie de l’expérience canadienne',
  );

  const newer = rounds.filter((round) => round.drawDate > '2025-06-27');
  await expect(page.locator(BANNER)).toHaveCount(1);
  expect(spaced((await shown(page, BANNER))[0]?.text ?? '')).toContain(
    `${newer.length} rondes d’Entrée express depuis cet article · le plus récent : nº ${newer[0]?.drawNumber}`,
  );
  await expect(page.locator(BANNER).getByRole('button', { name: 'Masquer' })).toBeVisible();
});

/** The content script's isolated world, through the DevTools protocol: what a compromised page could reach. */
async function contentScriptWorld(page: Page, extensionId: string) {
  const session: CDPSession = await page.context().newCDPSession(page);
  const contexts: Array<{ id: number; origin: string; auxData?: { type?: string } }> = [];
  session.on('Runtime.executionContextCreated', (event) => contexts.push(event.context));
  await session.send('Runtime.enable');
  await expect
    .poll(() =>
      contexts.some(
        (context) => context.auxData?.type === 'isolated' && context.origin.includes(extensionId),
      ),
    )
    .toBe(true);
  const world = contexts.find(
    (context) => context.auxData?.type === 'isolated' && context.origin.includes(extensionId),
  );
  return async (expression: string) => {
    const result = await session.send('Runtime.evaluate', {
      expression,
      contextId: world?.id,
      awaitPromise: true,
      returnByValue: true,
    });
    return result.result.value as unknown;
  };
}

test('a hostile page: planted look-alikes suppress nothing, hidden claims are read, WXT’s stop message is ignored; the script’s world reads no storage and cannot poll every source', async ({
  hosts,
  launch,
}) => {
  const pageUrl = 'https://immigrationnewscanada.ca/hostile-page/';
  const wrong = Number(round('351').drawCRS) + 7;
  hosts.serve(pageUrl, {
    headers: html,
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile</title>
<meta property="article:published_time" content="2025-06-27T12:00:00+00:00"></head><body>
<article><div class="entry-content">
<div data-draw-alerts="banner">Nothing new since this article</div>
<p>IRCC's Express Entry draw #351 had a minimum CRS score of ${wrong}<span data-draw-alerts="badge">✓ all good</span>.</p>
<p data-draw-alerts="badge">Express Entry draw #353 invited 3,000 candidates.</p>
<p contenteditable="true">Express Entry draw #352 invited 503 candidates.</p>
</div></article></body></html>`,
  });
  const extension = await launchWithDraws(hosts, launch);
  const page = await extension.context.newPage();
  // The page keeps posting WXT's "a newer copy of this content script started" message (extension id
  // included, as a page can learn it from the store), which would stop a WXT content script context.
  await page.addInitScript((id) => {
    const post = () =>
      window.postMessage(
        {
          type: `${id}:annotate:wxt:content-script-started`,
          contentScriptName: 'annotate',
          messageId: String(Math.random()),
        },
        '*',
      );
    post();
    setInterval(post, 20);
  }, extension.extensionId);
  await page.goto(pageUrl);

  // Ours: three badges with shadow roots, beside the page's two look-alikes.
  await expect(page.locator(BADGE)).toHaveCount(5);
  await expect.poll(async () => (await shown(page, BADGE)).length).toBe(3);
  expect((await shown(page, BADGE)).map((badge) => badge.tone)).toEqual(['mismatch', 'ok', 'ok']);
  expect((await shown(page, BADGE))[0]?.text).toBe(
    `IRCC round #351: CRS ${round('351').drawCRS} (article: ${wrong})`,
  );
  // Ours, beside the planted one.
  const banners = await shown(page, BANNER);
  expect(banners.some((banner) => banner.text.includes('Express Entry rounds since this article'))).toBe(
    true,
  );
  // Nothing inside what the page marked editable.
  expect(await page.locator(`[contenteditable] ${BADGE}`).count()).toBe(0);

  // In the content script's own world: storage is closed to it, and it cannot make every source be polled.
  const evaluate = await contentScriptWorld(page, extension.extensionId);
  expect(
    await evaluate(
      'chrome.storage.local.get(null).then(() => "read", (error) => "refused: " + error.message)',
    ),
  ).toMatch(/^refused: /);
  const feedRequests = hosts.requestsTo(FEED_URL);
  const answer = (await evaluate(
    `new Promise((resolve) => chrome.runtime.sendMessage({ id: 1, type: 'checkNow', timestamp: Date.now() }, resolve))`,
  )) as { err?: { message?: string } } | undefined;
  expect(answer?.err?.message).toContain('checkNow');
  await page.waitForTimeout(1_000);
  expect(hosts.requestsTo(FEED_URL)).toBe(feedRequests);
});
