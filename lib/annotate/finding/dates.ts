/** Dates as news articles and official tables write them, to ISO YYYY-MM-DD. */

const MONTH_NAMES =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';

// Months are matched case-sensitively ("May 5", not "may 5"); capitals in headings are accepted.
const MONTH_OF: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/**
 * Groups: 1-3 "January 18, 2023" / "Jan. 18th 2023" / "March 02. 2024"; 4-6 "11 February 2025";
 * 7-9 "2023-01-18". Every quantifier is bounded, so no backtracking blow-up on long text.
 */
const DATE_PATTERN = new RegExp(
  `\\b(${MONTH_NAMES}|${MONTH_NAMES.toUpperCase()})\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?:[,.]?\\s{0,3}(20\\d\\d)(?!\\d))?` +
    `|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}(${MONTH_NAMES})\\b\\.?(?:,?\\s{1,3}(20\\d\\d)(?!\\d))?` +
    `|\\b(20\\d\\d)-(\\d\\d)-(\\d\\d)\\b`,
  'g',
);

/** "6/18/2026" (month first, as PEI and US-style tables write it). */
const NUMERIC_DATE_PATTERN = /\b(\d{1,2})\/(\d{1,2})\/(20\d\d)\b/;

export interface FoundDate {
  /** ISO date, or null when the year is missing and no publication date gives it. */
  iso: string | null;
  start: number;
  end: number;
}

function pad(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

function monthNumber(name: string): number | undefined {
  return MONTH_OF[name.slice(0, 3).toLowerCase()];
}

/** ISO date if the parts make a real calendar day. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The most recent (month, day) not after the publication date. */
export function resolveYear(month: number, day: number, published: string | undefined): string | null {
  if (published === undefined) return null;
  const year = Number(published.slice(0, 4));
  const candidate = isoDate(year, month, day);
  if (candidate !== null && candidate <= published.slice(0, 10)) return candidate;
  return isoDate(year - 1, month, day);
}

/** Every date in `text`, in order. */
export function findDates(text: string, published: string | undefined): FoundDate[] {
  const found: FoundDate[] = [];
  DATE_PATTERN.lastIndex = 0;
  for (let match = DATE_PATTERN.exec(text); match !== null; match = DATE_PATTERN.exec(text)) {
    const [whole, mdyMonth, mdyDay, mdyYear, dmyDay, dmyMonth, dmyYear, isoYear, isoMonth, isoDay] = match;
    const start = match.index;
    // A trailing "." ("11 Feb.") belongs to the sentence as much as to the date: leave it out.
    const end = start + (whole.endsWith('.') ? whole.length - 1 : whole.length);
    let iso: string | null;
    if (isoYear !== undefined) {
      iso = isoDate(Number(isoYear), Number(isoMonth), Number(isoDay));
    } else {
      const monthName = mdyMonth ?? dmyMonth ?? '';
      const month = monthNumber(monthName);
      const day = Number(mdyDay ?? dmyDay);
      const year = mdyYear ?? dmyYear;
      if (month === undefined) continue;
      iso = year !== undefined ? isoDate(Number(year), month, day) : resolveYear(month, day, published);
    }
    found.push({ iso, start, end });
  }
  return found;
}

/** The first date in a short text such as a table cell, numeric forms included. */
export function parseDateCell(text: string, published: string | undefined): string | null {
  const numeric = NUMERIC_DATE_PATTERN.exec(text);
  if (numeric !== null) return isoDate(Number(numeric[3]), Number(numeric[1]), Number(numeric[2]));
  return findDates(text, published)[0]?.iso ?? null;
}
