/**
 * One walk over a page's nodes, grouping text per block element, so that patterns run over plain
 * strings and every match maps back to DOM positions (e.g. to place a badge after a figure). Inline
 * tags do not split a block's text: `<strong>5</strong><strong>,500</strong>` reads "5,500".
 *
 * The walk keeps its own stack (no recursion, no spread of child lists), visits each node once, and
 * can stop after any node and resume: a page of 80,000 blocks, or one block of 80,000 inline
 * children, is read in slices. No layout reads: this runs on large third-party pages.
 */

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
  /** For rows (a table's `tr`, a widget's row): the cells in order, and the table or widget. */
  cells: CellRange[] | null;
  table: Element | null;
  /** Inside a widget beside the article (an `aside`, a site's sidebar). */
  sidebar: boolean;
  /** Where its first text was met in the walk: orders blocks as a reader meets them, without a DOM query. */
  order: number;
}

export interface DomPosition {
  node: Text;
  offset: number;
}

/** Rows and cells of a widget that is not a table (a site rule's selectors). */
export interface WidgetLayout {
  rows: string;
  cells: string;
}

export interface WalkOptions {
  /** Never read: our own nodes, and widgets read on their own. */
  skip?: (node: Node) => boolean;
  /** The root is a widget beside the article. */
  sidebar?: boolean;
  /** The root is a widget whose rows and cells these selectors find. */
  layout?: WidgetLayout;
}

/** Tag names as `localName` gives them (lower case, no allocation per element). */
const tags = (names: string) => new Set(names.split(' '));

const SKIPPED_TAGS = tags(
  'script style noscript code pre textarea input select option button template iframe object svg math canvas',
);

/** Elements whose text is a block of its own: a paragraph, a list item, a heading, a row. */
export const BLOCK_TAGS: ReadonlySet<string> = tags(
  'address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup html li main nav ol p section summary table tbody tfoot thead tr ul',
);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** `localName`: lower case in HTML documents, as written in XHTML ones (where lower case is the norm). */
function tagOf(element: Element): string {
  return element.localName;
}

/**
 * Never read: scripts, styles, code, form fields, hidden parts. An editable region is read (a page
 * cannot hide its claims by marking them editable); badges go outside it (lib/annotate/page/annotator.ts).
 */
export function isSkippedElement(element: Element): boolean {
  return SKIPPED_TAGS.has(tagOf(element)) || element.hasAttribute('hidden');
}

function isSidebarElement(element: Element): boolean {
  return tagOf(element) === 'aside' || element.getAttribute('role') === 'complementary';
}

interface BlockBuilder {
  block: TextBlock;
  parts: string[];
  length: number;
  /** A nested block or a `<br>` came since the last text: the next text starts a new line. */
  breakPending: boolean;
}

type Exit = 'block' | 'table' | 'sidebar';

/** Pushed under an element's children: popped when the walk leaves the element. */
class ExitFrame {
  constructor(
    readonly exit: Exit,
    readonly element: Element,
  ) {}
}

/**
 * An element's children still to walk, one at a time: a parent of 80,000 children costs a step per
 * child, never one step that pushes them all.
 */
class ChildCursor {
  next = 0;
  constructor(readonly children: NodeListOf<ChildNode>) {}
}

/** Reads the text blocks under one root, a slice at a time. */
export class BlockWalker {
  private readonly stack: Array<Node | ExitFrame | ChildCursor> = [];
  private readonly open: BlockBuilder[] = [];
  private readonly tables: Element[] = [];
  private sidebarDepth = 0;
  private readonly skip: (node: Node) => boolean;
  /** Nodes visited so far. */
  visited = 0;
  /** Added to block orders: walkers of one page's roots number their blocks in one sequence. */
  orderBase = 0;

  constructor(
    private readonly root: Element,
    private readonly options: WalkOptions = {},
  ) {
    this.skip = options.skip ?? (() => false);
    if (!this.skip(root) && !isSkippedElement(root)) this.stack.push(root);
    if (options.sidebar === true) this.sidebarDepth = 1;
    if (options.layout !== undefined) this.tables.push(root);
  }

  get done(): boolean {
    return this.stack.length === 0;
  }

  /**
   * Walk until the end or until `shouldPause()` (asked every few nodes) says to stop; finished
   * blocks go to `emit` in the order they end (a row when its `tr` ends, a paragraph when its `p`
   * ends). Returns true when the whole root has been read.
   */
  walk(emit: (block: TextBlock) => void, shouldPause: () => boolean = () => false): boolean {
    let sinceCheck = 0;
    while (this.stack.length > 0) {
      if (++sinceCheck >= 32) {
        sinceCheck = 0;
        if (shouldPause()) return false;
      }
      const item = this.stack.pop() as Node | ExitFrame | ChildCursor;
      if (item instanceof ChildCursor) {
        const child = item.children[item.next++];
        if (item.next < item.children.length) this.stack.push(item);
        if (child !== undefined) this.stack.push(child);
        continue;
      }
      this.visited += 1;
      if (item instanceof ExitFrame) this.leave(item, emit);
      else if (item.nodeType === TEXT_NODE) this.text(item as Text);
      else if (item.nodeType === ELEMENT_NODE) this.enter(item as Element);
    }
    // Blocks still open (a root that is not a block element): close them.
    while (this.open.length > 0) this.close(emit);
    return true;
  }

