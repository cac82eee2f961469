import type { ProvinceCode, ProvincialScale } from '@/lib/sources/province-record';

/** One round of invitations, from any official source, as Draw Alerts stores it. */

export type DrawSystem = 'express-entry' | 'pnp' | 'quebec';

/** The provinces are those of the province records (lib/sources/provinces/): one file each. */
export type { ProvinceCode, ProvincialScale };

/**
 * The scale a minimum score is on. Provincial scores are never CRS: each has its own points grid,
 * declared by its province's record. `none` when the source publishes no score for the draw.
 */
export type ScoreScale = 'crs' | ProvincialScale | 'none';

/**
 * Something a province's page states of a draw in a field of its own, kept as published: the
 * words around it ("Profiles created: …") are made where it is shown, in the reader's language.
 */
export interface DrawFact {
  kind: DrawFactKind;
  /** The page's own text for it (a date range, a list of occupations, a moment). */
  text: string;
}

/** When the invited profiles were created (a date range), the occupations selected, the cut-off moment. */
export const DRAW_FACT_KINDS = ['profiles-created', 'occupations', 'cut-off'] as const;

export type DrawFactKind = (typeof DRAW_FACT_KINDS)[number];

/**
 * An invitation count as published. Provinces sometimes publish a bound ("fewer than 10", "<5"):
 * that stays a bound, never a made-up number.
 */
export interface InvitationCount {
  value: number;
  qualifier: 'exact' | 'fewer-than';
}

/** The CRS distribution of the whole Express Entry pool on a given day (dd1..dd18 in IRCC's feed). */
export interface PoolDistribution {
  asOn: string;
  asOnText: string;
  /** dd1..dd18 in feed order; index 0 is dd1 (601-1200), index 17 is dd18 (total). */
  counts: number[];
}

export interface ExpressEntryDetails {
  /** When the round ran (ISO instant), when the text allows; the raw text is always kept. */
  ranAt: string | null;
  ranAtText: string;
  /** Tie-breaking rule: profiles created before this moment were invited. */
  cutOffAt: string | null;
  cutOffText: string;
  programsEligible: string;
  distribution: PoolDistribution | null;
}

export interface Draw {
  /** Stable across re-reads, reorderings and renamed categories: `ee:357`, `ee:91a`, `<province>:<date>:<stream>`. */
  id: string;
  system: DrawSystem;
  /** The source that read it (`ircc-ee`, or `pnp-` and the province's code). */
  sourceId: string;
  province: ProvinceCode | null;
  /** The number the program publishes (`357`, `91a`), or null. */
  number: string | null;
  /** Orders rounds: 91a < 91b < 92. Higher is newer within a source. */
  sequence: number;
  /** ISO date (YYYY-MM-DD). For a range, its first day. */
  date: string;
  /** ISO date of a range's last day, or null. */
  dateEnd: string | null;
  /** Normalised category/stream key (`cec`, `healthcare`, `other`; a province's streams start with its code). */
  category: string;
  /** The official name as published. */
  categoryName: string;
  invitations: InvitationCount | null;
  minScore: number | null;
  scoreScale: ScoreScale;
  /** The official page for this draw (absolute https URL). */
  url: string;
  /** Express Entry only. */
  expressEntry: ExpressEntryDetails | null;
  /** The province's own words about the draw (selection focus, notes), as published, or ''. */
  notes: string;
  /** What the page states of the draw in fields of its own, in the page's order (none for IRCC's rounds). */
  facts: DrawFact[];
}
