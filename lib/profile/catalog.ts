import type { ProvinceCode } from '@/lib/draws/draw';

/**
 * What a profile can refer to: Express Entry categories, provinces, check intervals. Labels are
 * i18n message keys (English text in `profileMessagesEn`), never display text.
 */

// The parser's list is the one list of categories: the profile follows what the parser can produce.
export {
  EXPRESS_ENTRY_CATEGORY_KEYS,
  type ExpressEntryCategory as ExpressEntryCategoryKey,
} from '../sources/express-entry/categories';

import {
  EXPRESS_ENTRY_CATEGORY_KEYS,
  type ExpressEntryCategory as ExpressEntryCategoryKey,
} from '../sources/express-entry/categories';

/** `cec` → `categoryCec`, `senior-managers` → `categorySeniorManagers`. */
export function categoryLabelKey(key: ExpressEntryCategoryKey): string {
  return `category${key.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase())}`;
}

export const EXPRESS_ENTRY_CATEGORIES: readonly { key: ExpressEntryCategoryKey; labelKey: string }[] =
  EXPRESS_ENTRY_CATEGORY_KEYS.map((key) => ({ key, labelKey: categoryLabelKey(key) }));

export function isExpressEntryCategoryKey(value: unknown): value is ExpressEntryCategoryKey {
  return (EXPRESS_ENTRY_CATEGORY_KEYS as readonly unknown[]).includes(value);
}

/** Every ProvinceCode of `lib/draws/draw.ts`, in the order the settings list them. */
export const PROVINCE_CODES = [
  'AB',
  'BC',
  'MB',
  'NB',
  'NL',
  'NS',
  'ON',
  'PE',
  'QC',
  'SK',
] as const satisfies readonly ProvinceCode[];

// Fails to compile when draw.ts gains a province this list lacks.
type MissingProvince = Exclude<ProvinceCode, (typeof PROVINCE_CODES)[number]>;
export const everyProvinceListed: [MissingProvince] extends [never] ? true : never = true;

export function provinceLabelKey(code: ProvinceCode): string {
  return `province${code}`;
}

export const PROVINCES: readonly { code: ProvinceCode; labelKey: string }[] = PROVINCE_CODES.map((code) => ({
  code,
  labelKey: provinceLabelKey(code),
}));

export function isProvinceCode(value: unknown): value is ProvinceCode {
  return (PROVINCE_CODES as readonly unknown[]).includes(value);
}

/** Minutes between checks; the background turns this into an alarm period. */
export const CHECK_INTERVALS_MINUTES = [15, 30, 60, 360] as const;

export type CheckIntervalMinutes = (typeof CHECK_INTERVALS_MINUTES)[number];

export const CRS_SCORE_MAX = 1200;

/** Wide enough for every provincial grid (BC SIRS, MPNP EOI up to 1000, ...). */
export const PROVINCIAL_SCORE_MAX = 2000;
