import { CURATED_MATCHES } from '@/lib/annotate/sites/sites';
import { startAnnotations } from './run';

/**
 * Inline annotations of immigration news articles. Declared for the curated sites; the background
 * registers the same file for the sites the user allowed (lib/background/annotations.ts).
 */
export default defineContentScript({
  matches: [...CURATED_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    return startAnnotations(ctx);
  },
});
