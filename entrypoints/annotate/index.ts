import { startAnnotations } from './run';

/**
 * Inline annotations of immigration news articles: the content script, built as a plain script
 * (`annotate.js`) and declared in the manifest for the curated sites at build, from their records
 * (wxt.config.ts, lib/annotate/sites/manifest.ts); the background registers the same file for the
 * sites the user allowed (lib/background/annotations.ts). Not a WXT content-script entrypoint: its
 * context would add a few kilobytes to every page, and a page can post the message that stops it.
 */
export default defineUnlistedScript(() => {
  void startAnnotations();
});
