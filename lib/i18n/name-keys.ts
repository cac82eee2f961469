import type { ProvinceCode, ScoreScale } from '@/lib/draws/draw';
import type { ExpressEntryCategory } from '@/lib/sources/express-entry/categories';
import type { Program } from '@/lib/standing/programs';
import type { namesEn } from './en/names';

/**
 * Typed maps from domain codes to the message keys that name them: a new category, province or
 * scale fails to compile until it has its name (and so its French).
 */
type NameKey = keyof typeof namesEn;

export const CATEGORY_LABEL_KEYS = {
  cec: 'categoryCec',
  pnp: 'categoryPnp',
  fsw: 'categoryFsw',
  fst: 'categoryFst',
  general: 'categoryGeneral',
  french: 'categoryFrench',
  healthcare: 'categoryHealthcare',
  stem: 'categoryStem',
  trades: 'categoryTrades',
  transport: 'categoryTransport',
  agriculture: 'categoryAgriculture',
  education: 'categoryEducation',
  physicians: 'categoryPhysicians',
  'senior-managers': 'categorySeniorManagers',
  military: 'categoryMilitary',
  researchers: 'categoryResearchers',
  other: 'categoryOther',
} as const satisfies Record<ExpressEntryCategory, NameKey>;

/** Short, stable labels of the popup's Category column. */
export const CATEGORY_SHORT_KEYS = {
  cec: 'categoryShortCec',
  pnp: 'categoryShortPnp',
  fsw: 'categoryShortFsw',
  fst: 'categoryShortFst',
  general: 'categoryShortGeneral',
  french: 'categoryShortFrench',
  healthcare: 'categoryShortHealthcare',
  stem: 'categoryShortStem',
  trades: 'categoryShortTrades',
  transport: 'categoryShortTransport',
  agriculture: 'categoryShortAgriculture',
  education: 'categoryShortEducation',
  physicians: 'categoryShortPhysicians',
  'senior-managers': 'categoryShortSeniorManagers',
  military: 'categoryShortMilitary',
  researchers: 'categoryShortResearchers',
  other: 'categoryShortOther',
} as const satisfies Record<ExpressEntryCategory, NameKey>;

export const PROVINCE_LABEL_KEYS = {
  AB: 'provinceAB',
  BC: 'provinceBC',
  MB: 'provinceMB',
  NB: 'provinceNB',
  NL: 'provinceNL',
  NS: 'provinceNS',
  ON: 'provinceON',
  PE: 'provincePE',
  QC: 'provinceQC',
  SK: 'provinceSK',
} as const satisfies Record<ProvinceCode, NameKey>;

/** Short program names ("MPNP", "PCM") for badges and the popup's first column. */
export const PROGRAM_SHORT_KEYS = {
  AB: 'programShortAB',
  BC: 'programShortBC',
  MB: 'programShortMB',
  NB: 'programShortNB',
  NL: 'programShortNL',
  NS: 'programShortNS',
  ON: 'programShortON',
  PE: 'programShortPE',
  QC: 'programShortQC',
  SK: 'programShortSK',
} as const satisfies Record<ProvinceCode, NameKey>;

export type ProvincialScale = Exclude<ScoreScale, 'crs' | 'none'>;

export const SCALE_LABEL_KEYS = {
  'aaip-eoi': 'scaleAaipEoi',
  'bc-sirs': 'scaleBcSirs',
  'mpnp-eoi': 'scaleMpnpEoi',
  oinp: 'scaleOinp',
  'pei-eoi': 'scalePeiEoi',
  arrima: 'scaleArrima',
} as const satisfies Record<ProvincialScale, NameKey>;

/** Express Entry programs, named as IRCC names them (the same names as their program rounds). */
export const PROGRAM_LABEL_KEYS = {
  cec: 'categoryCec',
  fsw: 'categoryFsw',
  fst: 'categoryFst',
  pnp: 'categoryPnp',
} as const satisfies Record<Program, NameKey>;
