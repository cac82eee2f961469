import { DomHandler, DomUtils, ElementType, Parser, type parseDocument } from 'htmlparser2';

/**
 * A parsed HTML document. htmlparser2 builds a plain object tree: no DOMParser, no `document`, so
 * this runs in an MV3 service worker. Types come from htmlparser2 itself (its own domhandler copy),
 * never from the top-level `domhandler`/`domutils`, which are other versions.
 */
export type HtmlDocument = ReturnType<typeof parseDocument>;
export type HtmlNode = HtmlDocument['children'][number];
export type HtmlElement = Parameters<typeof DomUtils.getAttributeValue>[0];

/**
 * What one page may cost to parse. htmlparser2's cost grows with the number of nodes (memory) and,
 * for each tag, with the depth of open elements (its stack is an array it shifts), so a hostile or
 * broken page (200,000 unclosed `<div>`s) could stall the worker for minutes. Real pages are far
 * below both: the recorded PEI page (635 KB) has 2,482 nodes, 23 deep; a page past 25,000 nodes is
 * far beyond what browsers' own audits call an excessive DOM (1,400).
 */
export interface PageLimits {
  nodes: number;
  depth: number;
}
export const PAGE_LIMITS: Readonly<PageLimits> = { nodes: 25_000, depth: 256 };

/** A page over PAGE_LIMITS: parsing stopped there. */
export class PageTooComplex extends Error {
  override name = 'PageTooComplex';
  constructor(
    readonly limit: 'nodes' | 'depth',
    readonly value: number,
  ) {
    super(`the page has more than ${value} ${limit === 'nodes' ? 'nodes' : 'levels of nested elements'}`);
  }
}

/** A DomHandler that counts what it builds and stops the parse as soon as a limit is passed. */
class BoundedDomHandler extends DomHandler {
  private nodes = 0;

  constructor(private readonly limits: Readonly<PageLimits>) {
    super(undefined, { withStartIndices: false, withEndIndices: false });
  }

  override addNode(node: Parameters<DomHandler['addNode']>[0]): void {
    this.nodes += 1;
    if (this.nodes > this.limits.nodes) throw new PageTooComplex('nodes', this.limits.nodes);
    super.addNode(node);
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    // tagStack holds the document root too: its length is the depth of the element being opened.
    if (this.tagStack.length > this.limits.depth) throw new PageTooComplex('depth', this.limits.depth);
    super.onopentag(name, attribs);
  }
}

/** Parses a page; throws PageTooComplex past `limits` (the parse stops there, in bounded time). */
export function parseHtml(html: string, limits: Readonly<PageLimits> = PAGE_LIMITS): HtmlDocument {
  const handler = new BoundedDomHandler(limits);
  new Parser(handler, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }).end(html);
  return handler.root;
}

export function toDocument(input: string | HtmlDocument): HtmlDocument {
  return typeof input === 'string' ? parseHtml(input) : input;
}

export const isElement = (node: HtmlNode | HtmlDocument): node is HtmlElement =>
  node.type === ElementType.Tag || node.type === ElementType.Script || node.type === ElementType.Style;

/** The characters of a text node, or null for any other node. */
const textData = (node: HtmlNode): string | null =>
  node.type === ElementType.Text ? (node as unknown as { data: string }).data : null;

export function findElements(
  root: HtmlDocument | HtmlElement,
  predicate: (element: HtmlElement) => boolean,
): HtmlElement[] {
  return DomUtils.findAll(predicate, root.children);
}

/** Elements whose text never shows on the page. */
const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'head']);

/** Elements that start a new line of text (a `<br>`, a paragraph, a list item...). */
const LINE_BREAKING = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

const BOLD = new Set(['strong', 'b', 'th']);

/**
 * One line of visible text: spaces collapsed (including `&nbsp;`), zero-width characters dropped,
 * and `( GTA )` tightened to `(GTA)` (Ontario wraps abbreviations in spaced `<abbr>`s).
 */
