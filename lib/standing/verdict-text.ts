import type { Translate } from '@/lib/i18n/messages';
import { CATEGORY_LABEL_KEYS, CATEGORY_SHORT_KEYS, PROGRAM_LABEL_KEYS } from '@/lib/i18n/name-keys';
import { coversEveryCandidate, type Program } from './programs';
import type { RoundEligibility } from './rules';
import type { ProfileGap, ScoreComparison, Verdict } from './verdict';

/**
 * Verdicts and eligibility put into words, at display time, in the reader's language. The popup,
 * round details and notifications all word a verdict here, so they never disagree.
 */

export type VerdictTone = 'ok' | 'short' | 'closed' | 'unknown';

export interface VerdictWords {
  text: string;
  tone: VerdictTone;
}

const NEEDS_KEYS = {
  programs: 'verdictNeedsPrograms',
  nomination: 'verdictNeedsNomination',
  french: 'verdictNeedsFrench',
  occupations: 'verdictNeedsOccupations',
} as const satisfies Record<ProfileGap, string>;

/** "Canadian Experience Class or Federal Skilled Worker" ("CEC or FSW" short), in the reader's language. */
export function programList(
  programs: readonly Program[],
  t: Translate,
  locale: string,
  type: 'conjunction' | 'disjunction' = 'disjunction',
  short = false,
): string {
  const names = programs.map((program) =>
    t(short ? CATEGORY_SHORT_KEYS[program] : PROGRAM_LABEL_KEYS[program]),
  );
  return new Intl.ListFormat(locale, { type }).format(names);
}

/**
 * The verdict in one line, with how it reads (a colour beside the words, never instead of them).
 * `short` names programs and categories by their short labels, for the popup's rows.
 */
export function verdictWords(verdict: Verdict, t: Translate, locale: string, short = false): VerdictWords {
  switch (verdict.kind) {
    case 'closed': {
      const { because } = verdict;
      if (because.kind === 'french') return { text: t('verdictClosedFrench'), tone: 'closed' };
      if (because.kind === 'occupation') {
        return {
          text: t('verdictClosedOccupation', {
            category: t((short ? CATEGORY_SHORT_KEYS : CATEGORY_LABEL_KEYS)[because.category]),
          }),
          tone: 'closed',
        };
      }
      if (because.programs.length === 1 && because.programs[0] === 'pnp') {
        return { text: t('verdictClosedNominees'), tone: 'closed' };
      }
      return {
        text: t('verdictClosedPrograms', {
          programs: programList(because.programs, t, locale, 'disjunction', short),
        }),
        tone: 'closed',
      };
    }
    case 'open': {
      const { score } = verdict;
      if (score === null) return { text: t('verdictOpen'), tone: 'ok' };
      return score.kind === 'clears'
        ? { text: t('verdictOpenClears', { score: score.score, cutOff: score.cutOff }), tone: 'ok' }
        : { text: t('verdictOpenShort', { count: score.points }), tone: 'short' };
    }
    case 'needs-profile':
      return { text: t(NEEDS_KEYS[verdict.missing[0] ?? 'programs']), tone: 'unknown' };
    case 'eligibility-unknown':
      return { text: t('verdictUnknown'), tone: 'unknown' };
    case 'provincial': {
      const { score } = verdict;
      if (score === null) return { text: '', tone: 'unknown' };
      return score.kind === 'clears'
        ? { text: t('verdictClears'), tone: 'ok' }
        : { text: t('verdictShort', { count: score.points }), tone: 'short' };
    }
  }
}

/** The score beside a verdict that is not "open" (details only): "your 480: 43 points short". */
export function scoreWords(score: ScoreComparison, t: Translate): string {
  return score.kind === 'clears'
    ? t('verdictScoreClears', { score: score.score, cutOff: score.cutOff })
    : t('verdictScoreShort', { count: score.points, score: score.score });
}

/** Who could enter a round, as its official record says. */
export function eligibilityWords(who: RoundEligibility, t: Translate, locale: string): string {
  if (who.requirement.kind === 'unknown') return t('whoCategoryUnknown');
  if (who.programs === null) return t('whoProgramsUnknown');
  const programs = programList(who.programs, t, locale);
  switch (who.requirement.kind) {
    case 'french':
      return t('whoFrench', { programs });
    case 'occupation':
      return t('whoOccupation', { category: t(CATEGORY_LABEL_KEYS[who.requirement.category]), programs });
    case 'none':
      if (who.programs.length === 1 && who.programs[0] === 'pnp') return t('whoNominees');
      if (coversEveryCandidate(who.programs)) {
        return t('whoEveryone', { programs: programList(who.programs, t, locale, 'conjunction') });
      }
      return t('whoPrograms', { programs });
  }
}

/** Fragments are written lower-case to be joined; a line still starts with a capital. */
export function capitalize(line: string, locale: string): string {
  return line.charAt(0).toLocaleUpperCase(locale) + line.slice(1);
}

/**
 * Whether a verdict is worth a line where space is short (popup rows, notifications). A round closed
 * to the user always is; a provincial draw when there is a score to compare; every other verdict
 * once the user has a CRS: someone who has set nothing yet is not asked to set things on every row.
 */
export function isWorthSaying(verdict: Verdict, crsScore: number | null): boolean {
  if (verdict.kind === 'closed') return true;
  if (verdict.kind === 'provincial') return verdict.score !== null;
  return crsScore !== null;
}
