/**
 * One pass over a page's text nodes, grouped per block element, so that patterns can run over plain
 * strings and every match can be mapped back to DOM positions (e.g. to place a badge after a figure).
 * Inline tags do not split a block's text: `<strong>5</strong><strong>,500</strong>` reads "5,500".
 * No layout reads: this runs on large third-party pages.
 */

/** The attribute that marks elements inserted by Draw Alerts; their text is never read back. */
export const OWN_MARKER_ATTRIBUTE = 'data-draw-alerts';

/** A run of a block's text that comes from one text node. */
export interface TextSegment {
  node: Text;
  /** Offsets in the block's text. */
  start: number;
  end: number;
}

/** A table cell's range in its row's text. */
export interface CellRange {
  start: number;
  end: number;
  header: boolean;
}

export interface TextBlock {
  element: Element;
  /** Concatenated text of the block; cells are separated by a tab, other breaks by a newline. */
  text: string;
  /** Ordered, non-overlapping; gaps between segments are separators that belong to no node. */
  segments: TextSegment[];
  /** For table rows (`tr`): the cells in order, and the table the row belongs to. */
  cells: CellRange[] | null;
  table: Element | null;
}

export interface DomPosition {
  node: Text;
  offset: number;
}

const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'CODE',
  'PRE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'SVG',
  'MATH',
  'CANVAS',
]);

export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HTML',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
]);

const CELL_TAGS = new Set(['TD', 'TH']);

/** Tag names are upper case in HTML documents but not in XHTML/SVG ones. */
function tagOf(element: Element): string {
  return element.tagName.toUpperCase();
}

/** Never read, never annotated: scripts, form fields, code, editable regions, hidden parts, our own UI. */
export function isSkippedElement(element: Element): boolean {
  return isSkipped(element);
}

/** True when the element or one of its ancestors is skipped (for roots handed in from outside). */
export function isWithinSkipped(element: Element): boolean {
  for (let current: Element | null = element; current !== null; current = current.parentElement) {
    if (isSkipped(current)) return true;
  }
  return false;
}

function isSkipped(element: Element): boolean {
  return (
    SKIPPED_TAGS.has(tagOf(element)) ||
    element.hasAttribute('contenteditable') ||
    element.hasAttribute(OWN_MARKER_ATTRIBUTE) ||
    element.hasAttribute('hidden')
  );
}

interface BlockBuilder {
  block: TextBlock;
  parts: string[];
  length: number;
  currentCell: Element | null;
}

interface Placement {
  block: Element;
  cell: Element | null;
}

/**
 * Index the text under `root`, skipping scripts, form fields, editable regions and our own
 * annotations. Blocks come out in document order of their first text.
 */
