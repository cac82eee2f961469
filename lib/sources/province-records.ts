import type { DrawSystem } from '@/lib/draws/draw';
import type { namesEn } from '@/lib/i18n/en/names';
import { FOUND_PROVINCES } from './province-files';
import type { ProvinceCode, ProvinceRecord, ProvincialScale, ScaleRecord } from './province-record';

/** In the order of their codes: the order of the settings, the filters and the polls. */
export const PROVINCES: readonly ProvinceRecord[] = [...FOUND_PROVINCES].sort((a, b) =>
  a.code < b.code ? -1 : a.code > b.code ? 1 : 0,
);

export const PROVINCE_CODES: readonly ProvinceCode[] = PROVINCES.map((record) => record.code);

const byCode = new Map(PROVINCES.map((record) => [record.code as string, record]));

export function isProvinceCode(value: unknown): value is ProvinceCode {
  return typeof value === 'string' && byCode.has(value);
}

export function provinceRecord(code: ProvinceCode): ProvinceRecord {
  const record = byCode.get(code);
  if (record === undefined) throw new Error(`no province record for ${code}`);
  return record;
}

/** The provinces whose draws are read: the only ones a draw (and so an alert) can come from. */
export const READ_PROVINCES: readonly ProvinceRecord[] = PROVINCES.filter(
  (record) => record.source.status === 'read',
);

/**
 * The systems a province's draws may be stored under: PNP, and the province's own where its
 * selection is not a PNP (Quebec's).
 */
export function systemsOfProvince(code: ProvinceCode): DrawSystem[] {
  return [...new Set<DrawSystem>(['pnp', provinceRecord(code).system])];
}

/** The systems any province's draws may be stored under. */
export const PROVINCIAL_SYSTEMS: readonly DrawSystem[] = [
  ...new Set<DrawSystem>(['pnp', ...PROVINCES.map((record) => record.system)]),
];

/** Every provincial scale, with its province. */
export function scalesOf(
  records: readonly ProvinceRecord[],
): readonly (ScaleRecord & { id: ProvincialScale; province: ProvinceCode })[] {
  return records.flatMap((record) =>
    Object.entries<ScaleRecord>(record.scales).map(([id, scale]) => ({
      ...scale,
      id: id as ProvincialScale,
      province: record.code,
    })),
  );
}

export const PROVINCIAL_SCALES = scalesOf(PROVINCES);

type NameKeys<Code extends string> = Readonly<Record<Code, keyof typeof namesEn>>;

/** "Alberta (AAIP)": each province's name with its program. */
export const PROVINCE_LABEL_KEYS = Object.fromEntries(
  PROVINCES.map((record) => [record.code, record.names.province]),
) as NameKeys<ProvinceCode>;

/** Short program names ("MPNP", "PCM") for badges and the popup's first column. */
export const PROGRAM_SHORT_KEYS = Object.fromEntries(
  PROVINCES.map((record) => [record.code, record.names.programShort]),
) as NameKeys<ProvinceCode>;

/** Each provincial scale's name. */
export const SCALE_LABEL_KEYS = Object.fromEntries(
  PROVINCIAL_SCALES.map((scale) => [scale.id, scale.nameKey]),
) as NameKeys<ProvincialScale>;
