import fc from 'fast-check';
import { type DrawClaim, type FindLanguage, MAX_INVITATIONS, MAX_SCORE } from '@/lib/annotate/finding/claim';
import { findClaimsInText } from '@/lib/annotate/finding/mentions';
import { findClaimsInTable, type TableRow } from '@/lib/annotate/finding/rows';
import { parseAnnotateRequest } from '@/lib/background/annotations';
import { sharedFixture } from '@/tests/support/fixtures';
import type { FuzzTarget } from './harness';
import { mutationsOf } from './mutations';
import { INTERESTING_DATES, INTERESTING_NUMBERS, INTERESTING_WORDS } from './vocabulary';

/**
 * The annotator's finders (prose in English and French, rows of a widget) on
 * the text of the recorded articles, mutated, and on sentences made from the press's phrasing and
 * the values that broke parsers. Every claim must be sound (offsets in the text, plausible figures,
 * real days) and pass the background's own check of what a page sends, so a page's finder never
 * sends what the background would drop.
 */

const ARTICLES = [
  'cicnews-canada-releases-annual-report-on-express-entry-for-2021-0233078.html',
  'immigrationcoach-express-entry-draw-238.html',
  'immigrationnewscanada-bc-pnp-sent-more-than-270-new-invitations-for-pr.html',
  'immigrationnewscanada-latest-manitoba-pnp-draw-sent-336-new-invites-for-pr.html',
  'immigrationnewscanada-new-oinp-draw-invites-1252-express-entry-profiles-january-13.html',
];

/** An article's text as a block would read it (tags out, breaks kept), cut to its first 4,000 characters. */
function textOf(html: string): string {
  return html
    .replace(/<(?:br|\/p|\/li|\/h\d|\/tr)[^>]*>/gi, '\n')
    .replace(/<\/t[dh]>/gi, '\t')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&')
    .slice(0, 4_000);
}

