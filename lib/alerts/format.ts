/** Locale-aware numbers and dates for alert text; the locale comes from the caller (the UI language). */
export interface AlertFormatter {
  readonly locale: string;
  number(value: number): string;
  /** An ISO date (`YYYY-MM-DD`) as the locale writes it; text that is not one is returned as is. */
  date(isoDate: string): string;
  /** A range of days (`Jun 18 – 20, 2026`). */
  dateRange(startIsoDate: string, endIsoDate: string): string;
  /** Which plural form a count takes in this locale. */
  plural(value: number): Intl.LDMLPluralRule;
}

export function createAlertFormatter(locale: string): AlertFormatter {
  const numbers = new Intl.NumberFormat(locale);
  // Draw dates are calendar days, not instants: format them in UTC so no time zone shifts the day.
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const plurals = new Intl.PluralRules(locale);
  return {
    locale,
    number: (value) => numbers.format(value),
    date: (isoDate) => {
      const day = utcDay(isoDate);
      return day ? dates.format(day) : isoDate;
    },
    dateRange: (startIsoDate, endIsoDate) => {
      const start = utcDay(startIsoDate);
      const end = utcDay(endIsoDate);
      if (!start || !end) return [startIsoDate, endIsoDate].join(' – ');
      return start <= end ? dates.formatRange(start, end) : dates.format(start);
    },
    plural: (value) => plurals.select(value),
  };
}

function utcDay(isoDate: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const [, year, month, day] = match.map(Number);
  if (year === undefined || month === undefined || day === undefined) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Rejects 2026-02-30 and the like, which Date would roll over into March.
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}
