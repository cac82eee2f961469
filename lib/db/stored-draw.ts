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

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A real calendar day, `YYYY-MM-DD` (proleptic Gregorian, as `Date` counts them). Arithmetic, not a
 * `Date` round trip: every stored draw's dates are checked on every read, and that was 3 µs a day.
 */
export function isCalendarDay(text: string): boolean {
  const match = ISO_DAY.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0));
}

const IsoDay = v.pipe(v.string(), v.check(isCalendarDay));
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

/** What a stored record is held to; exported for the test that holds the fast path to it. */
export const StoredDrawShape = v.object({
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

/*
 * The fast path: a record this version wrote is already well-formed, and the schema above costs
 * some 20 µs to say so (5,000 draws: 100 ms before the history page can show a row). These checks
 * accept only what the schema accepts without a fallback, and copy it as the schema would (its
 * keys, in its order); anything else goes through the schema. A test holds the two to one output.
 */
// The fast path's checks, also what other readers of stored data (the history digest) hold values to.
export const SYSTEMS: ReadonlySet<unknown> = new Set(StoredDrawShape.entries.system.options);
export const PROVINCES: ReadonlySet<unknown> = new Set(PROVINCE_CODES);
export const SCALES: ReadonlySet<unknown> = new Set(SCORE_SCALES);
export const QUALIFIERS: ReadonlySet<unknown> = new Set(InvitationsShape.entries.qualifier.options);

export const isText = (value: unknown): value is string => typeof value === 'string';
export const isWhole = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) >= 0;
const isFiniteNumber = (value: unknown): value is number => Number.isFinite(value);
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
const isInstant = (value: unknown): value is string | null =>
  value === null || (isText(value) && !Number.isNaN(Date.parse(value)));

/** Invitations as the schema outputs them, or undefined when the schema would have to judge. */
function wellFormedInvitations(value: unknown): StoredDraw['invitations'] | undefined {
  if (value === null) return null;
  if (!isObject(value)) return undefined;
  const { value: count, qualifier } = value;
  if (!isWhole(count) || count > MAX_INVITATIONS || !QUALIFIERS.has(qualifier)) return undefined;
  return { value: count, qualifier: qualifier as 'exact' | 'fewer-than' };
}

function wellFormedExpressEntry(value: unknown): StoredDraw['expressEntry'] | undefined {
  if (value === null) return null;
  if (!isObject(value)) return undefined;
  const { ranAt, ranAtText, cutOffAt, cutOffText, programsEligible, distribution } = value;
  if (!isInstant(ranAt) || !isText(ranAtText) || !isInstant(cutOffAt) || !isText(cutOffText))
    return undefined;
  if (!isText(programsEligible)) return undefined;
  if (distribution === null) {
    return { ranAt, ranAtText, cutOffAt, cutOffText, programsEligible, distribution: null };
  }
  if (!isObject(distribution)) return undefined;
  const { asOn, asOnText, counts } = distribution;
  if (!isText(asOn) || !isText(asOnText) || !Array.isArray(counts) || counts.length !== 18) return undefined;
  const countsCopy: number[] = [];
  for (let index = 0; index < counts.length; index++) {
    const count: unknown = counts[index];
    if (!isWhole(count)) return undefined;
    countsCopy.push(count);
  }
  return {
    ranAt,
    ranAtText,
    cutOffAt,
    cutOffText,
    programsEligible,
    distribution: { asOn, asOnText, counts: countsCopy },
  };
}

/** Facts as the schema outputs them: the same fact objects, in a new array (holes read as unknown). */
function wellFormedFacts(value: unknown): StoredDraw['facts'] | undefined {
  if (!Array.isArray(value)) return undefined;
  const facts: StoredDraw['facts'] = [];
  for (let index = 0; index < value.length; index++) {
    const fact: unknown = value[index];
    if (!v.is(FactShape, fact)) return undefined;
    facts.push(fact);
  }
  return facts;
}

/** The record as the schema would output it, or undefined when only the schema can judge it. */
export function wellFormedCopy(record: unknown): StoredDraw | undefined {
  if (!isObject(record)) return undefined;
  const { id, system, sourceId, province, number, sequence, date, dateEnd } = record;
  if (!isText(id) || id.length === 0 || id.length > 300 || !SYSTEMS.has(system)) return undefined;
  if (!isText(sourceId) || sourceId.length === 0) return undefined;
  if (province !== null && !PROVINCES.has(province)) return undefined;
  if (number !== null && !isText(number)) return undefined;
  if (!isFiniteNumber(sequence) || !isText(date) || !isCalendarDay(date)) return undefined;
  if (dateEnd !== null && !(isText(dateEnd) && isCalendarDay(dateEnd))) return undefined;
  const { category, categoryName, minScore, scoreScale, url, notes, firstSeenAt, revisions } = record;
  if (!isText(category) || !isText(categoryName) || !isText(url) || !isText(notes)) return undefined;
  if ((minScore !== null && !isWhole(minScore)) || !SCALES.has(scoreScale)) return undefined;
  // Revisions are rare (a draw whose figures were corrected): the schema reads those.
  if (!isFiniteNumber(firstSeenAt) || !Array.isArray(revisions) || revisions.length !== 0) return undefined;
  const invitations = wellFormedInvitations(record.invitations);
  const expressEntry = wellFormedExpressEntry(record.expressEntry);
  const facts = wellFormedFacts(record.facts);
  if (invitations === undefined || expressEntry === undefined || facts === undefined) return undefined;
  return {
    id,
    system: system as StoredDraw['system'],
    sourceId,
    province: province as StoredDraw['province'],
    number,
    sequence,
    date,
    dateEnd,
    category,
    categoryName,
    invitations,
    minScore,
    scoreScale: scoreScale as StoredDraw['scoreScale'],
    url,
    expressEntry,
    notes,
    facts,
    firstSeenAt,
    revisions: [],
  };
}

const SOURCE_PAGES = new Map(
  [EXPRESS_ENTRY_INFO, ...PNP_SOURCES_INFO].map((info) => [info.id, info] as const),
);

/** A stored record as a draw, repaired where it can be, or null when it cannot be read at all. */
export function readStoredDraw(record: unknown): StoredDraw | null {
  let draw = wellFormedCopy(record);
  if (draw === undefined) {
    const parsed = v.safeParse(StoredDrawShape, record);
    if (!parsed.success) return null;
    draw = { ...parsed.output };
  }
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
