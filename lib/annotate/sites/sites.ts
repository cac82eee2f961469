import { GENERIC_LAYOUT, type SidebarRule, type SiteLayout } from './layout';

/**
 * Where annotations run without asking, and how each of those sites lays out an article: one record
 * per curated site (its match patterns, where its article body is, where its publication date is,
 * its widgets of recent draws). A new site is one entry; the content script's `matches` and
 * `isCuratedUrl` are derived from these records. Any other site runs only after the user allows it
 * (optional host permission, dynamically registered content script) and is read with the generic
 * rule below.
 */

export interface SiteRule extends SiteLayout {
  id: string;
  /** Manifest match patterns. */
  matches: readonly string[];
}

/** WordPress widgets (immigration news sites run WordPress): tables of draws, lists of provincial draws. */
const WORDPRESS_SIDEBARS: readonly SidebarRule[] = [
  { selector: '.widget table' },
  {
    selector: '.widget .pnp-draws, .widget ul.draws',
    rows: 'li',
    cells: 'span',
    columns: ['date', 'province', 'invitations'],
    kind: 'pnp',
  },
];

/** Both the bare and the www. host of a site, whole. */
const wholeSite = (host: string) => [`https://${host}/*`, `https://www.${host}/*`];

/** A WordPress news site: the theme's entry content and entry date, widgets in its sidebar. */
const wordpress = (id: string, host: string): SiteRule => ({
  id,
  matches: wholeSite(host),
  article: ['.entry-content', 'article'],
  published: [{ selector: 'time.entry-date[datetime]', attribute: 'datetime' }],
  sidebars: WORDPRESS_SIDEBARS,
});

export const CURATED_SITES: readonly SiteRule[] = [
  {
    id: 'cicnews',
    matches: wholeSite('cicnews.com'),
    article: ['[itemprop="articleBody"]', 'article', '.info'],
    // Its pages say "Published on February 22nd, 2023 at 08:00am EST" in the byline.
    published: [{ selector: '.post_date_box .date' }],
    sidebars: WORDPRESS_SIDEBARS,
  },
  wordpress('immigrationnewscanada', 'immigrationnewscanada.ca'),
  wordpress('canadaimmigration-news', 'canadaimmigration.news'),
  {
    id: 'canadavisa',
    matches: wholeSite('canadavisa.com'),
    article: ['[itemprop="articleBody"]', 'article', 'main'],
    published: [],
    sidebars: WORDPRESS_SIDEBARS,
  },
  wordpress('immigration-ca', 'immigration.ca'),
  {
    // canada.ca (Web Experience Toolkit): the article is <main>, its date `dcterms.issued`.
    id: 'canada-ca-en',
    matches: [
      'https://www.canada.ca/en/immigration-refugees-citizenship/news/*',
      'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/*',
    ],
    language: 'en',
    article: ['main'],
    published: [{ selector: 'meta[name="dcterms.issued"]', attribute: 'content' }],
    sidebars: [],
  },
  {
    id: 'canada-ca-fr',
    matches: [
      'https://www.canada.ca/fr/immigration-refugies-citoyennete/nouvelles/*',
      'https://www.canada.ca/fr/immigration-refugies-citoyennete/organisation/mandat/politiques-instructions-operationnelles-ententes/instructions-ministerielles/*',
    ],
    language: 'fr',
    article: ['main'],
    published: [{ selector: 'meta[name="dcterms.issued"]', attribute: 'content' }],
    sidebars: [],
  },
];

/** Manifest match patterns of the curated sites. Specific paths on www.canada.ca, whole sites elsewhere. */
export const CURATED_MATCHES: readonly string[] = CURATED_SITES.flatMap((site) => site.matches);

/** The id under which the content script is registered for the sites the user allowed. */
export const USER_SITES_SCRIPT_ID = 'draw-alerts-annotate-user-sites';

/** The built content script (WXT writes `entrypoints/annotate/` there, a plain script). */
export const ANNOTATE_SCRIPT_FILE = 'annotate.js';

/** `https://host[:port]` of an http(s) URL, or null for anything else (chrome://, file:, data:, junk). */
export function originOf(url: string | undefined | null): string | null {
  if (typeof url !== 'string' || url.length > 4096) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (parsed.hostname === '' || parsed.username !== '' || parsed.password !== '') return null;
  return parsed.origin;
}

/** The host-permission pattern of an origin: `https://example.com/*`. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

function patternMatches(pattern: string, url: URL): boolean {
  const match = /^(https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (match === null) return false;
  const [, scheme, host, path = '/*'] = match;
  if (`${scheme}:` !== url.protocol || host !== url.host) return false;
  const prefix = path.endsWith('*') ? path.slice(0, -1) : path;
  const target = url.pathname + url.search;
  return path.endsWith('*') ? target.startsWith(prefix) : target === prefix;
}

function parseUrl(url: string | undefined | null): URL | null {
  if (typeof url !== 'string' || url.length > 4096) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The curated site's record for a URL, or null. */
export function curatedSiteOf(url: string | undefined | null): SiteRule | null {
  const parsed = parseUrl(url);
  if (parsed === null) return null;
  return (
    CURATED_SITES.find((site) => site.matches.some((pattern) => patternMatches(pattern, parsed))) ?? null
  );
}

/** How to read the page at `url`: its curated site's layout, or the generic one. */
export function layoutFor(url: string | undefined | null): SiteLayout {
  const site = curatedSiteOf(url);
  if (site === null) return GENERIC_LAYOUT;
  const { id: _id, matches: _matches, ...layout } = site;
  return layout;
}

/** True when the curated content script already runs on this URL. */
export function isCuratedUrl(url: string | undefined | null): boolean {
  return curatedSiteOf(url) !== null;
}
