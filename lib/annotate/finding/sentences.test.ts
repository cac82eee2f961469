import { MAX_SENTENCE_LENGTH, scanSentences, sentenceRanges } from '@/lib/annotate/finding/sentences';

const sentences = (text: string) =>
  sentenceRanges(text).map((range) => text.slice(range.start, range.end).trim());

describe('sentences', () => {
  it('does not end sentences at abbreviations, in English or French', () => {
    expect(sentences('Draw No. 238 ran on Jan. 18 in B.C. PNP terms. The minimum CRS was 490.')).toEqual([
      'Draw No. 238 ran on Jan. 18 in B.C. PNP terms.',
      'The minimum CRS was 490.',
    ]);
    expect(sentences('La ronde nº. 339 a eu lieu le 6 janv. 2025. Le seuil était de 410.')).toEqual([
      'La ronde nº. 339 a eu lieu le 6 janv. 2025.',
      'Le seuil était de 410.',
    ]);
  });

  it('ends at line and cell breaks, and before a capital or a digit', () => {
    expect(sentences('Date: March 6\nITAs: 4,500\tCRS 410. 410 was low! Next? yes')).toEqual([
      'Date: March 6',
      'ITAs: 4,500',
      'CRS 410.',
      '410 was low!',
      'Next? yes',
    ]);
  });

  it('reads "draw 1 " + "." × n + " " × n in one pass (issue 13 reproducer)', () => {
    const n = 100_000;
    const text = `draw 1 ${'.'.repeat(n)}${' '.repeat(n)}`;
    const { ranges, cut } = scanSentences(text);
    expect(cut).toBeGreaterThanOrEqual(Math.floor(text.length / MAX_SENTENCE_LENGTH) - 1);
    expect(ranges[0]?.start).toBe(0);
    expect(ranges[ranges.length - 1]?.end).toBe(text.length);
    // Contiguous, none longer than the limit.
    for (let index = 1; index < ranges.length; index++) {
      expect(ranges[index]?.start).toBe(ranges[index - 1]?.end);
    }
    expect(Math.max(...ranges.map((range) => range.end - range.start))).toBeLessThanOrEqual(
      MAX_SENTENCE_LENGTH,
    );
  });

  it('cuts a run-on sentence at a space, and says how many it cut', () => {
    const words = 'word '.repeat(1000);
    const scan = scanSentences(words);
    expect(scan.cut).toBe(2);
    for (const range of scan.ranges) expect(words[range.end - 1]).toBe(' ');
  });
});
