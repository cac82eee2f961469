import type { FaultKind, FaultReason, PageClues } from './fault-reason';

/** The one place a fault kind becomes a headline (an i18n message key). */
const KEYS: Record<FaultKind, string> = {
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
};

export function faultMessageKey(kind: FaultKind): string {
  return KEYS[kind] ?? 'faultUnknown';
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