export function normaliseText(text: string): string {
  return text
    .replace(/\u200b|\u200c|\u200d|\u2060|\ufeff|\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .trim();
}

/** A loose key for comparing labels: lower case, no accents, `&` read as `and`, punctuation as spaces. */
export function matchKey(text: string): string {
  return normaliseText(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface ElementText {
  /** All visible text on one line: inline tags add nothing, so `<b>5</b><b>,500</b>` reads `5,500`. */
  text: string;
  /** The same text split where the page breaks lines (`<br>`, paragraphs, list items). */
  lines: string[];
  /** `href` of every link inside, as written (resolve with `resolveUrl`). */
  hrefs: string[];
  /** True when all of the visible text is bold (`<strong>`, `<b>` or a `<th>`). */
  bold: boolean;
}

/** Marks, on the walk's stack, where an element that breaks lines ends. */
const LINE_END = Symbol('line end');

export function elementText(
  element: HtmlElement | HtmlDocument,
  skip: (node: HtmlElement) => boolean = () => false,
): ElementText {
  const parts: string[] = [];
  const hrefs: string[] = [];
  let boldChars = 0;
  let allChars = 0;

  // An explicit stack, not recursion: a deeply nested page must not overflow the call stack.
  const stack: ({ node: HtmlNode; boldDepth: number } | typeof LINE_END)[] = [];
  const pushChildren = (children: readonly HtmlNode[], boldDepth: number) => {
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const child = children[i];
      if (child) stack.push({ node: child, boldDepth });
    }
  };
  pushChildren(element.children, isElement(element) && BOLD.has(element.name) ? 1 : 0);
  while (stack.length > 0) {
    const step = stack.pop();
    if (step === undefined) break;
    if (step === LINE_END) {
      parts.push('\n');
      continue;
    }
    const { node, boldDepth } = step;
    const data = textData(node);
    if (data !== null) {
      parts.push(data);
      const visible = data.replace(/\s/g, '').length;
      allChars += visible;
      if (boldDepth > 0) boldChars += visible;
      continue;
    }
    if (!isElement(node) || INVISIBLE.has(node.name) || skip(node)) continue;
    if (LINE_BREAKING.has(node.name)) {
      parts.push('\n');
      stack.push(LINE_END);
    }
    if (node.name === 'a' && node.attribs.href) hrefs.push(node.attribs.href.trim());
    pushChildren(node.children, boldDepth + (BOLD.has(node.name) ? 1 : 0));
  }
  const lines = parts
    .join('')
    .split('\n')
    .map(normaliseText)
    .filter((line) => line !== '');
  return { text: lines.join(' '), lines, hrefs, bold: allChars > 0 && boldChars === allChars };
}

/**
 * Visits `roots` and their descendants in document order without recursion (a deeply nested page
 * must not overflow the call stack). `visit` says where to go next: true for all of the node's
 * children, false for none, or the children to visit.
 */
export function walkInOrder(
  roots: readonly HtmlNode[],
  visit: (node: HtmlNode) => boolean | readonly HtmlNode[],
): void {
  const stack: HtmlNode[] = [];
  const pushAll = (nodes: readonly HtmlNode[]) => {
    for (let i = nodes.length - 1; i >= 0; i -= 1) {
      const node = nodes[i];
      if (node) stack.push(node);
    }
  };
  pushAll(roots);
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    const next = visit(node);
    if (next === false) continue;
    if (next === true) pushAll('children' in node ? (node.children as HtmlNode[]) : []);
    else pushAll(next);
  }
}

/** An absolute URL for `href` as read from `base`, or null when it is not a web link. */
export function resolveUrl(href: string, base: string): string | null {
  try {
    const url = new URL(href, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

export interface PageInfo {
  title: string;
  /** `lang` of `<html>` (or `content-language`), lower case, '' when undeclared. */
  lang: string;
}

export function pageInfo(input: string | HtmlDocument): PageInfo {
  const doc = toDocument(input);
  const title = findElements(doc, (el) => el.name === 'title')[0];
  const html = findElements(doc, (el) => el.name === 'html')[0];
  const metaLang = findElements(
    doc,
    (el) => el.name === 'meta' && el.attribs['http-equiv']?.toLowerCase() === 'content-language',
  )[0];
  const lang = html?.attribs.lang ?? metaLang?.attribs.content ?? '';
  return { title: title ? elementText(title).text : '', lang: lang.trim().toLowerCase() };
}
