import type { namesEn } from '@/lib/i18n/en/names';
import type { LabelKey } from '@/lib/i18n/messages';

/**
 * A province is one record, in its own file under lib/sources/provinces/ beside its parser. The
 * record is data only (names, scales, pages, status): the UI, the manifest and the settings read it
 * without carrying the parser. Everything that lists provinces is derived from the records
 * (lib/sources/province-records.ts); nothing else names a province.
 */

/**
 * Every province's code and the ids of its score scales. Each province file adds its own entry
 * (`declare module '@/lib/sources/province-record' { interface ProvinceRegistry { XX: 'xx-eoi' } }`), so
 * `ProvinceCode` and `ProvincialScale` are the unions of what the files declare: a province is
 * one file for the type checker too. A province that publishes no score declares `never`.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging, one entry per province file.
export interface ProvinceRegistry {}

export type ProvinceCode = keyof ProvinceRegistry & string;

/** A provincial points grid, as its province's record names it: never CRS. */
export type ProvincialScale = ProvinceRegistry[ProvinceCode] & string;

type NameKey = keyof typeof namesEn;

/** A provincial points grid: its name, and the highest score it can give (what is plausible). */
export interface ScaleRecord {
  nameKey: NameKey;
  /**
   * The grid's maximum, or a generous bound above the published grid where that is not certain:
   * a real cut-off is never refused, a year or a count read as a score is.
   */
  max: number;
}

/**
 * Whether Draw Alerts reads the province's draws: `read` (its page is polled and parsed),
 * `published-elsewhere` (the province publishes draws where Draw Alerts cannot read them yet),
 * `none-published` (the province publishes no draws now).
 */
export type ProvinceStatus = 'read' | 'published-elsewhere' | 'none-published';

interface SourceBase {
  /** The province's official page of draws: polled when read, linked from the Provinces view always. */
  page: string;
}

/** A province whose page of draws is polled. */
export interface ReadSource extends SourceBase {
  status: 'read';
  /** The manifest's host permission that lets the background fetch `page` (and pages it links to). */
  hostPermission: `https://${string}/*`;
  /** What the Provinces view says of how the province publishes (Nova Scotia's monthly totals). */
  noteKey?: LabelKey;
}

/** A province with no draws to read: the Provinces view says why, with the official link. */
export interface UnreadSource extends SourceBase {
  status: 'published-elsewhere' | 'none-published';
  noteKey: LabelKey;
}

/**
 * How news articles name a province, in either language (regular expression sources, bounded, no
 * groups of their own): the annotator's province vocabulary is made of these. Each province file
 * exports its own as `press` beside its record, so that the content script carries only these.
 */
export interface PressNames {
  /** Its program ("MPNP", "Manitoba PNP", "PCM"): a sentence naming it is about the province's draws. */
  program: string;
  /** Its bare name ("Manitoba"), as a column of a draws widget gives it. */
  name: string;
}

/** The ids of a province's scales (`never` for a province that publishes no score). */
export type ScaleOf<Code extends ProvinceCode> = ProvinceRegistry[Code] & string;

interface RecordOf<Code extends ProvinceCode> {
  code: Code;
  /** The system its draws are stored under: a PNP, or Quebec's own selection (not a PNP). */
  system: 'pnp' | 'quebec';
  names: {
    /** "Alberta (AAIP)": the province with its program, in settings, filters and notifications. */
    province: NameKey;
    /** "AAIP": where a draw comes from, in the popup's first column and on badges. */
    programShort: NameKey;
    /** The source's name in the Provinces view when it says more than the province's ("NBPNP / AIP"). */
    source?: LabelKey;
  };
  /** How news articles name it: the file exports it as `press` too (see PressNames). */
  press: PressNames;
  /** Its score scales, each named in both languages: what a draw's `scoreScale` may be. */
  scales: { readonly [Scale in ScaleOf<Code>]: ScaleRecord };
  source: ReadSource | UnreadSource;
}

/** One province's record, or (unparameterised) any province's: the union of every province's own type. */
export type ProvinceRecord<Code extends ProvinceCode = ProvinceCode> = { [C in Code]: RecordOf<C> }[Code];

/** A province's record, typed by its code: its scales must be the ones its registry entry declares. */
export function defineProvince<Code extends ProvinceCode>(
  record: ProvinceRecord<Code>,
): ProvinceRecord<Code> {
  return record;
}

/** `pnp-` and the code: the id of a province's source (its draws, its health, its alarms). */
export function provinceSourceId(code: string): string {
  return `pnp-${code.toLowerCase()}`;
}