export function indexTextBlocks(root: Element, document: Document): TextBlock[] {
  const builders = new Map<Element, BlockBuilder>();
  const ordered: BlockBuilder[] = [];
  // Text nodes share parents: remember each parent's block so the walk up happens once per element.
  const placementOfParent = new Map<Element, Placement>();
  let lastBuilder: BlockBuilder | null = null;

  // NodeFilter constants, spelled out: the page's global NodeFilter may be absent in tests.
  const SHOW_ELEMENT = 0x1;
  const SHOW_TEXT = 0x4;
  const FILTER_ACCEPT = 1;
  const FILTER_REJECT = 2;
  const FILTER_SKIP = 3;
  const ELEMENT_NODE = 1;
  const TEXT_NODE = 3;

  const walker = document.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, {
    acceptNode(node: Node): number {
      if (node.nodeType === ELEMENT_NODE) {
        const element = node as Element;
        if (isSkipped(element)) return FILTER_REJECT;
        return tagOf(element) === 'BR' ? FILTER_ACCEPT : FILTER_SKIP;
      }
      return FILTER_ACCEPT;
    },
  });

  if (isSkipped(root)) return [];

  // A <br> ends a line: "Date: Jan 11<br>ITAs: 5,500" must not read as "Jan 11ITAs".
  let breakPending = false;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node.nodeType !== TEXT_NODE) {
      breakPending = true;
      continue;
    }
    const text = node as Text;
    const value = text.data;
    if (value.length === 0) continue;
    const parent = text.parentElement;
    if (parent === null) continue;

    let placement = placementOfParent.get(parent);
    if (placement === undefined) {
      placement = placeElement(parent, root);
      placementOfParent.set(parent, placement);
    }

    let builder = builders.get(placement.block);
    if (builder === undefined) {
      const isRow = tagOf(placement.block) === 'TR';
      builder = {
        block: {
          element: placement.block,
          text: '',
          segments: [],
          cells: isRow ? [] : null,
          table: isRow ? placement.block.closest('table') : null,
        },
        parts: [],
        length: 0,
        currentCell: null,
      };
      builders.set(placement.block, builder);
      ordered.push(builder);
    }

    if (builder.block.cells !== null) {
      if (placement.cell !== builder.currentCell) {
        if (builder.length > 0) appendSeparator(builder, '\t');
        builder.currentCell = placement.cell;
        const header =
          placement.cell !== null &&
          (tagOf(placement.cell) === 'TH' || placement.cell.closest('thead') !== null);
        builder.block.cells.push({ start: builder.length, end: builder.length, header });
      }
    } else if ((lastBuilder !== builder || breakPending) && builder.length > 0) {
      // Text resumes after a nested block (e.g. a div's text around a child p): keep them apart.
      appendSeparator(builder, '\n');
    }
    breakPending = false;

    builder.block.segments.push({ node: text, start: builder.length, end: builder.length + value.length });
    builder.parts.push(value);
    builder.length += value.length;
    const cells = builder.block.cells;
    const cell = cells?.[cells.length - 1];
    if (cell !== undefined) cell.end = builder.length;
    lastBuilder = builder;
  }

  return ordered.map((builder) => {
    builder.block.text = builder.parts.join('');
    return builder.block;
  });
}

function appendSeparator(builder: BlockBuilder, separator: string): void {
  builder.parts.push(separator);
  builder.length += separator.length;
}

/** The nearest block ancestor of an element (itself included), and the table cell on the way. */
function placeElement(element: Element, root: Element): Placement {
  let cell: Element | null = null;
  for (let current: Element | null = element; current !== null; current = current.parentElement) {
    const tag = tagOf(current);
    if (CELL_TAGS.has(tag)) {
      cell ??= current;
    } else if (BLOCK_TAGS.has(tag)) {
      // A cell belongs to its row; a block inside a cell is its own block.
      if (tag === 'TR' || cell === null) return { block: current, cell: tag === 'TR' ? cell : null };
      return { block: cell, cell: null };
    }
    if (current === root) return { block: current, cell: null };
  }
  return { block: root, cell: null };
}

/**
 * Map an offset in a block's text to a DOM position. Where two nodes meet, `after` (the default) picks
 * the end of the text before: a badge placed after a figure goes right after its last character;
 * `before` picks the start of the text after, for the first character of a range. An offset on a
 * separator maps to the nearest text in that direction.
 */
export function positionAt(
  block: TextBlock,
  offset: number,
  side: 'after' | 'before' = 'after',
): DomPosition | null {
  const segments = block.segments;
  if (side === 'after') {
    // The last segment starting before the offset.
    const index = lastIndexWhere(segments, (segment) => segment.start < offset);
    const segment = segments[index] ?? segments[0];
    if (segment === undefined) return null;
    return { node: segment.node, offset: Math.max(0, Math.min(offset, segment.end) - segment.start) };
  }
  // The first segment ending after the offset.
  const index = lastIndexWhere(segments, (segment) => segment.end <= offset) + 1;
  const segment = segments[index] ?? segments[segments.length - 1];
  if (segment === undefined) return null;
  return {
    node: segment.node,
    offset: Math.min(Math.max(offset, segment.start), segment.end) - segment.start,
  };
}

/** Binary search over ordered segments: the last index where `test` holds (-1 if none). */
function lastIndexWhere(segments: TextSegment[], test: (segment: TextSegment) => boolean): number {
  let low = 0;
  let high = segments.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const segment = segments[middle];
    if (segment !== undefined && test(segment)) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}
