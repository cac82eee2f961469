import { format, isValid, parse } from 'date-fns';

const REFERENCE = new Date(2000, 0, 1);

/** The feed's `drawDate`: ISO, or the DD-MM-YYYY form it once shipped for months. */
export function parseFeedDate(text: string): string | null {
  const trimmed = text.trim();
  for (const pattern of ['yyyy-MM-dd', 'dd-MM-yyyy']) {
    if (trimmed.length !== 10) break;
    const date = parse(trimmed, pattern, REFERENCE);
    if (isValid(date) && date.getFullYear() >= 2015) return format(date, 'yyyy-MM-dd');
  }
  return null;
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
  const [, month, day, year, hours, minutes, seconds = '00'] = match;
  const limitYear = Number(notAfter.slice(0, 4));
  const build = (y: number) => {
    // Parsed as local wall-clock components, then read back as UTC components.
    const local = parse(
      `${month} ${day} ${y} ${hours}:${minutes}:${seconds}`,
      'MMMM d yyyy H:mm:ss',
      REFERENCE,
    );
    const abbreviated = isValid(local)
      ? local
      : parse(`${month} ${day} ${y} ${hours}:${minutes}:${seconds}`, 'MMM d yyyy H:mm:ss', REFERENCE);
    if (!isValid(abbreviated)) return null;
    // Not Date.UTC: it reads years 0 to 99 as 1900 to 1999 (a "0099" would become 1999).
    const utc = new Date(0);
    utc.setUTCFullYear(abbreviated.getFullYear(), abbreviated.getMonth(), abbreviated.getDate());
    utc.setUTCHours(abbreviated.getHours(), abbreviated.getMinutes(), abbreviated.getSeconds(), 0);
    return utc;
  };
  if (year) return build(Number(year))?.toISOString() ?? null;
  if (!Number.isFinite(limitYear)) return null;
  const sameYear = build(limitYear);
  if (!sameYear) return null;
  const limitEnd = Date.parse(`${notAfter}T23:59:59Z`);
  return (sameYear.getTime() <= limitEnd ? sameYear : build(limitYear - 1))?.toISOString() ?? null;
}
