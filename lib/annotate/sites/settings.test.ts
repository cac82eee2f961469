import {
  ANNOTATION_SETTINGS_KEY,
  defaultAnnotationSettings,
  isAnnotationActive,
  MAX_SITES,
  parseAnnotationSettings,
  readAnnotationSettings,
  type SettingsStore,
  updateAnnotationSettings,
} from '@/lib/annotate/sites/settings';

function memoryStore(
  initial: Record<string, unknown> = {},
): SettingsStore & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => (Object.hasOwn(data, key) ? { [key]: data[key] } : {}),
    set: async (items) => void Object.assign(data, items),
  };
}

describe('annotation settings read from storage', () => {
  it('defaults to on everywhere with no site listed', () => {
    expect(parseAnnotationSettings(undefined)).toEqual({
      version: 1,
      enabled: true,
      disabledSites: [],
      allowedSites: [],
    });
  });

  it('keeps valid fields and drops what does not fit (older or tampered data)', () => {
    const stored = JSON.parse(
      '{"enabled":"no","__proto__":{"enabled":false},"disabledSites":["https://www.cicnews.com","javascript:alert(1)","https://a.example/path",42],"allowedSites":"https://b.example"}',
    );
    expect(parseAnnotationSettings(stored)).toEqual({
      version: 1,
      enabled: true,
      disabledSites: ['https://www.cicnews.com'],
      allowedSites: [],
    });
    expect(parseAnnotationSettings({ version: 0, enabled: false })).toMatchObject({
      version: 1,
      enabled: false,
    });
    expect(parseAnnotationSettings(['https://a.example'])).toEqual(defaultAnnotationSettings());
  });

  it('bounds and de-duplicates the site lists', () => {
    const many = Array.from({ length: MAX_SITES + 50 }, (_, index) => `https://site${index}.example`);
    const parsed = parseAnnotationSettings({ allowedSites: [...many, 'https://site0.example'] });
    expect(parsed.allowedSites).toHaveLength(MAX_SITES);
    expect(new Set(parsed.allowedSites).size).toBe(MAX_SITES);
  });

  it('is active unless off globally or for the site', () => {
    const settings = { ...defaultAnnotationSettings(), disabledSites: ['https://www.cicnews.com'] };
    expect(isAnnotationActive(settings, 'https://www.canadavisa.com')).toBe(true);
    expect(isAnnotationActive(settings, 'https://www.cicnews.com')).toBe(false);
    expect(isAnnotationActive({ ...settings, enabled: false }, 'https://www.canadavisa.com')).toBe(false);
    expect(isAnnotationActive(settings, null)).toBe(false);
  });

  it('reads, updates and writes back a validated, versioned record', async () => {
    const store = memoryStore({ [ANNOTATION_SETTINGS_KEY]: { enabled: false, allowedSites: ['not a url'] } });
    expect(await readAnnotationSettings(store)).toMatchObject({ enabled: false, allowedSites: [] });
    await updateAnnotationSettings(
      (settings) => ({ ...settings, allowedSites: ['https://a.example'] }),
      store,
    );
    expect(store.data[ANNOTATION_SETTINGS_KEY]).toEqual({
      version: 1,
      enabled: false,
      disabledSites: [],
      allowedSites: ['https://a.example'],
    });
  });

  it('falls back to the defaults when storage fails', async () => {
    const broken: SettingsStore = { get: () => Promise.reject(new Error('gone')), set: async () => {} };
    expect(await readAnnotationSettings(broken)).toEqual(defaultAnnotationSettings());
  });
});
