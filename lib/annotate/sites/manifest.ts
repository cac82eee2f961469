import { ANNOTATE_SCRIPT_FILE, CURATED_MATCHES } from './sites';

/** The slice of the manifest this touches. */
interface ManifestWithContentScripts {
  content_scripts?: Array<{ matches?: string[]; js?: string[]; run_at?: string }>;
}

/**
 * The annotation content script in the manifest, for the curated sites: its `matches` derived at
 * build time from the sites' records (lib/annotate/sites/sites.ts). The script itself is a plain
 * script entrypoint (entrypoints/annotate/) and carries no list of sites: the background hands each
 * page its site's layout.
 */
export function curatedContentScripts(manifest: ManifestWithContentScripts): void {
  manifest.content_scripts = [
    ...(manifest.content_scripts ?? []).filter((script) => !script.js?.includes(ANNOTATE_SCRIPT_FILE)),
    { matches: [...CURATED_MATCHES], js: [ANNOTATE_SCRIPT_FILE], run_at: 'document_idle' },
  ];
}
