import type { ClaimKind, CountQualifier, FindLanguage } from '@/lib/annotate/finding/claim';
import type { ProvinceCode } from '@/lib/draws/draw';

/**
 * The words the press and IRCC use for draws, in English and in French (IRCC's own French terms:
 * « ronde d’invitations », « invitations à présenter une demande (IPD) », « Système de classement
 * global (SCG) », « règle de départage »). Every pattern is precompiled and has bounded gaps.
 */

/**
 * Each province's program as articles name it (both languages), and the province's bare name as a
 * column of a draws widget gives it ("Manitoba"). One table: a province is one entry.
 */
export const PROVINCE_VOCABULARY: Readonly<Record<ProvinceCode, { program: string; name: string }>> = {
  AB: {
    program:
      "AAIP|AINP|Alberta Advantage Immigration Program|Alberta Immigrant Nominee Program|Alberta Opportunity Stream|Alberta (?:PNP|Express Entry)|Programme d['’]immigration Avantage Alberta",
    name: 'Alberta',
  },
  BC: {
    program: String.raw`B\.?C\.? ?PNP|British Columbia (?:Provincial Nominee Program|PNP)|EEBC|SIRS|Programme des candidats de la Colombie-Britannique`,
    name: String.raw`British Columbia|Colombie-Britannique|B\.C\.`,
  },
  MB: {
    program:
      'MPNP|Manitoba (?:Provincial Nominee Program|PNP)|Immigrate Manitoba|PCM|Programme des candidats du Manitoba',
    name: 'Manitoba',
  },
  NB: {
    program:
      'NB ?PNP|New Brunswick (?:Provincial Nominee Program|PNP)|PCNB|Programme des candidats du Nouveau-Brunswick',
    name: 'New Brunswick|Nouveau-Brunswick',
  },
  NL: {
    program:
      'NL ?PNP|Newfoundland and Labrador (?:Provincial Nominee Program|PNP)|Programme des candidats de Terre-Neuve-et-Labrador',
    name: 'Newfoundland(?: and Labrador)?|Terre-Neuve(?:-et-Labrador)?',
  },
  NS: {
    program:
      'NSNP|Nova Scotia (?:Nominee Program|PNP|Provincial Nominee Program)|Programme des candidats de la Nouvelle-Écosse',
    name: 'Nova Scotia|Nouvelle-Écosse',
  },
  ON: {
    program:
      "OINP|Ontario (?:Immigrant Nominee Program|PNP)|POCI|Programme ontarien des candidats à l['’]immigration",
    name: 'Ontario',
  },
  PE: {
    program: String.raw`P\.?E\.?I\.? ?PNP|Prince Edward Island (?:Provincial Nominee Program|PNP)|Programme des candidats de l['’]Île-du-Prince-Édouard`,
    name: String.raw`Prince Edward Island|P\.E\.I\.|PEI|Île-du-Prince-Édouard`,
  },
  SK: {
    program:
      'SINP|Saskatchewan (?:Immigrant Nominee Program|PNP)|Programme des candidats immigrants de la Saskatchewan',
    name: 'Saskatchewan',
  },
  QC: {
    program:
      'Arrima|PSTQ|Qu[ée]bec (?:Regular )?Skilled Worker|Programme de sélection des travailleurs qualifiés',
    name: 'Qu[ée]bec',
  },
};

const PROVINCE_CODES = Object.keys(PROVINCE_VOCABULARY) as ProvinceCode[];

/** Not inside a longer word ("PCM" but not "PCMCIA"); a letter with an accent counts as a letter. */
function wholeWords(alternatives: string[]): string {
  return `(?<![A-Za-zÀ-ÖØ-öø-ÿœŒ0-9])(?:${alternatives.map((pattern) => `(${pattern})`).join('|')})(?![A-Za-zÀ-ÖØ-öø-ÿœŒ0-9])`;
}

/** One alternation, one group per province: a single scan finds every program name. */
const PROGRAM_PATTERN = new RegExp(
  wholeWords(PROVINCE_CODES.map((code) => PROVINCE_VOCABULARY[code].program)),
  'g',
);
const NAME_PATTERN = new RegExp(
  wholeWords(
    PROVINCE_CODES.map((code) => `${PROVINCE_VOCABULARY[code].program}|${PROVINCE_VOCABULARY[code].name}`),
  ),
  'g',
);

