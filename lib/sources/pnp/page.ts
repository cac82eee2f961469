import { implausibility, type ScoreMaxima } from '@/lib/draws/plausible';
import { type HtmlDocument, matchKey, PageTooComplex, pageInfo, parseHtml } from '@/lib/html/dom';
import { readTables, TablesTooLarge } from '@/lib/html/table-reader';
import type { PageClues } from '@/lib/sources/fault-reason';
import { hostsOf } from '@/lib/sources/official-url';
import { type DrawDraft, finaliseDraws } from '@/lib/sources/pnp/draws';
import type { SkipLog } from '@/lib/sources/pnp/skips';
import { MAX_BODY_CHARS, type ParseResult, SourceFault } from '@/lib/sources/source';

/** PageTooComplex / TablesTooLarge as the fault a source reports; anything else as it is. */
export function asTooLargeFault(error: unknown): unknown {
  if (error instanceof PageTooComplex) {
    return new SourceFault({
      code: error.limit === 'nodes' ? 'too-many-nodes' : 'too-deeply-nested',
      limit: error.value,
    });
  }
  if (error instanceof TablesTooLarge)
    return new SourceFault({ code: 'tables-too-large', limit: error.limit });
  return error;
}

/**
 * Parses a body, refusing an empty one (a blank 200 must never replace stored draws) and one too
 * large or too complex to read in bounded time. Its tables are read here, once, within their limit.
 */
export function parsePage(body: string): HtmlDocument {
  if (body.length > MAX_BODY_CHARS) throw new SourceFault({ code: 'body-too-large', limit: MAX_BODY_CHARS });
  if (body.trim() === '') throw new SourceFault({ code: 'empty-body' });
  try {
    const doc = parseHtml(body);
    readTables(doc);
    return doc;
  } catch (error) {
    throw asTooLargeFault(error);
  }
}

const SIGN_IN_OR_ERROR =
  /\b(sign in|log in|login|access denied|forbidden|not found|page not found|error|unavailable|maintenance|captcha|are you a robot|just a moment)\b/;

/**
 * What a page that lacks what a parser expected looks like, for the maintainer: its language, a
 * sign-in or error page, its title and tables (a redesign).
 */
export function pageClues(doc: HtmlDocument): PageClues {
  const { title, lang } = pageInfo(doc);
  return {
    title,
    lang,
    looksLikeErrorPage: SIGN_IN_OR_ERROR.test(matchKey(title)),
    tables: readTables(doc).length,
  };
}

/**
 * Turns a page's drafts into a ParseResult. A draft that cannot be a real draw is left out and
 * counted; a page whose rows were all unreadable is a layout fault: storing nothing silently would
 * hide a redesign.
 */
export function finishPage(
  drafts: DrawDraft[],
  skips: SkipLog,
  context: { sourceUrl: string; now?: number; scoreMaxima: ScoreMaxima },
): ParseResult {
  // The source's own host, as declared: a redirect elsewhere does not widen it.
  const rules = {
    now: context.now ?? Date.now(),
    hosts: hostsOf(context.sourceUrl),
    scoreMaxima: context.scoreMaxima,
  };
  const plausible = drafts.filter((draft) => {
    const problem = implausibility(draft, rules);
    if (problem) skips.add(`${draft.date} ${draft.categoryName.slice(0, 40)}: ${problem}`);
    return problem === null;
  });
  if (plausible.length === 0 && skips.skipped > 0) {
    throw new SourceFault({
      code: 'no-readable-row',
      rows: skips.skipped,
      firstProblem: skips.skippedReasons[0] ?? '',
    });
  }
  const { draws, duplicates } = finaliseDraws(plausible);
  skips.add('rows repeating another row exactly', duplicates);
  return { draws, skipped: skips.skipped, skippedReasons: skips.skippedReasons, rowsRead: skips.rowsSeen };
}
