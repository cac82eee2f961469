import { browser } from 'wxt/browser';
import { originOf } from '@/lib/annotate/sites/sites';

/**
 * The user's choices about annotations, in `browser.storage.local`. Read by the content script
 * (before it does any work), the popup and the background. What storage holds is not trusted: data
 * written by an older version, by hand or by a bug is read field by field, and anything that does not
 * fit is replaced by its default. Hand-written (no valibot) so the content script stays small.
 */

export const ANNOTATION_SETTINGS_KEY = 'annotationSettings';
export const ANNOTATION_SETTINGS_VERSION = 1;
/** More sites than anyone allows by hand; bounds the work of every reader. */
export const MAX_SITES = 500;

export interface AnnotationSettings {
  version: typeof ANNOTATION_SETTINGS_VERSION;
  /** Annotations anywhere at all. */
  enabled: boolean;
  /** Origins (`https://host`) where the user turned annotations off, curated sites included. */
  disabledSites: string[];
  /** Origins the user asked to annotate beyond the curated list (each needs its host permission). */
  allowedSites: string[];
}

export function defaultAnnotationSettings(): AnnotationSettings {
  return { version: ANNOTATION_SETTINGS_VERSION, enabled: true, disabledSites: [], allowedSites: [] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Valid, normalised, distinct origins; anything else in the list is dropped. */
function readOrigins(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const origins = new Set<string>();
  for (const item of value.slice(0, MAX_SITES * 2)) {
    if (typeof item !== 'string' || item.length > 300) continue;
    const origin = originOf(item);
    // Stored values are origins: a URL with a path is not what this version writes.
    if (origin !== null && origin === item) origins.add(origin);
    if (origins.size >= MAX_SITES) break;
  }
  return [...origins];
}

/**
 * Whatever storage holds, as valid settings; never throws. Version 1 is the first: an unversioned
 * or unknown-version record keeps the fields that still fit.
 */
export function parseAnnotationSettings(stored: unknown): AnnotationSettings {
  const settings = defaultAnnotationSettings();
  if (!isRecord(stored)) return settings;
  const own = (key: string): unknown => (Object.hasOwn(stored, key) ? stored[key] : undefined);
  const enabled = own('enabled');
  if (typeof enabled === 'boolean') settings.enabled = enabled;
  settings.disabledSites = readOrigins(own('disabledSites'));
  settings.allowedSites = readOrigins(own('allowedSites'));
  return settings;
}

/** Annotations run on this origin (the curated list or a user-allowed site decides whether the script is there at all). */
export function isAnnotationActive(settings: AnnotationSettings, origin: string | null): boolean {
  return settings.enabled && origin !== null && !settings.disabledSites.includes(origin);
}

/** The storage area the settings live in: `browser.storage.local`, or a fake in tests. */
export interface SettingsStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

function defaultStore(): SettingsStore {
  return browser.storage.local as unknown as SettingsStore;
}

export async function readAnnotationSettings(
  store: SettingsStore = defaultStore(),
): Promise<AnnotationSettings> {
  try {
    const items = await store.get(ANNOTATION_SETTINGS_KEY);
    return parseAnnotationSettings(items[ANNOTATION_SETTINGS_KEY]);
  } catch {
    return defaultAnnotationSettings();
  }
}

/** Read, change, write back (validated on the way in and out). */
export async function updateAnnotationSettings(
  change: (settings: AnnotationSettings) => AnnotationSettings,
  store: SettingsStore = defaultStore(),
): Promise<AnnotationSettings> {
  const next = parseAnnotationSettings(change(await readAnnotationSettings(store)));
  await store.set({ [ANNOTATION_SETTINGS_KEY]: next });
  return next;
}

export function withSite(list: readonly string[], origin: string): string[] {
  return list.includes(origin) ? [...list] : [...list, origin];
}

export function withoutSite(list: readonly string[], origin: string): string[] {
  return list.filter((item) => item !== origin);
}
