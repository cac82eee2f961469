import type { PressNames, ProvinceCode } from './province-record';

/**
 * How news articles name each province, for the annotator: each province file's `press` export
 * (the same object its record holds). Read alone, so that the content script carries these and no
 * other part of the records; a file's name is its code (the registry test holds every file to it).
 */
const found = import.meta.glob<PressNames>(['./provinces/*.ts', '!./provinces/*.test.ts'], {
  eager: true,
  import: 'press',
});

export interface ProvincePress extends PressNames {
  code: ProvinceCode;
}

/** The code a province file is named by: its name, in capitals (`./provinces/xx.ts` → `XX`). */
export function codeOfProvinceFile(path: string): string {
  return (path.split('/').pop() ?? '').replace(/\.ts$/, '').toUpperCase();
}

/** In the order of their codes. */
export const PROVINCE_PRESS: readonly ProvincePress[] = Object.entries(found)
  .map(([path, press]) => ({ code: codeOfProvinceFile(path) as ProvinceCode, ...press }))
  .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
