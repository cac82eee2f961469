import type { FigureVerdict, Resolution } from '@/lib/annotate/resolve';
import type { ArticleScope, SinceFacts } from '@/lib/annotate/since';
import type { Draw, ProvinceCode } from '@/lib/draws/draw';
import type { Translate } from '@/lib/i18n/chrome-messages';

/**
 * Texts of badges and of the banner. Plain strings: the content script puts them in text nodes.
 * Every word comes from the messages of lib/annotate/messages.ts through `t`; numbers, dates and
 * plural forms go through `format`, so the caller passes the user's locale for both.
 */

export interface BadgeFormat {
  number(value: number): string;
  /** `iso` is YYYY-MM-DD. */
  date(iso: string): string;
  /** Which plural form a count takes in this locale; English rules when absent. */
  plural?(value: number): Intl.LDMLPluralRule;
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
  const plurals = new Intl.PluralRules(locale);
  return {
    number: (value) => numbers.format(value),
    date: (iso) => {
      const time = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(time) ? iso : dates.format(time);
    },
    plural: (value) => plurals.select(value),
  };
}

let defaultFormat: BadgeFormat | undefined;
function formatOrDefault(format: BadgeFormat | undefined): BadgeFormat {
  if (format !== undefined) return format;
  defaultFormat ??= intlFormat();
  return defaultFormat;
}

let englishPlurals: Intl.PluralRules | undefined;
function pluralOf(format: BadgeFormat, value: number): Intl.LDMLPluralRule {
  if (format.plural !== undefined) return format.plural(value);
  englishPlurals ??= new Intl.PluralRules('en');
  return englishPlurals.select(value);
}

/** The key of the plural form of `value`: `${stem}One` or `${stem}Other`. */
function pluralKey(format: BadgeFormat, stem: string, value: number): string {
  return pluralOf(format, value) === 'one' ? `${stem}One` : `${stem}Other`;
}

const PROVINCE_SOURCE_KEY: Record<ProvinceCode, string> = {
  AB: 'programShortAB',
  BC: 'programShortBC',
  MB: 'programShortMB',
  NB: 'programShortNB',
  NL: 'programShortNL',
  NS: 'programShortNS',
  ON: 'programShortON',
  PE: 'programShortPE',
  QC: 'programShortQC',
  SK: 'programShortSK',
};

/** "IRCC round #339 · 4,500 ITAs · CRS 410": the parts of a line, joined as the messages join them. */
function joinParts(parts: readonly string[], t: Translate, key = 'annotateJoinParts'): string {
  const [first, ...rest] = parts;
  return rest.reduce((joined, part) => t(key, [joined, part]), first ?? '');
}

function sourceName(draw: Draw, t: Translate): string {
  if (draw.system === 'express-entry') return t('programShortIrcc');
  return t(draw.province === null ? 'programShortPnp' : PROVINCE_SOURCE_KEY[draw.province]);
}

function drawName(draw: Draw, t: Translate): string {
  const source = sourceName(draw, t);
  const round = draw.system === 'express-entry';
  if (draw.number === null) return t(round ? 'annotateRound' : 'annotateDraw', [source]);
  return t(round ? 'annotateRoundNumbered' : 'annotateDrawNumbered', [source, draw.number]);
}

function scoreText(draw: Draw, score: string, t: Translate): string {
  const crs = draw.scoreScale === 'crs' || draw.system === 'express-entry';
  return t(crs ? 'annotateCrs' : 'annotateMinScore', [score]);
}

/** "4,500 ITAs", "336 invitations"; `value` undefined is a count the record does not give. */
function countText(draw: Draw, count: string, value: number | undefined, format: BadgeFormat, t: Translate) {
  const stem = draw.system === 'express-entry' ? 'annotateItas' : 'annotateInvitations';
  return t(value === undefined ? `${stem}Other` : pluralKey(format, stem, value), [count]);
}

