import type { Draw, DrawSystem, ProvinceCode } from '@/lib/draws/draw';
import { isExpressEntryCategoryKey, isProvinceCode } from '@/lib/profile/catalog';
import type { ExpressEntryCategory } from '@/lib/sources/express-entry/categories';
import { provinceRecord } from '@/lib/sources/province-records';
import { expressEntryGroup } from './category-groups';

/**
 * What the history page shows, as it is written in its address (`draw-history.html?system=express-entry&
 * category=french&year=2026`), so a view can be bookmarked and reopened. The address is user input:
 * a value that is not one of ours is dropped, never trusted.
 */
export interface HistoryFilters {
  system: DrawSystem | null;
  /** An Express Entry category, across its renames (lib/history/category-groups.ts). */
  category: ExpressEntryCategory | null;
  province: ProvinceCode | null;
  /** A provincial stream's key (`Draw.category`), within the province. */
  stream: string | null;
  year: number | null;
  /** ISO days, both included. */
  from: string | null;
  to: string | null;
  /** A round number (`432`, `#91a`) or words of its name, stream or notes. */
  search: string;
  sort: SortKey;
  direction: 'asc' | 'desc';
}

export const SORT_KEYS = ['date', 'number', 'category', 'invitations', 'score'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

const SYSTEMS = ['express-entry', 'pnp', 'quebec'] as const satisfies readonly DrawSystem[];

export const NO_FILTERS: HistoryFilters = {
  system: null,
  category: null,
  province: null,
  stream: null,
  year: null,
  from: null,
  to: null,
  search: '',
  sort: 'date',
  direction: 'desc',
};

const FIRST_YEAR = 2015;
const MAX_SEARCH = 100;
const isIsoDay = (text: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
const pick = <T extends string>(list: readonly T[], value: string | null): T | null =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : null;

/** The filters an address asks for; anything unknown, malformed or contradictory is left out. */
export function filtersFromSearch(search: string, thisYear: number): HistoryFilters {
  const params = new URLSearchParams(search);
  const get = (name: string) => params.get(name);
  const year = Number(get('year'));
  const filters: HistoryFilters = {
    system: pick(SYSTEMS, get('system')),
    category: isExpressEntryCategoryKey(get('category')) ? (get('category') as ExpressEntryCategory) : null,
    province: isProvinceCode(get('province')) ? (get('province') as ProvinceCode) : null,
    stream: /^[a-z0-9-]{1,80}$/.test(get('stream') ?? '') ? get('stream') : null,
    year: Number.isInteger(year) && year >= FIRST_YEAR && year <= thisYear + 1 ? year : null,
    from: isIsoDay(get('from') ?? '') ? get('from') : null,
    to: isIsoDay(get('to') ?? '') ? get('to') : null,
    search: (get('q') ?? '').slice(0, MAX_SEARCH),
    sort: pick(SORT_KEYS, get('sort')) ?? 'date',
    direction: get('dir') === 'asc' ? 'asc' : 'desc',
  };
  return consistent(filters);
}

/**
 * A category is Express Entry's, a province and its streams are not: choosing one narrows the
 * system, and a filter of the other side is dropped rather than showing nothing.
 */
export function consistent(filters: HistoryFilters): HistoryFilters {
  const next = { ...filters };
  if (next.category !== null) next.system = 'express-entry';
  if (next.system === 'express-entry') {
    next.province = null;
    next.stream = null;
  } else {
    next.category = null;
  }
  if (next.province !== null && next.system === null) next.system = provinceRecord(next.province).system;
  if (next.stream !== null && next.province === null) next.stream = null;
  if (next.from !== null && next.to !== null && next.from > next.to)
    [next.from, next.to] = [next.to, next.from];
  return next;
}

/** The address's query for `filters`: only what differs from no filter, in a fixed order. */
export function searchFromFilters(filters: HistoryFilters): string {
  const params = new URLSearchParams();
  const entries: [string, string | number | null][] = [
    ['system', filters.system],
    ['category', filters.category],
    ['province', filters.province],
    ['stream', filters.stream],
    ['year', filters.year],
    ['from', filters.from],
    ['to', filters.to],
    ['q', filters.search.trim() || null],
    ['sort', filters.sort === 'date' ? null : filters.sort],
    ['dir', filters.direction === 'desc' ? null : filters.direction],
  ];
  for (const [name, value] of entries) if (value !== null) params.set(name, String(value));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** A draw's round number as people type it: `#432`, `432`, `91A`. */
const ROUND_NUMBER = /^#?\s*(\d{1,5}[a-z]?)$/i;

/**
 * The draws the filters let through, sorted. `wordsOf` gives what a text search looks in for a draw
 * (its names in the reader's language, its notes): the page knows the words, this module does not.
 */
export function applyFilters<D extends FilterableDraw>(
  draws: readonly D[],
  filters: HistoryFilters,
  wordsOf: (draw: D) => string,
): D[] {
  const search = filters.search.trim();
  const number = ROUND_NUMBER.exec(search)?.[1]?.toLowerCase() ?? null;
  const needle = search.toLocaleLowerCase();
  const shown = draws.filter((draw) => {
    if (filters.system !== null && draw.system !== filters.system) return false;
    if (filters.category !== null && expressEntryGroup(draw) !== filters.category) return false;
    if (filters.province !== null && draw.province !== filters.province) return false;
    if (filters.stream !== null && draw.category !== filters.stream) return false;
    if (filters.year !== null && !inYear(draw, filters.year)) return false;
    if (filters.from !== null && (draw.dateEnd ?? draw.date) < filters.from) return false;
    if (filters.to !== null && draw.date > filters.to) return false;
    if (needle === '') return true;
    if (number !== null) return draw.number?.toLowerCase() === number;
    return wordsOf(draw).toLocaleLowerCase().includes(needle);
  });
  return sortDraws(shown, filters.sort, filters.direction);
}

export type FilterableDraw = Pick<
  Draw,
  | 'system'
  | 'province'
  | 'category'
  | 'categoryName'
  | 'date'
  | 'dateEnd'
  | 'number'
  | 'sequence'
  | 'invitations'
  | 'minScore'
  | 'sourceId'
>;

function inYear(draw: FilterableDraw, year: number): boolean {
  const first = Number(draw.date.slice(0, 4));
  const last = Number((draw.dateEnd ?? draw.date).slice(0, 4));
  return first <= year && year <= last;
}

/** Newest first by default; same-day rounds by their number (91a before 91b). */
export function sortDraws<D extends FilterableDraw>(
  draws: D[],
  key: SortKey,
  direction: 'asc' | 'desc',
): D[] {
  const sign = direction === 'asc' ? 1 : -1;
  const chronological = (a: D, b: D) =>
    compareText(a.date, b.date) || a.sequence - b.sequence || compareText(a.sourceId, b.sourceId);
  if (key === 'date') return draws.sort((a, b) => sign * chronological(a, b));
  if (key === 'category') {
    return draws.sort((a, b) => sign * compareText(groupName(a), groupName(b)) || -chronological(a, b));
  }
  const sortValue = VALUES[key];
  return draws.sort((a, b) => {
    const [x, y] = [sortValue(a), sortValue(b)];
    // Draws without the value (no published score) go last whichever way the column is sorted.
    if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0) || -chronological(a, b);
    // Ties fall back to the date, newest first.
    return sign * (x - y) || -chronological(a, b);
  });
}

const VALUES: Record<'number' | 'invitations' | 'score', (draw: FilterableDraw) => number | null> = {
  number: (draw) => (draw.number === null ? null : draw.sequence),
  invitations: (draw) => draw.invitations?.value ?? null,
  score: (draw) => draw.minScore,
};

const groupName = (draw: FilterableDraw) =>
  draw.system === 'express-entry' ? expressEntryGroup(draw) : `${draw.province ?? ''} ${draw.categoryName}`;
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
