import type { ProvinceCode } from '@/lib/draws/draw';
import type { LabelKey } from '@/lib/i18n/messages';
import { type ProvinceRecord, provinceSourceId } from './province-record';
import { PROVINCES } from './province-records';

/**
 * What the UI needs to know of each source (name, page, province), apart from its parser, so the
 * popup does not carry the HTML parser and the feed validation in its bundle. The provinces' part
 * is derived from their records (lib/sources/provinces/).
 */
export interface SourceInfo {
  id: string;
  labelKey: LabelKey;
  url: string;
  province: ProvinceCode | null;
}

export const EXPRESS_ENTRY_INFO: SourceInfo = {
  id: 'ircc-ee',
  labelKey: 'sourceExpressEntry',
  url: 'https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json',
  province: null,
};

/** IRCC's page of one round (`…/invitations.html?q=357`), built from its number as IRCC's own pages do. */
export function expressEntryRoundPage(number: string): string {
  return `https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-rounds/invitations.html?q=${encodeURIComponent(number)}`;
}

/** A province with no draws to read, or with a caveat, and why: the popup says so rather than show nothing. */
export interface ProvinceNote {
  province: ProvinceCode;
  noteKey: LabelKey;
  url: string;
}

/** The UI's sources and notes for a list of province records (a test hands it its own). */
export function catalogOf(records: readonly ProvinceRecord[]): {
  sources: readonly SourceInfo[];
  notes: readonly ProvinceNote[];
} {
  const sources = records.flatMap((record): SourceInfo[] =>
    record.source.status === 'read'
      ? [
          {
            id: provinceSourceId(record.code),
            labelKey: record.names.source ?? record.names.province,
            url: record.source.page,
            province: record.code,
          },
        ]
      : [],
  );
  const notes = records.flatMap((record): ProvinceNote[] =>
    record.source.noteKey
      ? [{ province: record.code, noteKey: record.source.noteKey, url: record.source.page }]
      : [],
  );
  return { sources, notes };
}

const catalog = catalogOf(PROVINCES);

/** Provinces whose pages hold draws, in polling order. */
export const PNP_SOURCES_INFO: readonly SourceInfo[] = catalog.sources;

export const provinceNotes: readonly ProvinceNote[] = catalog.notes;
