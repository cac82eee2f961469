import type { ProvinceCode } from '@/lib/draws/draw';

/** Names of programs and categories as the press writes them. */

const PROVINCE_PROGRAMS: ReadonlyArray<readonly [ProvinceCode, string]> = [
  [
    'AB',
    String.raw`\bAAIP\b|\bAINP\b|Alberta Advantage Immigration Program|Alberta Immigrant Nominee Program|Alberta Opportunity Stream|Alberta (?:PNP|Express Entry)`,
  ],
  ['BC', String.raw`\bB\.?C\.? ?PNP\b|British Columbia (?:Provincial Nominee Program|PNP)|\bEEBC\b|\bSIRS\b`],
  ['MB', String.raw`\bMPNP\b|Manitoba (?:Provincial Nominee Program|PNP)|Immigrate Manitoba`],
  ['NB', String.raw`\bNB ?PNP\b|New Brunswick (?:Provincial Nominee Program|PNP)`],
  ['NL', String.raw`\bNL ?PNP\b|Newfoundland and Labrador (?:Provincial Nominee Program|PNP)`],
  ['NS', String.raw`\bNSNP\b|Nova Scotia (?:Nominee Program|PNP|Provincial Nominee Program)`],
  ['ON', String.raw`\bOINP\b|Ontario (?:Immigrant Nominee Program|PNP)`],
  ['PE', String.raw`\bP\.?E\.?I\.? ?PNP\b|Prince Edward Island (?:Provincial Nominee Program|PNP)`],
  ['SK', String.raw`\bSINP\b|Saskatchewan (?:Immigrant Nominee Program|PNP)`],
  ['QC', String.raw`\bArrima\b|\bPSTQ\b|Quebec Skilled Worker|Qu[ée]bec (?:Regular )?Skilled Worker`],
];

/** One alternation, one group per province: a single scan finds every program name. */
const PROVINCE_PATTERN = new RegExp(PROVINCE_PROGRAMS.map(([, pattern]) => `(${pattern})`).join('|'), 'g');

export interface ProvinceMention {
  province: ProvinceCode;
  start: number;
}

export function findProvinces(text: string): ProvinceMention[] {
  const found: ProvinceMention[] = [];
  PROVINCE_PATTERN.lastIndex = 0;
  for (let match = PROVINCE_PATTERN.exec(text); match !== null; match = PROVINCE_PATTERN.exec(text)) {
    const group = match.findIndex((value, index) => index > 0 && value !== undefined);
    const entry = PROVINCE_PROGRAMS[group - 1];
    if (entry !== undefined) found.push({ province: entry[0], start: match.index });
  }
  return found;
}

/** Words that make a sentence about Express Entry when no province is named. */
export const EXPRESS_ENTRY_SIGNAL =
  /Express Entry|\bCRS\b|Comprehensive Ranking System|\bIRCC\b|Immigration, Refugees,? and Citizenship Canada|rounds? of invitations|Canadian Experience Class|\bCEC\b|Federal Skilled (?:Worker|Trades)|category-based|all-program/i;

/** Words that make a sentence about a draw at all. */
export const DRAW_CONTEXT = /\b(?:draws?|rounds?|invit\w*|ITAs?|LAAs?|NOIs?|issued|selected|tie-breaking)\b/i;

const CATEGORY_HINTS: ReadonlyArray<readonly [string, RegExp]> = [
  [
    'general',
    /all[- ]programs?\b|no program specified|not program[- ]specific|general (?:draw|round)|^general\b/i,
  ],
  ['french', /French[- ](?:language|speaking)|francophone/i],
  ['cec', /Canadian Experience Class|\bCEC\b/],
  ['fsw', /Federal Skilled Workers?\b|\bFSWP?\b/],
  ['fst', /Federal Skilled Trades\b|\bFSTP?\b/],
  ['pnp', /Provincial Nominee Program|\bPNP\b/],
  ['healthcare', /health ?care|social services occupations/i],
  ['stem', /\bSTEM\b/],
  ['trades', /\btrades? (?:occupations|draw|category)/i],
  ['transport', /\btransport(?:ation)? (?:occupations|draw|category)/i],
  ['agriculture', /\bagricultur/i],
  ['education', /\beducation (?:occupations|draw|category)/i],
  ['physicians', /\bphysicians?\b/i],
  ['senior-managers', /\bsenior managers?\b/i],
  ['military', /\bmilitary recruits?\b/i],
];

/** Program names listed together ("FSW, CEC, FST and PNP") describe an all-program round. */
const PROGRAM_KEYS = new Set(['cec', 'fsw', 'fst', 'pnp']);

/**
 * The normalised Express Entry category a text speaks of, or undefined. Used for article text and
 * for official category names alike, so both sides are compared on the same keys.
 */
export function categoryHintOf(text: string): string | undefined {
  let first: { key: string; index: number } | undefined;
  let programs = 0;
  for (const [key, pattern] of CATEGORY_HINTS) {
    const match = pattern.exec(text);
    if (match === null) continue;
    if (PROGRAM_KEYS.has(key)) programs += 1;
    if (first === undefined || match.index < first.index) first = { key, index: match.index };
  }
  if (programs >= 3) return 'general';
  return first?.key;
}
