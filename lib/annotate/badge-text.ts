import type { FigureVerdict, Resolution } from '@/lib/annotate/resolve';
import type { ArticleScope, SinceFacts } from '@/lib/annotate/since';
import type { Draw, ProvinceCode } from '@/lib/draws/draw';

/**
 * Texts of badges and of the banner. Plain strings: the content script puts them in text nodes.
 * Numbers and dates go through `format`, so the caller can pass the page's or the user's locale.
 */

export interface BadgeFormat {
  number(value: number): string;
  /** `iso` is YYYY-MM-DD. */
  date(iso: string): string;
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

const PROVINCE_SOURCE: Record<ProvinceCode, string> = {
  AB: 'AAIP',
  BC: 'BC PNP',
  MB: 'MPNP',
  NB: 'NB PNP',
  NL: 'NL PNP',
  NS: 'NSNP',
  ON: 'OINP',
  PE: 'PEI PNP',
  QC: 'Québec',
  SK: 'SINP',
};

function sourceName(draw: Draw): string {
  if (draw.system === 'express-entry') return 'IRCC';
  return draw.province === null ? 'PNP' : PROVINCE_SOURCE[draw.province];
}

function drawName(draw: Draw): string {
  if (draw.system === 'express-entry') return `IRCC round${draw.number === null ? '' : ` #${draw.number}`}`;
  return `${sourceName(draw)} draw${draw.number === null ? '' : ` #${draw.number}`}`;
}

function scoreLabel(draw: Draw): string {
  return draw.scoreScale === 'crs' || draw.system === 'express-entry' ? 'CRS' : 'min score';
}

function invitationsText(draw: Draw, format: BadgeFormat): string | null {
  if (draw.invitations === null) return null;
  const prefix = draw.invitations.qualifier === 'fewer-than' ? '<' : '';
  const noun = draw.system === 'express-entry' ? 'ITAs' : 'invitations';
  return `${prefix}${format.number(draw.invitations.value)} ${noun}`;
}

function verdictPart(verdict: FigureVerdict, draw: Draw, format: BadgeFormat): string {
  const show = (value: number | string | undefined): string => {
    if (value === undefined) return '?';
    if (typeof value === 'number') return format.number(value);
    return verdict.field === 'date' ? format.date(value) : value;
  };
  const label =
    verdict.field === 'minScore'
      ? `${scoreLabel(draw)} `
      : verdict.field === 'invitations'
        ? ''
        : verdict.field === 'number'
          ? '#'
          : verdict.field === 'tieBreak'
            ? 'tie-break '
            : '';
  const suffix =
    verdict.field === 'invitations' ? (draw.system === 'express-entry' ? ' ITAs' : ' invitations') : '';
  return `${label}${show(verdict.official)}${suffix} (article: ${show(verdict.article)})`;
}

/**
 * The badge of a resolved claim: the official record when everything checks ("✓ IRCC round #339 ·
 * 4,500 ITAs · CRS 410 · Mar 6, 2025"), the differences when something does not ("IRCC: CRS 529
 * (article: 521)"), a note when several draws fit. Null when no record matches.
 */
export function badgeText(resolution: Resolution, format?: BadgeFormat): string | null {
  const f = formatOrDefault(format);
  if (resolution.status === 'unmatched') return null;
  if (resolution.status === 'ambiguous') {
    const first = resolution.candidates[0];
    const source = first === undefined ? 'IRCC' : sourceName(first);
    const numbers = resolution.candidates
      .map((draw) => (draw.number === null ? draw.categoryName : `#${draw.number}`))
      .join(', ');
    return `? ${source}: ${resolution.candidates.length} draws fit (${numbers})`;
  }
  const { draw, verdicts } = resolution;
  const mismatches = verdicts.filter((verdict) => verdict.status === 'mismatch');
  if (mismatches.length > 0) {
    return `${sourceName(draw)}: ${mismatches.map((verdict) => verdictPart(verdict, draw, f)).join(' · ')}`;
  }
  return `✓ ${recordText(draw, f)}`;
}

/** "IRCC round #339 · 4,500 ITAs · CRS 410 · Mar 6, 2025" */
export function recordText(draw: Draw, format?: BadgeFormat): string {
  const f = formatOrDefault(format);
  const parts = [drawName(draw)];
  const invitations = invitationsText(draw, f);
  if (invitations !== null) parts.push(invitations);
  if (draw.minScore !== null) parts.push(`${scoreLabel(draw)} ${f.number(draw.minScore)}`);
  parts.push(f.date(draw.date));
  return parts.join(' · ');
}

function scopeName(scope: ArticleScope): { one: string; many: string } {
  if (scope.system === 'express-entry') return { one: 'Express Entry round', many: 'Express Entry rounds' };
  const name = PROVINCE_SOURCE[scope.province];
  return { one: `${name} draw`, many: `${name} draws` };
}

/** "3 Express Entry rounds since this article · latest #434, Aug 7, 2026 · CRS 470" */
export function bannerText(facts: SinceFacts, format?: BadgeFormat): string {
  const f = formatOrDefault(format);
  const name = scopeName(facts.scope);
  if (facts.count === 0 || facts.latest === null) return `No ${name.many} since this article`;
  const head = `${f.number(facts.count)} ${facts.count === 1 ? name.one : name.many} since this article`;
  const latest = facts.latest;
  const parts = [head, `latest ${latest.number === null ? '' : `#${latest.number}, `}${f.date(latest.date)}`];
  if (latest.minScore !== null) parts.push(`${scoreLabel(latest)} ${f.number(latest.minScore)}`);
  return parts.join(' · ');
}
