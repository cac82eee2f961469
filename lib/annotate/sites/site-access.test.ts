import {
  ANNOTATION_SETTINGS_KEY,
  parseAnnotationSettings,
  type SettingsStore,
} from '@/lib/annotate/sites/settings';
import {
  annotateSite,
  type SiteAccessApis,
  setAnnotationsEnabled,
  siteStateOf,
  stopAnnotatingSite,
} from '@/lib/annotate/sites/site-access';

function fakes(grant: boolean) {
  const data: Record<string, unknown> = {};
  const calls: string[] = [];
  const granted = new Set<string>();
  const store: SettingsStore = {
    get: async (key) => {
      calls.push('storage.get');
      return Object.hasOwn(data, key) ? { [key]: data[key] } : {};
    },
    set: async (items) => void Object.assign(data, items),
  };
  const apis: SiteAccessApis = {
    request: async (origins) => {
      calls.push(`request ${origins.join(' ')}`);
      if (grant) for (const origin of origins) granted.add(origin);
      return grant;
    },
    contains: async (origins) => origins.every((origin) => granted.has(origin)),
    remove: async (origins) => {
      calls.push(`remove ${origins.join(' ')}`);
      for (const origin of origins) granted.delete(origin);
      return true;
    },
    inject: async (tabId) => void calls.push(`inject ${tabId}`),
    store,
  };
  const settings = () => parseAnnotationSettings(data[ANNOTATION_SETTINGS_KEY]);
  return { apis, calls, settings };
}

const other = { id: 7, url: 'https://immigrationcoach.ca/express-entry-draw-238/' };
const curated = { id: 8, url: 'https://www.cicnews.com/2023/01/x.html' };

describe('Annotate this site / Stop annotating this site', () => {
  it('asks for the site first (in the click gesture), records it, annotates the tab', async () => {
    const { apis, calls, settings } = fakes(true);
    expect(await siteStateOf(other, settings(), apis)).toMatchObject({ kind: 'not-allowed', active: false });
    expect(await annotateSite(other, apis)).toBe('annotating');
    expect(calls[0]).toBe('request https://immigrationcoach.ca/*');
    expect(calls.at(-1)).toBe('inject 7');
    expect(settings().allowedSites).toEqual(['https://immigrationcoach.ca']);
    expect(await siteStateOf(other, settings(), apis)).toMatchObject({
      kind: 'allowed',
      active: true,
      host: 'immigrationcoach.ca',
    });

    await stopAnnotatingSite(other, apis);
    expect(calls).toContain('remove https://immigrationcoach.ca/*');
    expect(settings().allowedSites).toEqual([]);
    expect(await siteStateOf(other, settings(), apis)).toMatchObject({ kind: 'not-allowed', active: false });
  });

  it('records nothing when the user refuses', async () => {
    const { apis, calls, settings } = fakes(false);
    expect(await annotateSite(other, apis)).toBe('refused');
    expect(calls).toEqual(['request https://immigrationcoach.ca/*']);
    expect(settings().allowedSites).toEqual([]);
  });

  it('turns a curated site off and on without asking for anything', async () => {
    const { apis, calls, settings } = fakes(false);
    expect(await siteStateOf(curated, settings(), apis)).toMatchObject({ kind: 'curated', active: true });
    await stopAnnotatingSite(curated, apis);
    expect(settings().disabledSites).toEqual(['https://www.cicnews.com']);
    expect(await siteStateOf(curated, settings(), apis)).toMatchObject({ kind: 'curated', active: false });
    expect(await annotateSite(curated, apis)).toBe('annotating');
    expect(settings().disabledSites).toEqual([]);
    expect(calls.some((call) => call.startsWith('request') || call.startsWith('remove'))).toBe(false);
  });

  it('cannot annotate browser pages, and the global switch turns everything off', async () => {
    const { apis, settings } = fakes(true);
    expect(await annotateSite({ id: 1, url: 'chrome://extensions/' }, apis)).toBe('unavailable');
    expect(await siteStateOf({ url: 'file:///tmp/a.html' }, settings(), apis)).toEqual({
      kind: 'unavailable',
    });
    await setAnnotationsEnabled(false, apis.store);
    expect(await siteStateOf(curated, settings(), apis)).toMatchObject({ kind: 'curated', active: false });
  });
});
