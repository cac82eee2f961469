import type { ProvinceCode } from '@/lib/draws/draw';
import { abSource } from '@/lib/sources/pnp/provinces/ab';
import { bcSource } from '@/lib/sources/pnp/provinces/bc';
import { mbSource } from '@/lib/sources/pnp/provinces/mb';
import { nbSource } from '@/lib/sources/pnp/provinces/nb';
import { nlSource } from '@/lib/sources/pnp/provinces/nl';
import { nsSource } from '@/lib/sources/pnp/provinces/ns';
import { onSource } from '@/lib/sources/pnp/provinces/on';
import { peSource } from '@/lib/sources/pnp/provinces/pe';
import type { SourceDefinition } from '@/lib/sources/source';

/** Every provincial page Draw Alerts reads (ids `pnp-ab` … `pnp-pe`). */
export const pnpSources: SourceDefinition[] = [
  abSource,
  bcSource,
  mbSource,
  nbSource,
  nlSource,
  nsSource,
  onSource,
  peSource,
];

/** A province with no source to poll, and why: for the popup to say so rather than show nothing. */
export interface ProvinceNote {
  province: ProvinceCode;
  note: string;
  url: string;
}

export const provinceNotes: ProvinceNote[] = [
  {
    province: 'SK',
    note: 'Saskatchewan has published no Expression of Interest draws since its 2025 redesign.',
    url: 'https://www.saskatchewan.ca/residents/moving-to-saskatchewan/live-in-saskatchewan/by-immigrating/saskatchewan-immigrant-nominee-program/sinp-processing-statistics',
  },
  {
    province: 'NS',
    note: 'Nova Scotia publishes monthly totals of candidates selected, not its single draws: each month is listed as one entry.',
    url: 'https://liveinnovascotia.com/eoi-selection',
  },
];