const PHRASES = [
  'Express Entry draw #',
  'round of invitations No. ',
  'IRCC issued ',
  ' ITAs',
  ' invitations',
  'invited ',
  ' candidates',
  'minimum CRS score of ',
  'CRS cut-off ',
  'score of ',
  ' or above',
  ' or more CRS points',
  'Tie-breaking rule: ',
  'created a profile before ',
  ' at 07:47:29 UTC',
  'Manitoba PNP draw',
  'OINP sent ',
  'Today, ',
  'on ',
  'more than ',
  'Ronde d’invitations nº ',
  'IRCC a envoyé ',
  ' invitations à présenter une demande',
  'La note minimale du SCG était de ',
  'Règle de départage : ',
  ' à 13 h 46',
  'le 6 mars 2025',
  '1er février',
  '. ',
  '.'.repeat(50),
  ' '.repeat(50),
  ',000'.repeat(50),
  '\n',
  '\t',
];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PHRASES) },
  { weight: 3, arbitrary: fc.constantFrom(...INTERESTING_NUMBERS) },
  { weight: 2, arbitrary: fc.constantFrom(...INTERESTING_DATES) },
  { weight: 1, arbitrary: fc.constantFrom(...INTERESTING_WORDS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

/** Sentences (and run-on sentences) made of the press's phrasing and hostile values. */
const madeText = fc.array(piece, { minLength: 1, maxLength: 60 }).map((parts) => parts.join(''));

/** A long run of one piece, as the reproducers ("draw 1" + ",000" × n). */
const runOn = fc
  .tuple(fc.constantFrom(...PHRASES, ...INTERESTING_NUMBERS), fc.integer({ min: 100, max: 20_000 }))
  .map(([text, times]) => `Express Entry draw 1 ${text.repeat(times)}`.slice(0, 200_000));

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (match === null) return false;
  const day = new Date(`${value}T00:00:00Z`);
  const year = Number(match[1]);
  return (
    !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value && year >= 2000 && year < 2100
  );
}

export function claimProblems(claim: DrawClaim, text: string, where: string): string[] {
  const problems: string[] = [];
  const inText = (start: number, end: number) => start >= 0 && start <= end && end <= text.length;
  if (!inText(claim.start, claim.end)) problems.push(`${where}: span ${claim.start}..${claim.end}`);
  for (const figure of claim.figures) {
    if (!inText(figure.start, figure.end))
      problems.push(`${where}: ${figure.field} at ${figure.start}..${figure.end}`);
  }
  const fields = new Set(claim.figures.map((figure) => figure.field));
  if (fields.size !== claim.figures.length) problems.push(`${where}: a field stated twice`);
  if (claim.number !== undefined && !/^\d{1,4}[ab]?$/.test(claim.number))
    problems.push(`${where}: number ${claim.number}`);
  if (claim.date !== undefined && !isDay(claim.date)) problems.push(`${where}: date ${claim.date}`);
  const { invitations, minScore, tieBreakAt } = claim;
  if (
    invitations !== undefined &&
    (!Number.isInteger(invitations) || invitations < 0 || invitations > MAX_INVITATIONS)
  )
    problems.push(`${where}: invitations ${invitations}`);
  if (minScore !== undefined && (!Number.isInteger(minScore) || minScore < 1 || minScore > MAX_SCORE))
    problems.push(`${where}: score ${minScore}`);
  if (tieBreakAt !== undefined && !isDay(tieBreakAt.slice(0, 10)))
    problems.push(`${where}: tie-break ${tieBreakAt}`);
  if (claim.number === undefined && claim.date === undefined) problems.push(`${where}: no anchor`);
  return problems;
}

/** The text as a table: lines are rows, tabs are cells (a widget's rows, however garbled). */
function rowsOf(text: string): TableRow[] {
  return text
    .split('\n')
    .slice(0, 200)
    .map((line) => {
      let start = 0;
      return {
        cells: line.split('\t').map((cell) => {
          const range = { text: cell, start, header: false };
          start += cell.length + 1;
          return range;
        }),
      };
    });
}

/** Every claim the finders make of `text` (prose and rows, both languages), with what is wrong with them. */
export function findersOn(text: string): { claims: DrawClaim[]; problems: string[] } {
  const problems: string[] = [];
  const claims: DrawClaim[] = [];
  for (const language of ['en', 'fr'] as FindLanguage[]) {
    const context = { language, published: '2025-03-07', reference: '2025-03-07' };
    for (const claim of findClaimsInText(text, context)) {
      problems.push(...claimProblems(claim, text, `${language} prose`));
      claims.push(claim);
    }
    const rows = rowsOf(text);
    for (const [index, claim] of findClaimsInTable(rows, { ...context, sidebar: true })) {
      const row = rows[index]?.cells.map((cell) => cell.text).join('\t') ?? '';
      problems.push(...claimProblems(claim, row, `${language} row ${index}`));
      claims.push(claim);
    }
  }
  return { claims, problems };
}

export const annotateFindersTarget: FuzzTarget = {
  name: 'annotate-finders',
  isTypedFault: () => false,
  inputs: (run) =>
    fc.oneof(
      {
        weight: 3,
        arbitrary: mutationsOf(
          ARTICLES.map((file) => textOf(sharedFixture('articles', file))),
          run,
        ),
      },
      { weight: 3, arbitrary: madeText },
      { weight: 1, arbitrary: runOn },
    ),
  run: (text) => {
    const { claims, problems } = findersOn(text);
    // What the page would send: the background drops none of it.
    for (let first = 0; first < claims.length; first += 100) {
      const batch = JSON.parse(JSON.stringify(claims.slice(first, first + 100)));
      const checked = parseAnnotateRequest({ language: 'en', published: null, claims: batch });
      checked.claims.forEach((claim, index) => {
        if (claim === null)
          problems.push(`the background refuses ${JSON.stringify(batch[index]).slice(0, 160)}`);
      });
    }
    return { problems };
  },
};
