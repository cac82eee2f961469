import {
  type DrawClaim,
  type FigureRange,
  type FindContext,
  type FindLanguage,
  referenceDay,
} from '@/lib/annotate/finding/claim';
import { type FoundDate, findDates } from '@/lib/annotate/finding/dates';
import { type FoundFigure, findFigures, findTieBreaks } from '@/lib/annotate/finding/figures';
import { scanSentences, type TextRange } from '@/lib/annotate/finding/sentences';
import {
  categoryHintOf,
  kindOf,
  PHRASING,
  type Phrasing,
  type SentenceKind,
} from '@/lib/annotate/finding/vocabulary';

/**
 * Claims about draws in one block of prose. A claim is anchored on a draw number or a draw date and
 * is kept only when it says something checkable: a number, or a date with a figure (ITAs, score,
 * tie-breaking rule). A date and a type alone ("a PNP-only draw on February 1") is too weak to badge.
 *
 * Linear in the text: every list below (dates, numbers, figures, anchors, claims) is built in text
 * order and walked once, never searched per item. `ProseReader` reads one sentence per step, so a
 * caller can stop between steps to let the page run.
 */

const HAS_DIGIT = /\d/;
/** A range's two dates are this close: "January 11 to 13". */
const RANGE_GAP = 12;
/** Words right before a date that make it another date than the draw's are within this. */
const DATE_LEAD = 30;

interface Anchor {
  field: 'number' | 'date';
  value: string;
  start: number;
  end: number;
}

interface ClaimBuilder {
  claim: DrawClaim;
  /** The kind came from the sentence itself, not from context. */
  kindKnown: boolean;
}

/** Two lists in text order, merged in text order. */
function merged<T extends { start: number }>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const left = a[i];
    const right = b[j];
    if (right === undefined || (left !== undefined && left.start <= right.start)) {
      if (left !== undefined) out.push(left);
      i += 1;
    } else {
      out.push(right);
      j += 1;
    }
  }
  return out;
}

/** Draw dates in a sentence: not a date a profile was created by, not the end of a range, not the rule's. */
function drawDates(
  sentence: string,
  dates: readonly FoundDate[],
  tieBreaks: readonly FoundFigure[],
  phrasing: Phrasing,
): Anchor[] {
  const anchors: Anchor[] = [];
  let previousEnd = -1;
  let previousWasExcluded = false;
  let tieBreakIndex = 0;
  for (const date of dates) {
    while (tieBreakIndex < tieBreaks.length && (tieBreaks[tieBreakIndex]?.end ?? 0) <= date.start) {
      tieBreakIndex += 1;
    }
    const tieBreak = tieBreaks[tieBreakIndex];
    const inTieBreak = tieBreak !== undefined && date.start >= tieBreak.start && date.start < tieBreak.end;
    const isRangeTail =
      previousEnd >= 0 &&
      date.start - previousEnd <= RANGE_GAP &&
      phrasing.rangeJoiner.test(sentence.slice(previousEnd, date.start));
    const isExcluded: boolean =
      (isRangeTail && previousWasExcluded) ||
      inTieBreak ||
      phrasing.notDrawDateBefore.test(sentence.slice(Math.max(0, date.start - DATE_LEAD), date.start));
    previousEnd = date.end;
    previousWasExcluded = isExcluded;
    // A range's end day says when a draw ended, not which draw: the head day identifies it.
    if (isExcluded || isRangeTail || date.iso === null) continue;
    anchors.push({ field: 'date', value: date.iso, start: date.start, end: date.end });
  }
  return anchors;
}

