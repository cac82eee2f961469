import type { Draw, PoolDistribution } from '@/lib/draws/draw';

/**
 * Where a CRS score stands in the Express Entry pool, from IRCC's distribution of the whole pool
 * (`dd1`…`dd18`). Counts are published by band, so a position inside a band is an estimate: the
 * band's profiles are taken as spread evenly over its points. A score on a band's lower edge is
 * exact.
 */

export interface Band {
  from: number;
  to: number;
  count: number;
}

/** The feed's bands: index into `counts` (dd1 is 0), and the sub-bands that split it, if any. */
const LAYOUT: ReadonlyArray<{ index: number; from: number; to: number; split?: readonly number[] }> = [
  { index: 0, from: 601, to: 1200 },
  { index: 1, from: 501, to: 600 },
  // dd3 451–500 is the sum of dd4…dd8 (491–500 down to 451–460).
  { index: 2, from: 451, to: 500, split: [3, 4, 5, 6, 7] },
  // dd9 401–450 is the sum of dd10…dd14 (441–450 down to 401–410).
  { index: 8, from: 401, to: 450, split: [9, 10, 11, 12, 13] },
  { index: 14, from: 351, to: 400 },
  { index: 15, from: 301, to: 350 },
  { index: 16, from: 0, to: 300 },
];

const SUB_BAND_WIDTH = 10;

/**
 * The finest bands a distribution gives, highest first: 10-point sub-bands in 401–500 where they
 * add up to their band, the band itself where the feed contradicts itself. Null when the counts
 * are not a distribution (missing, negative, not whole numbers, not adding up to the total dd18).
 */
export function bandsOf(distribution: Pick<PoolDistribution, 'counts'>): Band[] | null {
  const { counts } = distribution;
  if (!Array.isArray(counts) || counts.length !== 18) return null;
  if (!counts.every((count) => Number.isSafeInteger(count) && count >= 0)) return null;
  const bands: Band[] = [];
  for (const { index, from, to, split } of LAYOUT) {
    const count = counts[index] ?? 0;
    const parts = split?.map((part) => counts[part] ?? 0);
    if (parts && parts.reduce((sum, part) => sum + part, 0) === count) {
      parts.forEach((part, offset) => {
        const top = to - offset * SUB_BAND_WIDTH;
        bands.push({ from: top - SUB_BAND_WIDTH + 1, to: top, count: part });
      });
    } else {
      bands.push({ from, to, count });
    }
  }
  // A distribution whose bands do not add up to its total (round #226 carries one) says nothing.
  const total = counts[17];
  return bands.reduce((sum, band) => sum + band.count, 0) === total && total > 0 ? bands : null;
}

export interface PoolPosition {
  /** The day of the distribution (ISO), and as IRCC wrote it. */
  asOn: string;
  asOnText: string;
  score: number;
  /** Every profile in the pool that day. */
  total: number;
  /** Profiles scoring at or above `score`: an estimate unless `exact`. */
  atOrAbove: number;
  /** The bounds the bands allow: the bands wholly at or above the score, and that plus its own band. */
  atLeast: number;
  atMost: number;
  exact: boolean;
  /** The band the score falls in. */
  band: Band;
}

export function poolPosition(distribution: PoolDistribution, score: number): PoolPosition | null {
  const bands = bandsOf(distribution);
  if (!bands || !Number.isInteger(score) || score < 0 || score > 1200) return null;
  const total = bands.reduce((sum, band) => sum + band.count, 0);
  let above = 0;
  for (const band of bands) {
    if (score > band.to) break;
    if (score <= band.from) {
      above += band.count;
      if (score === band.from) return position(distribution, score, total, above, above, above, band);
      continue;
    }
    const share = (band.to - score + 1) / (band.to - band.from + 1);
    const estimate = above + Math.round(band.count * share);
    return position(distribution, score, total, estimate, above, above + band.count, band);
  }
  // Unreachable: the bands cover 0 to 1200.
  return null;
}

function position(
  distribution: PoolDistribution,
  score: number,
  total: number,
  atOrAbove: number,
  atLeast: number,
  atMost: number,
  band: Band,
): PoolPosition {
  return {
    asOn: distribution.asOn,
    asOnText: distribution.asOnText,
    score,
    total,
    atOrAbove,
    atLeast,
    atMost,
    exact: atLeast === atMost,
    band,
  };
}

/** Where the score stood on each of the latest distinct distributions, newest first. */
export function poolHistory(
  roundsNewestFirst: readonly Pick<Draw, 'date' | 'expressEntry'>[],
  score: number,
  limit = 6,
): PoolPosition[] {
  const seen = new Set<string>();
  const positions: PoolPosition[] = [];
  for (const round of roundsNewestFirst) {
    const distribution = round.expressEntry?.distribution;
    if (!distribution) continue;
    // Rounds a day or two apart share one snapshot of the pool.
    const day = distribution.asOn || distribution.asOnText || round.date;
    if (seen.has(day)) continue;
    seen.add(day);
    const found = poolPosition(distribution, score);
    if (found) positions.push(found);
    if (positions.length === limit) break;
  }
  return positions;
}

/** An estimate as a person reads it: to the hundred from a thousand up (it is one, by band). */
export function roundedEstimate(position: Pick<PoolPosition, 'atOrAbove' | 'exact'>): number {
  const { atOrAbove, exact } = position;
  return exact || atOrAbove < 1000 ? atOrAbove : Math.round(atOrAbove / 100) * 100;
}
