/**
 * Origins the background polls. wxt.config.ts puts them in the manifest (relative imports only:
 * the config is loaded where `@/` does not resolve); a test checks every source's URL is covered.
 */
export const SOURCE_HOST_PERMISSIONS = [
  'https://www.canada.ca/*',
  'https://www.alberta.ca/*',
  'https://www.welcomebc.ca/*',
  'https://immigratemanitoba.com/*',
  'https://www.ontario.ca/*',
  'https://www.princeedwardisland.ca/*',
  'https://www2.gnb.ca/*',
  'https://www.gov.nl.ca/*',
  'https://liveinnovascotia.com/*',
] as const;

/** `https://www.canada.ca/*` → `www.canada.ca`: the hosts the permissions name, exactly. */
export const OFFICIAL_HOSTS: ReadonlySet<string> = new Set(
  SOURCE_HOST_PERMISSIONS.map((pattern) => new URL(pattern.replace(/\*$/, '')).hostname),
);

/**
 * The one check of a link the extension fetches, stores as a draw's official page, or opens: an
 * absolute https URL, no credentials, the default port, on one of the sources' hosts (or on
 * `hosts` when given, e.g. one source's own host). Anything else is treated as hostile.
 */
export function isOfficialUrl(url: unknown, hosts: ReadonlySet<string> = OFFICIAL_HOSTS): boolean {
  if (typeof url !== 'string' || url.length > 2048) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    hosts.has(parsed.hostname)
  );
}

/** The host of a source's own page, as a set for `isOfficialUrl`. */
export function hostsOf(...urls: string[]): ReadonlySet<string> {
  return new Set(urls.map((url) => new URL(url).hostname));
}
