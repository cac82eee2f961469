import type { ProvinceCode } from '@/lib/draws/draw';
import type { LabelKey } from '@/lib/i18n/messages';
import { CATEGORY_LABEL_KEYS } from '@/lib/i18n/name-keys';
import type { ProvinceRecord } from '@/lib/sources/province-record';
import { PROVINCE_LABEL_KEYS, PROVINCES as PROVINCE_RECORDS } from '@/lib/sources/province-records';

/**
 * What a profile can refer to: Express Entry categories, provinces, check intervals. Labels are
 * typed i18n message keys (lib/i18n/name-keys.ts), never display text.
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

export type CategoryLabelKey = (typeof CATEGORY_LABEL_KEYS)[ExpressEntryCategoryKey];

export function categoryLabelKey(key: ExpressEntryCategoryKey): CategoryLabelKey {
  return CATEGORY_LABEL_KEYS[key];
}

export const EXPRESS_ENTRY_CATEGORIES: readonly {
  key: ExpressEntryCategoryKey;
  labelKey: CategoryLabelKey;
}[] = EXPRESS_ENTRY_CATEGORY_KEYS.map((key) => ({ key, labelKey: categoryLabelKey(key) }));

/** Every province, from its record, in the order the settings list them. */
export { PROVINCE_CODES } from '@/lib/sources/province-records';
export { isExpressEntryCategory as isExpressEntryCategoryKey } from '../sources/express-entry/categories';

export type ProvinceLabelKey = (typeof PROVINCE_LABEL_KEYS)[ProvinceCode];

export function provinceLabelKey(code: ProvinceCode): ProvinceLabelKey {
  return PROVINCE_LABEL_KEYS[code];
}

export const PROVINCES: readonly { code: ProvinceCode; labelKey: ProvinceLabelKey }[] = PROVINCE_RECORDS.map(
  ({ code }) => ({ code, labelKey: provinceLabelKey(code) }),
);

/** A province no alert can come from yet, as the settings name it: its name and why. */
export interface ProvinceWithoutDraws {
  code: ProvinceCode;
  labelKey: ProvinceLabelKey;
  noteKey: LabelKey;
}

/**
 * What the settings offer of a list of province records: to follow, the provinces whose draws are
 * read; the others are named with why no alert can come from them (a test hands its own records).
 */
export function provinceChoicesOf(records: readonly ProvinceRecord[]): {
  followable: readonly { code: ProvinceCode; labelKey: ProvinceLabelKey }[];
  withoutDraws: readonly ProvinceWithoutDraws[];
} {
  return {
    followable: records.flatMap((record) =>
      record.source.status === 'read' ? [{ code: record.code, labelKey: record.names.province }] : [],
    ),
    withoutDraws: records.flatMap((record) =>
      record.source.status === 'read'
        ? []
        : [{ code: record.code, labelKey: record.names.province, noteKey: record.source.noteKey }],
    ),
  };
}

const choices = provinceChoicesOf(PROVINCE_RECORDS);

/** The provinces the settings offer to follow: a draw (and so an alert) can come from these only. */
export const FOLLOWABLE_PROVINCES = choices.followable;

/** The provinces the settings name as not followable yet, each with why. */
export const PROVINCES_WITHOUT_DRAWS = choices.withoutDraws;

export { isProvinceCode } from '@/lib/sources/province-records';

/** Minutes between checks; the background turns this into an alarm period. */
export const CHECK_INTERVALS_MINUTES = [15, 30, 60, 360] as const;

export type CheckIntervalMinutes = (typeof CHECK_INTERVALS_MINUTES)[number];

/** How the settings name each interval ("every hour"). */
export const CHECK_INTERVAL_LABEL_KEYS = {
  15: 'optionsInterval15',
  30: 'optionsInterval30',
  60: 'optionsInterval60',
  360: 'optionsInterval360',
} as const satisfies Record<CheckIntervalMinutes, LabelKey>;

export const CRS_SCORE_MAX = 1200;

/** Wide enough for every provincial grid (the province records' scale maxima: the registry test holds it above them). */
export const PROVINCIAL_SCORE_MAX = 2000;