function invitationsText(draw: Draw, format: BadgeFormat, t: Translate): string | null {
  if (draw.invitations === null) return null;
  const { value, qualifier } = draw.invitations;
  const count = format.number(value);
  if (qualifier === 'fewer-than') {
    return t(draw.system === 'express-entry' ? 'annotateItasFewerThan' : 'annotateInvitationsFewerThan', [
      count,
    ]);
  }
  return countText(draw, count, value, format, t);
}

function verdictPart(verdict: FigureVerdict, draw: Draw, format: BadgeFormat, t: Translate): string {
  const show = (value: number | string | undefined): string => {
    if (value === undefined) return t('annotateUnknownValue');
    if (typeof value === 'number') return format.number(value);
    return verdict.field === 'date' ? format.date(value) : value;
  };
  const official = show(verdict.official);
  const labelled =
    verdict.field === 'minScore'
      ? scoreText(draw, official, t)
      : verdict.field === 'invitations'
        ? countText(
            draw,
            official,
            typeof verdict.official === 'number' ? verdict.official : undefined,
            format,
            t,
          )
        : verdict.field === 'number'
          ? t('annotateNumber', [official])
          : verdict.field === 'tieBreak'
            ? t('annotateTieBreak', [official])
            : official;
  return t('annotateDiffers', [labelled, show(verdict.article)]);
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
      draw.number === null ? draw.categoryName : t('annotateNumber', [draw.number]),
    );
    return t(pluralKey(f, 'annotateBadgeAmbiguous', candidates.length), [
      source,
      f.number(candidates.length),
      joinParts(numbers, t, 'annotateJoinList'),
    ]);
  }
  const { draw, verdicts } = resolution;
  const mismatches = verdicts.filter((verdict) => verdict.status === 'mismatch');
  if (mismatches.length > 0) {
    const differences = mismatches.map((verdict) => verdictPart(verdict, draw, f, t));
    return t('annotateBadgeMismatch', [sourceName(draw, t), joinParts(differences, t)]);
  }
  return t('annotateBadgeOk', [recordText(draw, t, f)]);
}

/** "IRCC round #339 · 4,500 ITAs · CRS 410 · Mar 6, 2025" */
export function recordText(draw: Draw, t: Translate, format?: BadgeFormat): string {
  const f = formatOrDefault(format);
  const parts = [drawName(draw, t)];
  const invitations = invitationsText(draw, f, t);
  if (invitations !== null) parts.push(invitations);
  if (draw.minScore !== null) parts.push(scoreText(draw, f.number(draw.minScore), t));
  parts.push(f.date(draw.date));
  return joinParts(parts, t);
}

/** "No MPNP draws since this article", "3 Express Entry rounds since this article" */
function sinceHead(scope: ArticleScope, count: number, format: BadgeFormat, t: Translate): string {
  if (scope.system === 'express-entry') {
    if (count === 0) return t('annotateSinceNoRounds');
    return t(pluralKey(format, 'annotateSinceRounds', count), [format.number(count)]);
  }
  const source = t(PROVINCE_SOURCE_KEY[scope.province]);
  if (count === 0) return t('annotateSinceNoDraws', [source]);
  return t(pluralKey(format, 'annotateSinceDraws', count), [format.number(count), source]);
}

/** "3 Express Entry rounds since this article · latest #434, Aug 7, 2026 · CRS 470" */
export function bannerText(facts: SinceFacts, t: Translate, format?: BadgeFormat): string {
  const f = formatOrDefault(format);
  const latest = facts.latest;
  if (facts.count === 0 || latest === null) return sinceHead(facts.scope, 0, f, t);
  const date = f.date(latest.date);
  const parts = [
    sinceHead(facts.scope, facts.count, f, t),
    latest.number === null ? t('annotateLatest', [date]) : t('annotateLatestNumbered', [latest.number, date]),
  ];
  if (latest.minScore !== null) parts.push(scoreText(latest, f.number(latest.minScore), t));
  return joinParts(parts, t);
}
