/**
 * The Express Entry programs a round can be open to, and how IRCC names them in `drawText2`
 * ("Federal Skilled Worker Program, Canadian Experience Class and Federal Skilled Trades Program").
 */

/** Every Express Entry candidate is eligible under at least one of these three federal programs. */
export const FEDERAL_PROGRAMS = ['cec', 'fsw', 'fst'] as const;

export type FederalProgram = (typeof FEDERAL_PROGRAMS)[number];

/** The provincial nominee program is entered through a nomination, on top of a federal program. */
export type Program = FederalProgram | 'pnp';

export const PROGRAMS: readonly Program[] = [...FEDERAL_PROGRAMS, 'pnp'];

export interface ProgramsNamed {
  /** The programs recognised, in the order of `PROGRAMS`. */
  readonly programs: readonly Program[];
  /** The text also names something that is not one of ours: a program IRCC added. */
  readonly somethingElse: boolean;
}

// English and French (ee_rounds_123_fr.json) names, with and without "Program".
const NAMES: ReadonlyArray<[RegExp, Program]> = [
  [/\bfederal skilled workers?(?: program)?|programme des travailleurs qualifiés \(fédéral\)/g, 'fsw'],
  [
    /\bfederal skilled trades?(?: program)?|programme des travailleurs de métiers spécialisés \(fédéral\)/g,
    'fst',
  ],
  [/\bcanadian experience class\b|catégorie de l'expérience canadienne/g, 'cec'],
  [/\bprovincial nominee(?:s)?(?: program)?|programme des candidats des provinces/g, 'pnp'],
];

/** What is left between the names of a list: commas, "and", "et", "or", "ou". */
const JOINERS = /[\s,;.]+|\b(?:and|et|or|ou)\b/g;

/**
 * The programs a `drawText2` names, or null when it names none (rounds before the field existed
 * publish it empty). Text the names do not cover is reported, never dropped: a round open to a
 * program we do not know must not read as closed to the user.
 */
export function programsNamedIn(text: string): ProgramsNamed | null {
  // A history repeats a handful of these texts over thousands of rounds: each is read once.
  let named = namedBefore.get(text);
  if (named === undefined) {
    named = readProgramsNamed(text);
    if (namedBefore.size >= MAX_TEXTS_REMEMBERED) namedBefore.clear();
    namedBefore.set(text, named);
  }
  return named;
}

const MAX_TEXTS_REMEMBERED = 200;
const namedBefore = new Map<string, ProgramsNamed | null>();

function readProgramsNamed(text: string): ProgramsNamed | null {
  let rest = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\u00a0/g, ' ');
  const found = new Set<Program>();
  for (const [pattern, program] of NAMES) {
    rest = rest.replace(pattern, () => {
      found.add(program);
      return ' ';
    });
  }
  const somethingElse = rest.replace(JOINERS, '').length > 0;
  if (found.size === 0 && !somethingElse) return null;
  // Shared by every caller that reads the same text: not to be changed by any.
  return Object.freeze({
    programs: Object.freeze(PROGRAMS.filter((program) => found.has(program))),
    somethingElse,
  });
}

/** True when these programs let in every Express Entry candidate (each is under a federal program). */
export function coversEveryCandidate(programs: readonly Program[]): boolean {
  return FEDERAL_PROGRAMS.every((program) => programs.includes(program));
}
