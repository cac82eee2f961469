import type { Draw, ProvinceCode } from '@/lib/draws/draw';
import { matchKey } from '@/lib/html/dom';

/** A draw as a province file reads it, before ids and sequence are given out over the whole page. */
export interface DrawDraft extends Omit<Draw, 'id' | 'sequence' | 'province' | 'expressEntry'> {
  province: ProvinceCode;
  /** What the draw is (stream and selection as published), the stable part of its id. */
  identity: string;
  /**
   * What tells apart two draws of one identity on one day (targeted region, selection factors):
   * content, never row position.
   */
  distinguishing: string;
}

/** `Alberta Opportunity Stream – Priority Sectors` → `alberta-opportunity-stream-priority-sectors`. */
export function slug(text: string, maxLength = 80): string {
  return matchKey(text).replace(/ /g, '-').slice(0, maxLength).replace(/-+$/, '');
}

/** A short, stable hash (FNV-1a, base 36) to tell apart draws that read the same otherwise. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

const contentOf = (draft: DrawDraft): string =>
  JSON.stringify([draft.categoryName, draft.dateEnd, draft.invitations, draft.minScore, draft.notes]);

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

export interface Finalised {
  draws: Draw[];
  /** Rows that repeated another row exactly (dropped, not stored twice). */
  duplicates: number;
}

/**
 * Gives every draft its id and sequence, from content only, so a page that reorders or
 * re-renders its rows yields the same draws:
 * - id `pe:2026-06-18:labour-express-entry` (province, date, number if published, identity);
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
      for (const [content, identical] of byContent) {
        const draft = identical[0];
        if (!draft) continue;
        withIds.push({ id: byContent.size === 1 ? suffixed : `${suffixed}:${shortHash(content)}`, draft });
      }
    }
  }

  const draws: Draw[] = [];
  for (const [date, day] of groupBy(withIds, (entry) => entry.draft.date)) {
    const dayNumber = Number(date.replace(/-/g, ''));
    const ordered = [...day].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    ordered.forEach(({ id, draft }, rank) => {
      const { identity: _identity, distinguishing: _distinguishing, ...fields } = draft;
      draws.push({ ...fields, id, sequence: dayNumber * 100 + Math.min(rank, 99), expressEntry: null });
    });
  }
  draws.sort((a, b) => a.sequence - b.sequence);
  return { draws, duplicates };
}
