import {
  elementText,
  type HtmlDocument,
  type HtmlElement,
  type HtmlNode,
  isElement,
  toDocument,
  walkInOrder,
} from '@/lib/html/dom';

/** A piece of prose in reading order: a heading, a paragraph or a list item. */
export interface TextBlock {
  kind: 'heading' | 'paragraph' | 'item';
  /** 1 to 6 for headings, 0 otherwise. */
  level: number;
  text: string;
  hrefs: string[];
  bold: boolean;
}

/**
 * The page's headings, paragraphs and list items in document order, for provinces that publish
 * draws as prose (Manitoba's posts). Tables are left to the table reader.
 */
export function readBlocks(input: string | HtmlDocument | HtmlElement): TextBlock[] {
  const root = typeof input === 'string' ? toDocument(input) : input;
  const blocks: TextBlock[] = [];
  const push = (
    kind: TextBlock['kind'],
    level: number,
    element: HtmlElement,
    skip?: (node: HtmlElement) => boolean,
  ): void => {
    const { text, hrefs, bold } = elementText(element, skip);
    if (text) blocks.push({ kind, level, text, hrefs, bold });
  };
  const isList = (element: HtmlElement) => element.name === 'ul' || element.name === 'ol';
  // An explicit walk, not recursion: a deeply nested page must not overflow the call stack.
  walkInOrder(root.children, (node: HtmlNode) => {
    if (!isElement(node) || node.name === 'table' || node.name === 'script' || node.name === 'style') {
      return false;
    }
    const heading = /^h([1-6])$/.exec(node.name);
    if (heading) {
      push('heading', Number(heading[1]), node);
      return false;
    }
    if (node.name === 'p') {
      push('paragraph', 0, node);
      return false;
    }
    if (node.name === 'li') {
      // A list item's own text, then any nested list as items of their own.
      push('item', 0, node, isList);
      return node.children.filter((child) => isElement(child) && isList(child));
    }
    return true;
  });
  return blocks;
}