function firstProvince(pattern: RegExp, text: string): ProvinceCode | undefined {
  pattern.lastIndex = 0;
  const match = pattern.exec(text);
  if (match === null) return undefined;
  for (let group = 1; group < match.length; group++) {
    if (match[group] !== undefined) return PROVINCE_CODES[group - 1];
  }
  return undefined;
}

/** The first provincial program a text names ("Manitoba PNP", "OINP", "POCI"). */
export function provinceOfProgram(text: string): ProvinceCode | undefined {
  return firstProvince(PROGRAM_PATTERN, text);
}

/** A province column's value: a program, or just the province's name ("Manitoba", "Ontario"). */
export function provinceOfName(text: string): ProvinceCode | undefined {
  return firstProvince(NAME_PATTERN, text);
}

/** Words that make a sentence about Express Entry when no province is named. */
export const EXPRESS_ENTRY_SIGNAL =
  /Express Entry|\bCRS\b|Comprehensive Ranking System|\bIRCC\b|Immigration, Refugees,? and Citizenship Canada|rounds? of invitations|Canadian Experience Class|\bCEC\b|Federal Skilled (?:Worker|Trades)|category-based|all-program|Entrée express|\bSCG\b|Système de classement global|Immigration, Réfugiés et Citoyenneté Canada|rondes? d['’]invitations|Catégorie de l['’]expérience canadienne|travailleurs (?:de métiers spécialisés|qualifiés) \(fédéral\)/i;

export interface SentenceKind {
  kind: ClaimKind;
  province?: ProvinceCode;
}

/** The program a sentence is about: a province's, Express Entry, or none said. */
export function kindOf(sentence: string): SentenceKind | undefined {
  const province = provinceOfProgram(sentence);
  if (province !== undefined) return { kind: 'pnp', province };
  if (EXPRESS_ENTRY_SIGNAL.test(sentence)) return { kind: 'express-entry' };
  return undefined;
}

