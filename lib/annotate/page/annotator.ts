import type { DrawClaim, FindLanguage } from '@/lib/annotate/finding/claim';
import { createBadge, createBanner, createMark, updateBanner } from '@/lib/annotate/page/badge-dom';
import { ownNodesOf } from '@/lib/annotate/page/own-nodes';
import { type PublishedDate, publishedDateSteps } from '@/lib/annotate/page/published-date';
import { type FoundClaim, type PageContext, type RootToRead, readRoots } from '@/lib/annotate/page/reader';
import { createSlicer, defaultYield, type Slicer } from '@/lib/annotate/page/slicer';
import { BLOCK_TAGS, positionAt } from '@/lib/annotate/page/text-index';
import { GENERIC_LAYOUT, type SiteLayout } from '@/lib/annotate/sites/layout';
import {
  type AnnotateRequest,
  type AnnotateResponse,
  type BadgeInfo,
  type BannerInfo,
  MAX_CLAIMS_PER_PAGE,
  MAX_CLAIMS_PER_REQUEST,
} from '@/lib/annotate/wire';
import { type Language, languageOfTag } from '@/lib/i18n/languages';
import type { PageTranslate } from '@/lib/i18n/messages';

/**
 * Annotates one document: reads its claims in slices of a time budget, asks `resolve` (the
 * background) what the official record says, puts a badge after each claim (a compact mark after a
 * repeated mention of a round already badged) and a banner at the top of the article. Runs on
 * hostile third-party pages: no layout reads, no HTML strings, bounded work, and nothing the page
 * plants can pass for ours (lib/annotate/page/own-nodes.ts).
 */

export interface AnnotatorDeps {
  document: Document;
  resolve(request: AnnotateRequest): Promise<AnnotateResponse>;
  /** The language badges and the banner are worded in (the background words them). */
  language: Language;
  /** The page's own words (labels, links, notes), in that language. */
  t: PageTranslate;
  /** How the page lays out its article (default: the generic layout of a site the user added). */
  site?: SiteLayout;
  /** Whose phrasing to read (default: `<html lang>`, else the site's language, else English). */
  findLanguage?: FindLanguage;
  /** The reader closed the banner: remember it for this article. */
  dismissBanner?: () => void;
  /** Today, YYYY-MM-DD (the reference of a widget's year-less dates). */
  today?: () => string;
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
  marks: number;
  /** Claims resolved but not marked: over the page's limit of badges. */
  unmarked: number;
  /** Reading stopped at the page's limit of claims. */
  stoppedAtLimit: boolean;
  /** Sentences too long to be real, cut to be read. */
  cutSentences: number;
  /** Requests sent to the background, and the distinct claims in them. */
  requests: number;
  requestedClaims: number;
  /** Busy time of the slices (ms), excluding time spent waiting for the page or the background. */
  workMs: number;
  /** Longest single slice (ms). */
  longestSliceMs: number;
}

export interface Annotator {
  /** One pass over `root` (default: the article and its widgets). Resolves when its badges are in. */
  run(root?: Element): Promise<void>;
  /** Follow content added later (debounced, bounded). */
  observe(): void;
  /** Stop observing; keeps what is inserted. */
  stop(): void;
  /** Remove every badge, mark and banner this annotator inserted, and stop. */
  removeAll(): void;
  readonly stats: AnnotatorStats;
}

const MAX_PENDING_ROOTS = 200;
const MAX_OBSERVED_PASSES = 100;
const MAX_BADGES = 500;
const MAX_WIDGETS = 20;
/** Requests in flight at once: a large page does not queue up the background. */
const CONCURRENT_REQUESTS = 2;
const ELEMENT_NODE = 1;
const ROW_PARTS = /^(?:tr|tbody|thead|tfoot)$/;
const FOLLOWING = 4;

function tag(element: Element): string {
  return element.localName;
}

interface Placement {
  /** Reading order: the block's, then the claim's end in it. */
  order: number;
  end: number;
  /** The badge goes right after this node. */
  after: Node;
  /** Split the text node there first (when the claim ends inside it). */
  splitAt: Text | null;
  offset: number;
  info: BadgeInfo;
}

/** The facts of a claim, without where it sits: two mentions with the same facts are asked once. */
function claimKey(claim: DrawClaim): string {
  const fields = claim.figures.map((figure) => figure.field).sort();
  return JSON.stringify([
    claim.kind,
    claim.province,
    claim.number,
    claim.date,
    claim.categoryHint,
    claim.invitations,
    claim.invitationsQualifier,
    claim.minScore,
    claim.tieBreakAt,
    claim.inSidebar,
    fields,
  ]);
}

