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

export { type ProvinceNote, provinceNotes } from '@/lib/sources/catalog';
