import {
  type ClaimField,
  type CountQualifier,
  type FindLanguage,
  MAX_INVITATIONS,
  MAX_SCORE,
} from '@/lib/annotate/finding/claim';
import { type FoundDate, findDates } from '@/lib/annotate/finding/dates';
import { type NumberToken, scanNumbers } from '@/lib/annotate/finding/numbers';
import { PHRASING, type Phrasing, qualifierOf } from '@/lib/annotate/finding/vocabulary';

/**
 * The figures of a draw in one sentence. Numbers are found once (lib/annotate/finding/numbers.ts);
 * each is then told apart by the words in a short window before and after it, so a sentence costs
 * time linear in its length, whatever it holds.
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

/**
 * How far before and after a number its qualifying words are looked for: each phrase's longest form
 * and some spaces ("invited a total of approximately" is 33 characters). A window anchored at the
 * number is tried from each of its starts: short windows keep that cheap.
 */
const BEFORE = 50;
const AFTER = 40;
const QUALIFIER_BEFORE = 24;
/** The longest digit-free gap between a score keyword and its score. */
const SCORE_GAP = 60;

export interface SentenceFigures {
  numbers: FoundFigure[];
  invitations: FoundFigure[];
  minScores: FoundFigure[];
}

function before(text: string, token: NumberToken, length = BEFORE): string {
  return text.slice(Math.max(0, token.start - length), token.start);
}

function after(text: string, token: NumberToken, length = AFTER): string {
  return text.slice(token.end, token.end + length);
}

function isYear(value: number): boolean {
  return value >= 1900 && value <= 2100;
}

function drawNumber(text: string, token: NumberToken, phrasing: Phrasing): FoundFigure | null {
  if (token.grouped || token.decimal || token.text.replace(/[ab]$/, '').length > 4) return null;
  const match = phrasing.drawNumberBefore.exec(before(text, token, 40));
  if (match === null) return null;
  const marker = match[1] ?? match[2];
  if (marker === undefined) {
    // A bare number is a draw number only when it looks like one: not a year, not a count.
    const lettered = /[ab]$/.test(token.text);
    if (!lettered && (token.value < 100 || isYear(token.value))) return null;
    if (phrasing.countNounAfter.test(after(text, token, 20))) return null;
  }
  return { field: 'number', value: token.text.toLowerCase(), start: token.start, end: token.end };
}

const MARKER_BEFORE = 12;

function isMarkedRoundNumber(text: string, token: NumberToken, phrasing: Phrasing): boolean {
  if (token.grouped || token.decimal || token.text.replace(/[ab]$/, '').length > 4) return false;
  return phrasing.numberMarkerBefore.test(before(text, token, MARKER_BEFORE));
}

function invitations(text: string, token: NumberToken, phrasing: Phrasing): FoundFigure | null {
  if (token.decimal || token.value > MAX_INVITATIONS || /[ab]$/.test(token.text)) return null;
  const ahead = after(text, token);
  const behind = before(text, token);
  const figure = (qualifier: CountQualifier): FoundFigure => ({
    field: 'invitations',
    value: token.value,
    qualifier,
    start: token.start,
    end: token.end,
  });
  const qualifier = () => {
    const word = phrasing.qualifierBefore.exec(behind.slice(-QUALIFIER_BEFORE))?.[1];
    return word === undefined ? 'exact' : qualifierOf(word);
  };
  if (phrasing.invitationNounAfter.test(ahead)) return figure(qualifier());
  if (phrasing.countLabelBefore.test(behind)) return figure('exact');
  const verb = phrasing.countVerbBefore.exec(behind);
  if (verb === null) return null;
  // "invites 5,500 candidates"; a headline's "invites 5,500" ends its clause there (never a year).
  const counted =
    phrasing.peopleNounAfter.test(ahead) ||
    (phrasing.countClauseEndAfter.test(ahead) && (token.grouped || !isYear(token.value)));
  return counted ? figure(verb[1] === undefined ? 'exact' : qualifierOf(verb[1])) : null;
}

/** The text between the last digit, period or line break before `token` and the token (bounded). */
function digitFreeGap(text: string, token: NumberToken): string {
  const from = Math.max(0, token.start - SCORE_GAP - 20);
  let index = token.start - 1;
  while (index >= from) {
    const code = text.charCodeAt(index);
    if ((code >= 48 && code <= 57) || code === 46 /* . */ || code === 10 /* \n */ || code === 9 /* \t */)
      break;
    index -= 1;
  }
  return text.slice(index + 1, token.start);
}

function minScore(text: string, token: NumberToken, phrasing: Phrasing): FoundFigure | null {
  // A score is at most four digits and never written with separators.
  if (token.grouped || token.decimal || /[ab]$/.test(token.text)) return null;
  if (token.value < 1 || token.value > MAX_SCORE) return null;
  const ahead = after(text, token);
  if (phrasing.notAScoreAfter.test(ahead)) return null;
  const figure: FoundFigure = { field: 'minScore', value: token.value, start: token.start, end: token.end };
  if (phrasing.scoreBoundAfter.test(ahead) || phrasing.scoreBoundBefore.test(before(text, token))) {
    return figure;
  }
  const gap = digitFreeGap(text, token);
  const keyword = phrasing.scoreKeyword.exec(gap);
  if (keyword === null) return null;
  const tail = gap.slice(keyword.index + keyword[0].length);
  if (tail.length > SCORE_GAP || phrasing.notAMinimum.test(tail)) return null;
  // "minimum"/"lowest" alone is too loose ("minimum of 2 years"): the gap must name a score.
  if (phrasing.weakScoreKeyword.test(keyword[0]) && !phrasing.namesAScore.test(tail)) return null;
  return figure;
}

