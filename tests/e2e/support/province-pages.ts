import { ownFixture, sharedFixture } from '../../support/fixtures';
import type { OfficialHosts } from './official-hosts';

/** Every province page the extension reads, at its real address: source id, URL, the page served for it. */
export const PROVINCE_PAGES: ReadonlyArray<readonly [string, string, () => string]> = [
  ['pnp-ab', 'https://www.alberta.ca/aaip-processing-information', () => ownFixture('pnp', 'ab.html')],
  [
    'pnp-bc',
    'https://www.welcomebc.ca/immigrate-to-b-c/about-the-bc-provincial-nominee-program/invitations-to-apply',
    () => ownFixture('pnp', 'bc.html'),
  ],
  ['pnp-mb', 'https://immigratemanitoba.com/draws/', () => ownFixture('pnp', 'mb-index.html')],
  [
    'pnp-nb',
    'https://www2.gnb.ca/content/gnb/en/corporate/promo/immigration/immigrating-to-nb/invitations-to-apply.html',
    () => ownFixture('pnp', 'nb.html'),
  ],
  [
    'pnp-nl',
    'https://www.gov.nl.ca/immigration/invitations-to-apply-updates/',
    () => ownFixture('pnp', 'nl.html'),
  ],
  ['pnp-ns', 'https://liveinnovascotia.com/eoi-selection', () => ownFixture('pnp', 'ns.html')],
  [
    'pnp-on',
    'https://www.ontario.ca/page/ontario-immigrant-nominee-program-oinp-invitations-apply',
    () => ownFixture('pnp', 'on.html'),
  ],
  [
    'pnp-pe',
    'https://www.princeedwardisland.ca/en/information/office-of-immigration/expression-of-interest-draws',
    () => sharedFixture('pnp', 'pe-expression-of-interest-draws.2026-06-20.html'),
  ],
];

/** Manitoba publishes each draw as a post linked from its index: URL, our page in its layout. */
export const MANITOBA_POSTS: ReadonlyArray<readonly [string, string]> = [
  ['https://immigratemanitoba.com/2026/06/expression-of-interest-draw-273/', 'mb-draw-273.html'],
  ['https://immigratemanitoba.com/2026/05/expression-of-interest-draw-270/', 'mb-draw-270.html'],
];

/** Serves every province page and Manitoba's posts. */
export function serveProvinces(hosts: OfficialHosts): void {
  const html = { 'Content-Type': 'text/html; charset=utf-8' };
  for (const [, url, page] of PROVINCE_PAGES) hosts.serve(url, { body: page(), headers: html });
  for (const [url, file] of MANITOBA_POSTS)
    hosts.serve(url, { body: ownFixture('pnp', file), headers: html });
}
