import { createBadge, createBanner, updateBanner } from '@/lib/annotate/badge-dom';
import type { DrawClaim } from '@/lib/annotate/claim';
import { extractPublishedDate, type PublishedDate } from '@/lib/annotate/published-date';
import { type BlockClaim, findClaimsInBlocks } from '@/lib/annotate/scan';
import {
  BLOCK_TAGS,
  indexTextBlocks,
  isSkippedElement,
  isWithinSkipped,
  OWN_MARKER_ATTRIBUTE,
  positionAt,
} from '@/lib/annotate/text-index';
import {
  type AnnotateRequest,
  type AnnotateResponse,
  type BadgeInfo,
  type BannerInfo,
  MAX_CLAIMS_PER_PAGE,
  MAX_CLAIMS_PER_REQUEST,
} from '@/lib/annotate/wire';
import type { Language } from '@/lib/i18n/languages';
import type { PageTranslate } from '@/lib/i18n/messages';

/**
 * Annotates one document: finds claims in slices of work, asks `resolve` (the background) what the
 * official record says, puts a badge after each resolved claim and a banner at the top of the
 * article. Runs on hostile third-party pages: no layout reads, no HTML strings, bounded work.
 */

export interface AnnotatorDeps {
  document: Document;
  resolve(request: AnnotateRequest): Promise<AnnotateResponse>;
  /** The language badges and the banner are worded in (the background words them). */
  language: Language;
  /** The page's own words (labels, links), in that language. */
  t: PageTranslate;
  /** Let the page run (default: scheduler.yield when there is one, else a 0 ms timeout). */
  yieldToPage?: () => Promise<void>;
  /** Work per slice before yielding (default 8 ms). */
  sliceMs?: number;
  now?: () => number;
  /** Debounce of later content (default 400 ms). */
  debounceMs?: number;
}

export interface AnnotatorStats {
  passes: number;
  claims: number;
  badges: number;
  /** Busy time of the slices (ms), excluding time spent waiting for the page or the background. */
  workMs: number;
  /** Longest single slice (ms). */
  longestSliceMs: number;
}

export interface Annotator {
  /** One pass over `root` (default: the body). Resolves when its badges are in the page. */
  run(root?: Element): Promise<void>;
  /** Follow content added later (debounced, bounded). */
  observe(): void;
  /** Stop observing; keeps what is inserted. */
  stop(): void;
  /** Remove every badge and banner this annotator inserted, and stop. */
  removeAll(): void;
  readonly stats: AnnotatorStats;
}

/** Elements split into their children for slicing: only when every child is a block and no text is direct. */
const SPLITTABLE_CHILDREN: ReadonlySet<string> = new Set([
  ...BLOCK_TAGS,
  // Elements with no text of their own: they never join a block's text.
  'HR',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'IMG',
  'PICTURE',
  'VIDEO',
  'SVG',
  'PRE',
  'LINK',
  'META',
]);
/** Never split: their rows are read together (column headers). */
const WHOLE = new Set([
  'TABLE',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
  'P',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
]);
const MAX_PENDING_ROOTS = 200;
const MAX_OBSERVED_PASSES = 100;
const MAX_BADGES = 500;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function tag(element: Element): string {
  return element.tagName.toUpperCase();
}

function defaultYield(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function isSplittable(element: Element): boolean {
  if (WHOLE.has(tag(element)) || element.childElementCount === 0) return false;
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      if ((child as Text).data.trim() !== '') return false;
    } else if (child.nodeType === ELEMENT_NODE) {
      if (!SPLITTABLE_CHILDREN.has(tag(child as Element))) return false;
    }
  }
  return true;
}

function isInsideOwn(node: Node): boolean {
  const element = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  return element?.closest(`[${OWN_MARKER_ATTRIBUTE}]`) != null;
}

interface Placement {
  /** The badge goes right after this node. */
  after: Node;
  /** Split the text node there first (when the claim ends inside it). */
  splitAt: Text | null;
  offset: number;
  claim: DrawClaim;
  info: BadgeInfo;
}