/**
 * Draw numbers, counts and scores of a sentence; a number inside one of `dates` ("January 12")
 * is none of them.
 */
export function findFigures(
  sentence: string,
  dates: readonly FoundDate[],
  language: FindLanguage = 'en',
): SentenceFigures {
  const phrasing = PHRASING[language];
  const found: SentenceFigures = { numbers: [], invitations: [], minScores: [] };
  const wantNumbers = phrasing.drawHint.test(sentence);
  const wantCounts = phrasing.invitationHint.test(sentence);
  const wantScores = phrasing.scoreHint.test(sentence);
  if (!wantNumbers && !wantCounts && !wantScores) return found;
  let dateIndex = 0;
  for (const token of scanNumbers(sentence, language)) {
    // Dates and numbers are both in order: one walk over each.
    while (dateIndex < dates.length && (dates[dateIndex]?.end ?? 0) <= token.start) dateIndex += 1;
    const date = dates[dateIndex];
    const inDate = date !== undefined && token.start < date.end && token.end > date.start;
    const number = wantNumbers ? drawNumber(sentence, token, phrasing) : null;
    if (number !== null) {
      found.numbers.push(number);
      continue;
    }
    // "#238", "No. 238", "nº 238": a round's number even where no draw word says so, never a figure.
    if (inDate || isMarkedRoundNumber(sentence, token, phrasing)) continue;
    const count = wantCounts ? invitations(sentence, token, phrasing) : null;
    if (count !== null) {
      found.invitations.push(count);
      continue;
    }
    const score = wantScores ? minScore(sentence, token, phrasing) : null;
    if (score !== null) found.minScores.push(score);
  }
  return found;
}

export function findInvitations(text: string, language: FindLanguage = 'en'): FoundFigure[] {
  return findFigures(text, [], language).invitations;
}

export function findMinScores(text: string, language: FindLanguage = 'en'): FoundFigure[] {
  return findFigures(text, [], language).minScores;
}

export function findDrawNumbers(text: string, language: FindLanguage = 'en'): FoundFigure[] {
  return findFigures(text, [], language).numbers;
}

const TIME = /(\d{1,2})\s{0,1}(?::|\.|\s?h\s?)(\d{2})(?:[:.](\d{2}))?(?:\s{0,2}([ap])\.?\s?m\.?)?/i;
const TIME_LEAD = /^[,\s]{0,3}(?:at\s{1,3}|à\s{1,3})?/i;
/** A date this close after the trigger is the rule's ("Tie-breaking rule: February 11, 2025 at …"). */
const TRIGGER_TO_DATE = 40;

/** "2025-02-11" + "7:47 am" → "2025-02-11T07:47Z" (IRCC states these times in UTC). */
function instantOf(isoDay: string, time: RegExpExecArray): string | null {
  let hours = Number(time[1]);
  const half = time[4]?.toLowerCase();
  if (half === 'p' && hours < 12) hours += 12;
  if (half === 'a' && hours === 12) hours = 0;
  if (hours > 23 || Number(time[2]) > 59 || Number(time[3] ?? 0) > 59) return null;
  const seconds = time[3] === undefined ? '' : `:${time[3]}`;
  return `${isoDay}T${hours < 10 ? `0${hours}` : hours}:${time[2]}${seconds}Z`;
}

/**
 * The tie-breaking rule: "created an Express Entry candidate profile before 7:47 am UTC on 11 February
 * 2025", "Tie-breaking rule: February 11, 2025 at 07:47:29 UTC", « Règle de départage : 11 février
 * 2025 à 07:47:29 UTC ». A time stated in another zone is not read (IRCC's is UTC).
 */
export function findTieBreaks(
  text: string,
  reference: string | undefined,
  language: FindLanguage = 'en',
): FoundFigure[] {
  const phrasing = PHRASING[language];
  const found: FoundFigure[] = [];
  const trigger = phrasing.tieBreakTrigger;
  trigger.lastIndex = 0;
  for (let match = trigger.exec(text); match !== null; match = trigger.exec(text)) {
    const from = match.index + match[0].length;
    const window = text.slice(from, from + 90);
    const date = findDates(window, reference, language)[0];
    if (date === undefined || date.iso === null || date.start > TRIGGER_TO_DATE) continue;
    // The time is either before the date ("7:47 am UTC on") or right after it ("at 21:14:59 UTC").
    let time = TIME.exec(window.slice(0, date.start));
    let end = from + date.end;
    let timeEnd = time === null ? -1 : time.index + time[0].length;
    if (time === null) {
      const rest = window.slice(date.end);
      const lead = TIME_LEAD.exec(rest)?.[0] ?? '';
      time = TIME.exec(rest.slice(lead.length));
      if (time !== null && time.index !== 0) time = null;
      if (time !== null) {
        end += lead.length + time[0].trimEnd().length;
        timeEnd = date.end + lead.length + time[0].length;
      }
    }
    if (time !== null && phrasing.notUtcAfter.test(window.slice(timeEnd))) continue;
    const instant = time === null ? date.iso : instantOf(date.iso, time);
    if (instant === null) continue;
    found.push({ field: 'tieBreak', value: instant, start: from + date.start, end });
    if (match[0].length === 0) trigger.lastIndex += 1;
  }
  return found;
}