/** The outermost editable ancestor of a node: a badge goes after it, never inside what a user edits. */
function outermostEditable(node: Node): Element | null {
  let found: Element | null = null;
  for (let current = node.parentElement; current !== null; current = current.parentElement) {
    const value = current.getAttribute('contenteditable');
    if (value !== null && value.toLowerCase() !== 'false') found = current;
  }
  return found;
}

export function createAnnotator(deps: AnnotatorDeps): Annotator {
  const { document, t } = deps;
  const site = deps.site ?? GENERIC_LAYOUT;
  const own = ownNodesOf(document);
  const now = deps.now ?? (() => performance.now());
  const debounceMs = deps.debounceMs ?? 400;
  const today = deps.today ?? (() => new Date().toISOString().slice(0, 10));
  const stats: AnnotatorStats = {
    passes: 0,
    claims: 0,
    badges: 0,
    marks: 0,
    unmarked: 0,
    stoppedAtLimit: false,
    cutSentences: 0,
    requests: 0,
    requestedClaims: 0,
    workMs: 0,
    longestSliceMs: 0,
  };
  const inserted: Element[] = [];
  const bannerLines = new Map<string, BannerInfo>();
  /** Badge texts already shown in full: a later mention of the same record gets a mark. */
  const shownInFull = new Set<string>();
  let bannerDismissed = false;
  /** Read once per page (null: the page does not say). */
  let published: PublishedDate | null | undefined;
  let stopped = false;
  let observer: MutationObserver | null = null;
  const pendingRoots = new Set<Element>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let observedPasses = 0;
  let running: Promise<void> = Promise.resolve();

  const isOwn = (node: Node) => own.hosts.has(node);

  function findLanguage(): FindLanguage {
    if (deps.findLanguage !== undefined) return deps.findLanguage;
    return languageOfTag(document.documentElement?.lang) ?? site.language ?? 'en';
  }

  /** The publication date, its places read one query per step of the slicer. */
  async function readPublishedDate(slicer: Slicer): Promise<PublishedDate | null> {
    if (published !== undefined) return published;
    for (const step of publishedDateSteps(document, site.published)) {
      await slicer.maybePause();
      const found = step();
      if (found !== null) {
        published = found;
        return found;
      }
    }
    published = null;
    return null;
  }

  /** Looked up once per page: a selector that matches nothing reads the whole document. */
  let article: Element | null | undefined;
  function articleElement(): Element | null {
    if (article?.isConnected) return article;
    article = null;
    for (const selector of site.article) {
      const found = document.querySelector(selector);
      if (found !== null && !isOwn(found)) {
        article = found;
        break;
      }
    }
    return article;
  }

  /** The article (or the whole body, when the site's rule finds none) and the site's widgets. */
  function pageRoots(): RootToRead[] {
    const body = document.body;
    if (body === null) return [];
    const article = site.generic === true ? null : articleElement();
    const roots: RootToRead[] = [{ element: article ?? body }];
    let widgets = 0;
    for (const rule of site.sidebars) {
      for (const element of document.querySelectorAll(rule.selector)) {
        if (widgets >= MAX_WIDGETS) break;
        if (isOwn(element) || roots.some((root) => root.element === element)) continue;
        widgets += 1;
        roots.push({
          element,
          sidebar: {
            ...(rule.rows !== undefined && rule.cells !== undefined
              ? { layout: { rows: rule.rows, cells: rule.cells } }
              : {}),
            ...(rule.columns === undefined ? {} : { columns: rule.columns }),
            ...(rule.kind === undefined ? {} : { kind: rule.kind }),
          },
        });
      }
    }
    // A widget inside the article is read on its own; one outside it only when the article is not the body.
    return roots.filter(
      (root) => root.sidebar === undefined || article === null || !root.element.contains(article),
    );
  }

  async function read(roots: RootToRead[], slicer: Slicer): Promise<FoundClaim[]> {
    const date = (await readPublishedDate(slicer))?.date;
    const context: PageContext = {
      language: findLanguage(),
      today: today(),
      ...(date === undefined ? {} : { published: date }),
    };
    const result = await readRoots(roots, context, {
      slicer,
      maxClaims: MAX_CLAIMS_PER_PAGE,
      skip: isOwn,
      stopped: () => stopped,
    });
    stats.cutSentences += result.cutSentences;
    if (result.stoppedAtLimit) stats.stoppedAtLimit = true;
    return result.found;
  }

  /** Where a claim's badge goes: after its last figure, outside any link or editable region. */
  function placementOf(item: FoundClaim, info: BadgeInfo): Placement | null {
    const position = positionAt(item.block, item.claim.end, 'after');
    if (position === null || !position.node.isConnected) return null;
    const { node, offset } = position;
    if (offset > node.data.length) return null;
    const order = item.block.order;
    const end = item.claim.end;
    const editable = outermostEditable(node);
    if (editable !== null) return { order, end, after: editable, splitAt: null, offset: 0, info };
    const link = node.parentElement?.closest('a');
    if (link != null && item.block.element.contains(link)) {
      return { order, end, after: link, splitAt: null, offset: 0, info };
    }
    return offset < node.data.length && offset > 0
      ? { order, end, after: node, splitAt: node, offset, info }
      : { order, end, after: node, splitAt: null, offset: 0, info };
  }

  function alreadyMarked(placement: Placement): boolean {
    if (placement.splitAt !== null) return false;
    const next = placement.after.nextSibling;
    return next !== null && isOwn(next);
  }

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

  async function insertBadges(placements: Placement[], slicer: Slicer): Promise<void> {
    // In reading order: the first mention of a round gets the full badge, later ones a mark. Two
    // claims ending in one text node are in one block: by their ends, so the later split comes first.
    placements.sort((a, b) => a.order - b.order || a.end - b.end);
    const kinds = placements.map((placement) => {
      const { tone, text } = placement.info;
      if (tone === 'mismatch') return 'badge';
      if (shownInFull.has(text)) return 'mark';
      shownInFull.add(text);
      return 'badge';
    });
    // The first ones in reading order, up to the page's limit; the rest are counted, not marked.
    const room = Math.max(0, MAX_BADGES - stats.badges - stats.marks);
    if (placements.length > room) stats.unmarked += placements.length - room;
    // Made off the page in slices, then put in at once: the page lays out and paints once for all of
    // them, where a frame between two slices lays out the whole article again (0.5 s at 80,000 blocks).
    const made: Array<{ placement: Placement; host: HTMLElement; isMark: boolean }> = [];
    for (let index = Math.min(placements.length, room) - 1; index >= 0 && !stopped; index--) {
      if (slicer.due()) await slicer.pause();
      const placement = placements[index] as Placement;
      const isMark = kinds[index] === 'mark';
      const host = isMark
        ? createMark(document, placement.info, t)
        : createBadge(document, placement.info, t);
      // Screen readers pronounce it in its own language, whatever the article's.
      host.lang = deps.language;
      made.push({ placement, host, isMark });
    }
    if (stopped) return;
    // Inserted last first: splitting a text node keeps the offsets before the split valid.
    quietly(() => {
      for (const { placement, host } of made) {
        if (!placement.after.isConnected || alreadyMarked(placement)) continue;
        if (placement.splitAt !== null) {
          if (placement.offset >= placement.splitAt.data.length) continue;
          placement.splitAt.splitText(placement.offset);
        }
        placement.after.parentNode?.insertBefore(host, placement.after.nextSibling);
      }
    });
    for (const { host, isMark } of made) {
      if (!host.isConnected) continue;
      inserted.push(host);
      if (isMark) stats.marks += 1;
      else stats.badges += 1;
    }
  }

  function articleTop(first: FoundClaim | undefined): { parent: Element; before: Node | null } | null {
    const container = articleElement() ?? first?.block.element.parentElement ?? null;
    if (container === null || isOwn(container)) return null;
    return { parent: container, before: container.firstChild };
  }

  /** Notes of the page's own: what a limit left unread or unmarked. */
  function limitNotes(): BannerInfo[] {
    const notes: BannerInfo[] = [];
    if (stats.stoppedAtLimit) {
      notes.push({ text: t('annotateLimitRead', { count: MAX_CLAIMS_PER_PAGE }), url: null });
    }
    if (stats.unmarked > 0)
      notes.push({ text: t('annotateLimitBadges', { count: stats.unmarked }), url: null });
    return notes;
  }

  function showBanner(banners: readonly BannerInfo[], first: FoundClaim | undefined) {
    if (bannerDismissed) return;
    for (const item of [...banners, ...limitNotes()]) {
      if (!bannerLines.has(item.text)) bannerLines.set(item.text, item);
    }
    if (bannerLines.size === 0) return;
    const lines = [...bannerLines.values()];
    // Ours only: a page can plant look-alikes, it cannot plant a node of our registry.
    const banner = own.banner;
    if (banner?.isConnected) {
      updateBanner(banner, lines, t);
      return;
    }
    const top = articleTop(first);
    if (top === null) return;
    const host = createBanner(document, lines, t, () => {
      bannerDismissed = true;
      deps.dismissBanner?.();
    });
    host.lang = deps.language;
    quietly(() => top.parent.insertBefore(host, top.before));
    own.banner = host;
    inserted.push(host);
  }

  /** Distinct claims, in batches, a few requests at a time: one answer per found claim. */
  async function resolveAll(found: FoundClaim[], slicer: Slicer) {
    const distinct = new Map<string, DrawClaim>();
    const keys = found.map((item) => {
      const key = claimKey(item.claim);
      if (!distinct.has(key)) distinct.set(key, item.claim);
      return key;
    });
    const unique = [...distinct.entries()];
    const date = published ?? null;
    const request: AnnotateRequest['published'] =
      date === null ? null : { date: date.date, instant: date.instant };
    const answers = new Map<string, BadgeInfo | null>();
    const banners: BannerInfo[] = [];
    const batches: Array<typeof unique> = [];
    for (let start = 0; start < unique.length; start += MAX_CLAIMS_PER_REQUEST) {
      batches.push(unique.slice(start, start + MAX_CLAIMS_PER_REQUEST));
    }
    let next = 0;
    const worker = async () => {
      while (next < batches.length && !stopped) {
        const batch = batches[next++] as typeof unique;
        stats.requests += 1;
        stats.requestedClaims += batch.length;
        try {
          const answer = await deps.resolve({
            language: deps.language,
            published: request,
            claims: batch.map(([, claim]) => claim),
          });
          batch.forEach(([key], index) => {
            answers.set(key, answer.badges[index] ?? null);
          });
          banners.push(...answer.banners.slice(0, 12));
        } catch {
          // A refused or failed batch leaves its claims unmarked; the others still count.
        }
      }
    };
    slicer.suspend();
    await Promise.all(Array.from({ length: Math.min(CONCURRENT_REQUESTS, batches.length) }, worker));
    // The last answer may come in a task that has already done other work: ours goes on in a new one.
    await slicer.pause();
    return { infos: keys.map((key) => answers.get(key) ?? null), banners };
  }

  async function pass(roots: RootToRead[]): Promise<void> {
    if (stopped) return;
    stats.passes += 1;
    const slicer = createSlicer({
      now,
      sliceMs: deps.sliceMs ?? 8,
      yieldToPage: deps.yieldToPage ?? defaultYield,
    });
    try {
      const found = await read(roots, slicer);
      stats.claims += found.length;
      if (found.length === 0 || stopped) return;
      const { infos, banners } = await resolveAll(found, slicer);
      // Up to a page's limit of claims, each placed through its ancestors: sliced like the rest.
      const placements: Placement[] = [];
      for (let index = 0; index < found.length && !stopped; index++) {
        if (slicer.due()) await slicer.pause();
        const info = infos[index];
        if (info == null) continue;
        const placement = placementOf(found[index] as FoundClaim, info);
        if (placement !== null) placements.push(placement);
      }
      await insertBadges(placements, slicer);
      if (placements.length > 0 || banners.length > 0 || stats.stoppedAtLimit) showBanner(banners, found[0]);
    } finally {
      slicer.suspend();
      stats.workMs += slicer.stats.workMs;
      stats.longestSliceMs = Math.max(stats.longestSliceMs, slicer.stats.longestSliceMs);
    }
  }

  function collect(records: MutationRecord[]) {
    for (const record of records) {
      if (record.type === 'characterData') {
        addPending(record.target);
        continue;
      }
      for (const node of record.addedNodes) {
        if (pendingRoots.size >= MAX_PENDING_ROOTS) return;
        if (!isOwn(node)) addPending(node);
      }
    }
  }

  function addPending(node: Node) {
    if (pendingRoots.size >= MAX_PENDING_ROOTS) return;
    const element = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
    if (element === null) return;
    // Re-read the whole block the change landed in ("5" then ",500" arriving separately).
    pendingRoots.add(blockOf(element));
  }

  function blockOf(element: Element): Element {
    for (let current: Element | null = element; current !== null; current = current.parentElement) {
      // A row is re-read with its table, for the table's header.
      if (current === document.body || (BLOCK_TAGS.has(tag(current)) && !ROW_PARTS.test(tag(current)))) {
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

  /** Later content, each as its own root (text in an `aside` still reads as beside the article). */
  function laterRoots(elements: Element[]): RootToRead[] {
    return elements.map((element) => ({ element }));
  }

  function flush() {
    timer = undefined;
    if (stopped || pendingRoots.size === 0) return;
    if (observedPasses >= MAX_OBSERVED_PASSES) {
      pendingRoots.clear();
      return;
    }
    observedPasses += 1;
    // Outermost roots only, in document order: after sorting, a root inside the one before is dropped.
    const sorted = [...pendingRoots]
      .filter((root) => root.isConnected)
      .sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
    pendingRoots.clear();
    const roots: Element[] = [];
    for (const root of sorted) {
      const last = roots[roots.length - 1];
      if (last === undefined || !last.contains(root)) roots.push(root);
    }
    running = running.then(() => pass(laterRoots(roots))).catch(() => undefined);
  }

  return {
    stats,
    run(root) {
      if (document.body === null) return Promise.resolve();
      const roots = root === undefined ? pageRoots() : laterRoots([root]);
      running = running.then(() => pass(roots));
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
      if (own.banner !== null && !own.banner.isConnected) own.banner = null;
    },
  };
}
