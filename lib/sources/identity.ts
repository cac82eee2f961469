import type { StoredDraw } from '@/lib/db/database';
import type { Draw } from '@/lib/draws/draw';

/**
 * A province that publishes no draw numbers gets ids derived from date and stream, with a suffix
 * only when a stream has two draws on one day. So when a second same-day draw appears, the first
 * one's derived id changes. Here, such a draw keeps the id it is stored under: no duplicate row,
 * no second "new draw" for it. Numbered draws (IRCC rounds, Manitoba) are never re-identified.
 * Linear in the draws: every lookup is by key.
 */
export function keepStoredIds(parsed: readonly Draw[], stored: ReadonlyMap<string, StoredDraw>): Draw[] {
  const parsedIds = new Set(parsed.map((draw) => draw.id));
  const unclaimed = new Map<string, Candidates>();
  for (const draw of stored.values()) {
    if (draw.number !== null || parsedIds.has(draw.id)) continue;
    const key = dayAndStream(draw);
    const group = unclaimed.get(key) ?? new Candidates();
    unclaimed.set(key, group);
    group.add(draw);
  }
  // How many draws of each name on each day and stream are not stored yet.
  const unknownNamed = new Map<string, number>();
  for (const draw of parsed) {
    if (draw.number !== null || stored.has(draw.id)) continue;
    const key = namedKey(draw);
    unknownNamed.set(key, (unknownNamed.get(key) ?? 0) + 1);
  }
  return parsed.map((draw) => {
    if (draw.number !== null || stored.has(draw.id)) return draw;
    const candidates = unclaimed.get(dayAndStream(draw));
    if (!candidates) return draw;
    // One stored draw and one unknown of that name on that day: the same draw, its figures corrected.
    const match =
      candidates.claimSameFigures(draw) ??
      (unknownNamed.get(namedKey(draw)) === 1 ? candidates.claimOnlyNamed(draw.categoryName) : undefined);
    return match ? { ...draw, id: match.id } : draw;
  });
}

const dayAndStream = (draw: Draw) => `${draw.sourceId}|${draw.date}|${draw.category}`;
const namedKey = (draw: Draw) => `${dayAndStream(draw)}|${draw.categoryName}`;
const figuresOf = (draw: Draw) =>
  JSON.stringify([draw.minScore, draw.invitations?.value, draw.invitations?.qualifier, draw.categoryName]);

/** Stored draws of one day and stream that no parsed draw has claimed yet, in stored order. */
class Candidates {
  /** Each list with the position of its first draw not yet looked at (no shift: linear). */
  private readonly byFigures = new Map<string, { draws: StoredDraw[]; next: number }>();
  private readonly byName = new Map<string, Set<StoredDraw>>();
  private readonly claimed = new Set<StoredDraw>();

  add(draw: StoredDraw): void {
    const figures = figuresOf(draw);
    const same = this.byFigures.get(figures);
    if (same) same.draws.push(draw);
    else this.byFigures.set(figures, { draws: [draw], next: 0 });
    const named = this.byName.get(draw.categoryName) ?? new Set();
    named.add(draw);
    this.byName.set(draw.categoryName, named);
  }

  claimSameFigures(draw: Draw): StoredDraw | undefined {
    const same = this.byFigures.get(figuresOf(draw));
    while (same && same.next < same.draws.length) {
      const candidate = same.draws[same.next];
      same.next += 1;
      if (candidate && !this.claimed.has(candidate)) return this.claim(candidate);
    }
    return undefined;
  }

  claimOnlyNamed(name: string): StoredDraw | undefined {
    const named = this.byName.get(name);
    if (named?.size !== 1) return undefined;
    const [only] = named;
    return only ? this.claim(only) : undefined;
  }

  private claim(draw: StoredDraw): StoredDraw {
    this.claimed.add(draw);
    this.byName.get(draw.categoryName)?.delete(draw);
    return draw;
  }
}
