import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useUi } from '@/components/ui-context';
import type { AnnotationSettings } from '@/lib/annotate/sites/settings';
import {
  annotateSite,
  browserSiteAccess,
  readAnnotationSettings,
  type SiteAccessApis,
  type SiteState,
  setAnnotationsEnabled,
  siteStateOf,
  stopAnnotatingSite,
  type TabInfo,
} from '@/lib/annotate/sites/site-access';

export interface SiteAnnotationControlProps {
  /** The active tab. Omitted: the control asks `tabs.query({ active: true, currentWindow: true })`. */
  tab?: TabInfo | null;
  /** The extension APIs it uses; tests pass fakes. */
  apis?: SiteAccessApis;
}

async function activeTab(): Promise<TabInfo | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab === undefined
    ? null
    : { ...(tab.id === undefined ? {} : { id: tab.id }), ...(tab.url ? { url: tab.url } : {}) };
}

/** The popup's annotation controls: this site on/off (asking for the site at runtime), and everywhere on/off. */
export function SiteAnnotationControl({ tab, apis: given }: SiteAnnotationControlProps) {
  const { t } = useUi();
  const [apis] = useState<SiteAccessApis>(() => given ?? browserSiteAccess());
  const [currentTab, setCurrentTab] = useState<TabInfo | null | undefined>(tab);
  const [settings, setSettings] = useState<AnnotationSettings | null>(null);
  const [site, setSite] = useState<SiteState | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(
    async (forTab: TabInfo | null) => {
      const next = await readAnnotationSettings(apis.store);
      setSettings(next);
      setSite(await siteStateOf(forTab, next, apis));
    },
    [apis],
  );

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const found = tab !== undefined ? tab : await activeTab().catch(() => null);
      if (cancelled) return;
      setCurrentTab(found);
      await refresh(found);
    })();
    return () => {
      cancelled = true;
    };
  }, [tab, refresh]);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setMessage(null);
    try {
      await action();
    } catch (error) {
      setMessage(t('annotateSiteError', { error: error instanceof Error ? error.message : String(error) }));
    } finally {
      await refresh(currentTab ?? null).catch(() => undefined);
      setBusy(false);
    }
  };

  // No await before annotateSite: the permission prompt needs this click's user gesture.
  const onAnnotate = () =>
    run(async () => {
      const outcome = await annotateSite(currentTab ?? null, apis);
      if (outcome === 'refused' && site?.kind !== 'unavailable' && site !== null) {
        setMessage(t('annotatePermissionRefused', { site: site.host }));
      }
    });
  const onStop = () => run(() => stopAnnotatingSite(currentTab ?? null, apis));
  const onToggle = (event: Event) => {
    const enabled = (event.currentTarget as HTMLInputElement).checked;
    void run(async () => {
      await setAnnotationsEnabled(enabled, apis.store);
    });
  };

  if (settings === null || site === null) return null;
  return (
    <section class="site-annotation" aria-label={t('annotateGlobalSwitch')}>
      <label>
        <input type="checkbox" checked={settings.enabled} disabled={busy} onChange={onToggle} />{' '}
        {t('annotateGlobalSwitch')}
      </label>
      {site.kind === 'unavailable' ? (
        <p class="site-annotation-status">{t('annotateSiteUnavailable')}</p>
      ) : settings.enabled ? (
        <p class="site-annotation-status">
          {t(site.active ? 'annotateSiteOn' : 'annotateSiteOff', { site: site.host })}{' '}
          {site.active ? (
            <button type="button" disabled={busy} onClick={onStop}>
              {t('annotateStopThisSite')}
            </button>
          ) : (
            <button type="button" disabled={busy} onClick={onAnnotate}>
              {t(site.kind === 'curated' ? 'annotateResumeThisSite' : 'annotateThisSite')}
            </button>
          )}
        </p>
      ) : null}
      {message === null ? null : (
        <p class="site-annotation-message" role="alert">
          {message}
        </p>
      )}
    </section>
  );
}
