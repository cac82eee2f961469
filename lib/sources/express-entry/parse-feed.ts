import * as v from 'valibot';
import type { Draw, PoolDistribution } from '@/lib/draws/draw';
import { CRS_MAX, implausibility, plausibleInstant } from '@/lib/draws/plausible';
import { EXPRESS_ENTRY_INFO, expressEntryRoundPage } from '@/lib/sources/catalog';
import { hostsOf } from '@/lib/sources/official-url';
import { MAX_BODY_CHARS, type ParseResult, SourceFault } from '@/lib/sources/source';
import { parseWholeNumber } from '@/lib/text/numbers';
import { categorise } from './categories';
import { parseFeedDate, parseLooseUtcMoment } from './feed-dates';

export const EXPRESS_ENTRY_SOURCE_ID = EXPRESS_ENTRY_INFO.id;
const CANADA_CA = 'https://www.canada.ca';

const optionalText = v.optional(v.string(), '');

const FeedShape = v.object({ rounds: v.array(v.unknown()) });

const RoundShape = v.object({
  drawNumber: v.string(),
  drawDate: v.string(),
  drawName: v.pipe(v.string(), v.trim(), v.nonEmpty('drawName is empty')),
  drawSize: v.string(),
  drawCRS: v.string(),
  drawNumberURL: optionalText,
  mitext: optionalText,
  drawText2: optionalText,
  drawDateTime: optionalText,
  drawCutOff: optionalText,
  drawDistributionAsOn: optionalText,
});
type Round = v.InferOutput<typeof RoundShape>;

/** A round read, or why not: a value, not an Error, so that a million bad rounds stay cheap. */
type RoundReading = { draw: Draw } | { problem: string };
const unreadable = (problem: string): RoundReading => ({ problem });

const REASONS_KEPT = 5;
const ROUND_HOSTS = hostsOf(CANADA_CA);

/**
 * Reads the whole feed body. Throws SourceFault when the body is not the feed; skips (and counts)
 * rounds that cannot be read or cannot be real.
 */
export function parseExpressEntryFeed(body: string, options: { now?: number } = {}): ParseResult {
  const json = decodeJson(body);
  const feed = v.safeParse(FeedShape, json);
  if (!feed.success) throw new SourceFault({ code: 'no-rounds-list' });
  const rules = { now: options.now ?? Date.now(), hosts: ROUND_HOSTS, scoreMaxima: { crs: CRS_MAX } };

  const draws: Draw[] = [];
  const skippedReasons: string[] = [];
  let skipped = 0;
  const seen = new Set<string>();
  for (const [index, raw] of feed.output.rounds.entries()) {
    // A number already read is a repeat, whatever else the entry holds: no need to read it all.
    const number = normaliseRoundNumber(String((raw as { drawNumber?: unknown } | null)?.drawNumber ?? ''));
    let reading =
      number !== null && seen.has(`ee:${number}`)
        ? unreadable(`round ${number} is listed twice`)
        : readRound(raw, rules.now);
    if ('draw' in reading) {
      const { draw } = reading;
      const problem = implausibility(draw, rules);
      if (problem) reading = unreadable(`round ${draw.number}: ${problem}`);
      else if (seen.has(draw.id)) reading = unreadable(`round ${draw.number} is listed twice`);
    }
    if ('draw' in reading) {
      seen.add(reading.draw.id);
      draws.push(reading.draw);
      continue;
    }
    skipped += 1;
    if (skippedReasons.length < REASONS_KEPT) skippedReasons.push(`entry ${index + 1}: ${reading.problem}`);
  }
  if (feed.output.rounds.length === 0) {
    // The real feed has hundreds of rounds: an empty list is a partial answer, retried soon.
    throw new SourceFault({ code: 'no-rounds' });
  }
  if (draws.length === 0) {
    throw new SourceFault({
      code: 'no-readable-round',
      rounds: feed.output.rounds.length,
      firstProblem: skippedReasons[0] ?? '',
    });
  }
  return { draws, skipped, skippedReasons };
}

function decodeJson(body: string): unknown {
  if (body.length > MAX_BODY_CHARS) throw new SourceFault({ code: 'body-too-large', limit: MAX_BODY_CHARS });
  const trimmed = body.trim();
  if (trimmed === '') throw new SourceFault({ code: 'empty-body' });
  if (trimmed.startsWith('<')) throw new SourceFault({ code: 'html-instead-of-json' });
  try {
    return JSON.parse(trimmed);
  } catch {
    if (trimmed.startsWith('{'))
      throw new SourceFault({ code: 'json-cut-short', characters: trimmed.length });
    throw new SourceFault({ code: 'not-json' });
  }
}

/** The fields a round cannot do without, checked before the schema: a junk entry costs no issue list. */
const REQUIRED_TEXT = ['drawNumber', 'drawDate', 'drawName', 'drawSize', 'drawCRS'] as const;

