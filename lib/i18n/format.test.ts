import { createFormatter, formatInvitations } from './format';

const now = new Date(2025, 6, 24, 15, 0, 0).getTime();

describe('createFormatter', () => {
  it('writes numbers and days for English Canada', () => {
    const format = createFormatter('en-CA');
    expect(format.number(4500)).toBe('4,500');
    expect(format.day('2025-07-22')).toBe('Jul 22, 2025');
    expect(format.relativeDay('2025-07-22', now)).toBe('2 days ago');
    expect(format.relativeDay('2025-07-24', now)).toBe('today');
    expect(format.relative(now - 3 * 60_000, now)).toBe('3 minutes ago');
    // A check that finished after the popup's clock ticked is "now", not "in 0 seconds".
    expect(format.relative(now + 800, now)).toBe('less than a minute ago');
    expect([format.plural(1), format.plural(0), format.plural(38)]).toEqual(['one', 'other', 'other']);
  });

  it('writes them the French way for fr-CA', () => {
    const format = createFormatter('fr-CA');
    expect(format.number(4500)).toBe('4\u00a0500');
    expect(format.day('2025-07-22')).toBe('22 juill. 2025');
    expect(format.relativeDay('2025-07-23', now)).toBe('hier');
    expect(format.relative(now - 3 * 60_000, now)).toBe('il y a 3 minutes');
    // French uses the singular for 0 and 1.
    expect([format.plural(0), format.plural(1), format.plural(2)]).toEqual(['one', 'one', 'other']);
  });

  it('says how old a draw is in the unit that reads best', () => {
    const en = createFormatter('en-CA');
    expect(en.relativeDay('2025-07-23', now)).toBe('yesterday');
    expect(en.relativeDay('2025-07-19', now)).toBe('5 days ago');
    expect(en.relativeDay('2025-07-03', now)).toBe('3 weeks ago');
    expect(en.relativeDay('2025-04-10', now)).toBe('3 months ago');
    expect(en.relativeDay('2024-07-01', now)).toBe('1 year ago');
    // Not "4,322 days ago".
    expect(en.relativeDay('2013-09-30', now)).toBe('12 years ago');
    const fr = createFormatter('fr-CA');
    expect(fr.relativeDay('2024-07-01', now)).toBe('il y a 1 an');
    expect(fr.relativeDay('2025-07-03', now)).toBe('il y a 3 semaines');
  });

  it('keeps a bound as a bound', () => {
    const format = createFormatter('en-CA');
    const fewer = (n: number) => `fewer than ${format.number(n)}`;
    expect(formatInvitations({ value: 10, qualifier: 'fewer-than' }, format, fewer)).toBe('fewer than 10');
    expect(formatInvitations({ value: 1250, qualifier: 'exact' }, format, fewer)).toBe('1,250');
  });
});
