/**
 * Why a poll failed, as facts: a code and its parameters. Text is made from these where it is
 * shown (the popup, in the user's language; `npm run check-sources`, in English for maintainers),
 * never stored as a sentence.
 */

/** What the page looked like, for a maintainer hunting a redesign. */
export interface PageClues {
  /** `<title>`, '' when none. */
  title: string;
  /** `lang` of the page, lower case, '' when undeclared. */
  lang: string;
  /** The title reads like a sign-in, error or robot-check page. */
  looksLikeErrorPage: boolean;
  tables: number;
}

export type FaultReason =
  // The network and the server.
  | { code: 'unreachable'; host: string; cause: string }
  | { code: 'no-answer-in-time'; host: string; seconds: number }
  | { code: 'http-status'; host: string; status: number }
  | { code: 'not-modified-unasked'; host: string }
  | { code: 'off-official-host'; url: string }
  // What came back.
  | { code: 'empty-body' }
  | { code: 'html-instead-of-json' }
  | { code: 'not-json' }
  | { code: 'json-cut-short'; characters: number }
  | { code: 'no-rounds-list' }
  | { code: 'no-rounds' }
  | { code: 'fewer-rounds'; found: number; before: number }
  /** `firstProblem` is the first skipped round's maintainer log line (never shown to users). */
  | { code: 'no-readable-round'; rounds: number; firstProblem: string }
  // A page that is not laid out as its parser expects.
  | { code: 'missing-table'; headers: string[]; page: PageClues }
  | { code: 'missing-key-value-table'; keys: string[]; page: PageClues }
  | { code: 'missing-monthly-table'; page: PageClues }
  | { code: 'missing-post-links'; page: PageClues }
  /** `firstProblem` is the first skipped row's maintainer log line (never shown to users). */
  | { code: 'no-readable-row'; rows: number; firstProblem: string }
  | { code: 'no-draws-any-more'; before: number }
  | { code: 'parser-error'; message: string }
  // Bounded work: more than any real page or feed could hold.
  | { code: 'body-too-large'; limit: number }
  | { code: 'too-many-nodes'; limit: number }
  | { code: 'too-deeply-nested'; limit: number }
  | { code: 'tables-too-large'; limit: number }
  // A feed whose numbers no longer name the rounds they named before.
  | { code: 'number-redated'; number: string; storedDate: string; date: string }
  | { code: 'number-recategorised'; number: string; storedCategory: string; category: string }
  | { code: 'round-under-new-number'; number: string; storedNumber: string; date: string }
  // The browser's storage.
  | { code: 'quota-exceeded' }
  | { code: 'database-error'; name: string; message: string }
  /** A fault recorded by a version of Draw Alerts that kept no reason. */
  | { code: 'earlier-version' };

export type FaultCode = FaultReason['code'];

export type FaultKind =
  | 'network'
  | 'timeout'
  | 'http'
  | 'empty'
  | 'not-json'
  | 'error-page'
  | 'shape'
  | 'truncated'
  | 'layout'
  | 'too-large'
  | 'renumbered'
  | 'storage-full'
  | 'storage-corrupted';

/** Each reason belongs to one kind: the kind decides retries and the headline the user reads. */
const KIND_OF: Record<FaultCode, FaultKind> = {
  unreachable: 'network',
  'no-answer-in-time': 'timeout',
  'http-status': 'http',
  'not-modified-unasked': 'http',
  'off-official-host': 'layout',
  'empty-body': 'empty',
  'html-instead-of-json': 'error-page',
  'not-json': 'not-json',
  'json-cut-short': 'truncated',
  'no-rounds-list': 'shape',
  'no-rounds': 'truncated',
  'fewer-rounds': 'truncated',
  'no-readable-round': 'shape',
  'no-readable-row': 'layout',
  'missing-table': 'layout',
  'missing-key-value-table': 'layout',
  'missing-monthly-table': 'layout',
  'missing-post-links': 'layout',
  'no-draws-any-more': 'layout',
  'parser-error': 'layout',
  'body-too-large': 'too-large',
  'too-many-nodes': 'too-large',
  'too-deeply-nested': 'too-large',
  'tables-too-large': 'too-large',
  'number-redated': 'renumbered',
  'number-recategorised': 'renumbered',
  'round-under-new-number': 'renumbered',
  'quota-exceeded': 'storage-full',
  'database-error': 'storage-corrupted',
  'earlier-version': 'layout',
};

export function faultKindOf(reason: FaultReason): FaultKind {
  return KIND_OF[reason.code];
}

export const FAULT_CODES = Object.keys(KIND_OF) as FaultCode[];
