import type { sourcesEn } from '@/lib/i18n/en/sources';
import type { Formatter } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/messages';
import { CATEGORY_SHORT_KEYS } from '@/lib/i18n/name-keys';
import { isExpressEntryCategory } from './express-entry/categories';
import type { FaultKind, FaultReason, PageClues } from './fault-reason';

/** The one place a fault kind becomes a headline: the message of its sentence (the detail follows it). */
const KEYS = {
  network: 'faultNetwork',
  timeout: 'faultTimeout',
  http: 'faultHttp',
  empty: 'faultEmpty',
  'not-json': 'faultNotJson',
  'error-page': 'faultErrorPage',
  shape: 'faultShape',
  truncated: 'faultTruncated',
  layout: 'faultLayout',
  'too-large': 'faultTooLarge',
  renumbered: 'faultRenumbered',
  'storage-full': 'faultStorageFull',
  'storage-corrupted': 'faultStorageCorrupted',
} as const satisfies Record<FaultKind, keyof typeof sourcesEn>;

export type FaultMessageKey = (typeof KEYS)[FaultKind] | 'faultUnknown';

/** A kind stored by another version (unknown here) still gets a sentence. */
export function faultMessageKey(kind: FaultKind): FaultMessageKey {
  return Object.hasOwn(KEYS, kind) ? KEYS[kind] : 'faultUnknown';
}

/**
 * What a fault's reason adds to its kind's sentence, in the reader's language ('' when the kind
 * says it all). A reason stored by another version, or damaged, adds nothing rather than failing.
 */
export function faultDetail(reason: FaultReason, t: Translate, format: Formatter): string {
  try {
    return detailSentences(reason, t, format).join(' ');
  } catch {
    return '';
  }
}

const hostOf = (url: string) => {
  try {
    return new URL(url).host || url;
  } catch {
    return url.slice(0, 80);
  }
};

function pageSentences(page: PageClues, t: Translate): string[] {
  const sentences: string[] = [];
  if (page.looksLikeErrorPage) sentences.push(t('reasonPageLooksLikeError', { title: page.title }));
  if (page.lang && !page.lang.startsWith('en'))
    sentences.push(t('reasonPageInOtherLanguage', { lang: page.lang }));
  return sentences;
}

function categoryName(key: string, t: Translate): string {
  return isExpressEntryCategory(key) ? t(CATEGORY_SHORT_KEYS[key]) : key;
}

function detailSentences(reason: FaultReason, t: Translate, format: Formatter): string[] {
  switch (reason.code) {
    case 'unreachable':
      return [t('reasonUnreachable', { host: reason.host })];
    case 'no-answer-in-time':
      return [t('reasonNoAnswerInTime', { host: reason.host, seconds: reason.seconds })];
    case 'http-status':
      // A status code is not a quantity: it is written as is ("503", never "503,0" or "5 03").
      return [t('reasonHttpStatus', { host: reason.host, status: String(reason.status) })];
    case 'not-modified-unasked':
      return [t('reasonNotModifiedUnasked', { host: reason.host })];
    case 'off-official-host':
      return [t('reasonOffOfficialHost', { host: hostOf(reason.url) })];
    case 'json-cut-short':
      return [t('reasonJsonCutShort', { count: reason.characters })];
    case 'no-rounds-list':
      return [t('reasonNoRoundsList')];
    case 'no-rounds':
      return [t('reasonNoRounds')];
    case 'fewer-rounds':
      return [t('reasonFewerRounds', { found: reason.found, before: reason.before })];
    case 'no-readable-round':
      return [t('reasonNoReadableRound', { count: reason.rounds })];
    case 'no-readable-row':
      return [t('reasonNoReadableRow', { count: reason.rows })];
    case 'missing-table':
      return [t('reasonMissingTable', { headers: list(reason.headers) }), ...pageSentences(reason.page, t)];
    case 'missing-key-value-table':
      return [t('reasonMissingKeyValueTable', { keys: list(reason.keys) }), ...pageSentences(reason.page, t)];
    case 'missing-monthly-table':
      return [t('reasonMissingMonthlyTable'), ...pageSentences(reason.page, t)];
    case 'missing-post-links':
      return [t('reasonMissingPostLinks'), ...pageSentences(reason.page, t)];
    case 'no-draws-any-more':
      return [t('reasonNoDrawsAnyMore', { before: reason.before })];
    case 'parser-error':
      return [t('reasonParserError')];
    case 'body-too-large':
      return [t('reasonBodyTooLarge', { limit: reason.limit })];
    case 'too-many-nodes':
      return [t('reasonTooManyNodes', { limit: reason.limit })];
    case 'too-deeply-nested':
      return [t('reasonTooDeeplyNested', { limit: reason.limit })];
    case 'tables-too-large':
      return [t('reasonTablesTooLarge', { limit: reason.limit })];
    case 'number-redated':
      return [
        t('reasonNumberRedated', {
          number: reason.number,
          storedDate: format.day(reason.storedDate),
          date: format.day(reason.date),
        }),
      ];
    case 'number-recategorised':
      return [
        t('reasonNumberRecategorised', {
          number: reason.number,
          storedCategory: categoryName(reason.storedCategory, t),
          category: categoryName(reason.category, t),
        }),
      ];
    case 'round-under-new-number':
      return [
        t('reasonRoundUnderNewNumber', {
          number: reason.number,
          storedNumber: reason.storedNumber,
          date: format.day(reason.date),
        }),
      ];
    case 'database-error':
      return [t('reasonDatabaseError', { name: reason.name })];
    case 'empty-body':
    case 'html-instead-of-json':
    case 'not-json':
    case 'quota-exceeded':
    case 'earlier-version':
      return [];
    default:
      return [];
  }
}

