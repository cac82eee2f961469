import { browser } from 'wxt/browser';
import {
  type AnnotationSettings,
  isAnnotationActive,
  readAnnotationSettings,
  type SettingsStore,
  updateAnnotationSettings,
  withoutSite,
  withSite,
} from '@/lib/annotate/sites/settings';
import { ANNOTATE_SCRIPT_FILE, isCuratedUrl, originOf, originPattern } from '@/lib/annotate/sites/sites';

/**
 * What the popup's "Annotate this site" / "Stop annotating this site" do. The background follows
 * (permissions.onAdded/onRemoved and the settings' storage change re-sync the registered script).
 */

export interface SiteAccessApis {
  /** `permissions.request`: must be the first thing a click handler awaits (it needs the user gesture). */
  request(origins: string[]): Promise<boolean>;
  contains(origins: string[]): Promise<boolean>;
  remove(origins: string[]): Promise<boolean>;
  /** Annotate the tab now (the popup holds activeTab for it), without waiting for a reload. */
  inject(tabId: number): Promise<void>;
  store?: SettingsStore;
}

export function browserSiteAccess(): SiteAccessApis {
  return {
    request: (origins) => browser.permissions.request({ origins }),
    contains: (origins) => browser.permissions.contains({ origins }),
    remove: (origins) => browser.permissions.remove({ origins }),
    inject: async (tabId) => {
      await browser.scripting.executeScript({ target: { tabId }, files: [`/${ANNOTATE_SCRIPT_FILE}`] });
    },
  };
}

export interface TabInfo {
  id?: number;
  url?: string;
}

export type SiteState =
  | { kind: 'unavailable' }
  | {
      kind: 'curated' | 'allowed' | 'not-allowed';
      origin: string;
      host: string;
      /** Annotations run on this site now. */
      active: boolean;
    };

export async function siteStateOf(
  tab: TabInfo | null,
  settings: AnnotationSettings,
  apis: SiteAccessApis,
): Promise<SiteState> {
  const origin = originOf(tab?.url);
  if (origin === null) return { kind: 'unavailable' };
  const host = new URL(origin).host;
  const on = isAnnotationActive(settings, origin);
  if (isCuratedUrl(tab?.url)) return { kind: 'curated', origin, host, active: on };
  const allowed =
    settings.allowedSites.includes(origin) &&
    (await apis.contains([originPattern(origin)]).catch(() => false));
  return { kind: allowed ? 'allowed' : 'not-allowed', origin, host, active: allowed && on };
}

export type AnnotateOutcome = 'annotating' | 'refused' | 'unavailable';

/** "Annotate this site": asks for the site (unless curated), records it, annotates the tab now. */
export async function annotateSite(tab: TabInfo | null, apis: SiteAccessApis): Promise<AnnotateOutcome> {
  const origin = originOf(tab?.url);
  if (origin === null) return 'unavailable';
  const curated = isCuratedUrl(tab?.url);
  // The prompt first: nothing may be awaited before it, or the click's user gesture is gone.
  if (!curated && !(await apis.request([originPattern(origin)]))) return 'refused';
  await updateAnnotationSettings(
    (settings) => ({
      ...settings,
      disabledSites: withoutSite(settings.disabledSites, origin),
      allowedSites: curated ? settings.allowedSites : withSite(settings.allowedSites, origin),
    }),
    apis.store,
  );
  if (tab?.id !== undefined) await apis.inject(tab.id).catch(() => undefined);
  return 'annotating';
}

/** "Stop annotating this site": a curated site is turned off; another site loses its permission too. */
export async function stopAnnotatingSite(tab: TabInfo | null, apis: SiteAccessApis): Promise<void> {
  const origin = originOf(tab?.url);
  if (origin === null) return;
  const curated = isCuratedUrl(tab?.url);
  await updateAnnotationSettings(
    (settings) => ({
      ...settings,
      disabledSites: curated ? withSite(settings.disabledSites, origin) : settings.disabledSites,
      allowedSites: withoutSite(settings.allowedSites, origin),
    }),
    apis.store,
  );
  if (!curated) await apis.remove([originPattern(origin)]).catch(() => false);
}

export function setAnnotationsEnabled(enabled: boolean, store?: SettingsStore): Promise<AnnotationSettings> {
  return updateAnnotationSettings((settings) => ({ ...settings, enabled }), store);
}

export { readAnnotationSettings };
