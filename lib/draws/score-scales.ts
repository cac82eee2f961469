import { PROVINCIAL_SCALES } from '@/lib/sources/province-records';
import type { ScoreScale } from './draw';
import { CRS_MAX } from './plausible';

/**
 * Every scale a score may be on, with its maximum: CRS, and each province's own grids from its
 * record (lib/sources/provinces/), for what reads stored draws and what checks every source's.
 */
export const SCORE_MAXIMA: Readonly<Record<Exclude<ScoreScale, 'none'>, number>> = {
  crs: CRS_MAX,
  ...(Object.fromEntries(PROVINCIAL_SCALES.map((scale) => [scale.id, scale.max])) as Record<
    Exclude<ScoreScale, 'crs' | 'none'>,
    number
  >),
};

/** Every scale, `none` (no score published) included. */
export const SCORE_SCALES: readonly ScoreScale[] = [...(Object.keys(SCORE_MAXIMA) as ScoreScale[]), 'none'];