const count = (n: number) => n.toLocaleString('en');
const list = (items: readonly string[]) => items.join(' / ');

function describePage(page: PageClues): string {
  const hints: string[] = [];
  if (page.lang && !page.lang.startsWith('en'))
    hints.push(`the page is in another language (lang="${page.lang}")`);
  if (page.looksLikeErrorPage) hints.push(`it looks like a sign-in or error page ("${page.title}")`);
  if (hints.length === 0)
    hints.push(page.title ? `page title "${page.title}", ${page.tables} table(s)` : 'no title');
  return hints.join('; ');
}

/**
 * The English sentence a maintainer acts on (`npm run check-sources`, logs). People read the
 * popup's text, made from the same reason in their language.
 */
export function describeFault(reason: FaultReason): string {
  switch (reason.code) {
    case 'unreachable':
      return `could not reach ${reason.host} (${reason.cause}).`;
    case 'no-answer-in-time':
      return `${reason.host} did not answer within ${reason.seconds} s.`;
    case 'http-status':
      return `${reason.host} answered HTTP ${reason.status}.`;
    case 'not-modified-unasked':
      return `${reason.host} answered 304 Not Modified to an unconditional request.`;
    case 'off-official-host':
      return `a link leads off the official hosts (${reason.url}); it was not followed.`;
    case 'empty-body':
      return 'the answer was an empty body.';
    case 'html-instead-of-json':
      return 'the feed answered with an HTML page instead of JSON.';
    case 'not-json':
      return 'the feed answered with something that is not JSON.';
    case 'json-cut-short':
      return `the feed's JSON is cut short or broken (${count(reason.characters)} characters received).`;
    case 'no-rounds-list':
      return 'the JSON has no "rounds" list; IRCC may have changed the feed.';
    case 'no-rounds':
      return 'the feed lists no rounds at all.';
    case 'fewer-rounds':
      return `the answer lists ${count(reason.found)} rounds where ${count(reason.before)} were read before; a partial answer is not stored.`;
    case 'no-readable-round':
      return `none of the ${count(reason.rounds)} rounds could be read (${reason.firstProblem || 'no reason'}).`;
    case 'no-readable-row':
      return `none of the ${count(reason.rows)} rows could be read (${reason.firstProblem || 'no reason'}).`;
    case 'missing-table':
      return `no table with headers ${list(reason.headers)} (${describePage(reason.page)}).`;
    case 'missing-key-value-table':
      return `no table with rows ${list(reason.keys)} (${describePage(reason.page)}).`;
    case 'missing-monthly-table':
      return `no table of monthly counts (rows like "January 2026 | 363") (${describePage(reason.page)}).`;
    case 'missing-post-links':
      return `no links to "Expression of Interest Draw #N" posts (${describePage(reason.page)}).`;
    case 'no-draws-any-more':
      return `the page lists no draws where it listed ${count(reason.before)} before; its layout may have changed.`;
    case 'parser-error':
      return `the page could not be read (${reason.message}).`;
    case 'body-too-large':
      return `the answer is larger than ${count(reason.limit)} characters; no real page or feed is, so it is not read.`;
    case 'too-many-nodes':
      return `the page has more than ${count(reason.limit)} HTML nodes; no real page has, so it is not read.`;
    case 'too-deeply-nested':
      return `the page nests elements more than ${count(reason.limit)} deep; no real page does, so it is not read.`;
    case 'tables-too-large':
      return `the page's tables fill more than ${count(reason.limit)} cells; no real page's do, so it is not read.`;
    case 'number-redated':
      return `round ${reason.number}, stored as of ${reason.storedDate}, is now dated ${reason.date}: the rounds look renumbered, so nothing was stored.`;
    case 'number-recategorised':
      return `round ${reason.number}, stored as a "${reason.storedCategory}" round, is now a "${reason.category}" round: the rounds look renumbered, so nothing was stored.`;
    case 'round-under-new-number':
      return `round ${reason.number} repeats stored round ${reason.storedNumber} of ${reason.date}: the rounds look renumbered, so nothing was stored.`;
    case 'quota-exceeded':
      return 'the browser has no storage space left for Draw Alerts.';
    case 'database-error':
      return `the browser's database failed (${reason.name}: ${reason.message}).`;
    case 'earlier-version':
      return 'recorded by an earlier version of Draw Alerts, without details.';
  }
}
