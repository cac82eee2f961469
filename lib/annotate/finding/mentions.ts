import type { ClaimKind, DrawClaim, FigureRange, FindContext } from '@/lib/annotate/finding/claim';
import { type FoundDate, findDates } from '@/lib/annotate/finding/dates';
import {
  type FoundFigure,
  findDrawNumbers,
  findInvitations,
  findMinScores,
  findTieBreaks,
} from '@/lib/annotate/finding/figures';
import {
  categoryHintOf,
  DRAW_CONTEXT,
  EXPRESS_ENTRY_SIGNAL,
  findProvinces,
} from '@/lib/annotate/finding/vocabulary';
import type { ProvinceCode } from '@/lib/draws/draw';

/**
 * Claims about draws in one block of prose. A claim is anchored on a draw number or a draw date and
 * is kept only when it says something checkable: a number, or a date with a figure (ITAs, score,
 * tie-breaking rule). A date and a type alone ("a PNP-only draw on February 1") is too weak to badge.
 */

/** Cheap first test: no digit, no claim. Most blocks of a page stop here. */
const HAS_DIGIT = /\d/;
const CHEAP_TRIGGER =
  /draw|round|invit|ITA|LAA|NOI|CRS|score|cut[- ]?off|PNP|INP|Express Entry|EOI|tie-breaking|Arrima|NSNP/i;

/** Sentence ends: "." "!" "?" before a non-lower-case start, and line or cell breaks. */
const SENTENCE_END = /[.!?]+(?=\s+[^a-z\s])|[\n\t]+/g;
/** Abbreviations whose period does not end a sentence ("No. 238", "Jan. 11", "B.C. PNP"). */
const ABBREVIATION_BEFORE =
  /(?:\b(?:No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|St|Mr|Ms|Dr|vs|approx)|\b[A-Z])$/;

/** Words right before a date that make it some other date than the draw's. */
const NOT_A_DRAW_DATE_BEFORE =
  /\b(?:before|between|since|until|till|after|from|created|submitted|pause[ds]?|resum\w*|effective|deadline|expir\w*|born|as of|as on)\s{1,3}(?:on\s{1,3})?(?:the\s{1,3})?$/i;
const RANGE_JOINER = /^\s{0,3}(?:–|—|-|to|and|through|until)\s{0,3}$/i;
const TODAY = /\b[Tt]oday(?:'s|’s)?\b/g;
const MENTIONS_TODAY = /\btoday/i;

export function sentenceRanges(text: string): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match !== null; match = SENTENCE_END.exec(text)) {
    const isBreak = match[0].startsWith('\n') || match[0].startsWith('\t');
    if (!isBreak && ABBREVIATION_BEFORE.test(text.slice(Math.max(0, match.index - 6), match.index))) continue;
    const end = match.index + match[0].length;
    if (end > start) ranges.push({ start, end });
    start = end;
  }
  if (start < text.length) ranges.push({ start, end: text.length });
  return ranges;
}

interface Anchor {
  field: 'number' | 'date';
  value: string;
  start: number;
  end: number;
}

/** Draw dates in a sentence: not a date a profile was created by, not the end of a range. */
function drawDates(
  sentence: string,
  dates: readonly FoundDate[],
  excluded: readonly FoundFigure[],
): Anchor[] {
  const anchors: Anchor[] = [];
  let previousEnd = -1;
  let previousWasExcluded = false;
  for (const date of dates) {
    const isRangeTail = previousEnd >= 0 && RANGE_JOINER.test(sentence.slice(previousEnd, date.start));
    const isExcluded: boolean =
      (isRangeTail && previousWasExcluded) ||
      NOT_A_DRAW_DATE_BEFORE.test(sentence.slice(Math.max(0, date.start - 30), date.start)) ||
      excluded.some((figure) => date.start >= figure.start && date.start < figure.end);
    previousEnd = date.end;
    previousWasExcluded = isExcluded;
    // A range's end day says when a draw ended, not which draw: the head day identifies it.
    if (isExcluded || isRangeTail || date.iso === null) continue;
    anchors.push({ field: 'date', value: date.iso, start: date.start, end: date.end });
  }
  return anchors;
}