/** `0357` and `357` are one round: leading zeros go, letters are lower case (`91A` → `91a`). */
export function normaliseRoundNumber(text: string): string | null {
  const match = /^\s*0*(\d{1,4})([a-z]?)\s*$/i.exec(text);
  if (!match?.[1] || match[1] === '0') return null;
  return `${match[1]}${(match[2] ?? '').toLowerCase()}`;
}

/** Free text kept from a round is bounded: no real name or note is this long. */
const MAX_TEXT = 500;
const text = (value: string) => value.trim().slice(0, MAX_TEXT);

function readRound(raw: unknown, now: number): RoundReading {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return unreadable('not a round');
  const record = raw as Record<string, unknown>;
  const missing = REQUIRED_TEXT.find((key) => typeof record[key] !== 'string');
  if (missing) return unreadable(`${missing} is missing or not text`);
  const parsed = v.safeParse(RoundShape, raw);
  if (!parsed.success) return unreadable(v.summarize(parsed.issues).split('\n')[0] ?? 'malformed round');
  const round = parsed.output;
  const number = normaliseRoundNumber(round.drawNumber);
  if (number === null) return unreadable(`"${round.drawNumber.slice(0, 20)}" is not a round number`);
  const date = parseFeedDate(round.drawDate);
  if (!date) return unreadable(`round ${number} has an unreadable date "${round.drawDate.slice(0, 40)}"`);
  const invitations = parseWholeNumber(round.drawSize);
  if (invitations === null) {
    return unreadable(`round ${number} has an unreadable size "${round.drawSize.slice(0, 40)}"`);
  }
  const minScore = parseWholeNumber(round.drawCRS);
  if (minScore === null)
    return unreadable(`round ${number} has an unreadable CRS "${round.drawCRS.slice(0, 40)}"`);
  if (round.drawName.length > MAX_TEXT) return unreadable(`round ${number} has a name too long to be one`);
  const ranAtText = text(round.drawDateTime);
  const cutOffText = text(round.drawCutOff);
  // A moment that cannot be (year 0099, 9999) is dropped; its text stays.
  const moment = (value: string) => (value ? plausibleInstant(parseLooseUtcMoment(value, date), now) : null);
  return {
    draw: {
      id: `ee:${number}`,
      system: 'express-entry',
      sourceId: EXPRESS_ENTRY_SOURCE_ID,
      province: null,
      number,
      sequence: roundSequence(number),
      date,
      dateEnd: null,
      category: categorise(round.drawName),
      categoryName: round.drawName,
      invitations: { value: invitations, qualifier: 'exact' },
      minScore,
      scoreScale: 'crs',
      url: roundPageUrl(round, number),
      notes: '',
      facts: [],
      expressEntry: {
        ranAt: moment(ranAtText),
        ranAtText,
        cutOffAt: moment(cutOffText),
        cutOffText,
        programsEligible: text(round.drawText2),
        distribution: readDistribution(record, round, date, now),
      },
    },
  };
}

/** 91a → 911, 91b → 912, 92 → 920: numeric order with lettered splits in between. */
export function roundSequence(number: string): number {
  const match = /^(\d+)([a-z]?)$/.exec(number);
  if (!match) return 0;
  const letter = match[2] ? match[2].charCodeAt(0) - 96 : 0;
  return Number(match[1]) * 100 + letter;
}

/** The feed links are HTML (`<a href='/content/canadasite/en/...'>`); keep only a canada.ca https URL. */
function roundPageUrl(round: Round, number: string): string {
  for (const html of [round.drawNumberURL, round.mitext]) {
    const href = /href\s*=\s*['"]([^'"]+)['"]/i.exec(html)?.[1];
    if (!href) continue;
    try {
      const url = new URL(href.replace(/^\/content\/canadasite(?=\/)/, ''), CANADA_CA);
      if (
        url.protocol === 'https:' &&
        url.hostname === 'www.canada.ca' &&
        /^\/(en|fr)\//.test(url.pathname)
      ) {
        return url.href;
      }
    } catch {
      // An unusable link falls through to the page IRCC builds from the round number.
    }
  }
  return expressEntryRoundPage(number);
}

function readDistribution(
  raw: Record<string, unknown>,
  round: Round,
  drawDate: string,
  now: number,
): PoolDistribution | null {
  const counts: number[] = [];
  for (let i = 1; i <= 18; i++) {
    const value = raw[`dd${i}`];
    const count = typeof value === 'string' ? parseWholeNumber(value) : null;
    if (count === null) return null;
    counts.push(count);
  }
  if (counts.every((count) => count === 0)) return null;
  const asOnText = text(round.drawDistributionAsOn);
  // The pool is described as it was around the round (`July 20, 2025` for a round of July 22, and
  // once `July 11, 2022` for one of July 6): a date written without its year takes the year that
  // puts it within a month after the round.
  const monthAfter = new Date(Date.parse(`${drawDate}T00:00:00Z`) + 31 * 86_400_000).toISOString();
  const asOnMoment = parseLooseUtcMoment(`${asOnText} 00:00:00`, monthAfter.slice(0, 10));
  const asOn = plausibleInstant(asOnMoment, now);
  return { asOn: asOn ? asOn.slice(0, 10) : '', asOnText, counts };
}
