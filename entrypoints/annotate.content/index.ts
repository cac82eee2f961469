import { startAnnotations } from './run';

/**
 * Inline annotations of immigration news articles. Its `matches` are the curated sites', written into
 * the manifest at build from their records (wxt.config.ts, lib/annotate/sites/manifest.ts), so this
 * bundle carries no list of sites; the background registers the same file for the sites the user
 * allowed (lib/background/annotations.ts).
 */
export default defineContentScript({
  matches: [],
  runAt: 'document_idle',
  main() {
    // WXT's context is not used: a page can post the message that invalidates it (its "newer
    // script started" signal) and so switch annotations off. The background answers only this
    // extension's live scripts; a stale one just stops getting answers.
    return startAnnotations();
  },
});
