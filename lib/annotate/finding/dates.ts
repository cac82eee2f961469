import type { FindLanguage } from '@/lib/annotate/finding/claim';

/**
 * Dates as news articles and official tables write them, in English ("January 18, 2023",
 * "11 February 2025", "Jan. 11th") and French ("6 mars 2025", "1er février"), to ISO YYYY-MM-DD.
 * Every quantifier is bounded and each start position costs a bounded amount of work, so a long
 * text costs linear time.
 */

const MONTH_NAMES_EN =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';

/** A month's number from its first three letters (English) or four (French, accents removed). */
const MONTHS_EN = 'janfebmaraprmayjunjulaugsepoctnovdec';
const MONTHS_FR = ['janv', 'fevr', 'mars', 'avr', 'mai', 'juin', 'juil', 'aout', 'sept', 'oct', 'nov', 'dec'];

/** French months and the abbreviations the Office québécois de la langue française lists. */
const MONTH_NAMES_FR =
  'janvier|janv\\.?|février|fevrier|févr\\.?|mars|avril|avr\\.?|mai|juin|juillet|juill?\\.?|août|aout|septembre|sept\\.?|octobre|oct\\.?|novembre|nov\\.?|décembre|decembre|déc\\.?';

/**
 * Groups: 1-3 "January 18, 2023" / "Jan. 18th 2023" / "March 02. 2024"; 4-6 "11 February 2025";
 * 7-9 "2023-01-18". Months are matched case-sensitively ("May 5", not "may 5"); capitals in
 * headings are accepted.
 */
const DATE_PATTERN_EN = new RegExp(
  `\\b(${MONTH_NAMES_EN}|${MONTH_NAMES_EN.toUpperCase()})\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?:[,.]?\\s{0,3}(20\\d\\d)(?!\\d))?` +
    `|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}(${MONTH_NAMES_EN})\\b\\.?(?:,?\\s{1,3}(20\\d\\d)(?!\\d))?` +
    `|\\b(20\\d\\d)-(\\d\\d)-(\\d\\d)\\b`,
  'g',
);

/** Groups: 1-3 "6 mars 2025" / "1er février"; 4-6 (unused, kept aligned); 7-9 ISO. */
const DATE_PATTERN_FR = new RegExp(
  `(?<![a-zà-ÿœ0-9])(\\d{1,2})(?:er)?\\s{1,3}(${MONTH_NAMES_FR})(?![a-zà-ÿœ])(?:\\s{1,3}(20\\d\\d)(?!\\d))?` +
    '|(?!)()()()' +
    `|\\b(20\\d\\d)-(\\d\\d)-(\\d\\d)\\b`,
  'gi',
);

/** "6/18/2026" (month first, as PEI and US-style tables write it); French tables write the day first. */
const NUMERIC_DATE_PATTERN = /\b(\d{1,2})\/(\d{1,2})\/(20\d\d)\b/;

export interface FoundDate {
  /** ISO date, or null when the year is missing and no reference day gives it. */
  iso: string | null;
  start: number;
  end: number;
}

function pad(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

function monthNumber(name: string, language: FindLanguage): number | undefined {
  const plain = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f.]/g, '');
  const index =
    language === 'en'
      ? MONTHS_EN.indexOf(plain.slice(0, 3)) / 3
      : MONTHS_FR.findIndex((month) => plain.startsWith(month));
  return Number.isInteger(index) && index >= 0 ? index + 1 : undefined;
}

/** ISO date if the parts make a real calendar day. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The most recent (month, day) not after the reference day. */
export function resolveYear(month: number, day: number, reference: string | undefined): string | null {
  if (reference === undefined) return null;
  const year = Number(reference.slice(0, 4));
  const candidate = isoDate(year, month, day);
  if (candidate !== null && candidate <= reference.slice(0, 10)) return candidate;
  return isoDate(year - 1, month, day);
}

/** Every date in `text`, in order. A year left out is the one that puts the day on or before `reference`. */
export function findDates(
  text: string,
  reference: string | undefined,
  language: FindLanguage = 'en',
): FoundDate[] {
  const pattern = language === 'fr' ? DATE_PATTERN_FR : DATE_PATTERN_EN;
  const found: FoundDate[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const [whole, first, second, thirdYear, dmyDay, dmyMonth, dmyYear, isoYear, isoMonth, isoDay] = match;
    const start = match.index;
    // A trailing "." ("11 Feb.") belongs to the sentence as much as to the date: leave it out.
    const end = start + (whole.endsWith('.') ? whole.length - 1 : whole.length);
    let iso: string | null;
    if (isoYear !== undefined) {
      iso = isoDate(Number(isoYear), Number(isoMonth), Number(isoDay));
    } else {
      // English "January 18" has the month first; French "18 janvier" the day first.
      const monthName = (language === 'fr' ? second : (first ?? dmyMonth)) ?? dmyMonth ?? '';
      const dayText = language === 'fr' ? first : (second ?? dmyDay);
      const month = monthNumber(monthName, language);
      const day = Number(dayText);
      const year = thirdYear ?? dmyYear;
      if (month === undefined) continue;
      iso = year !== undefined ? isoDate(Number(year), month, day) : resolveYear(month, day, reference);
    }
    found.push({ iso, start, end });
  }
  return found;
}

/** The first date in a short text such as a table cell, numeric forms included. */
export function parseDateCell(
  text: string,
  reference: string | undefined,
  language: FindLanguage = 'en',
): string | null {
  const numeric = NUMERIC_DATE_PATTERN.exec(text);
  if (numeric !== null) {
    const [first, second] = language === 'fr' ? [numeric[2], numeric[1]] : [numeric[1], numeric[2]];
    return isoDate(Number(numeric[3]), Number(first), Number(second));
  }
  return findDates(text, reference, language)[0]?.iso ?? null;
}
