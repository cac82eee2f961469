import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type Annotator, createAnnotator } from '@/lib/annotate/annotator';
import {
  ANNOTATION_SETTINGS_KEY,
  isAnnotationActive,
  parseAnnotationSettings,
  readAnnotationSettings,
} from '@/lib/annotate/settings';
import { originOf } from '@/lib/annotate/sites';
import { readUiLanguageSetting, resolveLanguage } from '@/lib/i18n/languages';
import type { PageMessages } from '@/lib/i18n/messages';
import { PAGE_CATALOGS } from '@/lib/i18n/page-catalogs';
import { createTranslator } from '@/lib/i18n/translator';
import { sendMessage } from '@/lib/messaging/protocol';

/** Set in this extension's isolated world while an annotator runs in the frame: a second injection adds nothing. */
const RUNNING = Symbol.for('draw-alerts.annotate.running');

type Scope = typeof globalThis & { [RUNNING]?: Annotator };

export async function startAnnotations(ctx: ContentScriptContext): Promise<void> {
  const scope = globalThis as Scope;
  if (scope[RUNNING] !== undefined) return;
  const origin = originOf(location.href);
  const settings = await readAnnotationSettings();
  if (!isAnnotationActive(settings, origin) || ctx.isInvalid || scope[RUNNING] !== undefined) return;

  // Badges speak the article's language when we speak it, else the user's.
  const language = resolveLanguage(
    await readUiLanguageSetting(browser.storage.local),
    browser.i18n.getUILanguage(),
    document.documentElement.lang,
  );
  const annotator = createAnnotator({
    document,
    resolve: (request) => sendMessage('annotateResolve', request),
    language,
    t: createTranslator<PageMessages>(language, PAGE_CATALOGS[language]).t,
  });
  scope[RUNNING] = annotator;

  const finish = () => {
    annotator.removeAll();
    if (scope[RUNNING] === annotator) delete scope[RUNNING];
    browser.storage.onChanged.removeListener(onSettings);
  };
  // Turned off in the popup (here or everywhere): the page goes back to how it was.
  const onSettings = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !Object.hasOwn(changes, ANNOTATION_SETTINGS_KEY)) return;
    const next = parseAnnotationSettings(changes[ANNOTATION_SETTINGS_KEY]?.newValue);
    if (!isAnnotationActive(next, origin)) finish();
  };
  browser.storage.onChanged.addListener(onSettings);
  ctx.onInvalidated(() => {
    annotator.stop();
    browser.storage.onChanged.removeListener(onSettings);
  });

  try {
    await annotator.run();
    annotator.observe();
  } catch (error) {
    // The background may be restarting or the extension updating; the page stays as it was.
    console.debug('Draw Alerts: annotations unavailable', error);
  }
}
