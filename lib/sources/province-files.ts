import type { ProvinceRecord } from './province-record';

/**
 * Every province's record, found by file: a file in lib/sources/provinces/ that exports `province`
 * is a province (its test files are not). Only the records are imported: a province file's parser
 * is left out of the bundles that read this (popup, options). Everything that lists provinces is
 * derived from this one list (./province-records.ts), in no particular order.
 */
const found = import.meta.glob<ProvinceRecord>(['./provinces/*.ts', '!./provinces/*.test.ts'], {
  eager: true,
  import: 'province',
});

export const FOUND_PROVINCES: readonly ProvinceRecord[] = Object.values(found);
