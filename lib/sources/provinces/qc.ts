import { defineProvince } from '@/lib/sources/province-record';

declare module '@/lib/sources/province-record' {
  interface ProvinceRegistry {
    QC: 'arrima';
  }
}

/**
 * Quebec selects its skilled workers itself (Arrima, not a PNP) and publishes its invitations on
 * quebec.ca. No recorded copy of that page exists: a parser written without one would describe a
 * layout nobody has seen, so its draws are not read yet, and the extension says so.
 */
/** How news articles name it, for the annotator (its own export: the content script carries only this). */
export const press = {
  program:
    'Arrima|PSTQ|Qu[ée]bec (?:Regular )?Skilled Worker|Programme de sélection des travailleurs qualifiés',
  name: 'Qu[ée]bec',
};

export const province = defineProvince({
  code: 'QC',
  system: 'quebec',
  names: { province: 'provinceQC', programShort: 'programShortQC' },
  press,
  // Bounded generously above Arrima's ranking grid.
  scales: { arrima: { nameKey: 'scaleArrima', max: 1500 } },
  source: {
    status: 'published-elsewhere',
    page: 'https://www.quebec.ca/en/immigration/permanent/skilled-workers/skilled-worker-selection-program/invitation/2026',
    noteKey: 'provinceNoteQC',
  },
});
