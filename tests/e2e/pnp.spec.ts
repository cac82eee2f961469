import { ownFixture, sharedFixture } from '../support/fixtures';
import { expect, test } from './support/extension';

const FEED_URL = 'https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json';
const PEI_URL =
  'https://www.princeedwardisland.ca/en/information/office-of-immigration/expression-of-interest-draws';
const ALBERTA_URL = 'https://www.alberta.ca/aaip-processing-information';
const ONTARIO_URL = 'https://www.ontario.ca/page/ontario-immigrant-nominee-program-oinp-invitations-apply';

const html = { 'Content-Type': 'text/html; charset=utf-8' };

test('the Provinces tab lists provincial draws newest first, filters by province, and says which province fails', async ({
  hosts,
  launch,
}) => {
  // The real PEI page and IRCC feed, our own page in Alberta's layout, Ontario answering 404.
  hosts.serve(PEI_URL, {
    body: sharedFixture('pnp', 'pe-expression-of-interest-draws.2026-06-20.html'),
    headers: html,
  });
  hosts.serve(ALBERTA_URL, { body: ownFixture('pnp', 'ab.html'), headers: html });
  hosts.serve(ONTARIO_URL, {
    status: 404,
    body: '<html><title>Page not found</title></html>',
    headers: html,
  });
  hosts.serve(FEED_URL, {
    body: sharedFixture('express-entry', '2025-07-24.json'),
    headers: { 'Content-Type': 'application/json' },
  });
  const extension = await launch();
  const popup = await extension.openPopup();

  await popup.getByRole('tab', { name: 'Provinces' }).click();
  await expect(popup.getByRole('tab', { name: 'Provinces' })).toHaveAttribute('aria-selected', 'true');
  const table = popup.getByRole('table', { name: 'Provincial draws' });
  const rows = table.locator('tbody tr');
  // Six PEI draws (the real page) and eleven Alberta draws (our page).
  await expect(rows).toHaveCount(17);

  // Newest first across provinces: PEI's 2026-06-18, then Alberta's 2026-06-15, ...
  const dates = await rows
    .locator('time')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
  expect(dates).toEqual([...dates].sort().reverse());
  expect(dates.slice(0, 3)).toEqual(['2026-06-18', '2026-06-15', '2026-06-12']);

  const peiNewest = rows.nth(0);
  await expect(peiNewest).toHaveAttribute('data-draw-id', 'pe:2026-06-18:labour-express-entry');
  await expect(peiNewest.getByRole('rowheader')).toHaveText('PEI PNP');
  await expect(peiNewest.getByRole('link', { name: 'PEI PNP' })).toHaveAttribute('href', PEI_URL);
  await expect(peiNewest).toContainText('Jun 18, 2026');
  await expect(peiNewest).toContainText('Labour & Express Entry');
  await expect(peiNewest.getByRole('cell').nth(2)).toHaveText('182');
  // PEI publishes no minimum points for labour & Express Entry invitations: none is made up.
  await expect(peiNewest.getByRole('cell').nth(3)).toHaveText('—');

  const albertaNewest = rows.nth(1);
  await expect(albertaNewest.getByRole('rowheader')).toHaveText('AAIP');
  await expect(albertaNewest).toContainText('Jun 15, 2026');
  await expect(albertaNewest).toContainText(
    'Alberta Express Entry Stream – Priority Sectors (Manufacturing)',
  );
  await expect(albertaNewest.getByRole('cell').nth(2)).toHaveText('56');
  await expect(albertaNewest.getByRole('cell').nth(3)).toContainText('50');
  await expect(albertaNewest.getByRole('cell').nth(3)).toContainText('AAIP EOI points');
  // A published bound stays a bound.
  await expect(table.getByRole('row').filter({ hasText: 'Law Enforcement Pathway' })).toContainText(
    'fewer than 10',
  );
  // Provincial scores are on their own scales, never CRS.
  await expect(table).not.toContainText('CRS');

  // Per-province health: above the table, which sources are not up to date; below, each one's state.
  // (Only PEI and Alberta are served here: the other provinces answer 404 too.)
  const notUpToDate = popup.getByRole('link', { name: /^Not up to date: / });
  await expect(notUpToDate).toContainText('Ontario (OINP)');
  await expect(notUpToDate).not.toContainText('Prince Edward Island');
  await expect(notUpToDate).not.toContainText('Alberta');
  const health = (name: string) => popup.getByRole('listitem').filter({ hasText: name });
  await expect(health('Ontario (OINP)')).toContainText('Ontario (OINP) is failing since');
  await expect(health('Ontario (OINP)')).toContainText('The source answered with an error.');
  await expect(health('Ontario (OINP)')).toContainText('www.ontario.ca answered HTTP 404');
  await expect(health('Prince Edward Island (PEI PNP)')).toContainText(
    'Prince Edward Island (PEI PNP): checked',
  );
  await expect(health('Alberta (AAIP)')).toContainText('Alberta (AAIP): checked');
  await expect(health('Alberta (AAIP)')).not.toContainText('failing');

  // Quebec and Saskatchewan have no source: each says why, with its official page.
  const quebec = health('Quebec (Arrima):');
  await expect(quebec).toContainText('Quebec publishes its Arrima invitations on quebec.ca');
  await expect(quebec.getByRole('link', { name: 'Official page' })).toHaveAttribute(
    'href',
    /^https:\/\/www\.quebec\.ca\//,
  );
  const saskatchewan = health('Saskatchewan (SINP):');
  await expect(saskatchewan).toContainText('no Expression of Interest draws since its 2025 redesign');
  await expect(saskatchewan.getByRole('link', { name: 'Official page' })).toHaveAttribute(
    'href',
    /^https:\/\/www\.saskatchewan\.ca\//,
  );

  // Filter: Prince Edward Island only, its six draws newest first, with their exact values.
  const province = popup.getByRole('combobox', { name: 'Province' });
  await province.selectOption({ label: 'Prince Edward Island (PEI PNP)' });
  await expect(rows).toHaveCount(6);
  const peiRows = await rows.evaluateAll((trs) =>
    trs.map((tr) => [
      tr.getAttribute('data-draw-id'),
      tr.querySelector('th')?.textContent?.trim(),
      tr.querySelector('time')?.getAttribute('datetime'),
      tr.querySelectorAll('td')[2]?.textContent?.trim(),
    ]),
  );
  expect(peiRows).toEqual(
    [
      ['2026-06-18', '182'],
      ['2026-05-21', '113'],
      ['2026-04-16', '127'],
      ['2026-03-20', '101'],
      ['2026-02-19', '109'],
      ['2026-01-15', '26'],
    ].map(([date, invitations]) => [`pe:${date}:labour-express-entry`, 'PEI PNP', date, invitations]),
  );
  await expect(health('Prince Edward Island (PEI PNP)')).toBeVisible();
  await expect(health('Ontario (OINP)')).toHaveCount(0);
  await expect(health('Alberta (AAIP)')).toHaveCount(0);

  // Ontario alone: no draw, and the failure is still said.
  await province.selectOption({ label: 'Ontario (OINP)' });
  await expect(rows).toHaveCount(0);
  await expect(popup.getByText('No provincial draws stored yet.')).toBeVisible();
  await expect(health('Ontario (OINP)')).toContainText('HTTP 404');

  await province.selectOption({ label: 'Alberta (AAIP)' });
  await expect(rows).toHaveCount(11);
  await expect(rows.getByRole('rowheader')).toHaveText(Array(11).fill('AAIP'));

  // Express Entry still works beside the provinces.
  await popup.getByRole('tab', { name: 'Express Entry' }).click();
  const firstRound = popup.locator('table.draws tbody tr').first();
  await expect(firstRound).toContainText('#357');
  await expect(firstRound).toContainText('Healthcare and social services occupations (Version 2)');
  await expect(firstRound).toContainText('475');
  await expect(popup.getByText(/Express Entry \(IRCC\): checked/)).toBeVisible();
});
