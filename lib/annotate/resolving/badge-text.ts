import type { FigureVerdict, Resolution } from '@/lib/annotate/resolving/resolve';
import type { ArticleScope, SinceFacts } from '@/lib/annotate/resolving/since';
import type { Draw } from '@/lib/draws/draw';
import type { Translate as TranslateOver } from '@/lib/i18n/catalog';
import type { badgesEn } from '@/lib/i18n/en/badges';
import type { namesEn } from '@/lib/i18n/en/names';
import { PROGRAM_SHORT_KEYS } from '@/lib/i18n/name-keys';

/** The messages badge and banner texts are made of. */
export type BadgeMessages = typeof badgesEn & typeof namesEn;
type Translate = TranslateOver<BadgeMessages>;

/**
 * Texts of badges and of the banner. Plain strings: the content script puts them in text nodes.
 * Every word comes from lib/i18n (badges and names) through `t`; dates go through `format`, so the
 * caller passes one language for both.
 */

export interface BadgeFormat {
  number(value: number): string;
  /** `iso` is YYYY-MM-DD. */
  date(iso: string): string;
  /** `iso` is an instant (UTC), to the minute or second: "Feb 11, 2025 07:47:29 UTC". Defaults from `date`. */
  instant?(iso: string): string;
}

/** The day in the reader's format, the time as IRCC writes it (24-hour, UTC). */
function instantText(iso: string, format: BadgeFormat): string {
  if (format.instant !== undefined) return format.instant(iso);
  const time = /T(\d{2}:\d{2}(?::\d{2})?)/.exec(iso)?.[1];
  return time === undefined ? format.date(iso.slice(0, 10)) : `${format.date(iso.slice(0, 10))} ${time} UTC`;
}

/** Intl-based formats; 'en-CA' gives "4,500" and "Mar 6, 2025". */
export function intlFormat(locale = 'en-CA'): BadgeFormat {
  const numbers = new Intl.NumberFormat(locale);
  // UTC: a calendar day must not shift with the reader's time zone.
  const dates = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
  return {
    number: (value) => numbers.format(value),
    date: (iso) => {
      const time = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(time) ? iso : dates.format(time);
    },
  };
}

let defaultFormat: BadgeFormat | undefined;
function formatOrDefault(format: BadgeFormat | undefined): BadgeFormat {
  if (format !== undefined) return format;
  defaultFormat ??= intlFormat();
  return defaultFormat;
}

/** "IRCC round #339 · 4,500 ITAs · CRS 410": the parts of a line, joined as the messages join them. */
function joinParts(
  parts: readonly string[],
  t: Translate,
  key: 'annotateJoinParts' | 'annotateJoinList' = 'annotateJoinParts',
): string {
  const [first, ...rest] = parts;
  return rest.reduce((joined, next) => t(key, { first: joined, next }), first ?? '');
}

function sourceName(draw: Draw, t: Translate): string {
  if (draw.system === 'express-entry') return t('programShortIrcc');
  return t(draw.province === null ? 'programShortPnp' : PROGRAM_SHORT_KEYS[draw.province]);
}

function drawName(draw: Draw, t: Translate): string {
  const source = sourceName(draw, t);
  const round = draw.system === 'express-entry';
  if (draw.number === null) return t(round ? 'annotateRound' : 'annotateDraw', { source });
  return t(round ? 'annotateRoundNumbered' : 'annotateDrawNumbered', { source, number: draw.number });
}

function scoreText(draw: Draw, score: number | string, t: Translate): string {
  const crs = draw.scoreScale === 'crs' || draw.system === 'express-entry';
  return t(crs ? 'annotateCrs' : 'annotateMinScore', { score });
}

/** "4,500 ITAs", "336 invitations", or "? ITAs" when the record gives no count. */
function countText(draw: Draw, count: number | undefined, t: Translate) {
  const expressEntry = draw.system === 'express-entry';
  if (count === undefined) return t(expressEntry ? 'annotateItasUnknown' : 'annotateInvitationsUnknown');
  return t(expressEntry ? 'annotateItas' : 'annotateInvitations', { count });
}

function invitationsText(draw: Draw, t: Translate): string | null {
  if (draw.invitations === null) return null;
  const { value: count, qualifier } = draw.invitations;
  if (qualifier === 'fewer-than') {
    return t(draw.system === 'express-entry' ? 'annotateItasFewerThan' : 'annotateInvitationsFewerThan', {
      count,
    });
  }
  return countText(draw, count, t);
}

