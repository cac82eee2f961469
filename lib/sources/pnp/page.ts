import { type HtmlDocument, matchKey, pageInfo, parseHtml } from '@/lib/html/dom';
import { readTables } from '@/lib/html/table-reader';
import { type DrawDraft, finaliseDraws } from '@/lib/sources/pnp/draws';
import type { SkipLog } from '@/lib/sources/pnp/skips';
import { type ParseResult, SourceFault } from '@/lib/sources/source';

/** Parses a body, refusing an empty one: a blank 200 must never replace stored draws. */
export function parsePage(body: string, province: string): HtmlDocument {
  if (body.trim() === '') throw new SourceFault('empty', `${province}: the page was empty`);
  return parseHtml(body);
}

const SIGN_IN_OR_ERROR =
  /\b(sign in|log in|login|access denied|forbidden|not found|page not found|error|unavailable|maintenance|captcha|are you a robot|just a moment)\b/;

/**
 * Why a page may lack what a parser expected, for the maintainer: another language, a sign-in or
 * error page, or else its title (a redesign).
 */
export function describePage(doc: HtmlDocument): string {
  const { title, lang } = pageInfo(doc);
  const hints: string[] = [];
  if (lang && !lang.startsWith('en')) hints.push(`the page is in another language (lang="${lang}")`);
  if (SIGN_IN_OR_ERROR.test(matchKey(title)))
    hints.push(`it looks like a sign-in or error page ("${title}")`);
  if (hints.length === 0)
    hints.push(title ? `page title "${title}", ${readTables(doc).length} table(s)` : 'no title');
  return hints.join('; ');
}

/** `SourceFault('layout', 'Alberta: no table with headers Draw date / ... (page title "...")')`. */
export function layoutFault(province: string, missing: string, doc: HtmlDocument): SourceFault {
  return new SourceFault('layout', `${province}: ${missing} (${describePage(doc)})`);
}

/**
 * Turns a page's drafts into a ParseResult. A page whose rows were all unreadable is a layout
 * fault: storing nothing silently would hide a redesign.
 */
export function finishPage(province: string, drafts: DrawDraft[], skips: SkipLog): ParseResult {
  if (drafts.length === 0 && skips.skipped > 0) {
    throw new SourceFault(
      'layout',
      `${province}: none of the ${skips.skipped} rows could be read (${skips.skippedReasons[0] ?? 'no reason'})`,
    );
  }
  const { draws, duplicates } = finaliseDraws(drafts);
  skips.add('rows repeating another row exactly', duplicates);
  return { draws, skipped: skips.skipped, skippedReasons: skips.skippedReasons, rowsRead: skips.rowsSeen };
}
