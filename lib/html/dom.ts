import { DomUtils, ElementType, parseDocument } from 'htmlparser2';

/**
 * A parsed HTML document. htmlparser2 builds a plain object tree: no DOMParser, no `document`, so
 * this runs in an MV3 service worker. Types come from htmlparser2 itself (its own domhandler copy),
 * never from the top-level `domhandler`/`domutils`, which are other versions.
 */
export type HtmlDocument = ReturnType<typeof parseDocument>;
export type HtmlNode = HtmlDocument['children'][number];
export type HtmlElement = Parameters<typeof DomUtils.getAttributeValue>[0];

export function parseHtml(html: string): HtmlDocument {
  return parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
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

export function elementText(
  element: HtmlElement | HtmlDocument,
  skip: (node: HtmlElement) => boolean = () => false,
): ElementText {
  const parts: string[] = [];
  const hrefs: string[] = [];
  let boldChars = 0;
  let allChars = 0;

  const visit = (node: HtmlNode, boldDepth: number): void => {
    const data = textData(node);
    if (data !== null) {
      parts.push(data);
      const visible = data.replace(/\s/g, '').length;
      allChars += visible;
      if (boldDepth > 0) boldChars += visible;
      return;
    }
    if (!isElement(node) || INVISIBLE.has(node.name) || skip(node)) return;
    const breaks = LINE_BREAKING.has(node.name);
    if (breaks) parts.push('\n');
    if (node.name === 'a' && node.attribs.href) hrefs.push(node.attribs.href.trim());
    const depth = boldDepth + (BOLD.has(node.name) ? 1 : 0);
    for (const child of node.children) visit(child, depth);
    if (breaks) parts.push('\n');
  };

  const startsBold = isElement(element) && BOLD.has(element.name) ? 1 : 0;
  for (const child of element.children) visit(child, startsBold);
  const lines = parts
    .join('')
    .split('\n')
    .map(normaliseText)
    .filter((line) => line !== '');
  return { text: lines.join(' '), lines, hrefs, bold: allChars > 0 && boldChars === allChars };
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
  return { title: title ? normaliseText(DomUtils.textContent(title)) : '', lang: lang.trim().toLowerCase() };
}
