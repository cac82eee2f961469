import type { Draw, ExpressEntryDetails } from '@/lib/draws/draw';
import {
  categorise,
  EXPRESS_ENTRY_CATEGORY_KEYS,
  type ExpressEntryCategory,
} from '@/lib/sources/express-entry/categories';
import { PROGRAMS, type Program, programsNamedIn } from './programs';

/**
 * Who may enter each kind of Express Entry round, one rule per category the parser knows (a new
 * category does not compile until it has its rule here):
 * - a program round (CEC, FSW, FST, PNP) and a general round: candidates of the programs it names;
 * - a category round: candidates who qualify for the category (French at NCLC 7, or the
 *   occupations), under one of the programs the round lists;
 * - a category no rule knows: unknown, never a guess.
 */
type RoundRule =
  | { requires: 'nothing'; programs: readonly Program[] }
  | { requires: 'french' }
  | { requires: 'occupation' }
  | { requires: 'unknown' };

const programRound = <const P extends readonly Program[]>(...programs: P) =>
  ({ requires: 'nothing', programs }) as const;
const frenchRound = { requires: 'french' } as const;
const occupationRound = { requires: 'occupation' } as const;

export const ROUND_RULES = {
  cec: programRound('cec'),
  pnp: programRound('pnp'),
  fsw: programRound('fsw'),
  fst: programRound('fst'),
  general: programRound(...PROGRAMS),
  french: frenchRound,
  healthcare: occupationRound,
  stem: occupationRound,
  trades: occupationRound,
  transport: occupationRound,
  agriculture: occupationRound,
  education: occupationRound,
  physicians: occupationRound,
  'senior-managers': occupationRound,
  military: occupationRound,
  researchers: occupationRound,
  other: { requires: 'unknown' },
} as const satisfies Record<ExpressEntryCategory, RoundRule>;

type Rules = typeof ROUND_RULES;

/** The categories a person qualifies for by their occupation (what the profile asks about). */
export type OccupationCategory = {
  [Key in keyof Rules]: Rules[Key] extends { requires: 'occupation' } ? Key : never;
}[keyof Rules];

export const OCCUPATION_CATEGORIES: readonly OccupationCategory[] = EXPRESS_ENTRY_CATEGORY_KEYS.filter(
  (key): key is OccupationCategory => ROUND_RULES[key].requires === 'occupation',
);

export type RoundRequirement =
  | { kind: 'none' }
  | { kind: 'french' }
  | { kind: 'occupation'; category: OccupationCategory }
  | { kind: 'unknown' };

/** Who could enter one round, as the official record says: a fact, worded at display time. */
export interface RoundEligibility {
  requirement: RoundRequirement;
  /** The programs whose candidates could enter; null when neither `drawText2` nor the category says. */
  programs: readonly Program[] | null;
  /** `drawText2` also names something that is not a program we know. */
  somethingElse: boolean;
}

/**
 * What a round's eligibility is read from: its name and the programs it listed (the history page holds
 * only these of its details).
 */
export type RoundFacts = Pick<Draw, 'system' | 'categoryName'> & {
  expressEntry: Pick<ExpressEntryDetails, 'programsEligible'> | null;
};

/**
 * Who could enter an Express Entry round, from its published name (`drawName`) and programs
 * (`drawText2`); null for provincial draws, whose pages support no such claim. The category is
 * read again from the published name, so a round stored before its rule existed gets it now.
 */
export function eligibilityOf(draw: RoundFacts): RoundEligibility | null {
  if (draw.system !== 'express-entry') return null;
  const category = categorise(draw.categoryName);
  const rule: RoundRule = ROUND_RULES[category];
  const named = programsNamedIn(draw.expressEntry?.programsEligible ?? '');
  const programs = named?.programs.length
    ? named.programs
    : rule.requires === 'nothing'
      ? [...rule.programs]
      : null;
  return {
    requirement: requirementOf(rule, category),
    programs,
    somethingElse: named?.somethingElse ?? false,
  };
}

function requirementOf(rule: RoundRule, category: ExpressEntryCategory): RoundRequirement {
  switch (rule.requires) {
    case 'nothing':
      return { kind: 'none' };
    case 'french':
      return { kind: 'french' };
    case 'occupation':
      return { kind: 'occupation', category: category as OccupationCategory };
    case 'unknown':
      return { kind: 'unknown' };
  }
}
