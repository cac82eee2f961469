/**
 * Where annotations run without asking: the curated immigration news sites and IRCC's own news and
 * ministerial-instruction pages (static `matches` of the content script). Any other site runs only
 * after the user allows it (optional host permission, dynamically registered content script).
 */

/** Manifest match patterns of the curated sites. Specific paths on www.canada.ca, whole sites elsewhere. */
export const CURATED_MATCHES: readonly string[] = [
  'https://www.cicnews.com/*',
  'https://cicnews.com/*',
  'https://immigrationnewscanada.ca/*',
  'https://www.immigrationnewscanada.ca/*',
  'https://canadaimmigration.news/*',
  'https://www.canadaimmigration.news/*',
  'https://www.canadavisa.com/*',
  'https://canadavisa.com/*',
  'https://immigration.ca/*',
  'https://www.immigration.ca/*',
  'https://www.canada.ca/en/immigration-refugees-citizenship/news/*',
  'https://www.canada.ca/fr/immigration-refugies-citoyennete/nouvelles/*',
  'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/*',
  'https://www.canada.ca/fr/immigration-refugies-citoyennete/organisation/mandat/politiques-instructions-operationnelles-ententes/instructions-ministerielles/*',
];

/** The id under which the content script is registered for the sites the user allowed. */
export const USER_SITES_SCRIPT_ID = 'draw-alerts-annotate-user-sites';

/** The built content script (WXT writes `entrypoints/annotate.content/` there). */
export const ANNOTATE_SCRIPT_FILE = 'content-scripts/annotate.js';

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

/** True when the curated content script already runs on this URL. */
export function isCuratedUrl(url: string | undefined | null): boolean {
  if (typeof url !== 'string') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return CURATED_MATCHES.some((pattern) => patternMatches(pattern, parsed));
}
