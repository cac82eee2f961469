import { defineProvince } from '@/lib/sources/province-record';

declare module '@/lib/sources/province-record' {
  interface ProvinceRegistry {
    SK: never;
  }
}

/** Saskatchewan's page holds processing statistics, and no EOI draws since its 2025 redesign. */
/** How news articles name it, for the annotator (its own export: the content script carries only this). */
export const press = {
  program:
    'SINP|Saskatchewan (?:Immigrant Nominee Program|PNP)|Programme des candidats immigrants de la Saskatchewan',
  name: 'Saskatchewan',
};

export const province = defineProvince({
  code: 'SK',
  system: 'pnp',
  names: { province: 'provinceSK', programShort: 'programShortSK' },
  press,
  scales: {},
  source: {
    status: 'none-published',
    page: 'https://www.saskatchewan.ca/residents/moving-to-saskatchewan/live-in-saskatchewan/by-immigrating/saskatchewan-immigrant-nominee-program/sinp-processing-statistics',
    noteKey: 'provinceNoteSK',
  },
});
