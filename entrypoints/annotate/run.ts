import { type Annotator, createAnnotator } from '@/lib/annotate/page/annotator';
import type { AnnotateStart } from '@/lib/annotate/wire';
import type { PageMessages } from '@/lib/i18n/messages';
import { PAGE_CATALOGS } from '@/lib/i18n/page-catalogs';
import { createTranslator } from '@/lib/i18n/translator';
import { onMessage, sendMessage } from '@/lib/messaging/protocol';

/** Set in this extension's isolated world while an annotator runs in the frame: a second injection adds nothing. */
const RUNNING = Symbol.for('draw-alerts.annotate.running');

type Scope = typeof globalThis & { [RUNNING]?: Annotator };

/**
 * The content script reads no extension storage: whether to run, and in which language, comes from
 * the background (lib/background/annotation-pages.ts), which keeps storage to trusted contexts.
 */
function askStart(): Promise<AnnotateStart | null> {
  return sendMessage('annotateStart', { pageLanguage: document.documentElement.lang || null }).catch(
    () => null,
  );
}

export async function startAnnotations(): Promise<void> {
  const scope = globalThis as Scope;
  if (scope[RUNNING] !== undefined) return;
  const start = await askStart();
  if (start === null || !start.active || scope[RUNNING] !== undefined) return;

  const annotator = createAnnotator({
    document,
    site: start.site,
    resolve: (request) => sendMessage('annotateResolve', request),
    language: start.language,
    t: createTranslator<PageMessages>(start.language, PAGE_CATALOGS[start.language]).t,
    dismissBanner: () => {
      sendMessage('annotateDismissBanner', undefined).catch(() => undefined);
    },
  });
  scope[RUNNING] = annotator;

  let removeListener = () => {};
  const finish = () => {
    annotator.removeAll();
    if (scope[RUNNING] === annotator) delete scope[RUNNING];
    removeListener();
  };
  // Turned off in the popup (here or everywhere), or another language: the page goes back to how it
  // was, and is annotated again if it still should be.
  removeListener = onMessage('annotateSettingsChanged', async () => {
    const next = await askStart();
    if (next === null || (next.active && next.language === start.language)) return;
    finish();
    if (next.active) await startAnnotations();
  });

  try {
    // Content that arrives while the first pass runs is followed too.
    annotator.observe();
    await annotator.run();
  } catch (error) {
    // The background may be restarting or the extension updating; the page stays as it was.
    console.debug('Draw Alerts: annotations unavailable', error);
  }
}
