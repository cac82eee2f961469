import { endOfMonth, format, isValid, parse } from 'date-fns';
import { normaliseText } from '@/lib/html/dom';
import { UnreadableRow } from '@/lib/sources/pnp/values';

export interface DateSpan {
  /** ISO YYYY-MM-DD; a range's first day. */
  date: string;
  /** ISO last day of a range, or null for a single day. */
  dateEnd: string | null;
}

const REFERENCE = new Date(2000, 0, 1);
const FULL_FORMATS = ['yyyy-MM-dd', 'M/d/yyyy', 'MMMM d yyyy', 'MMM d yyyy'];
const iso = (date: Date): string => format(date, 'yyyy-MM-dd');

/** `June 18, 2026` → `June 18 2026`: commas, ordinals, stray dots and `Sept` out of the way. */
function tidy(text: string): string {
  return normaliseText(text)
    .replace(/(\d)(st|nd|rd|th)\b/gi, '$1')
    .replace(/\bsept\b/gi, 'Sep')
    .replace(/[.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function parseFull(text: string): Date | null {
  for (const pattern of FULL_FORMATS) {
    const date = parse(text, pattern, REFERENCE);
    if (isValid(date) && date.getFullYear() > 1990) return date;
  }
  return null;
}

/** `January 13` + year, or `13` + month and year (the right side of `January 13 – 15, 2026`). */
function parsePartial(text: string, year: string, month: string | null): Date | null {
  const withYear = `${text} ${year}`;
  return parseFull(/^\d{1,2}$/.test(text) && month ? `${month} ${withYear}` : withYear);
}

/**
 * A published draw date: `6/18/2026`, `June 18, 2026`, `September 19. 2023`, `2026-06-18`, and
 * ranges `January 13 – 15, 2026`, `January 30 – February 2, 2026`, `December 30, 2025 – January 2,
 * 2026`. Throws UnreadableRow when it is none of these.
 */
export function readDate(text: string): DateSpan {
  const clean = normaliseText(text);
  const single = clean.length <= 40 ? parseFull(tidy(clean)) : null;
  if (single) return { date: iso(single), dateEnd: null };

  const parts = clean.split(/\s*[–—]\s*|\s+-\s+|\s+to\s+/i);
  if (parts.length === 2) {
    const [left = '', right = ''] = parts.map(tidy);
    const end = parseFull(right);
    const year = /\b(\d{4})$/.exec(right)?.[1];
    const leftMonth = /^([A-Za-z]+)/.exec(left)?.[1] ?? null;
    const endDate = end ?? (year ? parsePartial(right.replace(/\s*\d{4}$/, ''), year, leftMonth) : null);
    const start = parseFull(left) ?? (year ? parsePartial(left, year, null) : null);
    if (start && endDate && start <= endDate) {
      return { date: iso(start), dateEnd: iso(start) === iso(endDate) ? null : iso(endDate) };
    }
  }
  throw new UnreadableRow(`date "${clean}" not understood`);
}

/** `January 2026` → the first and last day of that month (for monthly totals). */
export function readMonth(text: string): DateSpan {
  const clean = tidy(text);
  for (const pattern of ['MMMM yyyy', 'MMM yyyy']) {
    const date = parse(clean, pattern, REFERENCE);
    if (isValid(date)) return { date: iso(date), dateEnd: iso(endOfMonth(date)) };
  }
  throw new UnreadableRow(`month "${normaliseText(text)}" not understood`);
}
