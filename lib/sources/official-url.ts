/**
 * Whether a URL is on some hosts, with no knowledge of which hosts are official: the province
 * parsers and the plausibility rules use this (they are part of what the province records are
 * made of, so they cannot read the list derived from the records). The official hosts themselves
 * are in ./host-permissions.ts.
 */

/**
 * An absolute https URL, no credentials, the default port, on one of `hosts`. Anything else is
 * treated as hostile.
 */
export function isUrlOnHosts(url: unknown, hosts: ReadonlySet<string>): boolean {
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
