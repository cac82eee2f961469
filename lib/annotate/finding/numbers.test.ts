import { scanNumbers } from '@/lib/annotate/finding/numbers';

const values = (text: string, language: 'en' | 'fr' = 'en') =>
  scanNumbers(text, language).map((token) => [
    text.slice(token.start, token.end),
    token.value,
    token.grouped,
  ]);

describe('scanNumbers', () => {
  it('reads English counts, plain numbers and lettered rounds', () => {
    expect(values('IRCC issued 5,500 ITAs in round 91b; the CRS was 490 on 2023-01-18.')).toEqual([
      ['5,500', 5500, true],
      ['91b', 91, false],
      ['490', 490, false],
      ['2023', 2023, false],
      ['01', 1, false],
      ['18', 18, false],
    ]);
    expect(scanNumbers('round 91b', 'en')[0]?.text).toBe('91b');
  });

  it('reads French counts with an ordinary, a no-break or a narrow no-break space', () => {
    expect(values('IRCC a envoyé 4 500, puis 4\u00a0500, puis 4\u202f500 invitations.', 'fr')).toEqual([
      ['4 500', 4500, true],
      ['4\u00a0500', 4500, true],
      ['4\u202f500', 4500, true],
    ]);
    // A French decimal comma makes a statistic, not a count.
    expect(scanNumbers('12,5 %', 'fr')[0]?.decimal).toBe(true);
    // An English page does not join "in 2023 500 people" over an ordinary space.
    expect(values('in round 2 500 people')).toEqual([
      ['2', 2, false],
      ['500', 500, false],
    ]);
  });

  it('leaves out numbers inside words, times and decimals as figures of their own', () => {
    expect(values('B2B and H1N1 at 5am')).toEqual([]);
    expect(scanNumbers('a 12.5% rise', 'en')[0]).toMatchObject({ value: 12, decimal: true });
    // A separator that makes no group ("5,500,00") is not a number we read.
    expect(values('5,500,00 ITAs')).toEqual([]);
  });

  it('reads a run of 100,000 groups once, as one absurd number (issue 13: ",000" × n)', () => {
    const text = `draw 1${',000'.repeat(100_000)} ITAs`;
    const tokens = scanNumbers(text, 'en');
    expect(tokens).toHaveLength(1);
    expect(tokens[0]?.value).toBe(Number.POSITIVE_INFINITY);
    expect(tokens[0]?.end).toBe(text.length - ' ITAs'.length);
  });
});
