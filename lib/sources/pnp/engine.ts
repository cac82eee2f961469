import type { ScoreMaxima } from '@/lib/draws/plausible';
import type { HtmlDocument } from '@/lib/html/dom';
import type { HeaderMatcher } from '@/lib/html/table-reader';
import {
  type ProvinceCode,
  type ProvinceRecord,
  provinceSourceId,
  type ScaleOf,
  type ScaleRecord,
} from '@/lib/sources/province-record';
import {
  type LinkedPageReader,
  type ParseContext,
  type ParseResult,
  readLinkedEveryTime,
  type SourceDefinition,
} from '@/lib/sources/source';
import type { DrawDraft, OwnDraft } from './draws';
import { finishPage, parsePage } from './page';
import { SkipLog } from './skips';

/**
 * The one engine under every province's parser: it parses the page within its limits, hands the
 * parser the document, adds to each draw what the province shares (system, source, province,
 * official page), and holds every draw to what is plausible before ids are given out.
 */

/** What a province's parser is given besides the page. */
export interface PageReading {
  /** Rows left out, and why (a parser adds its own; the engine adds implausible draws). */
  skips: SkipLog;
  /** Where the page was read from (after redirects), to resolve relative links. */
  url: string;
  now: number;
  /** Read a page the province's page links to (a Manitoba post), kept between polls where the poll keeps it. */
  readLinked<T>(url: string, reader: LinkedPageReader<T>): Promise<T>;
  /** Part of what the page links to could not be fetched: the page is read again next time. */
  markIncomplete(): void;
}

/**
 * How a province's tables are found, as its parser looks for them: what a maintainer looks for on
 * a redesigned page, and what the fuzz harness builds pages of. Matchers as the parser holds them
 * (no call here: a parser is a plain value, left out whole of bundles that read only records).
 */
export interface PageLayout {
  /** The headers of each kind of table it reads. */
  columns: readonly Readonly<Record<string, HeaderMatcher>>[];
  /** The row labels of its label | value tables, where it reads such tables. */
  rowLabels?: Readonly<Record<string, HeaderMatcher>>;
}

/** A province's parser: what it reads of its page, and nothing its record already says. */
export interface ProvinceParser<Code extends ProvinceCode = ProvinceCode> {
  layout: PageLayout;
  /**
   * The page's draws. Throws SourceFault when the page is not what the parser expects (nothing is
   * stored then); a row it cannot read is an UnreadableRow inside `skips.attempt`, skipped and counted.
   */
  read(doc: HtmlDocument, page: PageReading): OwnDraft<ScaleOf<Code>>[] | Promise<OwnDraft<ScaleOf<Code>>[]>;
}

/** A province's parser, typed by its record: its draws can only be on the record's own scales. */
export function defineParser<Code extends ProvinceCode>(
  _record: ProvinceRecord<Code>,
  parser: ProvinceParser<Code>,
): ProvinceParser<Code> {
  return parser;
}

/**
 * The source the background polls for a province whose draws are read. `label` is its English
 * name, for logs and the maintainer's check (the engine holds no catalog: province files import
 * it, and pages that read only records must not carry one).
 */
export function provinceSource(
  record: ProvinceRecord,
  parser: ProvinceParser,
  label: string,
): SourceDefinition {
  const id = provinceSourceId(record.code);
  const { page } = record.source;
  const shared = { system: record.system, sourceId: id, province: record.code } as const;
  // A draw's score is on one of its own province's scales, within that scale's maximum.
  const scoreMaxima: ScoreMaxima = Object.fromEntries(
    Object.entries<ScaleRecord>(record.scales).map(([scale, { max }]) => [scale, max]),
  );
  const complete = (draft: OwnDraft): DrawDraft => ({
    ...draft,
    ...shared,
    number: draft.number ?? null,
    url: draft.url ?? page,
    facts: draft.facts ?? [],
  });
  return {
    id,
    label,
    url: page,
    kind: 'html',
    parse(body: string, context: ParseContext): ParseResult | Promise<ParseResult> {
      const doc = parsePage(body);
      const skips = new SkipLog();
      let incomplete = false;
      const reading: PageReading = {
        skips,
        url: context.url,
        now: context.now ?? Date.now(),
        readLinked: context.readLinked ?? readLinkedEveryTime(context.fetchText),
        markIncomplete: () => {
          incomplete = true;
        },
      };
      const finish = (own: OwnDraft[]): ParseResult => {
        const result = finishPage(own.map(complete), skips, {
          sourceUrl: page,
          now: context.now,
          scoreMaxima,
        });
        return incomplete ? { ...result, incomplete } : result;
      };
      const own = parser.read(doc, reading);
      // Most pages are read at once; a page that follows links (Manitoba's) is read in turns.
      return Array.isArray(own) ? finish(own) : own.then(finish);
    },
  };
}