  private top(): BlockBuilder | undefined {
    return this.open[this.open.length - 1];
  }

  private isRow(element: Element, tag: string): boolean {
    const layout = this.options.layout;
    if (layout !== undefined && element !== this.root && this.tables.length > 0) {
      return element.matches(layout.rows);
    }
    return tag === 'tr';
  }

  private isCell(element: Element, tag: string): boolean {
    const layout = this.options.layout;
    if (layout !== undefined) return element.matches(layout.cells);
    return tag === 'td' || tag === 'th';
  }

  private enter(element: Element): void {
    if (this.skip(element) || isSkippedElement(element)) return;
    const tag = tagOf(element);
    const builder = this.top();
    if (tag === 'br') {
      if (builder !== undefined) builder.breakPending = true;
      return;
    }
    const inRow = builder?.block.cells != null;
    if (inRow && builder !== undefined && this.isCell(element, tag)) {
      this.startCell(builder, element, tag);
    } else if (this.isRow(element, tag)) {
      this.openBlock(element, true);
      this.stack.push(new ExitFrame('block', element));
    } else if (tag === 'table' && !inRow) {
      this.tables.push(element);
      this.stack.push(new ExitFrame('table', element));
      this.openBlock(element, false);
      this.stack.push(new ExitFrame('block', element));
    } else if (BLOCK_TAGS.has(tag)) {
      if (inRow) {
        // A paragraph inside a cell is a line of the cell, not a block of its own.
        if (builder !== undefined) builder.breakPending = true;
      } else {
        if (isSidebarElement(element)) {
          this.sidebarDepth += 1;
          this.stack.push(new ExitFrame('sidebar', element));
        }
        this.openBlock(element, false);
        this.stack.push(new ExitFrame('block', element));
      }
    }
    // Children in order, through a cursor (indexed: no spread, no sibling chase, no bulk push).
    const children = element.childNodes;
    if (children.length > 0) this.stack.push(new ChildCursor(children));
  }

  private startCell(builder: BlockBuilder, element: Element, tag: string): void {
    const cells = builder.block.cells;
    if (cells === null) return;
    if (cells.length > 0) append(builder, '\t');
    builder.breakPending = false;
    const header = tag === 'th' || element.closest('thead') !== null;
    cells.push({ start: builder.length, end: builder.length, header });
  }

  private openBlock(element: Element, isRow: boolean): void {
    const parent = this.top();
    if (parent !== undefined) parent.breakPending = true;
    this.open.push({
      block: {
        element,
        text: '',
        segments: [],
        cells: isRow ? [] : null,
        table: isRow ? (this.tables[this.tables.length - 1] ?? null) : null,
        sidebar: this.sidebarDepth > 0,
        order: -1,
      },
      parts: [],
      length: 0,
      breakPending: false,
    });
  }

  private text(node: Text): void {
    const value = node.data;
    if (value.length === 0) return;
    let builder = this.top();
    if (builder === undefined) {
      // A root that is no block element ("<span>" handed in by an observer): it is its own block.
      this.openBlock(this.root, false);
      builder = this.top();
      if (builder === undefined) return;
    }
    const cells = builder.block.cells;
    if (cells !== null && cells.length === 0) {
      // Text of a row outside any cell: a cell of its own.
      cells.push({ start: builder.length, end: builder.length, header: false });
    }
    if (builder.breakPending && builder.length > 0) append(builder, '\n');
    builder.breakPending = false;
    if (builder.block.order < 0) builder.block.order = this.orderBase + this.visited;
    builder.block.segments.push({ node, start: builder.length, end: builder.length + value.length });
    builder.parts.push(value);
    builder.length += value.length;
    const cell = cells?.[cells.length - 1];
    if (cell !== undefined) cell.end = builder.length;
  }

  private leave(frame: ExitFrame, emit: (block: TextBlock) => void): void {
    if (frame.exit === 'table') {
      if (this.tables[this.tables.length - 1] === frame.element) this.tables.pop();
    } else if (frame.exit === 'sidebar') {
      this.sidebarDepth -= 1;
    } else if (this.top()?.block.element === frame.element) {
      this.close(emit);
    }
  }

  private close(emit: (block: TextBlock) => void): void {
    const builder = this.open.pop();
    if (builder === undefined) return;
    const parent = this.top();
    if (parent !== undefined) parent.breakPending = true;
    if (builder.length === 0) return;
    builder.block.text = builder.parts.join('');
    emit(builder.block);
  }
}

function append(builder: BlockBuilder, separator: string): void {
  builder.parts.push(separator);
  builder.length += separator.length;
}

/**
 * Index the text under `root` at once (tests, small roots). Blocks come out in the order they end
 * (`BlockWalker`); `byFirstText` re-sorts them by their first text, as a reader meets them.
 */
export function indexTextBlocks(root: Element, _document?: Document, options: WalkOptions = {}): TextBlock[] {
  const blocks: TextBlock[] = [];
  new BlockWalker(root, options).walk((block) => blocks.push(block));
  return byFirstText(blocks);
}

/** Blocks in the order the walk met their first text. */
export function byFirstText(blocks: TextBlock[]): TextBlock[] {
  return blocks.sort((a, b) => a.order - b.order);
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
