import type { Draw } from '@/lib/draws/draw';
import { SCORE_MAXIMA } from '@/lib/draws/score-scales';

/**
 * What every draw a parser produces must be, checked here independently of the parsers' own gate
 * (lib/draws/plausible.ts), so that a bug in the gate shows too.
 */
export interface DrawRules {
  now: number;
  /** The source's own hosts: a draw's official page is on one of them. */
  hosts: ReadonlySet<string>;
}

const FIRST_YEAR = 2015;
const MAX_INVITATIONS = 100_000;

function dayProblem(label: string, iso: unknown, lastYear: number): string | null {
  if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(iso))
    return `${label} ${JSON.stringify(iso)} is not YYYY-MM-DD`;
  const day = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== iso)
    return `${label} ${iso} is no calendar day`;
  const year = day.getUTCFullYear();
  if (year < FIRST_YEAR || year > lastYear) return `${label} ${iso} is outside ${FIRST_YEAR}..${lastYear}`;
  return null;
}

export function drawProblems(draw: Draw, rules: DrawRules): string[] {
  const lastYear = new Date(rules.now).getUTCFullYear() + 1;
  const problems: (string | null)[] = [
    typeof draw.id === 'string' && draw.id.length > 0 ? null : 'empty id',
    dayProblem('date', draw.date, lastYear),
    draw.dateEnd === null ? null : dayProblem('dateEnd', draw.dateEnd, lastYear),
    draw.dateEnd !== null && draw.dateEnd < draw.date
      ? `dateEnd ${draw.dateEnd} before date ${draw.date}`
      : null,
    Number.isFinite(draw.sequence) ? null : `sequence ${draw.sequence}`,
  ];
  if (draw.invitations !== null) {
    const { value } = draw.invitations;
    if (!Number.isInteger(value) || value < 0 || value > MAX_INVITATIONS)
      problems.push(`invitations ${value}`);
  }
  if (draw.minScore !== null) {
    const max = draw.scoreScale === 'none' ? -1 : SCORE_MAXIMA[draw.scoreScale];
    if (!Number.isInteger(draw.minScore) || draw.minScore < 0 || draw.minScore > max) {
      problems.push(`score ${draw.minScore} on scale ${draw.scoreScale}`);
    }
  }
  let url: URL | null = null;
  try {
    url = new URL(draw.url);
  } catch {
    problems.push(`url ${JSON.stringify(draw.url)} does not parse`);
  }
  if (
    url &&
    (url.protocol !== 'https:' || url.username || url.password || url.port || !rules.hosts.has(url.hostname))
  ) {
    problems.push(`url ${draw.url} is not an official https page of the source`);
  }
  const details = draw.expressEntry;
  if (details) {
    for (const [label, instant] of [
      ['ranAt', details.ranAt],
      ['cutOffAt', details.cutOffAt],
    ] as const) {
      if (instant !== null) problems.push(dayProblem(label, instant.slice(0, 10), lastYear));
    }
    if (details.distribution?.asOn)
      problems.push(dayProblem('distribution date', details.distribution.asOn, lastYear));
  }
  return problems
    .filter((problem): problem is string => problem !== null)
    .map((problem) => `${draw.id}: ${problem}`);
}

/** Every draw sound, and one id per distinct draw (identical rows are one draw). */
export function drawsProblems(draws: readonly Draw[], rules: DrawRules): string[] {
  const problems = draws.flatMap((draw) => drawProblems(draw, rules));
  const seen = new Set<string>();
  for (const draw of draws) {
    if (seen.has(draw.id)) problems.push(`${draw.id}: two draws share this id`);
    seen.add(draw.id);
  }
  return problems;
}
