import type { Draw, ProvinceCode, ProvincialScale } from '@/lib/draws/draw';
import { notesBeforeV5 } from '@/lib/draws/facts';
import { matchKey } from '@/lib/html/dom';

/**
 * A draw as a province's parser reads it: only what is its own. The engine (./engine.ts) adds what
 * every draw of the province shares (system, source, province, page) before ids are given out.
 */
export interface OwnDraft<Scale extends string = ProvincialScale>
  extends Pick<
    Draw,
    'date' | 'dateEnd' | 'category' | 'categoryName' | 'invitations' | 'minScore' | 'notes'
  > {
  /** One of the province's own scales, or `none`. */
  scoreScale: Scale | 'none';
  /** What the page states in fields of its own (none when left out). */
  facts?: Draw['facts'];
  /** The number the province gives the draw (Manitoba's), when it gives one. */
  number?: string | null;
  /** The draw's own official page, when it has one (a Manitoba post); else the province's page. */
  url?: string;
  /** What the draw is (stream and selection as published), the stable part of its id. */
  identity: string;
  /**
   * What tells apart two draws of one identity on one day (targeted region, selection factors):
   * content, never row position.
   */
  distinguishing: string;
}

/** A draw with what its province shares, before ids and sequence are given out over the whole page. */
export interface DrawDraft extends Omit<Draw, 'id' | 'sequence' | 'province' | 'expressEntry'> {
  province: ProvinceCode;
  identity: string;
  distinguishing: string;
}

/** `Alberta Opportunity Stream – Priority Sectors` → `alberta-opportunity-stream-priority-sectors`. */
export function slug(text: string, maxLength = 80): string {
  return matchKey(text).replace(/ /g, '-').slice(0, maxLength).replace(/-+$/, '');
}

/**
 * A short, stable hash of a text (cyrb53: 53 bits, base 36), to name draws that read the same
 * otherwise. It only names: identity is the content, and finaliseDraws numbers the drafts whose
 * hashes collide instead of letting one overwrite the other.
 */
export function shortHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36).padStart(11, '0');
}

// Over the notes as stored before facts (v5), so that a draw named by this hash keeps its id.
const contentOf = (draft: DrawDraft): string =>
  JSON.stringify([
    draft.categoryName,
    draft.dateEnd,
    draft.invitations,
    draft.minScore,
    notesBeforeV5(draft.notes, draft.facts),
  ]);

/** Groups in first-seen order; each item is pushed, never copied (linear in the items). */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface Finalised {
  draws: Draw[];
  /** Rows that repeated another row exactly (dropped, not stored twice). */
  duplicates: number;
}

/**
 * Gives every draft its id and sequence, from content only, so a page that reorders or
 * re-renders its rows yields the same draws:
 * - id `<province>:<date>[:<number>]:<identity>` (the number where the province publishes one);
 * - same id twice on a page → each gets a suffix from its distinguishing text, then from a hash of
 *   its values; rows identical in every value are one draw;
 * - sequence `yyyymmdd * 100 + rank of the id among that day's ids`: newer sorts later.
 * Draws come out oldest first.
 */
export function finaliseDraws(drafts: DrawDraft[]): Finalised {
  const baseId = (d: DrawDraft) =>
    [d.province.toLowerCase(), d.date, ...(d.number ? [d.number] : []), slug(d.identity) || 'draw'].join(':');
  const withIds: { id: string; draft: DrawDraft }[] = [];
  let duplicates = 0;

  for (const [id, group] of groupBy(drafts, baseId)) {
    if (group.length === 1 && group[0]) {
      withIds.push({ id, draft: group[0] });
      continue;
    }
    const bySuffix = groupBy(group, (d) => `${id}:${slug(d.distinguishing, 40) || 'other'}`);
    for (const [suffixed, same] of bySuffix) {
      const byContent = groupBy(same, contentOf);
      duplicates += same.length - byContent.size;
      if (byContent.size === 1) {
        const draft = same[0];
        if (draft) withIds.push({ id: suffixed, draft });
        continue;
      }
      // Distinct contents named by their hash; contents whose hashes collide are numbered in the
      // order of their text, so no draw takes another's id, whatever the order of the rows.
      const byHash = groupBy([...byContent.keys()], shortHash);
      for (const [hash, contents] of byHash) {
        contents.sort(byText);
        contents.forEach((content, rank) => {
          const draft = byContent.get(content)?.[0];
          const name = contents.length === 1 ? hash : `${hash}-${rank + 1}`;
          if (draft) withIds.push({ id: `${suffixed}:${name}`, draft });
        });
      }
    }
  }

  const draws: Draw[] = [];
  for (const [date, day] of groupBy(withIds, (entry) => entry.draft.date)) {
    const dayNumber = Number(date.replace(/-/g, ''));
    const ordered = [...day].sort((a, b) => byText(a.id, b.id));
    ordered.forEach(({ id, draft }, rank) => {
      const { identity: _identity, distinguishing: _distinguishing, ...fields } = draft;
      draws.push({ ...fields, id, sequence: dayNumber * 100 + Math.min(rank, 99), expressEntry: null });
    });
  }
  draws.sort((a, b) => a.sequence - b.sequence);
  return { draws, duplicates };
}