const CATEGORY_HINTS: ReadonlyArray<readonly [string, RegExp]> = [
  [
    'general',
    /all[- ]programs?\b|no program specified|not program[- ]specific|general (?:draw|round)|^general\b|aucun programme spécifié|tous les programmes|(?:ronde|catégorie) générale|^générale\b/i,
  ],
  ['french', /French[- ](?:language|speaking)|francophone|compétence linguistique en français/i],
  ['cec', /Canadian Experience Class|\bCEC\b|Catégorie de l['’]expérience canadienne/],
  ['fsw', /Federal Skilled Workers?\b|\bFSWP?\b|travailleurs qualifiés \(fédéral\)/],
  ['fst', /Federal Skilled Trades\b|\bFSTP?\b|travailleurs de métiers spécialisés \(fédéral\)/],
  ['pnp', /Provincial Nominee Program|\bPNP\b|Programme des candidats des provinces|\bPCP\b/],
  ['healthcare', /health ?care|social services occupations|professions de la santé/i],
  ['stem', /\bSTEM\b|\bSTIM\b/],
  ['trades', /\btrades? (?:occupations|draw|category)|\bmétiers spécialisés\b(?! \(fédéral\))/i],
  ['transport', /\btransport(?:ation)? (?:occupations|draw|category)|métiers des transports/i],
  ['agriculture', /\bagricultur/i],
  ['education', /\beducation (?:occupations|draw|category)|professions de l['’]éducation/i],
  ['physicians', /\bphysicians?\b|\bmédecins\b/i],
  ['senior-managers', /\bsenior managers?\b|\bcadres supérieur/i],
  ['military', /\bmilitary recruits?\b|recrues militaires/i],
];

/** Program names listed together ("FSW, CEC, FST and PNP") describe an all-program round. */
const PROGRAM_KEYS = new Set(['cec', 'fsw', 'fst', 'pnp']);

/**
 * The normalised Express Entry category a text speaks of, or undefined. Used for article text (either
 * language) and for official category names alike, so both sides are compared on the same keys.
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

/** Phrases of one language, each anchored at the figure it qualifies (`…$` before it, `^…` after it). */
export interface Phrasing {
  /** Cheap first test of a block: no such word, no claim. */
  trigger: RegExp;
  /** Words that make a sentence about a draw at all. */
  drawContext: RegExp;
  /** "today" (global). */
  today: RegExp;
  /** Right before a date that makes it another date than the draw's ("created before"). */
  notDrawDateBefore: RegExp;
  /** Between two dates of a range ("January 11 to 13"). */
  rangeJoiner: RegExp;
  /** Right before a draw number: "draw #", "round No.", "ronde nº". Group 1: the marker. */
  drawNumberBefore: RegExp;
  /**
   * Right before a round's number whatever precedes it: "#", "No.", "nº", "number". A number there is
   * never a count or a score ("#238 invites 5,500": 238 is the round).
   */
  numberMarkerBefore: RegExp;
  /** After a bare number that is a count, not a draw number ("draw 150 candidates"). */
  countNounAfter: RegExp;
  /** After a count: "ITAs", "invitations", "LAAs", "IPD". */
  invitationNounAfter: RegExp;
  /** Before a count: "Number of invitations issued:", "Nombre d’invitations envoyées :". */
  countLabelBefore: RegExp;
  /** Before a count of people: "invited", "a invité" (group 1: the qualifier, if any). */
  countVerbBefore: RegExp;
  /** After a count of people: "candidates", "candidats". */
  peopleNounAfter: RegExp;
  /** After a count a verb gives with no noun, where its clause ends: "draw #238 invites 5,500." */
  countClauseEndAfter: RegExp;
  /** A qualifier right before a count (group 1). */
  qualifierBefore: RegExp;
  /** Keywords a score follows; the first one of a digit-free gap before the score counts. */
  scoreKeyword: RegExp;
  /** Keywords too loose alone ("minimum of 2 years"): the gap must name a score. */
  weakScoreKeyword: RegExp;
  namesAScore: RegExp;
  /** Words in the gap that make the number a change, a range or a statistic. */
  notAMinimum: RegExp;
  /** After a number: a percentage, a duration, a count of occupations: never a score. */
  notAScoreAfter: RegExp;
  /** "score of N or above" / "N or more CRS points" / "at least N". */
  scoreBoundBefore: RegExp;
  scoreBoundAfter: RegExp;
  /** The tie-breaking rule's trigger (global). */
  tieBreakTrigger: RegExp;
  /**
   * Cheap tests of a whole sentence, each a superset of the words its kind of figure needs: a
   * sentence of statistics without them costs one test each, not a look around every number.
   */
  drawHint: RegExp;
  invitationHint: RegExp;
  scoreHint: RegExp;
  /** A time zone other than UTC after a time: not comparable with IRCC's. */
  notUtcAfter: RegExp;
}

/** A count's qualifier, either language: bounds are checked as bounds; the rest is "about". */
export function qualifierOf(word: string): CountQualifier {
  const lower = word.toLowerCase();
  if (/^(?:more than|over|plus de|un peu plus de)$/.test(lower)) return 'more-than';
  if (/^(?:fewer than|less than|under|up to|moins de|jusqu['’]à)$/.test(lower)) return 'fewer-than';
  return 'about';
}

const EN: Phrasing = {
  trigger:
    /draw|round|invit|ITA|LAA|NOI|CRS|score|cut[- ]?off|PNP|INP|Express Entry|EOI|tie-breaking|Arrima|NSNP/i,
  drawContext: /\b(?:draws?|rounds?|invit\w*|ITAs?|LAAs?|NOIs?|issued|selected|tie-breaking)\b/i,
  today: /\b[Tt]oday(?:'s|’s)?\b/g,
  notDrawDateBefore:
    /\b(?:before|between|since|until|till|after|from|created|submitted|pause[ds]?|resum\w*|effective|deadline|expir\w*|born|as of|as on)\s{1,3}(?:on\s{1,3})?(?:the\s{1,3})?$/i,
  rangeJoiner: /^\s{0,3}(?:–|—|-|to|and|through|until)\s{0,3}$/i,
  drawNumberBefore:
    /(?:\b(?:draw|round)(?:\s{1,3}of\s{1,3}invitations)?\s{0,3}(#|No\.?|number)?|\bExpress Entry\s{1,3}(#))\s{0,3}$/i,
  // "No" only capitalised or with its dot: "no 500-point draws" is not a marker.
  numberMarkerBefore: /(?:#|\bNo\.?|\bno\.|\b[Nn]umber)\s{0,3}$/,
  countNounAfter: /^\s{0,3}(?:candidates|applicants|ITAs|invitations|people|profiles|LAAs|NOIs|points)\b/i,
  // "5,500 invites" is a noun; "238 invites 5,500" a verb.
  invitationNounAfter:
    /^\s{1,3}(?:new\s{1,3})?(?:ITAs?\b|invitations?\b|invites\b(?!\s{1,3}\d)|LAAs?\b|Letters? of Advice to Apply|NOIs?\b|Notifications? of Interest)/i,
  countLabelBefore:
    /\b(?:number of (?:invitations|ITAs)(?: issued)?|invitations issued|ITAs issued|size of (?:the )?round)\s{0,3}[:\-–]?\s{0,3}$/i,
  countVerbBefore:
    /\b(?:invit(?:ed|es|ing)|select(?:ed|s|ing))\s{1,3}(?:a total of\s{1,3})?(?:(more than|over|nearly|almost|about|approximately|around|roughly|close to|up to|fewer than|less than|under)\s{1,3})?$/i,
  peopleNounAfter:
    /^\s{1,3}(?:(?:new|eligible|Express Entry|EOI)\s{1,3})?(?:candidates|applicants|profiles|people|individuals|foreign nationals)\b/i,
  countClauseEndAfter: /^\s{0,3}(?:[.,;:!?)]|$)|^\s{1,3}(?:in|with|on|at|as|after|for|to|and)\b/i,
  qualifierBefore:
    /\b(more than|over|nearly|almost|about|approximately|around|roughly|close to|up to|fewer than|less than|under)\s{1,3}$/i,
  scoreKeyword: /\b(?:minimum|lowest|cut[- ]?off|cutoff|CRS|SIRS)\b/i,
  weakScoreKeyword: /^(?:minimum|lowest)$/i,
  namesAScore: /score|CRS|SIRS|points|EOI|cut[- ]?off/i,
  notAMinimum:
    /\b(?:between|rang\w*|from|by|increas\w*|decreas\w*|reduc\w*|drop\w*|fell|rose|jump\w*|average|median|than|up|down|requirement|compared|remained|previous|last)\b|[+±]/i,
  notAScoreAfter: /^\s{0,2}(?:%|percent|years?|months?|weeks?|days?|hours?|NOCs?|occupations)\b/i,
  scoreBoundBefore: /\b(?:score|CRS|SIRS|EOI)s?\b[^\d.\n]{0,30}?\bat least\s{1,3}$|\bscore\s{1,3}of\s{1,3}$/i,
  scoreBoundAfter:
    /^\s{1,3}(?:points\s{1,3})?(?:or|and)\s{1,3}(?:above|higher|more)\b[^\d.\n]{0,60}?\b(?:CRS|SIRS|EOI|points|score)/i,
  tieBreakTrigger:
    /\btie[- ]breaking rule\b|\b(?:created|submitted)\b[^.\n]{0,80}?\bbefore\b|\bprofiles? (?:created|submitted) before\b/gi,
  notUtcAfter: /^\s{0,2}(?:E[SD]?T|P[SD]?T|Eastern|Pacific)\b/,
  drawHint: /draw|round|Express Entry/i,
  invitationHint: /ITA|invit|LAA|NOI|Letters? of Advice|Notifications? of Interest|select|size/i,
  scoreHint: /minimum|lowest|cut[- ]?off|CRS|SIRS|score|EOI|points/i,
};

/**
 * French words are bounded with `\b` where they start with an ASCII letter (look-behinds would make
 * the bundler turn these into RegExp constructor strings) and with a non-letter where they start
 * with one that is not ("émis", "à partir du"). Letters are spelled out as `[a-zà-ÿœ]` (every
 * letter French uses; these patterns ignore case): a `\p{L}` class needs the `u` flag, which makes
 * case-insensitive matching several times slower in V8.
 */
const FR: Phrasing = {
  trigger:
    /tirage|ronde|invit|IPD|LAA|SCG|CRS|note|pointage|seuil|PCP|PNP|Entrée express|départage|Arrima|déclaration d['’]intérêt|POCI|PCM|PCNB|NSNP|SINP/i,
  drawContext:
    /(?:\b(?:tirages?|rondes?|invit[a-zà-ÿœ]*|IPD|LAA|envoy[a-zà-ÿœ]*|sélectionn[a-zà-ÿœ]*|départage)|(?:^|[^a-zà-ÿœ])émis[a-zà-ÿœ]*)(?![a-zà-ÿœ])/i,
  today: /\baujourd['’]hui\b/gi,
  notDrawDateBefore:
    /(?:\b(?:avant|entre|depuis|jusqu['’]au|après|créés?|soumis|en date du|née?|expir[a-zà-ÿœ]*)|(?:^|[^a-zà-ÿœ])à partir du)\s{1,3}(?:le\s{1,3})?$/i,
  rangeJoiner: /^\s{0,3}(?:–|—|-|au|et|jusqu['’]au)(?:\s{1,3}le)?\s{0,3}$/i,
  drawNumberBefore:
    /(?:\b(?:ronde|tirage)(?:\s{1,3}d['’]invitations)?(?:\s{1,3}(?:de l['’]|d['’])Entrée express)?\s{0,3}(nº|n°|no\.?|numéro|#)?|Entrée express\s{1,3}(nº|n°|#))\s{0,3}$/i,
  numberMarkerBefore: /(?:#|nº|n°|\bno\.?|\bnuméro)\s{0,3}$/i,
  countNounAfter: /^\s{0,3}(?:candidat(?:e)?s|invitations|IPD|personnes|profils|LAA|points)(?![a-zà-ÿœ])/i,
  invitationNounAfter:
    /^\s{1,3}(?:nouvelles\s{1,3})?(?:invitations?(?![a-zà-ÿœ])|IPD(?![a-zà-ÿœ])|LAA(?![a-zà-ÿœ])|lettres? de conseil)/i,
  countLabelBefore:
    /\b(?:nombre d['’]invitations(?: envoyées| émises)?|invitations (?:envoyées|émises)|nombre d['’]IPD)\s{0,3}[:\-–]?\s{0,3}$/i,
  countVerbBefore:
    /\b(?:invité|a invité|ont invité|invite|invitent|sélectionné|a sélectionné|sélectionne)\s{1,3}(?:au total\s{1,3})?(?:(plus de|près de|environ|presque|un peu plus de|jusqu['’]à|moins de)\s{1,3})?$/i,
  peopleNounAfter:
    /^\s{1,3}(?:nouveaux\s{1,3})?(?:candidat(?:e)?s|personnes|profils|demandeurs|ressortissants étrangers)(?![a-zà-ÿœ])/i,
  countClauseEndAfter: /^\s{0,3}(?:[.,;:!?)»]|$)|^\s{1,3}(?:dans|avec|le|lors|pour|à|et)(?![a-zà-ÿœ])/i,
  qualifierBefore: /\b(plus de|près de|environ|presque|un peu plus de|jusqu['’]à|moins de)\s{1,3}$/i,
  scoreKeyword: /\b(?:minimum|minimale?|plus bas|seuil|SCG|CRS|SIRS|note|pointage)(?![a-zà-ÿœ])/i,
  weakScoreKeyword: /^(?:minimum|minimale?|plus bas)$/i,
  namesAScore: /note|pointage|seuil|SCG|CRS|SIRS|points/i,
  notAMinimum:
    /\b(?:entre|hausse|baisse|augment[a-zà-ÿœ]*|diminu[a-zà-ÿœ]*|réduit[a-zà-ÿœ]*|moyenne|médiane|que|comparé[a-zà-ÿœ]*|précédent[a-zà-ÿœ]*|dernière ronde|dernier tirage|passé[a-zà-ÿœ]*|exigence)(?![a-zà-ÿœ])|[+±]/i,
  notAScoreAfter:
    /^\s{0,2}(?:%|pour cent|ans?|mois|semaines?|jours?|heures?|CNP|professions)(?![a-zà-ÿœ])|^\s{1,3}(?:points\s{1,3})?à\s{1,3}\d/i,
  scoreBoundBefore: /\b(?:note|pointage|SCG|CRS|SIRS)[^\d.\n]{0,30}?(?:d['’]au moins|minimum de)\s{1,3}$/i,
  scoreBoundAfter: /^\s{1,3}points\s{1,3}(?:ou plus|et plus)(?![a-zà-ÿœ])/i,
  tieBreakTrigger:
    /\brègle de départage(?![a-zà-ÿœ])|\b(?:créé|soumis)[a-zà-ÿœ]*[^.\n]{0,80}?\bavant(?![a-zà-ÿœ])/gi,
  notUtcAfter: /^\s{0,2}(?:HNE|HAE|HNP|HAP|heure de l['’](?:Est|Pacifique))/,
  drawHint: /ronde|tirage|Entrée express/i,
  invitationHint: /invit|IPD|LAA|lettres? de conseil|sélectionn/i,
  scoreHint: /minimum|minimal|plus bas|seuil|SCG|CRS|SIRS|note|pointage|points/i,
};

export const PHRASING: Readonly<Record<FindLanguage, Phrasing>> = { en: EN, fr: FR };
