/**
 * `storage.local` holds the profile (CRS, provincial scores). Chrome (102+) lets an extension keep a
 * storage area to its trusted contexts (its pages and service worker): content scripts, which run
 * beside pages that may be hostile, then cannot read it at all. Our content script needs nothing
 * from storage (the background answers it), so local storage is restricted at every worker start.
 * Firefox has no such setting (`setAccessLevel` is absent): there, content scripts keep the API,
 * and ours simply never calls it.
 */

interface RestrictableArea {
  setAccessLevel?: (options: {
    accessLevel: 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS';
  }) => Promise<void>;
}

/** True when the browser applied the restriction; false where it has none (Firefox). */
export async function restrictToTrustedContexts(area: unknown): Promise<boolean> {
  const restrictable = area as RestrictableArea | undefined;
  if (typeof restrictable?.setAccessLevel !== 'function') return false;
  await restrictable.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
  return true;
}
