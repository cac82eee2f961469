import type { StoredDraw } from '@/lib/db/database';
import type { Language } from '@/lib/i18n/languages';
import type { Translate } from '@/lib/i18n/messages';
import { CATEGORY_LABEL_KEYS } from '@/lib/i18n/name-keys';
import { officialDrawName } from '@/lib/sources/express-entry/french-names';
import { PROVINCE_LABEL_KEYS, SCALE_LABEL_KEYS } from '@/lib/sources/province-records';
import { expressEntryGroup } from './category-groups';
import type { HistoryFilters } from './filters';

/**
 * What the history page exports: the draws its filters show, as CSV for a spreadsheet (one header
 * row in the reader's language, ISO dates, plain numbers, the scale named beside each score, the
 * official link) and as JSON (the stored records, with a schema version).
 */

/** Bumped whenever the JSON export's shape changes. */
export const EXPORT_SCHEMA_VERSION = 1;

/**
 * A cell as a spreadsheet reads it: quoted when it holds a comma, quote or line break, and never the
 * start of a formula. Page text is hostile: a stream named "=HYPERLINK(…)" is shown as text, led by
 * an apostrophe, as OWASP advises for CSV injection.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(cells: readonly (string | number | null)[]): string {
  return cells.map(csvCell).join(',');
}

/** The draws as CSV: a byte order mark (spreadsheets then read accents right), CRLF line ends. */
export function drawsToCsv(draws: readonly StoredDraw[], t: Translate, language: Language): string {
  const header = [
    t('csvProgram'),
    t('csvRound'),
    t('csvDate'),
    t('csvDateEnd'),
    t('csvCategory'),
    t('csvOfficialName'),
    t('csvInvitations'),
    t('csvInvitationsAre'),
    t('csvMinimumScore'),
    t('csvScoreScale'),
    t('csvOfficialPage'),
    t('csvNotes'),
  ];
  const rows = draws.map((draw) =>
    csvRow([
      draw.province === null ? t('sourceExpressEntry') : t(PROVINCE_LABEL_KEYS[draw.province]),
      draw.number,
      draw.date,
      draw.dateEnd,
      draw.system === 'express-entry' ? t(CATEGORY_LABEL_KEYS[expressEntryGroup(draw)]) : draw.categoryName,
      officialDrawName(draw, language),
      draw.invitations?.value ?? null,
      draw.invitations === null
        ? null
        : draw.invitations.qualifier === 'exact'
          ? t('csvExact')
          : t('csvFewerThan'),
      draw.minScore,
      draw.minScore === null ? null : scaleName(draw, t),
      draw.url,
      draw.notes || null,
    ]),
  );
  return `\uFEFF${[csvRow(header), ...rows].join('\r\n')}\r\n`;
}

function scaleName(draw: StoredDraw, t: Translate): string | null {
  if (draw.scoreScale === 'none') return null;
  return draw.scoreScale === 'crs' ? t('scaleCrs') : t(SCALE_LABEL_KEYS[draw.scoreScale]);
}

export interface JsonExport {
  format: 'draw-alerts-draws';
  schemaVersion: typeof EXPORT_SCHEMA_VERSION;
  exportedAt: string;
  /** The filters that chose these draws, as in the page's address. */
  filters: Omit<HistoryFilters, 'sort' | 'direction'>;
  draws: StoredDraw[];
}

export function drawsToJson(draws: readonly StoredDraw[], filters: HistoryFilters, now: number): string {
  const { sort: _sort, direction: _direction, ...chosen } = filters;
  const document: JsonExport = {
    format: 'draw-alerts-draws',
    schemaVersion: EXPORT_SCHEMA_VERSION,
    exportedAt: new Date(now).toISOString(),
    filters: chosen,
    draws: [...draws],
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** `draw-alerts-express-entry-french-2026.csv`: what the filters chose, in the file's name. */
export function exportFileName(filters: HistoryFilters, extension: 'csv' | 'json'): string {
  const parts = [
    filters.system,
    filters.category,
    filters.province?.toLowerCase() ?? null,
    filters.stream,
    filters.year === null ? null : String(filters.year),
    filters.from === null ? null : `from-${filters.from}`,
    filters.to === null ? null : `to-${filters.to}`,
    slug(filters.search) ? `search-${slug(filters.search)}` : null,
  ].filter((part): part is string => part !== null && part !== '');
  return `draw-alerts-${parts.length > 0 ? parts.join('-') : 'all-draws'}.${extension}`;
}

/** Letters and digits of any script, accents dropped, joined by hyphens; at most 40 characters. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
}
