import { en } from '@/lib/i18n/en';
import type { ProvinceRecord } from '@/lib/sources/province-record';
import type { SourceDefinition } from '@/lib/sources/source';
import { type ProvinceParser, provinceSource } from './engine';

/** A province file: its record, and its parser when its draws are read. */
export interface ProvinceModule {
  province: ProvinceRecord;
  parser?: ProvinceParser;
}

/** Every province file, whole (records and parsers): for the background, which polls them. */
const found = import.meta.glob<ProvinceModule>(['../provinces/*.ts', '!../provinces/*.test.ts'], {
  eager: true,
});

export const PROVINCE_MODULES: readonly ProvinceModule[] = Object.values(found).sort((a, b) =>
  a.province.code < b.province.code ? -1 : a.province.code > b.province.code ? 1 : 0,
);

/**
 * The sources of the provinces whose draws are read, in order of their codes. A record that says its
 * draws are read has a parser: the registry test holds every province file to that.
 */
export function pnpSourcesOf(modules: readonly ProvinceModule[]): SourceDefinition[] {
  return modules.flatMap(({ province, parser }) =>
    province.source.status === 'read' && parser
      ? [provinceSource(province, parser, englishSourceLabel(province))]
      : [],
  );
}

/** The English name of a province's source ("New Brunswick (NBPNP / AIP)"), for logs and the maintainer's check. */
export function englishSourceLabel(record: ProvinceRecord): string {
  return en[record.names.source ?? record.names.province];
}

/** Every provincial page Draw Alerts reads (ids `pnp-` and the province's code). */
export const pnpSources: readonly SourceDefinition[] = pnpSourcesOf(PROVINCE_MODULES);
