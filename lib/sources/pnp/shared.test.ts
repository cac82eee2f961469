import { translatorFor } from '@/lib/i18n/catalogs';
import { provinceNotes } from '@/lib/sources/catalog';
import { readDate, readMonth } from '@/lib/sources/pnp/dates';
import { type DrawDraft, finaliseDraws, slug } from '@/lib/sources/pnp/draws';
import { pnpSources } from '@/lib/sources/pnp/index';
import { isAbsent, readInvitationCount, readMinScore, UnreadableRow } from '@/lib/sources/pnp/values';

describe('readDate', () => {
  it.each([
    ['6/18/2026', '2026-06-18', null],
    ['June 18, 2026', '2026-06-18', null],
    ['June 3rd, 2026', '2026-06-03', null],
    ['Sept. 19, 2023', '2023-09-19', null],
    ['September 19. 2023', '2023-09-19', null],
    ['2026-06-18', '2026-06-18', null],
    ['January 13 – 15, 2026', '2026-01-13', '2026-01-15'],
    ['January 30 – February 2, 2026', '2026-01-30', '2026-02-02'],
    ['December 30, 2025 – January 2, 2026', '2025-12-30', '2026-01-02'],
    ['June 3 2024– June 3, 2025', '2024-06-03', '2025-06-03'],
  ])('reads %s', (text, date, dateEnd) => {
    expect(readDate(text)).toEqual({ date, dateEnd });
  });

  it.each(['', 'soon', 'June 31, 2026', '13/18/2026', 'January 15 – 13, 2026'])('refuses %j', (text) => {
    expect(() => readDate(text)).toThrow(UnreadableRow);
  });

  it('reads a month as its first and last day', () => {
    expect(readMonth('February 2028')).toEqual({ date: '2028-02-01', dateEnd: '2028-02-29' });
    expect(() => readMonth('Q1 2026')).toThrow(UnreadableRow);
  });
});

describe('invitation counts and scores', () => {
  it.each([
    ['26', { value: 26, qualifier: 'exact' }],
    ['1,015', { value: 1015, qualifier: 'exact' }],
    ['20 784', { value: 20784, qualifier: 'exact' }],
    ['Less than 10', { value: 10, qualifier: 'fewer-than' }],
    ['fewer than 10', { value: 10, qualifier: 'fewer-than' }],
    ['<5', { value: 5, qualifier: 'fewer-than' }],
    ['-', null],
    ['N/A', null],
    ['TBD', null],
  ])('count %j', (text, expected) => {
    expect(readInvitationCount(text)).toEqual(expected);
  });

  it('refuses counts that are not numbers', () => {
    expect(() => readInvitationCount('many')).toThrow('invitation count "many" not understood');
    expect(() => readInvitationCount('1,01')).toThrow(UnreadableRow);
  });

  it.each([
    ['57 and above', 57],
    ['137 to 162', 137],
    ['136', 136],
    ['138 points', 138],
    ['N/A', null],
    ['-', null],
    ['', null],
  ])('score %j', (text, expected) => {
    expect(readMinScore(text)).toBe(expected);
  });

  it('knows absent values', () => {
    expect(['', ' - ', 'n/a', 'Not applicable', 'TBD'].every(isAbsent)).toBe(true);
    expect(isAbsent('0')).toBe(false);
    expect(() => readMinScore('Points')).toThrow(UnreadableRow);
  });
});

describe('finaliseDraws', () => {
  const draft = (over: Partial<DrawDraft>): DrawDraft => ({
    system: 'pnp',
    sourceId: 'pnp-on',
    province: 'ON',
    number: null,
    facts: [],
    date: '2026-04-23',
    dateEnd: null,
    category: 'on-foreign-worker',
    categoryName: 'Foreign Worker stream',
    invitations: { value: 1, qualifier: 'exact' },
    minScore: 60,
    scoreScale: 'oinp',
    url: 'https://www.ontario.ca/',
    notes: '',
    identity: 'Foreign Worker stream',
    distinguishing: '',
    ...over,
  });

  it('builds ids from province, date, number and identity, never from position', () => {
    const one = finaliseDraws([draft({ number: '273', province: 'MB', identity: 'Skilled Worker Stream' })]);
    expect(one.draws[0]?.id).toBe('mb:2026-04-23:273:skilled-worker-stream');
    expect(slug('Labour & Express Entry')).toBe('labour-and-express-entry');
  });

  it('tells same-day draws apart by content, the same in any order', () => {
    const a = draft({ distinguishing: 'Eastern Ontario', invitations: { value: 318, qualifier: 'exact' } });
    const b = draft({ distinguishing: 'Northern Ontario', invitations: { value: 57, qualifier: 'exact' } });
    const c = draft({ distinguishing: 'Northern Ontario', invitations: { value: 58, qualifier: 'exact' } });
    const forward = finaliseDraws([a, b, c]).draws;
    const backward = finaliseDraws([c, b, a]).draws;
    expect(forward).toEqual(backward);
    const ids = forward.map((d) => d.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids).toContain('on:2026-04-23:foreign-worker-stream:eastern-ontario');
    expect(
      ids.filter((id) => id.startsWith('on:2026-04-23:foreign-worker-stream:northern-ontario:')),
    ).toHaveLength(2);
  });

  it('keeps one of two rows identical in every value, and counts the other', () => {
    const result = finaliseDraws([draft({}), draft({})]);
    expect(result.draws).toHaveLength(1);
    expect(result.duplicates).toBe(1);
  });

  it('orders by sequence: day first, then by id within the day', () => {
    const { draws } = finaliseDraws([
      draft({ date: '2026-05-01', identity: 'b' }),
      draft({ date: '2026-04-01', identity: 'z' }),
      draft({ date: '2026-05-01', identity: 'a' }),
    ]);
    expect(draws.map((d) => [d.id, d.sequence])).toEqual([
      ['on:2026-04-01:z', 2026040100],
      ['on:2026-05-01:a', 2026050100],
      ['on:2026-05-01:b', 2026050101],
    ]);
  });
});

describe('pnpSources and notes', () => {
  it('lists one html source per province page, each with an https URL and a pnp- id', () => {
    expect(pnpSources.map((s) => s.id)).toEqual([
      'pnp-ab',
      'pnp-bc',
      'pnp-mb',
      'pnp-nb',
      'pnp-nl',
      'pnp-ns',
      'pnp-on',
      'pnp-pe',
    ]);
    expect(pnpSources.every((s) => s.kind === 'html' && s.url.startsWith('https://'))).toBe(true);
  });

  it('explains Saskatchewan instead of inventing a source for it', () => {
    expect(pnpSources.some((s) => s.id === 'pnp-sk')).toBe(false);
    const note = provinceNotes.find((n) => n.province === 'SK');
    expect(note?.noteKey).toBe('provinceNoteSK');
    expect(note && translatorFor('en').t(note.noteKey)).toBe(
      'Saskatchewan has published no Expression of Interest draws since its 2025 redesign.',
    );
  });
});
