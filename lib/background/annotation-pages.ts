import { browser } from 'wxt/browser';
import {
  ANNOTATION_SETTINGS_KEY,
  type AnnotationSettings,
  isAnnotationActive,
  readAnnotationSettings,
} from '@/lib/annotate/sites/settings';
import { layoutFor, originOf } from '@/lib/annotate/sites/sites';
import type { AnnotateStart, AnnotateStartRequest } from '@/lib/annotate/wire';
import {
  readUiLanguageSetting,
  resolveLanguage,
  UI_LANGUAGE_KEY,
  type UiLanguageSetting,
} from '@/lib/i18n/languages';
import { onMessage, sendMessage } from '@/lib/messaging/protocol';
import { isTabContentScript, type Sender, SenderRefused } from '@/lib/messaging/senders';

/**
 * The background's side of an annotated page's life: whether annotations run there and in which
 * language (the content script reads no storage at all: everything it needs comes from here), the
 * banner a reader dismissed for an article, and telling open pages when the settings change.
 */

// ---------------------------------------------------------------------------------------------
// Start: the settings, decided here.

/** Whether a page at `url` is annotated, and in which language its badges speak. */
export function annotationStart(
  settings: AnnotationSettings,
  uiLanguage: UiLanguageSetting,
  browserLanguage: string,
  url: string | undefined,
  pageLanguage: unknown,
): AnnotateStart {
  const page = typeof pageLanguage === 'string' ? pageLanguage.slice(0, 35) : null;
  return {
    active: isAnnotationActive(settings, originOf(url)),
    language: resolveLanguage(uiLanguage, browserLanguage, page),
    site: layoutFor(url),
  };
}

// ---------------------------------------------------------------------------------------------
// Dismissed banners: by article, as digests (the list is not a reading history in clear).

export const DISMISSED_BANNERS_KEY = 'dismissedBanners';
/** Articles remembered; the oldest dismissal is forgotten first. */
export const MAX_DISMISSED = 300;

const TRACKING_PARAMETER = /^(?:utm_\w+|fbclid|gclid|mc_[a-z]+|ref)$/i;

/** One article, whatever the link it was reached by: no fragment, no tracking parameters. */
export function articleAddress(url: string | undefined): string | null {
  if (originOf(url) === null) return null;
  const parsed = new URL(url as string);
  for (const name of [...parsed.searchParams.keys()]) {
    if (TRACKING_PARAMETER.test(name)) parsed.searchParams.delete(name);
  }
  parsed.hash = '';
  return parsed.href;
}

async function digest(text: string): Promise<string> {
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(bytes).slice(0, 16), (byte) => byte.toString(16).padStart(2, '0')).join(
    '',
  );
}

/** The slice of `storage.local` the list lives in (a map in tests). */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

async function readDismissed(area: KeyValueArea): Promise<string[]> {
  try {
    const stored = (await area.get(DISMISSED_BANNERS_KEY))[DISMISSED_BANNERS_KEY];
    if (!Array.isArray(stored)) return [];
    return stored.filter((item): item is string => typeof item === 'string' && /^[0-9a-f]{32}$/.test(item));
  } catch {
    return [];
  }
}

export async function isBannerDismissed(area: KeyValueArea, url: string | undefined): Promise<boolean> {
  const address = articleAddress(url);
  if (address === null) return false;
  return (await readDismissed(area)).includes(await digest(address));
}

export async function dismissBanner(area: KeyValueArea, url: string | undefined): Promise<void> {
  const address = articleAddress(url);
  if (address === null) return;
  const key = await digest(address);
  const list = (await readDismissed(area)).filter((item) => item !== key);
  list.push(key);
  await area.set({ [DISMISSED_BANNERS_KEY]: list.slice(-MAX_DISMISSED) });
}

// ---------------------------------------------------------------------------------------------
// Wiring.

export interface AnnotationPageDeps {
  area: KeyValueArea;
  extensionId: string;
  /** `runtime.getURL('/')`. */
  extensionBase: string;
  browserLanguage: () => string;
  readSettings?: () => Promise<AnnotationSettings>;
}

function checkSender(sender: Sender, deps: AnnotationPageDeps): void {
  if (!isTabContentScript(sender, deps.extensionId, deps.extensionBase)) {
    throw new SenderRefused('annotate: only a content script in a tab may ask this');
  }
}

export async function startOf(
  request: AnnotateStartRequest | undefined,
  sender: Sender,
  deps: AnnotationPageDeps,
): Promise<AnnotateStart> {
  checkSender(sender, deps);
  const settings = await (deps.readSettings ?? readAnnotationSettings)();
  const uiLanguage = await readUiLanguageSetting(deps.area);
  return annotationStart(settings, uiLanguage, deps.browserLanguage(), sender.url, request?.pageLanguage);
}

/** Every open tab hears that the settings changed; tabs without our script just do not answer. */
async function tellOpenPages(): Promise<void> {
  const tabs = await browser.tabs.query({});
  for (const tab of tabs) {
    if (typeof tab.id !== 'number') continue;
    sendMessage('annotateSettingsChanged', undefined, tab.id).catch(() => undefined);
  }
}

export function setupAnnotationPages(deps: AnnotationPageDeps): void {
  onMessage('annotateStart', (message) => startOf(message.data, message.sender, deps));
  onMessage('annotateDismissBanner', async (message) => {
    checkSender(message.sender, deps);
    await dismissBanner(deps.area, message.sender.url);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    if (Object.hasOwn(changes, ANNOTATION_SETTINGS_KEY) || Object.hasOwn(changes, UI_LANGUAGE_KEY)) {
      void tellOpenPages().catch(() => undefined);
    }
  });
}
