import type { DrawClaim } from '@/lib/annotate/finding/claim';
import type { WirePublished } from '@/lib/annotate/wire';
import type { Draw, ProvinceCode } from '@/lib/draws/draw';

/** What happened after an article was published, for the programs it discusses. */

export type ArticleScope = { system: 'express-entry' } | { system: 'pnp'; province: ProvinceCode };

export interface SinceFacts {
  scope: ArticleScope;
  /** Distinct draws after publication (a provincial draw over several streams counts once). */
  count: number;
  /** The newest of them (for a multi-stream provincial draw, its highest-sequence row). */
  latest: Draw | null;
  /**
   * When what is stored of this source starts after the article: the first stored draw's date. The
   * count is then from that day on, and says so.
   */
  from?: string;
}

/** The programs an article discusses, in order of first mention, Express Entry first. */
export function scopesOf(claims: readonly DrawClaim[]): ArticleScope[] {
  const scopes: ArticleScope[] = [];
  if (claims.some((claim) => claim.kind === 'express-entry')) scopes.push({ system: 'express-entry' });
  const provinces = new Set<ProvinceCode>();
  for (const claim of claims) {
    if (claim.kind === 'pnp' && claim.province !== undefined && !provinces.has(claim.province)) {
      provinces.add(claim.province);
      scopes.push({ system: 'pnp', province: claim.province });
    }
  }
  return scopes;
}

function inScope(scope: ArticleScope, draw: Draw): boolean {
  if (scope.system === 'express-entry') return draw.system === 'express-entry';
  return draw.system !== 'express-entry' && draw.province === scope.province;
}

/**
 * After publication: on a later day, or the same day at a later instant when both are known (an
 * article at 08:00 does not report a round run at 16:00).
 */
export function isAfterPublication(draw: Draw, published: WirePublished): boolean {
  if (draw.date > published.date) return true;
  if (draw.date < published.date) return false;
  const ranAt = draw.expressEntry?.ranAt ?? null;
  if (ranAt === null || published.instant === null) return false;
  return Date.parse(ranAt) > Date.parse(published.instant);
}

function isNewer(a: Draw, b: Draw): boolean {
  return a.date !== b.date ? a.date > b.date : a.sequence > b.sequence;
}

export function drawsSince(
  published: WirePublished,
  scopes: readonly ArticleScope[],
  draws: readonly Draw[],
  /** The date of the first draw stored for a scope (undefined: unknown, or nothing stored). */
  firstStored: (scope: ArticleScope) => string | undefined = () => undefined,
): SinceFacts[] {
  return scopes.map((scope) => {
    const first = firstStored(scope);
    const events = new Set<string>();
    let latest: Draw | null = null;
    for (const draw of draws) {
      if (!inScope(scope, draw) || !isAfterPublication(draw, published)) continue;
      // Provincial streams of one draw share a number or a date: one event.
      events.add(draw.system === 'express-entry' ? draw.id : `${draw.number ?? ''}|${draw.date}`);
      if (latest === null || isNewer(draw, latest)) latest = draw;
    }
    const facts: SinceFacts = { scope, count: events.size, latest };
    if (first !== undefined && first > published.date) facts.from = first;
    return facts;
  });
}
