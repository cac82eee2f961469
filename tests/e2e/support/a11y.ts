import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { CATALOGS } from '../../../lib/i18n/catalogs';

/**
 * Shared checks for every page a person reads (popup tabs, options, an annotated article, and the
 * history page when it comes): axe-core's WCAG A/AA rules, the contrast axe could not decide measured
 * here, and, in French, no English sentence of the catalog left on the page.
 */

export interface ContrastMeasure {
  target: string;
  ratio: number;
  required: number;
}

/**
 * Zero axe violations; returns the measured contrast of the items axe left for review. `only` limits
 * the check to our own elements on a page that is not ours (an article).
 */
export async function expectAccessible(page: Page, what: string, only?: string): Promise<ContrastMeasure[]> {
  const builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'best-practice',
  ]);
  const results = await (only ? builder.include(only) : builder).analyze();
  const violations = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`,
  );
  expect(violations, `axe violations on ${what}`).toEqual([]);
  const review = results.incomplete
    .filter((item) => item.id === 'color-contrast')
    .flatMap((item) => item.nodes.map((node) => node.target));
  const measures: ContrastMeasure[] = [];
  for (const target of review) measures.push(await measureContrast(page, target));
  // The figures go in the report (reports/playwright.json), one note per page checked.
  test.info().annotations.push({
    type: 'contrast for review',
    description: `${what}: ${measures.length} item(s)${measures.map((m) => ` ${m.target} ${m.ratio}:1`).join(',')}`,
  });
  for (const measure of measures) {
    expect(measure.ratio, `contrast of ${measure.target} on ${what}`).toBeGreaterThanOrEqual(
      measure.required,
    );
  }
  return measures;
}

/**
 * The contrast of an element's text against the first opaque background behind it (through shadow
 * hosts), the way WCAG computes it. axe leaves these for review when, e.g., a background is
 * partly transparent or an element overlaps another.
 */
async function measureContrast(page: Page, target: readonly unknown[]): Promise<ContrastMeasure> {
  return page.evaluate((path) => {
    let root: Document | ShadowRoot = document;
    let element: Element | null = null;
    for (const selector of path as string[]) {
      element = root.querySelector(selector);
      if (element?.shadowRoot) root = element.shadowRoot;
    }
    if (element === null) throw new Error(`no element at ${path.join(' ')}`);
    const rgba = (color: string) => {
      const [r = 0, g = 0, b = 0, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
      return { r, g, b, a };
    };
    const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
      const channel = (value: number) => {
        const c = value / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    // Backgrounds from the element outwards, blended until one is opaque (white behind everything).
    const layers: { r: number; g: number; b: number; a: number }[] = [];
    for (let node: Element | null = element; node !== null; ) {
      const layer = rgba(getComputedStyle(node).backgroundColor);
      if (layer.a > 0) layers.push(layer);
      if (layer.a >= 1) break;
      node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
    }
    let background = { r: 255, g: 255, b: 255 };
    for (const layer of layers.reverse()) {
      background = {
        r: layer.r * layer.a + background.r * (1 - layer.a),
        g: layer.g * layer.a + background.g * (1 - layer.a),
        b: layer.b * layer.a + background.b * (1 - layer.a),
      };
    }
    const style = getComputedStyle(element);
    const text = rgba(style.color);
    const foreground = {
      r: text.r * text.a + background.r * (1 - text.a),
      g: text.g * text.a + background.g * (1 - text.a),
      b: text.b * text.a + background.b * (1 - text.a),
    };
    const [light, dark] = [luminance(foreground), luminance(background)].sort((x, y) => y - x);
    const size = Number.parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    return {
      target: path.join(' '),
      ratio: Math.round((((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05)) * 100) / 100,
      required: large ? 3 : 4.5,
    };
  }, target);
}

/**
 * Everything a page says: its text, labels and titles, and what its (open) shadow roots say. Text
 * marked `lang="en"` inside a page in another language is left out: it is English on purpose (a
 * name or a detail as an official source published it) and says so to screen readers.
 */
export async function pageWords(page: Page, only?: string): Promise<string> {
  return page.evaluate((ours) => {
    const words: string[] = ours === null ? [document.title] : [];
    const pageLang = document.documentElement.lang;
    const isMarkedEnglish = (node: Node) =>
      !pageLang.startsWith('en') && node.parentElement?.closest('[lang]')?.getAttribute('lang') === 'en';
    const read = (root: Document | ShadowRoot) => {
      for (const element of Array.from(root.querySelectorAll('*'))) {
        for (const attribute of ['aria-label', 'title', 'placeholder']) {
          const value = element.getAttribute(attribute);
          if (value) words.push(value);
        }
        if (element.shadowRoot) read(element.shadowRoot);
      }
      const container = root instanceof Document ? root.body : root;
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        if (node.parentElement?.tagName === 'STYLE' || isMarkedEnglish(node)) continue;
        words.push(node.textContent ?? '');
      }
    };
    if (ours === null) read(document);
    // On a page that is not ours (an article): what our hosts show, in their shadow roots.
    else
      for (const host of Array.from(document.querySelectorAll(ours)))
        if (host.shadowRoot) read(host.shadowRoot);
    return words.join('\n');
  }, only ?? null);
}

/**
 * The English catalog's words that are on the page though French is shown: each English message is
 * split at its placeholders, and every piece of it that French does not also use is looked for.
 */
export function englishLeftovers(words: string): string[] {
  const textsOf = (message: string | { one: string; other: string }) =>
    typeof message === 'string' ? [message] : [message.one, message.other];
  const french = Object.values(CATALOGS.fr).flatMap(textsOf);
  const pieces = new Set<string>();
  for (const message of Object.values(CATALOGS.en)) {
    for (const text of textsOf(message)) {
      for (const piece of text.split(/\{\w+\}/)) {
        const trimmed = piece.trim();
        // Pieces with a word in them; punctuation and one-letter joins say nothing about the language.
        if (!/[A-Za-z]{3}/.test(trimmed)) continue;
        if (french.some((text) => text.includes(trimmed))) continue;
        pieces.add(trimmed);
      }
    }
  }
  return [...pieces].filter((piece) => words.includes(piece));
}
