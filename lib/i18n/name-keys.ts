import type { ExpressEntryCategory } from '@/lib/sources/express-entry/categories';
import type { Program } from '@/lib/standing/programs';
import type { namesEn } from './en/names';

/**
 * Typed maps from domain codes to the message keys that name them: a new category fails to compile
 * until it has its name (and so its French). A province names itself and its scales in its record
 * (lib/sources/province-records.ts has the maps).
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

/** Express Entry programs, named as IRCC names them (the same names as their program rounds). */
export const PROGRAM_LABEL_KEYS = {
  cec: 'categoryCec',
  fsw: 'categoryFsw',
  fst: 'categoryFst',
  pnp: 'categoryPnp',
} as const satisfies Record<Program, NameKey>;
