import { describe, expect, it } from 'vitest';
import { createAlertFormatter } from '@/lib/alerts/format';

describe('createAlertFormatter', () => {
  const en = createAlertFormatter('en');

  it('writes a calendar day as the locale does, whatever the machine’s time zone', () => {
    expect(en.date('2026-08-07')).toBe('Aug 7, 2026');
    expect(en.date('2026-01-01')).toBe('Jan 1, 2026');
  });

  it('returns text that is not a real ISO day as it is', () => {
    expect(en.date('12-04-2023')).toBe('12-04-2023');
    expect(en.date('2026-02-30')).toBe('2026-02-30');
  });

  it('writes a range of days compactly, and a reversed range as its first day', () => {
    expect(en.dateRange('2026-06-18', '2026-06-20')).toMatch(/^Jun 18\s–\s20, 2026$/);
    expect(en.dateRange('2026-06-20', '2026-06-18')).toBe('Jun 20, 2026');
    expect(en.dateRange('2026-06-18', 'soon')).toBe('2026-06-18 – soon');
  });

  it('groups digits and picks plural forms for its locale', () => {
    expect(en.number(20784)).toBe('20,784');
    expect(createAlertFormatter('fr').number(20784)).toMatch(/^20\s784$/);
    expect(en.plural(1)).toBe('one');
    expect(en.plural(0)).toBe('other');
    // French puts 0 in the singular: "0 invitation".
    expect(createAlertFormatter('fr').plural(0)).toBe('one');
  });
});
