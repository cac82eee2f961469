import { findDates } from '@/lib/annotate/finding/dates';
import type { PublishedRule } from '@/lib/annotate/sites/layout';

/**
 * When an article was published: where its site's rule says (an attribute, or a byline such as
 * "Published on February 22nd, 2023"), else the metadata pages carry. Third-party markup: every value is
 * checked, JSON-LD is parsed defensively (size, depth and node limits; anything malformed is skipped).
 */

export interface PublishedDate {
  /** The calendar day as the publisher states it (its own time zone), YYYY-MM-DD. */
  date: string;
  /** The instant, ISO, when the source gives a time; otherwise null. */
  instant: string | null;
  source: 'site' | 'meta' | 'json-ld' | 'time';
}

const ISO_PREFIX =
  /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
/** The metadata pages carry, as rules of the same shape as a site's (lib/annotate/sites/sites.ts). */
const META_RULES: readonly PublishedRule[] = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[property="og:published_time"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.issued"]',
].map((selector) => ({ selector, attribute: 'content' }));

/** A `<time datetime>` marked as the publication time first, then the first one in an article. */
const TIME_RULES: readonly PublishedRule[] = [
  'time[itemprop="datePublished"][datetime]',
  'time[pubdate][datetime]',
  'time.published[datetime], time.entry-date[datetime]',
  'article time[datetime]',
  'time[datetime]',
].map((selector) => ({ selector, attribute: 'datetime' }));

const MAX_JSON_LD_LENGTH = 500_000;
const MAX_JSON_LD_SCRIPTS = 20;
const MAX_DEPTH = 8;
const MAX_NODES = 5_000;
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const ARTICLE_TYPES = /Article|BlogPosting|NewsArticle|Report|WebPage|Posting/i;

/** A plausible ISO date or date-time, or null. Offsets are kept so the instant stays exact. */
export function parsePublishedValue(value: string, source: PublishedDate['source']): PublishedDate | null {
  const match = ISO_PREFIX.exec(value.slice(0, 64));
  if (match === null) return null;
  const [, year, month, day, hours, minutes, seconds, zone] = match;
  const date = `${year}-${month}-${day}`;
  const check = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== date) return null;
  if (Number(year) < 1990 || Number(year) > 2200) return null;
  let instant: string | null = null;
  if (hours !== undefined && minutes !== undefined) {
    const zonePart =
      zone === undefined
        ? 'Z'
        : zone === 'Z'
          ? 'Z'
          : zone.includes(':')
            ? zone
            : `${zone.slice(0, 3)}:${zone.slice(3)}`;
    const parsed = new Date(`${date}T${hours}:${minutes}:${seconds ?? '00'}${zonePart}`);
    if (!Number.isNaN(parsed.getTime())) instant = parsed.toISOString();
  }
  return { date, instant, source };
}

/**
 * The places a publication date is looked for, in order, one query each: a caller on a huge page can
 * let the page run between them (a query that finds nothing reads the whole document).
 */
export function publishedDateSteps(
  document: Document,
  rules: readonly PublishedRule[] = [],
): Array<() => PublishedDate | null> {
  const each = (list: readonly PublishedRule[], source: PublishedDate['source']) =>
    list.map((rule) => () => fromRules(document, [rule], source));
  return [
    ...each(rules, 'site'),
    ...each(META_RULES, 'meta'),
    () => fromJsonLd(document),
    ...each(TIME_RULES, 'time'),
  ];
}

export function extractPublishedDate(
  document: Document,
  rules: readonly PublishedRule[] = [],
): PublishedDate | null {
  for (const step of publishedDateSteps(document, rules)) {
    const found = step();
    if (found !== null) return found;
  }
  return null;
}

/** A byline's text is short: more than this is not a byline. */
const MAX_BYLINE = 300;

function fromRules(
  document: Document,
  rules: readonly PublishedRule[],
  source: PublishedDate['source'],
): PublishedDate | null {
  for (const rule of rules) {
    const element = document.querySelector(rule.selector);
    if (element === null) continue;
    if (rule.attribute !== undefined) {
      const value = element.getAttribute(rule.attribute);
      const parsed = value ? parsePublishedValue(value, source) : null;
      if (parsed !== null) return parsed;
      continue;
    }
    const text = (element.textContent ?? '').slice(0, MAX_BYLINE);
    for (const language of ['en', 'fr'] as const) {
      const date = findDates(text, undefined, language).find((found) => found.iso !== null)?.iso;
      if (date != null) return { date, instant: null, source };
    }
  }
  return null;
}

function fromJsonLd(document: Document): PublishedDate | null {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  let seen = 0;
  for (const script of scripts) {
    if (++seen > MAX_JSON_LD_SCRIPTS) break;
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_LD_LENGTH) continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue;
    }
    const value = findDatePublished(data);
    if (value !== null) {
      const parsed = parsePublishedValue(value, 'json-ld');
      if (parsed !== null) return parsed;
    }
  }
  return null;
}

/**
 * `datePublished` of the first article-like node (breadth-first through `@graph`, arrays and nested
 * objects); a `datePublished` on another node type only if no article has one.
 */
export function findDatePublished(data: unknown): string | null {
  const queue: Array<{ value: unknown; depth: number }> = [{ value: data, depth: 0 }];
  let fallback: string | null = null;
  let visited = 0;
  while (visited < queue.length && visited < MAX_NODES) {
    const next = queue[visited];
    visited += 1;
    if (next === undefined || next.depth > MAX_DEPTH) continue;
    const { value, depth } = next;
    if (Array.isArray(value)) {
      for (const item of value) queue.push({ value: item, depth: depth + 1 });
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    const record = value as Record<string, unknown>;
    const published = firstString(Object.hasOwn(record, 'datePublished') ? record.datePublished : undefined);
    if (published !== null) {
      const type = Object.hasOwn(record, '@type') ? record['@type'] : undefined;
      const types = Array.isArray(type) ? type : [type];
      if (types.some((item) => typeof item === 'string' && ARTICLE_TYPES.test(item))) return published;
      fallback ??= published;
    }
    for (const key of Object.keys(record)) {
      // JSON.parse makes "__proto__" an own key: never follow it (nor its friends) anywhere.
      if (UNSAFE_KEYS.has(key)) continue;
      const child = record[key];
      if (child !== null && typeof child === 'object') queue.push({ value: child, depth: depth + 1 });
    }
  }
  return fallback;
}

function firstString(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.find((item): item is string => typeof item === 'string') ?? null;
  return null;
}
