import {
  differenceInCalendarDays,
  differenceInCalendarMonths,
  differenceInCalendarYears,
  formatDistance,
} from 'date-fns';
import { enCA, frCA } from 'date-fns/locale';
import type { InvitationCount } from '@/lib/draws/draw';

/**
 * Locale-aware formatting for everything a person reads: absolute dates and numbers through Intl,
 * relative times through date-fns (its wording is translated; Intl.RelativeTimeFormat does not pick units).
 */
export interface Formatter {
  locale: string;
  number(value: number): string;
  /** An ISO day (YYYY-MM-DD) as the user's locale writes it: "Jul 22, 2025". */
  day(isoDay: string): string;
  /** An instant, with its time: "Jul 12, 2025, 4:27 p.m. UTC". */
  moment(instant: number | string): string;
  /** "3 minutes ago", "about 2 hours ago"; never in the future. */
  relative(instant: number | string, now: number): string;
  /** Which plural form a count takes in this locale, to pick a message key (`…One` / `…Other`). */
  plural(value: number): 'one' | 'other';
  /** An ISO day relative to the user's today: "today", "yesterday", "5 days ago", "3 weeks ago", "1 year ago". */
  relativeDay(isoDay: string, now: number): string;
}

export function createFormatter(locale: string): Formatter {
  const numbers = new Intl.NumberFormat(locale);
  const days = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const moments = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  });
  // numeric: 'auto' gives "today" and "yesterday"; longer ages keep their number ("1 year ago").
  const daysAgo = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const ages = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  const dateFnsLocale = locale.toLowerCase().startsWith('fr') ? frCA : enCA;
  // A moment a little after the page's clock (a check that just finished) reads as "now", not "in 0 seconds".
  const relative = (date: Date, now: number) =>
    formatDistance(Math.min(date.getTime(), now), now, { addSuffix: true, locale: dateFnsLocale });
  const plurals = new Intl.PluralRules(locale);
  return {
    locale,
    number: (value) => numbers.format(value),
    // Our messages have one and other forms; languages with more forms fall back to other.
    plural: (value) => (plurals.select(value) === 'one' ? 'one' : 'other'),
    day: (isoDay) => days.format(new Date(`${isoDay}T00:00:00Z`)),
    moment: (instant) => moments.format(new Date(instant)),
    relative: (instant, now) => relative(new Date(instant), now),
    relativeDay: (isoDay, now) => {
      const [year, month, day] = isoDay.split('-').map(Number);
      const local = new Date(year ?? 0, (month ?? 1) - 1, day ?? 1);
      const days = differenceInCalendarDays(local, now);
      if (Math.abs(days) < 7) return daysAgo.format(days, 'day');
      if (Math.abs(days) < 30) return ages.format(Math.trunc(days / 7), 'week');
      const months = differenceInCalendarMonths(local, now);
      if (Math.abs(months) < 12) return ages.format(months === 0 ? Math.sign(days) : months, 'month');
      return ages.format(differenceInCalendarYears(local, now), 'year');
    },
  };
}

export function formatInvitations(
  count: InvitationCount,
  format: Formatter,
  fewerThan: (count: number) => string,
) {
  return count.qualifier === 'fewer-than' ? fewerThan(count.value) : format.number(count.value);
}
