import type { StoredDraw } from '@/lib/db/database';
import type { Draw } from '@/lib/draws/draw';

/**
 * A province that publishes no draw numbers gets ids derived from date and stream, with a suffix
 * only when a stream has two draws on one day. So when a second same-day draw appears, the first
 * one's derived id changes. Here, such a draw keeps the id it is stored under: no duplicate row,
 * no second "new draw" for it. Numbered draws (IRCC rounds, Manitoba) are never re-identified.
 */
export function keepStoredIds(parsed: readonly Draw[], stored: ReadonlyMap<string, StoredDraw>): Draw[] {
  const parsedIds = new Set(parsed.map((draw) => draw.id));
  const unclaimed = groupBy(
    [...stored.values()].filter((draw) => draw.number === null && !parsedIds.has(draw.id)),
    dayAndStream,
  );
  const unknown = groupBy(
    parsed.filter((draw) => draw.number === null && !stored.has(draw.id)),
    dayAndStream,
  );
  return parsed.map((draw) => {
    const candidates =
      draw.number === null && !stored.has(draw.id) ? unclaimed.get(dayAndStream(draw)) : undefined;
    if (!candidates || candidates.length === 0) return draw;
    let index = candidates.findIndex((candidate) => sameFigures(candidate, draw));
    // One stored draw and one unknown of that name on that day: the same draw, its figures corrected.
    const named = (list: readonly Draw[] | undefined) =>
      (list ?? []).filter((d) => d.categoryName === draw.categoryName);
    if (index < 0 && named(candidates).length === 1 && named(unknown.get(dayAndStream(draw))).length === 1) {
      index = candidates.findIndex((candidate) => candidate.categoryName === draw.categoryName);
    }
    if (index < 0) return draw;
    const [match] = candidates.splice(index, 1);
    return match ? { ...draw, id: match.id } : draw;
  });
}

const dayAndStream = (draw: Draw) => `${draw.sourceId}|${draw.date}|${draw.category}`;

function sameFigures(a: Draw, b: Draw): boolean {
  return (
    a.minScore === b.minScore &&
    a.invitations?.value === b.invitations?.value &&
    a.invitations?.qualifier === b.invitations?.qualifier &&
    a.categoryName === b.categoryName
  );
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    const group = groups.get(name);
    if (group) group.push(item);
    else groups.set(name, [item]);
  }
  return groups;
}
