/**
 * Dates of the Express Entry feed. Its forms are few and English, so they are read with a month
 * table rather than date-fns's `parse`: that costs about 20 µs a call, and a feed at the size limit
 * holds some 3,000 rounds with up to five dates each (the fuzz run found a 2.8 MB feed over 1 s).
 */

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** `July`, `Jul`, `Sept` → 6, 6, 8; anything else → -1. */
function monthIndex(name: string): number {
  const lower = name.toLowerCase();
  if (lower.length < 3) return -1;
  return MONTHS.findIndex((month) => month === lower || (lower.length <= 4 && month.startsWith(lower)));
}

/** A UTC instant from its parts, or null when they name no real moment (February 30, 25:00). */
function utcMoment(
  year: number,
  month: number,
  day: number,
  hours = 0,
  minutes = 0,
  seconds = 0,
): Date | null {
  if (month < 0 || hours > 23 || minutes > 59 || seconds > 59) return null;
  // Not Date.UTC: it reads years 0 to 99 as 1900 to 1999 (a "0099" would become 1999).
  const moment = new Date(0);
  moment.setUTCFullYear(year, month, day);
  moment.setUTCHours(hours, minutes, seconds, 0);
  const real =
    moment.getUTCFullYear() === year && moment.getUTCMonth() === month && moment.getUTCDate() === day;
  return real ? moment : null;
}

const isoDay = (moment: Date) => moment.toISOString().slice(0, 10);

/** The feed's `drawDate`: ISO, or the DD-MM-YYYY form it once shipped for months. */
export function parseFeedDate(text: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const dayFirst = /^(\d{2})-(\d{2})-(\d{4})$/.exec(trimmed);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : dayFirst
      ? [dayFirst[3], dayFirst[2], dayFirst[1]]
      : [];
  if (!year || !month || !day || Number(year) < 2015) return null;
  const moment = utcMoment(Number(year), Number(month) - 1, Number(day));
  return moment ? isoDay(moment) : null;
}

/**
 * `drawDateTime` and `drawCutOff` come in many loose forms ("July 3rd 2026 at 21:35:13 UTC",
 * "November 09,2022 14:21:26 UTC", "March 02. 2024 at 01:58:34 UTC", "October 7 at 16:38:21 UTC").
 * All are UTC. A form without a year takes the year that puts it on or before `notAfter`.
 * Returns an ISO instant, or null when the text does not allow one (the raw text is kept anyway).
 */
export function parseLooseUtcMoment(text: string, notAfter: string): string | null {
  const normalised = text
    .replace(/\u00a0/g, ' ')
    .replace(/(\d)(st|nd|rd|th)\b/gi, '$1')
    .replace(/\bat\b/gi, ' ')
    .replace(/\b(UTC|GMT|Z)\b/gi, ' ')
    .replace(/[.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const match = /^([A-Za-z]+) (\d{1,2})(?: (\d{4}))? (\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(normalised);
  if (!match) return null;
  const [, monthName = '', day, year, hours, minutes, seconds = '00'] = match;
  const month = monthIndex(monthName);
  const build = (y: number) =>
    utcMoment(y, month, Number(day), Number(hours), Number(minutes), Number(seconds));
  if (year) return build(Number(year))?.toISOString() ?? null;
  const limitYear = Number(notAfter.slice(0, 4));
  if (!Number.isFinite(limitYear)) return null;
  const sameYear = build(limitYear);
  if (!sameYear) return null;
  const limitEnd = Date.parse(`${notAfter}T23:59:59Z`);
  return (sameYear.getTime() <= limitEnd ? sameYear : build(limitYear - 1))?.toISOString() ?? null;
}
