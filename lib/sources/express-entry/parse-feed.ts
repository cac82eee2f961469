import * as v from 'valibot';
import type { Draw, PoolDistribution } from '@/lib/draws/draw';
import { EXPRESS_ENTRY_INFO } from '@/lib/sources/catalog';
import { type ParseResult, SourceFault } from '@/lib/sources/source';
import { parseWholeNumber } from '@/lib/text/numbers';
import { categorise } from './categories';
import { parseFeedDate, parseLooseUtcMoment } from './feed-dates';

export const EXPRESS_ENTRY_SOURCE_ID = EXPRESS_ENTRY_INFO.id;
const CANADA_CA = 'https://www.canada.ca';
const ROUND_PAGE =
  '/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-rounds/invitations.html?q=';

const optionalText = v.optional(v.string(), '');

const FeedShape = v.object({ rounds: v.array(v.unknown()) });

const RoundShape = v.object({
  drawNumber: v.pipe(v.string(), v.regex(/^\s*\d{1,4}[a-z]?\s*$/i, 'drawNumber is not a round number')),
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

class RoundError extends Error {}

/** Reads the whole feed body. Throws SourceFault when the body is not the feed; skips bad rounds. */
export function parseExpressEntryFeed(body: string): ParseResult {
  const json = decodeJson(body);
  const feed = v.safeParse(FeedShape, json);
  if (!feed.success) {
    throw new SourceFault(
      'shape',
      'Express Entry: the JSON has no "rounds" list; IRCC may have changed the feed.',
    );
  }
  const draws: Draw[] = [];
  const skippedReasons: string[] = [];
  let skipped = 0;
  const seen = new Set<string>();
  for (const [index, raw] of feed.output.rounds.entries()) {
    try {
      const draw = readRound(raw);
      if (seen.has(draw.id)) throw new RoundError(`round ${draw.number} is listed twice`);
      seen.add(draw.id);
      draws.push(draw);
    } catch (error) {
      if (!(error instanceof RoundError)) throw error;
      skipped += 1;
      if (skippedReasons.length < 5) skippedReasons.push(`entry ${index + 1}: ${error.message}`);
    }
  }
  if (feed.output.rounds.length === 0) {
    // The real feed has hundreds of rounds: an empty list is a partial answer, retried soon.
    throw new SourceFault('truncated', 'Express Entry: the feed lists no rounds at all.');
  }
  if (draws.length === 0) {
    throw new SourceFault(
      'shape',
      `Express Entry: none of the ${feed.output.rounds.length} rounds could be read${skippedReasons[0] ? ` (${skippedReasons[0]})` : ''}.`,
    );
  }
  return { draws, skipped, skippedReasons };
}

function decodeJson(body: string): unknown {
  const trimmed = body.trim();
  if (trimmed === '') throw new SourceFault('empty', 'Express Entry: the feed answered with an empty body.');
  if (trimmed.startsWith('<')) {
    throw new SourceFault(
      'error-page',
      'Express Entry: the feed answered with an HTML page instead of JSON.',
    );
  }
  try {
    return JSON.parse(trimmed);
  } catch {
    if (trimmed.startsWith('{')) {
      throw new SourceFault(
        'truncated',
        `Express Entry: the feed's JSON is cut short or broken (${trimmed.length.toLocaleString('en')} characters received).`,
      );
    }
    throw new SourceFault('not-json', 'Express Entry: the feed answered with something that is not JSON.');
  }
}

function readRound(raw: unknown): Draw {
  const parsed = v.safeParse(RoundShape, raw);
  if (!parsed.success) throw new RoundError(v.summarize(parsed.issues).split('\n')[0] ?? 'malformed round');
  const round = parsed.output;
  const number = round.drawNumber.trim().toLowerCase();
  const date = parseFeedDate(round.drawDate);
  if (!date) throw new RoundError(`round ${number} has an unreadable date "${round.drawDate}"`);
  const invitations = parseWholeNumber(round.drawSize);
  if (invitations === null)
    throw new RoundError(`round ${number} has an unreadable size "${round.drawSize}"`);
  const minScore = parseWholeNumber(round.drawCRS);
  if (minScore === null || minScore > 1200) {
    throw new RoundError(`round ${number} has an unreadable CRS "${round.drawCRS}"`);
  }
  const ranAtText = round.drawDateTime.trim();
  const cutOffText = round.drawCutOff.trim();
  return {
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
    expressEntry: {
      ranAt: ranAtText ? parseLooseUtcMoment(ranAtText, date) : null,
      ranAtText,
      cutOffAt: cutOffText ? parseLooseUtcMoment(cutOffText, date) : null,
      cutOffText,
      programsEligible: round.drawText2.trim(),
      distribution: readDistribution(raw as Record<string, unknown>, round),
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
  return `${CANADA_CA}${ROUND_PAGE}${encodeURIComponent(number)}`;
}

function readDistribution(raw: Record<string, unknown>, round: Round): PoolDistribution | null {
  const counts: number[] = [];
  for (let i = 1; i <= 18; i++) {
    const value = raw[`dd${i}`];
    const count = typeof value === 'string' ? parseWholeNumber(value) : null;
    if (count === null) return null;
    counts.push(count);
  }
  if (counts.every((count) => count === 0)) return null;
  const asOnText = round.drawDistributionAsOn.trim();
  const asOnMoment = parseLooseUtcMoment(`${asOnText} 00:00:00`, '9999-12-31');
  return { asOn: asOnMoment ? asOnMoment.slice(0, 10) : '', asOnText, counts };
}
