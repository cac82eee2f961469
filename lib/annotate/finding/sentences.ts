/**
 * Sentences of a block, by one left-to-right scan: a sentence ends at "." "!" "?" followed by
 * white space and a character that is not a lower-case letter, and at line and cell breaks. A
 * period after an abbreviation ("No. 238", "Jan. 11", "B.C. PNP", « nº », « janv. ») ends nothing.
 * Each character is looked at a bounded number of times, so a block costs linear time whatever it
 * holds (a regular expression with a look-ahead over white space does not: "." × n + " " × n).
 */

export interface TextRange {
  start: number;
  end: number;
}

/** No real sentence is this long; a longer run (a table dumped as text, junk) is cut into pieces. */
export const MAX_SENTENCE_LENGTH = 2000;
/** A cut goes at the last space within this many characters of the limit. */
const CUT_SEARCH = 200;

const ABBREVIATION_BEFORE =
  /(?:\b(?:No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|St|Mr|Ms|Dr|vs|approx|janv|févr|avr|juil|juill|déc|Mme|env)|\b[A-Z]|nº|n°)$/;

function isSpace(code: number): boolean {
  return code === 32 || code === 160 || code === 0x202f || code === 13 || code === 12 || code === 11;
}

function isBreak(code: number): boolean {
  return code === 10 || code === 9;
}

function isTerminator(code: number): boolean {
  return code === 46 /* . */ || code === 33 /* ! */ || code === 63 /* ? */;
}

/** A lower-case letter in any script (a sentence does not start with one). */
function isLowerCase(character: string): boolean {
  const code = character.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return character !== character.toUpperCase() && character === character.toLowerCase();
}

/** A letter right before a period: the only place an abbreviation can end ("No.", "B.C.", "nº."). */
function isLetterBefore(text: string, index: number): boolean {
  const code = text.charCodeAt(index - 1);
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127;
}

/** Where to cut a run-on sentence before `limit`: after a list's comma or semicolon, else at a space. */
function cutPoint(text: string, start: number, limit: number): number {
  const floor = Math.max(start + 1, limit - CUT_SEARCH);
  let space = -1;
  for (let at = limit; at > floor; at--) {
    if (!isSpace(text.charCodeAt(at - 1))) continue;
    const before = text.charCodeAt(at - 2);
    if (before === 44 /* , */ || before === 59 /* ; */) return at;
    if (space < 0) space = at;
  }
  return space > 0 ? space : limit;
}

export interface SentenceScan {
  ranges: TextRange[];
  /** Runs longer than MAX_SENTENCE_LENGTH that were cut into pieces. */
  cut: number;
}

/** The sentences of `text[from, to)`. */
export function scanSentences(text: string, from = 0, to = text.length): SentenceScan {
  const ranges: TextRange[] = [];
  let cut = 0;
  let start = from;
  let index = from;
  const close = (end: number) => {
    if (end > start) ranges.push({ start, end });
    start = end;
  };
  /** Cut whatever runs past the limit before `position`, at a space near the limit when there is one. */
  const capBefore = (position: number) => {
    while (position - start > MAX_SENTENCE_LENGTH) {
      const limit = start + MAX_SENTENCE_LENGTH;
      close(cutPoint(text, start, limit));
      cut += 1;
    }
  };
  // Jump from one possible sentence end to the next (a native scan over the text between).
  const ends = /[.!?\n\t]/g;
  while (index < to) {
    ends.lastIndex = index;
    const found = ends.exec(text);
    if (found === null || found.index >= to) break;
    index = found.index;
    capBefore(index);
    const code = text.charCodeAt(index);
    if (isBreak(code)) {
      let end = index + 1;
      while (end < to && isBreak(text.charCodeAt(end))) end += 1;
      close(end);
      index = end;
      continue;
    }
    let end = index + 1;
    while (end < to && isTerminator(text.charCodeAt(end))) end += 1;
    // White space, then a character that may start a sentence. This look-ahead is re-read at most
    // once more, by the next search: linear.
    let next = end;
    while (next < to && isSpace(text.charCodeAt(next))) next += 1;
    const following = text[next];
    const endsHere =
      next > end &&
      following !== undefined &&
      !isLowerCase(following) &&
      (code !== 46 ||
        !isLetterBefore(text, index) ||
        !ABBREVIATION_BEFORE.test(text.slice(Math.max(from, index - 6), index)));
    capBefore(end);
    if (endsHere) close(end);
    index = end;
  }
  capBefore(to);
  close(to);
  return { ranges, cut };
}

export function sentenceRanges(text: string): TextRange[] {
  return scanSentences(text).ranges;
}
