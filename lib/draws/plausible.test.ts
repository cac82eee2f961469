import { describe, expect, it } from 'vitest';
import { isPlausibleDay, plausibleInstant } from './plausible';

const now = Date.UTC(2026, 11, 1);

describe('isPlausibleDay', () => {
  it('takes real calendar days of the years draws can have', () => {
    for (const day of ['2015-01-01', '2024-02-29', '2026-12-31', '2027-12-31', '2020-02-29']) {
      expect(isPlausibleDay(day, now), day).toBe(true);
    }
  });

  it('refuses February 29 of a year that is not a leap year (the check once used 2000, a leap year)', () => {
    for (const day of ['2025-02-29', '2026-02-29', '2023-02-29']) {
      expect(isPlausibleDay(day, now), day).toBe(false);
    }
  });

  it('refuses days no calendar has, years before Express Entry and after next year, and loose forms', () => {
    for (const day of [
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2014-12-31',
      '2028-01-01',
      '2026-1-5',
      '',
    ]) {
      expect(isPlausibleDay(day, now), day).toBe(false);
    }
  });

  it('keeps an instant only when its day is plausible', () => {
    expect(plausibleInstant('2024-02-29T14:00:00Z', now)).toBe('2024-02-29T14:00:00Z');
    expect(plausibleInstant('2025-02-29T14:00:00Z', now)).toBeNull();
  });
});
