import type { ClaimField, CountQualifier } from '@/lib/annotate/finding/claim';
import { findDates } from '@/lib/annotate/finding/dates';

/**
 * Patterns for the figures of a draw in one sentence. Every pattern is precompiled, anchored on a
 * keyword and has bounded gaps, so a long page costs linear time.
 */

export interface FoundFigure {
  field: ClaimField;
  /** Number for counts and scores; ISO text for dates and instants; the number as written for `number`. */
  value: number | string;
  qualifier?: CountQualifier;
  /** Range of the value itself (where a badge goes after). */
  start: number;
  end: number;
}

/** A count: "5,500", "336"; never part of a longer number or a decimal. */
const COUNT = String.raw`(\d{1,3}(?:,\d{3})+|\d{1,6})(?![,.]?\d)`;
const QUALIFIER = String.raw`(?:(more than|over|nearly|almost|about|approximately|around|roughly|close to|up to|fewer than|less than|under)\s{1,3})?`;
const STRONG_NOUN = String.raw`(?:new\s{1,3})?(?:ITAs?\b|invitations?\b|invites\b|LAAs?\b|Letters? of Advice to Apply|NOIs?\b|Notifications? of Interest)`;

const COUNT_BEFORE_NOUN = new RegExp(String.raw`\b${QUALIFIER}${COUNT}\s{1,3}${STRONG_NOUN}`, 'gi');
const COUNT_AFTER_LABEL = new RegExp(
  String.raw`\b(?:number of (?:invitations|ITAs)(?: issued)?|invitations issued|ITAs issued|size of (?:the )?round)\s{0,3}[:\-–]?\s{0,3}${COUNT}`,
  'gi',
);
const COUNT_AFTER_VERB = new RegExp(
  String.raw`\b(?:invit(?:ed|es|ing)|select(?:ed|s|ing))\s{1,3}(?:a total of\s{1,3})?${QUALIFIER}${COUNT}\s{1,3}(?:new\s|eligible\s|Express Entry\s|EOI\s)?\s{0,2}(?:candidates|applicants|profiles|people|individuals|foreign nationals)\b`,
  'gi',
);

/** A score: at most 4 digits, not a count with separators, not a percentage or a duration. */
const SCORE = String.raw`(\d{1,4})(?![,.]?\d)(?!\s{0,2}(?:%|percent|years?|months?|weeks?|days?|hours?|NOCs?|occupations)\b)`;
/** Keyword, then at most 60 characters without digits or sentence ends, then the score. */
const SCORE_AFTER_KEYWORD = new RegExp(
  String.raw`\b(minimum|lowest|cut[- ]?off|cutoff|CRS|SIRS)\b([^\d.\n]{0,60}?)${SCORE}`,
  'gi',
);
const SCORE_OR_ABOVE = new RegExp(
  String.raw`\bscore\s{1,3}of\s{1,3}${SCORE}\s{1,3}(?:points\s{1,3})?(?:or|and)\s{1,3}(?:above|higher|more)\b`,
  'gi',
);
/** Gaps that turn a score into a change, a range or a statistic. */
const NOT_A_MINIMUM =
  /\b(?:between|rang\w*|from|by|increas\w*|decreas\w*|reduc\w*|drop\w*|fell|rose|jump\w*|average|median|than|up|down|requirement|compared|remained|previous|last)\b|[+±]/i;
/** "minimum"/"lowest" alone is too loose ("minimum of 2 years"): the gap must name a score. */
const NAMES_A_SCORE = /score|CRS|SIRS|points|EOI|cut[- ]?off/i;

const DRAW_NUMBER =
  /\b(?:draw|round)(?:\s{1,3}of\s{1,3}invitations)?\s{0,3}(#|No\.?|number)?\s{0,3}(\d{1,4}[ab]?)\b(?![,.]?\d)/gi;
const EXPRESS_ENTRY_NUMBER = /\bExpress Entry\s{1,3}#(\d{1,4}[ab]?)\b/gi;
const COUNT_NOUN_AFTER =
  /^\s{0,3}(?:candidates|applicants|ITAs|invitations|people|profiles|LAAs|NOIs|points)\b/i;

const TIE_BREAK_TRIGGER =
  /\btie[- ]breaking rule\b|\b(?:created|submitted)\b[^.\n]{0,80}?\bbefore\b|\bprofiles? (?:created|submitted) before\b/gi;
const TIME = /(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s{0,2}(?:([ap])\.?m\.?)?/i;

/** "2025-02-11" + "7:47 am" → "2025-02-11T07:47Z" (IRCC states these times in UTC). */
function instantOf(isoDay: string, time: RegExpExecArray): string | null {
  let hours = Number(time[1]);
  const half = time[4]?.toLowerCase();
  if (half === 'p' && hours < 12) hours += 12;
  if (half === 'a' && hours === 12) hours = 0;
  if (hours > 23) return null;
  const seconds = time[3] === undefined ? '' : `:${time[3]}`;
  return `${isoDay}T${hours < 10 ? `0${hours}` : hours}:${time[2]}${seconds}Z`;
}

function toNumber(text: string): number {
  return Number(text.replace(/,/g, ''));
}

function qualifierOf(word: string | undefined): CountQualifier {
  if (word === undefined) return 'exact';
  const lower = word.toLowerCase();
  if (lower === 'more than' || lower === 'over') return 'more-than';
  if (lower === 'fewer than' || lower === 'less than' || lower === 'under' || lower === 'up to')
    return 'fewer-than';
  return 'about';
}

/** Range of capture group `group` in `match`, found from the end of the whole match. */
function groupRange(match: RegExpExecArray, value: string, fromEnd: boolean): { start: number; end: number } {
  const offset = fromEnd ? match[0].lastIndexOf(value) : match[0].indexOf(value);
  const start = match.index + offset;
  return { start, end: start + value.length };
}

function execAll(pattern: RegExp, text: string, each: (match: RegExpExecArray) => void): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    each(match);
    if (match[0].length === 0) pattern.lastIndex += 1;
  }
}

