import type { ClaimKind, DrawClaim, FindContext, FindLanguage } from '@/lib/annotate/finding/claim';
import { ProseReader } from '@/lib/annotate/finding/mentions';
import { type Column, RowReader, type TableRow } from '@/lib/annotate/finding/rows';
import type { Slicer } from '@/lib/annotate/page/slicer';
import { BlockWalker, type TextBlock, type WidgetLayout } from '@/lib/annotate/page/text-index';

/**
 * Reads the claims of a page's roots (an article, its widgets of recent draws) in slices: the walk
 * over the nodes, each table's rows and each block's sentences all stop when the slice is due and
 * resume after the page has run.
 */

/** A claim and the block whose text its offsets refer to. */
export interface FoundClaim {
  block: TextBlock;
  claim: DrawClaim;
}

/** One subtree to read: the article, or a widget beside it (read with its own layout and "today"). */
export interface RootToRead {
  element: Element;
  sidebar?: {
    layout?: WidgetLayout;
    columns?: readonly Column[];
    kind?: ClaimKind;
  };
}

export interface PageContext {
  language: FindLanguage;
  /** The article's publication day (YYYY-MM-DD), when the page says. */
  published?: string;
  /** Today (YYYY-MM-DD): the reference of a widget's year-less dates, and of an undated article's. */
  today: string;
}

export interface ReadResult {
  found: FoundClaim[];
  /** Reading stopped at the page's limit of claims before the end of the page. */
  stoppedAtLimit: boolean;
  /** Sentences longer than any real one, cut into pieces to be read. */
  cutSentences: number;
  nodes: number;
}

function rowOf(block: TextBlock): TableRow {
  return {
    cells: (block.cells ?? []).map((cell) => ({
      text: block.text.slice(cell.start, cell.end),
      start: cell.start,
      header: cell.header,
    })),
  };
}

export async function readRoots(
  roots: readonly RootToRead[],
  context: PageContext,
  options: {
    slicer: Slicer;
    maxClaims: number;
    /** Never read (our nodes). */
    skip: (node: Node) => boolean;
    stopped?: () => boolean;
  },
): Promise<ReadResult> {
  const { slicer, maxClaims } = options;
  const stopped = options.stopped ?? (() => false);
  const result: ReadResult = { found: [], stoppedAtLimit: false, cutSentences: 0, nodes: 0 };
  const widgets = new Set(roots.filter((root) => root.sidebar !== undefined).map((root) => root.element));
  const full = () => result.found.length >= maxClaims;
  let orderBase = 0;

  for (const root of roots) {
    if (full() || stopped()) break;
    const widget = root.sidebar;
    const contextFor = (sidebar: boolean): FindContext => ({
      language: context.language,
      ...(context.published === undefined ? {} : { published: context.published }),
      reference: sidebar ? context.today : (context.published ?? context.today),
      sidebar,
      ...(widget?.kind === undefined ? {} : { defaultKind: widget.kind }),
    });
    const articleContext = contextFor(widget !== undefined);
    const sidebarContext = contextFor(true);
    const contextOf = (block: TextBlock): FindContext => (block.sidebar ? sidebarContext : articleContext);
    const rowReaders = new Map<Element, RowReader>();
    const prose: TextBlock[] = [];
    let proseNext = 0;
    const onBlock = (block: TextBlock) => {
      if (block.cells !== null && block.table !== null) {
        let reader = rowReaders.get(block.table);
        if (reader === undefined) {
          const columns = block.table === root.element ? widget?.columns : undefined;
          reader = new RowReader(contextOf(block), columns);
          rowReaders.set(block.table, reader);
        }
        const claim = reader.read(rowOf(block));
        if (claim !== null) {
          if (!full()) result.found.push({ block, claim });
          return;
        }
      }
      prose.push(block);
    };

    const walker = new BlockWalker(root.element, {
      // A widget inside the article is read on its own, with its layout.
      skip: (node) => options.skip(node) || (node !== root.element && widgets.has(node as Element)),
      ...(widget === undefined ? {} : { sidebar: true }),
      ...(widget?.layout === undefined ? {} : { layout: widget.layout }),
    });
    walker.orderBase = orderBase;
    let walked = false;
    while (!walked && !full() && !stopped()) {
      walked = walker.walk(onBlock, () => slicer.due() || full());
      // The blocks this slice finished, one sentence at a time; the budget is asked before each block
      // too (a slice of walking can finish thousands of small ones).
      for (; proseNext < prose.length && !full() && !stopped(); proseNext++) {
        if (slicer.due()) await slicer.pause();
        const block = prose[proseNext] as TextBlock;
        const reader = new ProseReader(block.text, contextOf(block));
        while (!reader.done) {
          if (slicer.due()) await slicer.pause();
          if (stopped()) break;
          reader.step();
        }
        result.cutSentences += reader.cutSentences;
        for (const claim of reader.claims()) {
          if (full()) break;
          result.found.push({ block, claim });
        }
        prose[proseNext] = undefined as unknown as TextBlock;
      }
      if (!walked) await slicer.pause();
    }
    result.nodes += walker.visited;
    orderBase += walker.visited + 1;
    if (full() && !walked) result.stoppedAtLimit = true;
  }
  if (full()) result.stoppedAtLimit = true;
  return result;
}
