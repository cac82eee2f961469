import * as v from 'valibot';
import { DRAW_FACT_KINDS } from '@/lib/draws/draw';
import { isPlausibleScore, MAX_INVITATIONS, type ScoreMaxima } from '@/lib/draws/plausible';
import { SCORE_MAXIMA, SCORE_SCALES } from '@/lib/draws/score-scales';
import { EXPRESS_ENTRY_INFO, expressEntryRoundPage, PNP_SOURCES_INFO } from '@/lib/sources/catalog';
import { isOfficialUrl } from '@/lib/sources/host-permissions';
import { PROVINCE_CODES } from '@/lib/sources/province-records';
import type { StoredDraw } from './database';

/**
 * Reading a stored draw as untrusted: an older version's bug or a broken disk can leave anything in
 * IndexedDB. What can be repaired is (a missing count reads "not published", a missing province
 * comes from the source); what cannot (no date, no id) makes the record unreadable, and every
 * reader skips and counts it instead of failing on it.
 */

/** A real calendar day, `YYYY-MM-DD`. */
const IsoDay = v.pipe(
  v.string(),
  v.check((text) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!match) return false;
    const day = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(text);
  }),
);
const Text = (fallback: string) => v.fallback(v.string(), fallback);
const Instant = v.fallback(
  v.nullable(
    v.pipe(
      v.string(),
      v.check((text) => !Number.isNaN(Date.parse(text))),
    ),
  ),
  null,
);
const Whole = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

const InvitationsShape = v.object({
  value: v.pipe(Whole, v.maxValue(MAX_INVITATIONS)),
  qualifier: v.picklist(['exact', 'fewer-than']),
});

const ExpressEntryShape = v.object({
  ranAt: Instant,
  ranAtText: Text(''),
  cutOffAt: Instant,
  cutOffText: Text(''),
  programsEligible: Text(''),
  distribution: v.fallback(
    v.nullable(
      v.object({
        asOn: Text(''),
        asOnText: Text(''),
        counts: v.pipe(v.array(Whole), v.length(18)),
      }),
    ),
    null,
  ),
});

const FigureChangeShape = v.variant('field', [
  v.object({ field: v.literal('minScore'), from: v.nullable(Whole), to: v.nullable(Whole) }),
  v.object({
    field: v.literal('invitations'),
    from: v.nullable(InvitationsShape),
    to: v.nullable(InvitationsShape),
  }),
  v.object({ field: v.literal('cutOffAt'), from: v.nullable(v.string()), to: v.nullable(v.string()) }),
]);

/** What a page states of a draw (v5 on); a fact that cannot be read is dropped, not the draw. */
const FactShape = v.object({
  kind: v.picklist(DRAW_FACT_KINDS),
  text: v.pipe(v.string(), v.nonEmpty(), v.maxLength(2000)),
});

const StoredDrawShape = v.object({
  id: v.pipe(v.string(), v.nonEmpty(), v.maxLength(300)),
  system: v.picklist(['express-entry', 'pnp', 'quebec']),
  sourceId: v.pipe(v.string(), v.nonEmpty()),
  province: v.fallback(v.nullable(v.picklist(PROVINCE_CODES)), null),
  number: v.fallback(v.nullable(v.string()), null),
  sequence: v.pipe(v.number(), v.finite()),
  date: IsoDay,
  dateEnd: v.fallback(v.nullable(IsoDay), null),
  category: Text('other'),
  categoryName: Text(''),
  invitations: v.fallback(v.nullable(InvitationsShape), null),
  minScore: v.fallback(v.nullable(Whole), null),
  scoreScale: v.fallback(v.picklist(SCORE_SCALES), 'none'),
  url: Text(''),
  expressEntry: v.fallback(v.nullable(ExpressEntryShape), null),
  notes: Text(''),
  facts: v.fallback(
    v.pipe(
      v.array(v.unknown()),
      v.transform((items) => items.flatMap((item) => (v.is(FactShape, item) ? [item] : []))),
    ),
    [],
  ),
  firstSeenAt: v.fallback(v.pipe(v.number(), v.finite()), 0),
  revisions: v.fallback(
    v.array(v.object({ seenAt: v.pipe(v.number(), v.finite()), changes: v.array(FigureChangeShape) })),
    [],
  ),
});

const SOURCE_PAGES = new Map(
  [EXPRESS_ENTRY_INFO, ...PNP_SOURCES_INFO].map((info) => [info.id, info] as const),
);

/** A stored record as a draw, repaired where it can be, or null when it cannot be read at all. */
export function readStoredDraw(record: unknown): StoredDraw | null {
  const parsed = v.safeParse(StoredDrawShape, record);
  if (!parsed.success) return null;
  const draw: StoredDraw = { ...parsed.output };
  const source = SOURCE_PAGES.get(draw.sourceId);
  if (draw.system === 'pnp') {
    // `provinceundefined` in a title: the province comes back from the source that read it.
    draw.province ??= source?.province ?? null;
    if (draw.province === null) return null;
  } else if (draw.system === 'express-entry') {
    draw.province = null;
  }
  if (draw.dateEnd !== null && draw.dateEnd < draw.date) draw.dateEnd = null;
  // A score off its scale (a year read as a score) is not shown as one.
  if (
    draw.minScore !== null &&
    !isPlausibleScore(draw.minScore, (SCORE_MAXIMA as ScoreMaxima)[draw.scoreScale])
  )
    draw.minScore = null;
  // Only an official page is ever linked; else the source's own page stands in for it.
  if (!isOfficialUrl(draw.url)) {
    const standIn =
      draw.system === 'express-entry' && draw.number ? expressEntryRoundPage(draw.number) : source?.url;
    if (standIn === undefined) return null;
    draw.url = standIn;
  }
  return draw;
}

export interface StoredDrawsRead {
  draws: StoredDraw[];
  /** Records left out because they could not be read. */
  unreadable: number;
}

export function readStoredDraws(records: readonly unknown[]): StoredDrawsRead {
  const draws: StoredDraw[] = [];
  let unreadable = 0;
  for (const record of records) {
    const draw = readStoredDraw(record);
    if (draw) draws.push(draw);
    else unreadable += 1;
  }
  return { draws, unreadable };
}

/** For Dexie's `filter`: the records a reader can show. */
export const isReadableDraw = (record: unknown): boolean => readStoredDraw(record) !== null;