function todayAnchors(sentence: string, context: FindContext, phrasing: Phrasing): Anchor[] {
  if (context.published === undefined) return [];
  const anchors: Anchor[] = [];
  const today = phrasing.today;
  today.lastIndex = 0;
  for (let match = today.exec(sentence); match !== null; match = today.exec(sentence)) {
    anchors.push({
      field: 'date',
      value: context.published.slice(0, 10),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return anchors;
}

function widen(claim: DrawClaim, range: { start: number; end: number }): void {
  claim.start = claim.start < 0 ? range.start : Math.min(claim.start, range.start);
  claim.end = Math.max(claim.end, range.end);
}

/** Put a figure on a claim unless the claim already states that field (then it is about another draw). */
function attach(claim: DrawClaim, figure: FoundFigure | Anchor, offset: number): boolean {
  for (const existing of claim.figures) if (existing.field === figure.field) return false;
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

/** Reads a block of prose one sentence per step. */
export class ProseReader {
  private readonly builders: ClaimBuilder[] = [];
  /** The claim later sentences of the block add to ("... draw on Jan 11. The minimum CRS was 507."). */
  private current: ClaimBuilder | undefined;
  private blockKind: SentenceKind | undefined;
  private readonly sentences: TextRange[];
  private next = 0;
  private readonly language: FindLanguage;
  private readonly phrasing: Phrasing;
  /** Sentences longer than any real one, cut into pieces. */
  readonly cutSentences: number;

  constructor(
    private readonly text: string,
    private readonly context: FindContext = {},
  ) {
    this.language = context.language ?? 'en';
    this.phrasing = PHRASING[this.language];
    const worthReading = HAS_DIGIT.test(text) && this.phrasing.trigger.test(text);
    const scan = worthReading ? scanSentences(text) : { ranges: [], cut: 0 };
    this.sentences = scan.ranges;
    this.cutSentences = scan.cut;
  }

  get done(): boolean {
    return this.next >= this.sentences.length;
  }

  /** Claims begun so far (an upper bound of what `claims()` returns). */
  get begun(): number {
    return this.builders.length;
  }

  /** Read one sentence; false when there was none left. */
  step(): boolean {
    const range = this.sentences[this.next];
    if (range === undefined) return false;
    this.next += 1;
    this.read(range);
    return true;
  }

  /** The checkable claims, in text order. Offsets are offsets in the block's text. */
  claims(): DrawClaim[] {
    return this.builders
      .filter((builder) => builder.kindKnown && isCheckable(builder.claim))
      .map((builder) => builder.claim);
  }

  private newClaim(kind: SentenceKind | undefined): ClaimBuilder {
    const claim: DrawClaim = {
      kind: kind?.kind ?? this.context.defaultKind ?? 'express-entry',
      figures: [],
      start: -1,
      end: -1,
    };
    if (kind?.province !== undefined) claim.province = kind.province;
    if (this.context.sidebar === true) claim.inSidebar = true;
    return { claim, kindKnown: kind !== undefined || this.context.defaultKind !== undefined };
  }

  private read(range: TextRange): void {
    const { phrasing, language, context } = this;
    const sentence = this.text.slice(range.start, range.end);
    if (!HAS_DIGIT.test(sentence) && !mentionsToday(sentence, phrasing)) {
      if (this.current?.claim.kind === 'express-entry') addCategory(this.current, categoryHintOf(sentence));
      return;
    }
    const sentenceKind = kindOf(sentence);
    this.blockKind = sentenceKind ?? this.blockKind;
    const reference = referenceDay(context);
    const dates = findDates(sentence, reference, language);
    const tieBreaks = findTieBreaks(sentence, reference, language);
    // A day of the month is never a score or a count ("compared to January 12 MPNP draw").
    const found = findFigures(sentence, dates, language);
    const figures = merged(merged(found.invitations, found.minScores), tieBreaks);
    const hasDrawContext = phrasing.drawContext.test(sentence);
    const numberAnchors: Anchor[] = found.numbers.map((figure) => ({
      field: 'number',
      value: String(figure.value),
      start: figure.start,
      end: figure.end,
    }));
    let dateAnchors =
      hasDrawContext || figures.length > 0 ? drawDates(sentence, dates, tieBreaks, phrasing) : [];
    if (dateAnchors.length === 0 && hasDrawContext) dateAnchors = todayAnchors(sentence, context, phrasing);
    const anchors = merged(numberAnchors, dateAnchors);
    // Read once per sentence, and only when a claim of this sentence could take it.
    let hintRead = false;
    let hintValue: string | undefined;
    const hint = () => {
      if (!hintRead) hintValue = categoryHintOf(sentence);
      hintRead = true;
      return hintValue;
    };

    if (anchors.length === 0) {
      // A sentence without its own anchor adds to the block's claim, if it is about the same program.
      const current = this.current;
      if (current === undefined) return;
      if (!current.kindKnown && sentenceKind !== undefined) adoptKind(current, sentenceKind);
      const sameProgram =
        sentenceKind === undefined ||
        (sentenceKind.kind === current.claim.kind && sentenceKind.province === current.claim.province);
      if (!sameProgram) {
        this.current = undefined;
        return;
      }
      for (const figure of figures) attach(current.claim, figure, range.start);
      addCategory(current, hint);
      return;
    }

    // One claim per run of anchors that name different fields: "draw #238 on January 18" is one draw.
    // A line that holds only a round's number (IRCC's "Round #339" heading) names the draw the next
    // lines describe.
    const headed = this.current;
    const continuesHeading =
      headed !== undefined &&
      isLineStart(this.text, range.start) &&
      headed.claim.figures.length === 1 &&
      headed.claim.number !== undefined;
    const groups: ClaimBuilder[] = [];
    const ownGroups: ClaimBuilder[] = [];
    for (const anchor of anchors) {
      let group = groups[groups.length - 1];
      if (group === undefined && continuesHeading && attach(headed.claim, anchor, range.start)) {
        groups.push(headed);
        continue;
      }
      if (group === undefined || !attach(group.claim, anchor, range.start)) {
        group = this.newClaim(sentenceKind ?? this.blockKind);
        attach(group.claim, anchor, range.start);
        groups.push(group);
        ownGroups.push(group);
      }
    }
    if (continuesHeading && groups[0] === headed && !headed.kindKnown && sentenceKind !== undefined) {
      adoptKind(headed, sentenceKind);
    }
    // Each figure goes to the nearest claim that starts before it (or the first one): groups start
    // in text order, so one pointer walks them.
    let target = 0;
    for (const figure of figures) {
      const at = figure.start + range.start;
      while (target + 1 < groups.length && (groups[target + 1]?.claim.start ?? at + 1) <= at) target += 1;
      const group = groups[target];
      if (group !== undefined) attach(group.claim, figure, range.start);
    }
    for (const group of groups) addCategory(group, hint);
    for (const group of ownGroups) this.builders.push(group);
    this.current = groups[groups.length - 1];
  }
}

function isLineStart(text: string, index: number): boolean {
  const previous = text.charCodeAt(index - 1);
  return previous === 10 || previous === 9;
}

/** A later line names the program of a claim whose own sentence did not ("Date and time of round: ..."). */
function adoptKind(builder: ClaimBuilder, kind: SentenceKind): void {
  builder.claim.kind = kind.kind;
  if (kind.province !== undefined) builder.claim.province = kind.province;
  builder.kindKnown = true;
}

/** Express Entry claims carry the category the sentence names ("French-language draw"). */
function addCategory(builder: ClaimBuilder, hint: string | undefined | (() => string | undefined)): void {
  const claim = builder.claim;
  if (claim.kind !== 'express-entry' || claim.categoryHint !== undefined) return;
  const value = typeof hint === 'function' ? hint() : hint;
  if (value !== undefined) claim.categoryHint = value;
}

function mentionsToday(sentence: string, phrasing: Phrasing): boolean {
  phrasing.today.lastIndex = 0;
  const found = phrasing.today.test(sentence);
  phrasing.today.lastIndex = 0;
  return found;
}

/** All claims in a block's text, in one go. Offsets in the result are offsets in `text`. */
export function findClaimsInText(text: string, context: FindContext = {}): DrawClaim[] {
  const reader = new ProseReader(text, context);
  while (reader.step()) {
    // one sentence per step
  }
  return reader.claims();
}

export { sentenceRanges } from '@/lib/annotate/finding/sentences';