export function findInvitations(text: string): FoundFigure[] {
  const found: FoundFigure[] = [];
  const add = (match: RegExpExecArray, qualifierText: string | undefined, countText: string | undefined) => {
    if (countText === undefined) return;
    const range = groupRange(match, countText, false);
    if (found.some((figure) => figure.start === range.start)) return;
    found.push({
      field: 'invitations',
      value: toNumber(countText),
      qualifier: qualifierOf(qualifierText),
      ...range,
    });
  };
  execAll(COUNT_BEFORE_NOUN, text, (match) => add(match, match[1], match[2]));
  execAll(COUNT_AFTER_LABEL, text, (match) => add(match, undefined, match[1]));
  execAll(COUNT_AFTER_VERB, text, (match) => add(match, match[1], match[2]));
  return found.sort((a, b) => a.start - b.start);
}

export function findMinScores(text: string): FoundFigure[] {
  const found: FoundFigure[] = [];
  const add = (match: RegExpExecArray, scoreText: string | undefined) => {
    if (scoreText === undefined) return;
    const value = Number(scoreText);
    if (value < 1 || value > 1200) return;
    const range = groupRange(match, scoreText, true);
    if (found.some((figure) => figure.start === range.start)) return;
    found.push({ field: 'minScore', value, ...range });
  };
  execAll(SCORE_AFTER_KEYWORD, text, (match) => {
    const keyword = match[1] ?? '';
    const gap = match[2] ?? '';
    if (NOT_A_MINIMUM.test(gap)) return;
    if (/^(?:minimum|lowest)$/i.test(keyword) && !NAMES_A_SCORE.test(gap)) return;
    // "CRS" followed by a count with separators ("CRS, 4,500 ITAs") is excluded by SCORE itself.
    add(match, match[3]);
  });
  execAll(SCORE_OR_ABOVE, text, (match) => add(match, match[1]));
  return found.sort((a, b) => a.start - b.start);
}

export function findDrawNumbers(text: string): FoundFigure[] {
  const found: FoundFigure[] = [];
  execAll(DRAW_NUMBER, text, (match) => {
    const marker = match[1];
    const number = match[2];
    if (number === undefined) return;
    const digits = Number.parseInt(number, 10);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 20);
    if (marker === undefined) {
      // A bare number is a draw number only when it looks like one: not a year, not a count.
      const lettered = /[ab]$/i.test(number);
      if (!lettered && (digits < 100 || (digits >= 1900 && digits <= 2100))) return;
      if (COUNT_NOUN_AFTER.test(after)) return;
    }
    found.push({ field: 'number', value: number.toLowerCase(), ...groupRange(match, number, true) });
  });
  execAll(EXPRESS_ENTRY_NUMBER, text, (match) => {
    const number = match[1];
    if (number === undefined) return;
    const range = groupRange(match, number, true);
    if (found.some((figure) => figure.start === range.start)) return;
    found.push({ field: 'number', value: number.toLowerCase(), ...range });
  });
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The tie-breaking rule: "created an Express Entry candidate profile before 7:47 am UTC on 11 February
 * 2025", "Date and time used in the tie-breaking rule: November 24, 2022 at 21:14:59 UTC".
 */
export function findTieBreaks(text: string, published: string | undefined): FoundFigure[] {
  const found: FoundFigure[] = [];
  execAll(TIE_BREAK_TRIGGER, text, (match) => {
    const from = match.index + match[0].length;
    const window = text.slice(from, from + 90);
    const date = findDates(window, published)[0];
    if (date === undefined || date.iso === null || date.start > 40) return;
    // The time is either before the date ("7:47 am UTC on") or right after it ("at 21:14:59 UTC").
    let time = TIME.exec(window.slice(0, date.start));
    let end = from + date.end;
    if (time === null) {
      const after = window.slice(date.end);
      const lead = /^[,\s]{0,3}(?:at\s{1,3})?/.exec(after)?.[0] ?? '';
      time = TIME.exec(after.slice(lead.length));
      if (time !== null && time.index !== 0) time = null;
      if (time !== null) end += lead.length + time[0].trimEnd().length;
    }
    const instant = time === null ? date.iso : instantOf(date.iso, time);
    if (instant === null) return;
    found.push({ field: 'tieBreak', value: instant, start: from + date.start, end });
  });
  return found;
}