function todayAnchors(sentence: string, context: FindContext): Anchor[] {
  if (context.published === undefined) return [];
  const anchors: Anchor[] = [];
  TODAY.lastIndex = 0;
  for (let match = TODAY.exec(sentence); match !== null; match = TODAY.exec(sentence)) {
    anchors.push({
      field: 'date',
      value: context.published.slice(0, 10),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return anchors;
}

interface SentenceKind {
  kind: ClaimKind;
  province?: ProvinceCode;
}

function kindOf(sentence: string): SentenceKind | undefined {
  const province = findProvinces(sentence)[0]?.province;
  if (province !== undefined) return { kind: 'pnp', province };
  if (EXPRESS_ENTRY_SIGNAL.test(sentence)) return { kind: 'express-entry' };
  return undefined;
}

interface ClaimBuilder {
  claim: DrawClaim;
  /** The kind came from the sentence itself, not from context. */
  kindKnown: boolean;
}

function newClaim(kind: SentenceKind | undefined, context: FindContext): ClaimBuilder {
  const claim: DrawClaim = {
    kind: kind?.kind ?? context.defaultKind ?? 'express-entry',
    figures: [],
    start: -1,
    end: -1,
  };
  if (kind?.province !== undefined) claim.province = kind.province;
  return { claim, kindKnown: kind !== undefined || context.defaultKind !== undefined };
}

/** A later line names the program of a claim whose own sentence did not ("Date and time of round: ..."). */
function adoptKind(builder: ClaimBuilder, kind: SentenceKind): void {
  builder.claim.kind = kind.kind;
  if (kind.province !== undefined) builder.claim.province = kind.province;
  builder.kindKnown = true;
}

function widen(claim: DrawClaim, range: { start: number; end: number }): void {
  claim.start = claim.start < 0 ? range.start : Math.min(claim.start, range.start);
  claim.end = Math.max(claim.end, range.end);
}

/** Put a figure on a claim unless the claim already states that field (then it is about another draw). */
function attach(claim: DrawClaim, figure: FoundFigure | Anchor, offset: number): boolean {
  if (claim.figures.some((existing) => existing.field === figure.field)) return false;
  const range: FigureRange = { field: figure.field, start: figure.start + offset, end: figure.end + offset };
  switch (figure.field) {
    case 'number':
      claim.number = String(figure.value);
      break;
    case 'date':
      claim.date = String(figure.value);
      break;
    case 'invitations':
      claim.invitations = Number(figure.value);
      if ('qualifier' in figure && figure.qualifier !== undefined && figure.qualifier !== 'exact') {
        claim.invitationsQualifier = figure.qualifier;
      }
      break;
    case 'minScore':
      claim.minScore = Number(figure.value);
      break;
    case 'tieBreak':
      claim.tieBreakAt = String(figure.value);
      break;
  }
  claim.figures.push(range);
  widen(claim, range);
  return true;
}

function isCheckable(claim: DrawClaim): boolean {
  if (claim.number !== undefined) return true;
  return (
    claim.date !== undefined &&
    (claim.invitations !== undefined || claim.minScore !== undefined || claim.tieBreakAt !== undefined)
  );
}

/** All claims in a block's text. Offsets in the result are offsets in `text`. */
export function findClaimsInText(text: string, context: FindContext = {}): DrawClaim[] {
  if (!HAS_DIGIT.test(text) || !CHEAP_TRIGGER.test(text)) return [];
  const builders: ClaimBuilder[] = [];
  // The claim later sentences of the block add to ("... draw on Jan 11. The minimum CRS was 507.").
  let current: ClaimBuilder | undefined;
  let blockKind: SentenceKind | undefined;

  for (const range of sentenceRanges(text)) {
    const sentence = text.slice(range.start, range.end);
    if (!HAS_DIGIT.test(sentence) && !MENTIONS_TODAY.test(sentence)) {
      if (current !== undefined) addCategory(current, sentence);
      continue;
    }
    const sentenceKind = kindOf(sentence);
    blockKind = sentenceKind ?? blockKind;
    const tieBreaks = findTieBreaks(sentence, context.published);
    // A day of the month is never a score or a count ("compared to January 12 MPNP draw").
    const dates = findDates(sentence, context.published);
    const isInDate = (figure: FoundFigure) =>
      dates.some((date) => figure.start < date.end && figure.end > date.start);
    const figures = [...findInvitations(sentence), ...findMinScores(sentence)]
      .filter((figure) => !isInDate(figure))
      .concat(tieBreaks)
      .sort((a, b) => a.start - b.start);
    const hasDrawContext = DRAW_CONTEXT.test(sentence);
    let anchors: Anchor[] = [
      ...findDrawNumbers(sentence).map((figure) => ({
        ...figure,
        field: 'number' as const,
        value: String(figure.value),
      })),
      ...(hasDrawContext || figures.length > 0 ? drawDates(sentence, dates, tieBreaks) : []),
    ];
    if (!anchors.some((anchor) => anchor.field === 'date') && hasDrawContext) {
      anchors = [...anchors, ...todayAnchors(sentence, context)];
    }
    anchors.sort((a, b) => a.start - b.start);

    if (anchors.length === 0) {
      // A sentence without its own anchor adds to the block's claim, if it is about the same program.
      if (current === undefined) continue;
      if (!current.kindKnown && sentenceKind !== undefined) adoptKind(current, sentenceKind);
      const sameProgram =
        sentenceKind === undefined ||
        (sentenceKind.kind === current.claim.kind && sentenceKind.province === current.claim.province);
      if (!sameProgram) {
        current = undefined;
        continue;
      }
      for (const figure of figures) attach(current.claim, figure, range.start);
      addCategory(current, sentence);
      continue;
    }

    // One claim per run of anchors that name different fields: "draw #238 on January 18" is one draw.
    const groups: ClaimBuilder[] = [];
    for (const anchor of anchors) {
      let group = groups[groups.length - 1];
      if (group === undefined || !attach(group.claim, anchor, range.start)) {
        group = newClaim(sentenceKind ?? blockKind, context);
        attach(group.claim, anchor, range.start);
        groups.push(group);
      }
    }
    // Each figure goes to the nearest claim that starts before it (or the first one).
    for (const figure of figures) {
      const at = figure.start + range.start;
      let target = groups[0];
      for (const group of groups) if (group.claim.start <= at) target = group;
      if (target !== undefined) attach(target.claim, figure, range.start);
    }
    for (const group of groups) addCategory(group, sentence);
    builders.push(...groups);
    current = groups[groups.length - 1];
  }

  return builders
    .filter((builder) => builder.kindKnown && isCheckable(builder.claim))
    .map((builder) => builder.claim);
}

/** Express Entry claims carry the category the sentence names ("French-language draw"). */
function addCategory(builder: ClaimBuilder, sentence: string): void {
  const claim = builder.claim;
  if (claim.kind !== 'express-entry' || claim.categoryHint !== undefined) return;
  const hint = categoryHintOf(sentence);
  if (hint !== undefined) claim.categoryHint = hint;
}
