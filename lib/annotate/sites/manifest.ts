import { ANNOTATE_SCRIPT_FILE, CURATED_MATCHES } from './sites';

/**
 * The manifest's `matches` of the annotation content script, derived at build time from the curated
 * sites' records (lib/annotate/sites/sites.ts). The entrypoint itself declares none: the records stay
 * out of the content script's bundle (the background hands each page its site's layout).
 */
export function curatedContentScripts(manifest: {
  content_scripts?: Array<{ js?: string[]; matches?: string[] }>;
}) {
  for (const script of manifest.content_scripts ?? []) {
    if (script.js?.includes(ANNOTATE_SCRIPT_FILE)) script.matches = [...CURATED_MATCHES];
  }
}