function verdictPart(verdict: FigureVerdict, draw: Draw, format: BadgeFormat, t: Translate): string {
  const show = (value: number | string | undefined): string => {
    if (value === undefined) return t('annotateUnknownValue');
    if (typeof value === 'number') return format.number(value);
    if (verdict.field === 'date') return format.date(value);
    return verdict.field === 'tieBreak' ? instantText(value, format) : value;
  };
  const official = show(verdict.official);
  const labelled =
    verdict.field === 'minScore'
      ? scoreText(draw, official, t)
      : verdict.field === 'invitations'
        ? countText(draw, typeof verdict.official === 'number' ? verdict.official : undefined, t)
        : verdict.field === 'number'
          ? t('annotateNumber', { number: official })
          : verdict.field === 'tieBreak'
            ? t('annotateTieBreak', { time: official })
            : official;
  return t('annotateDiffers', { official: labelled, article: show(verdict.article) });
}

/**
 * The badge of a resolved claim: the official record when everything checks ("✓ IRCC round #339 ·
 * 4,500 ITAs · CRS 410 · Mar 6, 2025"), the differences when something does not ("IRCC: CRS 529
 * (article: 521)"), a note when several draws fit. Null when no record matches.
 */
export function badgeText(resolution: Resolution, t: Translate, format?: BadgeFormat): string | null {
  const f = formatOrDefault(format);
  if (resolution.status === 'unmatched') return null;
  if (resolution.status === 'ambiguous') {
    const { candidates } = resolution;
    const first = candidates[0];
    const source = first === undefined ? t('programShortIrcc') : sourceName(first, t);
    const numbers = candidates.map((draw) =>
      draw.number === null ? draw.categoryName : t('annotateNumber', { number: draw.number }),
    );
    return t('annotateBadgeAmbiguous', {
      source,
      count: candidates.length,
      draws: joinParts(numbers, t, 'annotateJoinList'),
    });
  }
  const { draw, verdicts } = resolution;
  const mismatches = verdicts.filter((verdict) => verdict.status === 'mismatch');
  if (mismatches.length > 0) {
    const differences = mismatches.map((verdict) => verdictPart(verdict, draw, f, t));
    return t('annotateBadgeMismatch', {
      round: drawName(draw, t),
      differences: joinParts(differences, t),
    });
  }
  return t('annotateBadgeOk', { record: recordText(draw, t, f) });
}

/** "IRCC round #339 · 4,500 ITAs · CRS 410 · Mar 6, 2025" */
export function recordText(draw: Draw, t: Translate, format?: BadgeFormat): string {
  const f = formatOrDefault(format);
  const parts = [drawName(draw, t)];
  const invitations = invitationsText(draw, t);
  if (invitations !== null) parts.push(invitations);
  if (draw.minScore !== null) parts.push(scoreText(draw, draw.minScore, t));
  parts.push(f.date(draw.date));
  return joinParts(parts, t);
}

/**
 * "No MPNP draws since this article", "3 Express Entry rounds since this article"; when what is
 * stored of a source starts after the article, "112 MPNP draws since Jun 5, 2026, the first on record
 * here" (never a count that only looks complete).
 */
function sinceHead(scope: ArticleScope, count: number, from: string | null, t: Translate): string {
  if (scope.system === 'express-entry') {
    if (from !== null) return t('annotateSinceRoundsFrom', { count, date: from });
    if (count === 0) return t('annotateSinceNoRounds');
    return t('annotateSinceRounds', { count });
  }
  const source = t(PROGRAM_SHORT_KEYS[scope.province]);
  if (from !== null) return t('annotateSinceDrawsFrom', { count, source, date: from });
  if (count === 0) return t('annotateSinceNoDraws', { source });
  return t('annotateSinceDraws', { count, source });
}

/** "3 Express Entry rounds since this article · latest #434, Aug 7, 2026 · CRS 470" */
export function bannerText(facts: SinceFacts, t: Translate, format?: BadgeFormat): string {
  const f = formatOrDefault(format);
  const latest = facts.latest;
  const from = facts.from == null ? null : f.date(facts.from);
  if (facts.count === 0 || latest === null) return sinceHead(facts.scope, 0, null, t);
  const date = f.date(latest.date);
  const parts = [
    sinceHead(facts.scope, facts.count, from, t),
    latest.number === null
      ? t('annotateLatest', { date })
      : t('annotateLatestNumbered', { number: latest.number, date }),
  ];
  if (latest.minScore !== null) parts.push(scoreText(latest, latest.minScore, t));
  return joinParts(parts, t);
}
