import type { ClaimKind, FindLanguage } from '@/lib/annotate/finding/claim';
import type { Column } from '@/lib/annotate/finding/rows';

/**
 * How a site lays out an article: what the content script needs to read a page. The curated sites'
 * records (lib/annotate/sites/sites.ts) hold one each; the background hands the page its own with
 * `annotateStart`, so the content script carries no list of sites.
 */

/** A widget of recent draws beside the article ("Recent Express Entry Draws", "PNP Draws & Updates"). */
export interface SidebarRule {
  /** The widget (a CSS selector): a `<table>` with a header row, or any element with `rows`. */
  selector: string;
  /** When the widget is not a table: its rows, and each row's cells (selectors inside the widget). */
  rows?: string;
  cells?: string;
  /** Column roles when the widget has no header row. */
  columns?: readonly Column[];
  /** What its rows are about when they do not say (a widget of provinces' draws). */
  kind?: ClaimKind;
}

export interface PublishedRule {
  selector: string;
  /** Read this attribute (an ISO date); without one, the element's text ("Published on February 22nd, 2023"). */
  attribute?: string;
}

export interface SiteLayout {
  /** The language its pages are written in when `<html lang>` does not say. */
  language?: FindLanguage;
  /** Where the article's text is: the first selector that matches. */
  article: readonly string[];
  /** Where its publication date is, tried in order before the page's metadata. */
  published: readonly PublishedRule[];
  sidebars: readonly SidebarRule[];
  /** A site the user added: the whole page is read; `article` only places the banner. */
  generic?: boolean;
}

/** The article containers most sites use. */
export const GENERIC_ARTICLE: readonly string[] = [
  '[itemprop="articleBody"]',
  'article',
  'main',
  '[role="main"]',
];

/** A site the user added: the article's usual containers, and tables in asides as widgets. */
export const GENERIC_LAYOUT: SiteLayout = {
  article: GENERIC_ARTICLE,
  published: [],
  sidebars: [{ selector: 'aside table, [role="complementary"] table' }],
  generic: true,
};