export function createAnnotator(deps: AnnotatorDeps): Annotator {
  const { document, t } = deps;
  const yieldToPage = deps.yieldToPage ?? defaultYield;
  const sliceMs = deps.sliceMs ?? 8;
  const now = deps.now ?? (() => performance.now());
  const debounceMs = deps.debounceMs ?? 400;
  const stats: AnnotatorStats = { passes: 0, claims: 0, badges: 0, workMs: 0, longestSliceMs: 0 };
  const inserted: Element[] = [];
  let banner: HTMLElement | null = null;
  const bannerLines = new Map<string, BannerInfo>();
  let published: PublishedDate | null | undefined;
  let stopped = false;
  let observer: MutationObserver | null = null;
  const pendingRoots = new Set<Element>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let observedPasses = 0;
  let running: Promise<void> = Promise.resolve();

  let sliceStart = 0;
  const beginSlice = () => {
    sliceStart = now();
  };
  const endSlice = () => {
    const spent = now() - sliceStart;
    stats.workMs += spent;
    stats.longestSliceMs = Math.max(stats.longestSliceMs, spent);
  };
  /** Yield when this slice has used its time. */
  const maybeYield = async () => {
    if (now() - sliceStart < sliceMs) return;
    endSlice();
    await yieldToPage();
    beginSlice();
  };

  /** Our own DOM changes are not "later content": take the observer off while making them. */
  const quietly = (change: () => void) => {
    if (observer !== null) {
      collect(observer.takeRecords());
      observer.disconnect();
    }
    try {
      change();
    } finally {
      if (observer !== null && !stopped) observeBody(observer);
    }
  };

  async function scan(roots: Element[]): Promise<BlockClaim[]> {
    published ??= extractPublishedDate(document);
    const context = published === null ? {} : { published: published.date };
    const queue = roots.filter((root) => !isWithinSkipped(root) && document.designMode !== 'on');
    const found: BlockClaim[] = [];
    while (queue.length > 0 && !stopped && found.length < MAX_CLAIMS_PER_PAGE) {
      const element = queue.shift();
      if (element === undefined || !element.isConnected || isSkippedElement(element)) continue;
      if (isSplittable(element)) {
        queue.unshift(...Array.from(element.children));
        continue;
      }
      const blocks = indexTextBlocks(element, document);
      if (blocks.length > 0) found.push(...findClaimsInBlocks(blocks, context));
      await maybeYield();
    }
    return found.slice(0, MAX_CLAIMS_PER_PAGE);
  }

  /** Where a claim's badge goes: after its last figure, outside any link, never twice. */
  function placementOf(item: BlockClaim, info: BadgeInfo): Placement | null {
    const position = positionAt(item.block, item.claim.end, 'after');
    if (position === null || !position.node.isConnected) return null;
    const { node, offset } = position;
    if (offset > node.data.length) return null;
    const link = node.parentElement?.closest('a');
    if (link != null && item.block.element.contains(link)) {
      return { after: link, splitAt: null, offset: 0, claim: item.claim, info };
    }
    return offset < node.data.length && offset > 0
      ? { after: node, splitAt: node, offset, claim: item.claim, info }
      : { after: node, splitAt: null, offset: 0, claim: item.claim, info };
  }

  function alreadyBadged(placement: Placement): boolean {
    if (placement.splitAt !== null) return false;
    const next = placement.after.nextSibling;
    return (
      next !== null &&
      next.nodeType === ELEMENT_NODE &&
      (next as Element).getAttribute(OWN_MARKER_ATTRIBUTE) === 'badge'
    );
  }

  async function insertBadges(placements: Placement[]): Promise<void> {
    // Last first: splitting a text node keeps the offsets before the split valid.
    placements.sort((a, b) => {
      if (a.after === b.after) return b.offset - a.offset;
      const order = a.after.compareDocumentPosition(b.after);
      return order & 4 /* FOLLOWING */ ? 1 : -1;
    });
    for (const placement of placements) {
      if (stopped || stats.badges >= MAX_BADGES) break;
      if (!placement.after.isConnected || alreadyBadged(placement)) continue;
      const badge = createBadge(document, placement.info, t);
      // Screen readers pronounce it in its own language, whatever the article's.
      badge.lang = deps.language;
      quietly(() => {
        if (placement.splitAt !== null) {
          if (placement.offset >= placement.splitAt.data.length) return;
          placement.splitAt.splitText(placement.offset);
        }
        placement.after.parentNode?.insertBefore(badge, placement.after.nextSibling);
      });
      if (badge.isConnected) {
        inserted.push(badge);
        stats.badges += 1;
      }
      await maybeYield();
    }
  }

  function articleTop(first: BlockClaim | undefined): { parent: Element; before: Node | null } | null {
    const container =
      document.querySelector('article') ??
      document.querySelector('[itemprop="articleBody"]') ??
      document.querySelector('main') ??
      first?.block.element.parentElement ??
      null;
    if (container === null || isInsideOwn(container)) return null;
    return { parent: container, before: container.firstChild };
  }

  function showBanners(banners: readonly BannerInfo[], first: BlockClaim | undefined) {
    let changed = false;
    for (const item of banners) {
      if (!bannerLines.has(item.text)) {
        bannerLines.set(item.text, item);
        changed = true;
      }
    }
    if (!changed || bannerLines.size === 0) return;
    const lines = [...bannerLines.values()];
    if (banner?.isConnected) {
      updateBanner(banner, lines, t);
      return;
    }
    // Another run (a second injection) may have put one there already.
    const existing = document.querySelector(`[${OWN_MARKER_ATTRIBUTE}="banner"]`);
    if (existing instanceof HTMLElement) {
      banner = existing;
      updateBanner(banner, lines, t);
      return;
    }
    const top = articleTop(first);
    if (top === null) return;
    const host = createBanner(document, lines, t);
    host.lang = deps.language;
    quietly(() => top.parent.insertBefore(host, top.before));
    banner = host;
    inserted.push(host);
  }

  async function pass(roots: Element[]): Promise<void> {
    if (stopped) return;
    stats.passes += 1;
    beginSlice();
    const found = await scan(roots);
    stats.claims += found.length;
    if (found.length === 0 || stopped) {
      endSlice();
      return;
    }
    const request: AnnotateRequest['published'] =
      published == null ? null : { date: published.date, instant: published.instant };
    const placements: Placement[] = [];
    const banners: BannerInfo[] = [];
    for (let start = 0; start < found.length && !stopped; start += MAX_CLAIMS_PER_REQUEST) {
      const batch = found.slice(start, start + MAX_CLAIMS_PER_REQUEST);
      endSlice();
      const answer = await deps.resolve({
        language: deps.language,
        published: request,
        claims: batch.map((item) => item.claim),
      });
      beginSlice();
      batch.forEach((item, index) => {
        const info = answer.badges[index];
        if (info == null) return;
        const placement = placementOf(item, info);
        if (placement !== null) placements.push(placement);
      });
      banners.push(...answer.banners);
    }
    await insertBadges(placements);
    if (placements.length > 0 || banners.length > 0) showBanners(banners, found[0]);
    endSlice();
  }

  function collect(records: MutationRecord[]) {
    for (const record of records) {
      const nodes: Node[] = record.type === 'characterData' ? [record.target] : Array.from(record.addedNodes);
      for (const node of nodes) {
        if (pendingRoots.size >= MAX_PENDING_ROOTS) return;
        const element = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
        if (element === null || isInsideOwn(node)) continue;
        // Re-read the whole block the change landed in ("5" then ",500" arriving separately).
        pendingRoots.add(blockOf(element));
      }
    }
  }

  function blockOf(element: Element): Element {
    for (let current: Element | null = element; current !== null; current = current.parentElement) {
      if (current === document.body) return current;
      const name = tag(current);
      if (
        name === 'P' ||
        name === 'LI' ||
        name === 'TABLE' ||
        name === 'ARTICLE' ||
        name === 'SECTION' ||
        name === 'DIV' ||
        /^H\d$/.test(name)
      ) {
        return current;
      }
    }
    return element;
  }

  function observeBody(target: MutationObserver) {
    if (document.body !== null) {
      target.observe(document.body, { childList: true, subtree: true, characterData: true });
    }
  }

  function flush() {
    timer = undefined;
    if (stopped || pendingRoots.size === 0) return;
    if (observedPasses >= MAX_OBSERVED_PASSES) {
      pendingRoots.clear();
      return;
    }
    observedPasses += 1;
    // Outermost roots only, in document order.
    const roots = [...pendingRoots].filter(
      (root) =>
        root.isConnected && ![...pendingRoots].some((other) => other !== root && other.contains(root)),
    );
    pendingRoots.clear();
    running = running.then(() => pass(roots)).catch(() => undefined);
  }

  return {
    stats,
    run(root) {
      const target = root ?? document.body;
      if (target === null) return Promise.resolve();
      running = running.then(() => pass([target]));
      return running;
    },
    observe() {
      if (observer !== null || stopped || typeof MutationObserver === 'undefined') return;
      observer = new MutationObserver((records) => {
        collect(records);
        if (pendingRoots.size > 0 && timer === undefined) timer = setTimeout(flush, debounceMs);
      });
      observeBody(observer);
    },
    stop() {
      stopped = true;
      observer?.disconnect();
      observer = null;
      if (timer !== undefined) clearTimeout(timer);
    },
    removeAll() {
      this.stop();
      for (const element of inserted) element.remove();
      inserted.length = 0;
      banner = null;
    },
  };
}
