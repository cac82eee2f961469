import type { Draw } from '@/lib/draws/draw';
import { isExpressEntryCategoryKey } from '@/lib/profile/catalog';
import { categorise, type ExpressEntryCategory } from '@/lib/sources/express-entry/categories';

/**
 * Express Entry categories across IRCC's renames. Which category a round belongs to comes from the
 * one table of category rules (lib/sources/express-entry/categories.ts), applied to the round's
 * official name at display time: "Healthcare occupations (Version 1)", "Healthcare and social
 * services occupations (Version 2)" and "…, 2026-Version 3" are one category in three versions, and
 * a round stored by an older version of the extension is grouped by today's rules.
 */

export interface CategoryEdition {
  category: ExpressEntryCategory;
  /** The version IRCC gave the category's criteria ("(Version 2)", "2026-Version 3", "(2023-1)"), or null. */
  version: number | null;
  /** The year in the name ("2026-Version 1", "(2024-1)"), or null. */
  year: number | null;
}

// "(2023-1)" and "(2024-1)" are the names IRCC gave version 1 before calling it "(Version 1)".
const EDITION_PATTERNS: ReadonlyArray<RegExp> = [
  /\((?<year>\d{4})-(?<version>\d{1,2})\)/,
  /(?<year>\d{4})\s*-\s*version\s*(?<version>\d{1,2})/i,
  /version\s*(?<version>\d{1,2})/i,
];

export function categoryEdition(officialName: string): CategoryEdition {
  const category = categorise(officialName);
  for (const pattern of EDITION_PATTERNS) {
    const groups = pattern.exec(officialName)?.groups;
    if (groups === undefined) continue;
    return {
      category,
      version: Number(groups.version),
      year: groups.year === undefined ? null : Number(groups.year),
    };
  }
  return { category, version: null, year: null };
}

/**
 * The category an Express Entry round is listed under: from its official name when it has one (today's
 * rules), else the key stored with it. Not for provincial draws, whose streams are their own.
 */
export function expressEntryGroup(draw: Pick<Draw, 'categoryName' | 'category'>): ExpressEntryCategory {
  if (draw.categoryName.trim() !== '') return categorise(draw.categoryName);
  return isExpressEntryCategoryKey(draw.category) ? draw.category : 'other';
}
