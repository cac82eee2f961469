import type { FindLanguage } from '@/lib/annotate/finding/claim';

/**
 * Numbers as articles write them, found by one left-to-right scan: "5,500", "4 500" and "4 500"
 * (French, with an ordinary, no-break or narrow no-break space), "91b", "12.5". Each character is
 * looked at a bounded number of times, whatever the text: a run of 100,000 ",000" groups is one
 * token, read once (a regular expression with a repeated group backtracks over it at every start).
 */

export interface NumberToken {
  start: number;
  end: number;
  /** The value without separators; Infinity past 15 digits (no draw figure is that long). */
  value: number;
  /** Written with thousands separators ("5,500", "4 500"): a count, never a score or a draw number. */
  grouped: boolean;
  /** Followed by a decimal part ("12.5", "12,5"): a statistic, never a draw figure. */
  decimal: boolean;
  /** Digits only, as written, with a round's letter ("91b") when there is one. */
  text: string;
}

const MAX_DIGITS = 15;
const NO_BREAK_SPACES = '\u00a0\u202f';

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Letters (any script) and digits: a number inside a word ("B2B", "H1N1") is not a figure. The
 * ordinal signs of "nº339" are not letters here.
 */
function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && character !== 'º' && /[\p{L}\p{N}_]/u.test(character);
}

function groupSeparators(language: FindLanguage): string {
  // English groups with commas; French with spaces. Both accept the no-break spaces Intl writes.
  return language === 'fr' ? ` ${NO_BREAK_SPACES}` : `,${NO_BREAK_SPACES}`;
}

function decimalSeparator(language: FindLanguage): string {
  return language === 'fr' ? ',' : '.';
}

/** "1,0000", "5,500,00": a separator with no space around it, then a digit, that makes no group. */
function isTightSeparatorBeforeDigit(text: string, index: number, groups: string): boolean {
  const character = text[index] ?? '';
  return character !== ' ' && groups.includes(character) && isDigit(text.charCodeAt(index + 1));
}

/** Every number in `text[from, to)`, in order. */
export function scanNumbers(text: string, language: FindLanguage, from = 0, to = text.length): NumberToken[] {
  const groups = groupSeparators(language);
  const decimal = decimalSeparator(language);
  const tokens: NumberToken[] = [];
  // Jump from digit to digit (a native scan over the text between).
  const digit = /\d/g;
  let index = from;
  while (index < to) {
    digit.lastIndex = index;
    const found = digit.exec(text);
    if (found === null || found.index >= to) break;
    index = found.index;
    const start = index;
    const startsInWord = isWordCharacter(text[start - 1]);
    let digits = '';
    let run = 0;
    while (index < to && isDigit(text.charCodeAt(index))) {
      digits += text[index];
      index += 1;
      run += 1;
    }
    let grouped = false;
    // Groups of exactly three digits after a leading run of one to three.
    if (run <= 3) {
      while (
        index + 3 < to + 1 &&
        groups.includes(text[index] ?? '') &&
        isDigit(text.charCodeAt(index + 1)) &&
        isDigit(text.charCodeAt(index + 2)) &&
        isDigit(text.charCodeAt(index + 3)) &&
        !isDigit(text.charCodeAt(index + 4))
      ) {
        grouped = true;
        if (digits.length <= MAX_DIGITS) digits += text.slice(index + 1, index + 4);
        else digits += '0';
        index += 4;
      }
    }
    // Anything still running on (a fourth digit after a group, "1,0000") is not a number we read.
    let malformed = false;
    while (
      index < to &&
      (isDigit(text.charCodeAt(index)) || isTightSeparatorBeforeDigit(text, index, groups))
    ) {
      malformed = true;
      index += 1;
    }
    let isDecimal = false;
    if (text[index] === decimal && isDigit(text.charCodeAt(index + 1))) {
      isDecimal = true;
      index += 1;
      while (index < to && isDigit(text.charCodeAt(index))) index += 1;
    }
    let end = index;
    let written = digits;
    // A round's letter: "91a", "91b" (never "5am", "10th": only a single a or b, then no letter).
    if (!grouped && !isDecimal && run <= 4) {
      const letter = text[index];
      if ((letter === 'a' || letter === 'b') && !isWordCharacter(text[index + 1])) {
        written += letter;
        end = index + 1;
        index += 1;
      }
    }
    if (startsInWord || malformed || isWordCharacter(text[end])) continue;
    const value = digits.length > MAX_DIGITS ? Number.POSITIVE_INFINITY : Number(digits);
    tokens.push({ start, end, value, grouped, decimal: isDecimal, text: written });
  }
  return tokens;
}

/** The value of a short cell or label ("5,500", "Less than 10", "4 500 invitations"), or null. */
export function firstNumber(text: string, language: FindLanguage): NumberToken | null {
  return scanNumbers(text, language).find((token) => !token.decimal) ?? null;
}
