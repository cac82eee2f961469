import { isUrlOnHosts } from './official-url';
import type { ProvinceRecord } from './province-record';
import { PROVINCES } from './province-records';

export { hostsOf } from './official-url';

/** IRCC's: the rounds feed, and the round pages draws link to. */
const IRCC_HOST_PERMISSION = 'https://www.canada.ca/*';

/** The origins the background polls for a list of province records: IRCC's, then each read province's. */
export function hostPermissionsOf(records: readonly ProvinceRecord[]): string[] {
  const provinces = records.flatMap((record) =>
    record.source.status === 'read' ? [record.source.hostPermission] : [],
  );
  return [...new Set([IRCC_HOST_PERMISSION, ...provinces])];
}

/**
 * Origins the background polls. The manifest's host permissions are these (wxt.config.ts reads
 * them at build through ./manifest-hosts.ts); a test checks every source's URL is covered.
 */
export const SOURCE_HOST_PERMISSIONS: readonly string[] = hostPermissionsOf(PROVINCES);

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
  return isUrlOnHosts(url, hosts);
}
