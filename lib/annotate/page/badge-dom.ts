import { ownNodesOf } from '@/lib/annotate/page/own-nodes';
import type { BadgeInfo, BannerInfo } from '@/lib/annotate/wire';
import { safeOfficialUrl } from '@/lib/annotate/wire';
import type { PageTranslate as Translate } from '@/lib/i18n/messages';

/**
 * The DOM of a badge, of a compact mark (a repeated mention of a round already badged) and of the
 * banner. Each lives in a shadow root on a small host element, so the page's CSS cannot reach it and
 * its CSS cannot reach the page. Every text goes in with `textContent`; the only href ever set is an
 * https URL. Hosts carry `data-draw-alerts` for styling and tests only: what is ours is known from
 * lib/annotate/page/own-nodes.ts, never from an attribute a page could plant.
 *
 * The shadow root is open: Playwright and assistive tooling can read it, and what it shows is the
 * public official record (nothing about the user). A page's script could read or remove it either way.
 */

export const SHADOW_MODE: ShadowRootMode = 'open';

/** The attribute our hosts carry (`badge`, `mark`, `banner`): for style hooks and tests, never trusted. */
export const HOST_ATTRIBUTE = 'data-draw-alerts';

const FONT = 'system-ui,sans-serif';

const BADGE_CSS = `:host{all:initial;display:inline}
.w{position:relative;display:inline-block;margin:0 .25em;font:500 12px/1.4 ${FONT}}
.b{all:unset;display:inline-block;padding:0 .5em;border:1px solid #2f6f3e;border-radius:.8em;background:#e9f6ec;color:#1d4d2a;cursor:pointer;white-space:nowrap}
.b:focus-visible{outline:2px solid #1a56db;outline-offset:2px}
.mismatch .b{border-color:#b42318;background:#fdeceb;color:#8a1710;font-weight:700}
.ambiguous .b{border-color:#8a6d00;background:#fff7d6;color:#5c4700}
.d{display:none;position:absolute;left:0;top:100%;z-index:2147483647;margin-top:2px;padding:.5em .7em;min-width:16em;max-width:28em;border:1px solid #888;border-radius:6px;background:#fff;color:#111;box-shadow:0 2px 8px #0004;white-space:normal;font-weight:400}
.w:hover .d,.w:focus-within .d,.open .d{display:block}
.l{display:block}
a{color:#1a56db}`;

const MARK_CSS = `:host{all:initial;display:inline}
.m{margin:0 .2em;padding:0 .3em;border:1px solid #2f6f3e;border-radius:.8em;background:#e9f6ec;color:#1d4d2a;font:500 11px/1.3 ${FONT}}
.q{border-color:#8a6d00;background:#fff7d6;color:#5c4700}`;

const BANNER_CSS = `:host{all:initial;display:block;margin:0 0 1em}
.banner{display:flex;gap:.75em;align-items:flex-start;padding:.6em .9em;border-left:4px solid #1a56db;border-radius:4px;background:#eef4ff;color:#0b2a66;font:14px/1.45 ${FONT}}
.ls{flex:1}
.l{display:block}
a{color:#1a56db;margin-left:.4em}
button{all:unset;cursor:pointer;padding:0 .3em;border-radius:3px;color:#0b2a66}
button:focus-visible{outline:2px solid #1a56db}`;

function element<K extends keyof HTMLElementTagNameMap>(
  document: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== undefined) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function style(document: Document, css: string): HTMLStyleElement {
  const node = document.createElement('style');
  node.textContent = css;
  return node;
}

function officialLink(document: Document, url: string | null, t: Translate): HTMLAnchorElement | null {
  const href = safeOfficialUrl(url);
  if (href === null) return null;
  const link = element(document, 'a', undefined, t('annotateOfficialLink'));
  link.href = href;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  return link;
}

const LABEL_KEYS = {
  ok: 'annotateBadgeLabel',
  mismatch: 'annotateBadgeMismatchLabel',
  ambiguous: 'annotateBadgeAmbiguousLabel',
} as const;

let detailsCounter = 0;

function ownHost<K extends 'span' | 'div'>(
  document: Document,
  tag: K,
  kind: string,
): HTMLElementTagNameMap[K] {
  const host = element(document, tag);
  host.setAttribute(HOST_ATTRIBUTE, kind);
  ownNodesOf(document).hosts.add(host);
  return host;
}

/** A badge host: `<span data-draw-alerts="badge">` with a button and its details in a shadow root. */
export function createBadge(document: Document, info: BadgeInfo, t: Translate): HTMLElement {
  const host = ownHost(document, 'span', 'badge');
  host.setAttribute('data-tone', info.tone);
  const root = host.attachShadow({ mode: SHADOW_MODE });
  const wrap = element(document, 'span', `w ${info.tone}`);
  const button = element(document, 'button', 'b', info.text);
  button.type = 'button';
  button.setAttribute('aria-label', t(LABEL_KEYS[info.tone], { record: info.text }));
  button.setAttribute('aria-expanded', 'false');
  const details = element(document, 'span', 'd');
  details.id = `draw-alerts-details-${++detailsCounter}`;
  details.setAttribute('role', 'note');
  button.setAttribute('aria-describedby', details.id);
  for (const line of info.details.slice(0, 8)) details.append(element(document, 'span', 'l', line));
  const link = officialLink(document, info.url, t);
  if (link !== null) details.append(link);
  // Touch and keyboard users open and close it with the button; hover and focus open it too.
  button.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    const open = wrap.classList.toggle('open');
    button.setAttribute('aria-expanded', String(open));
  });
  wrap.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    wrap.classList.remove('open');
    button.setAttribute('aria-expanded', 'false');
    button.blur();
  });
  wrap.append(button, details);
  root.append(style(document, BADGE_CSS), wrap);
  return host;
}

/**
 * A repeated mention of a round that already has its full badge above: a small "✓" (or "?") with the
 * same record as its accessible name and tooltip, and no tab stop of its own (the badge above has
 * the details and the link).
 */
export function createMark(document: Document, info: BadgeInfo, t: Translate): HTMLElement {
  const host = ownHost(document, 'span', 'mark');
  host.setAttribute('data-tone', info.tone);
  const root = host.attachShadow({ mode: SHADOW_MODE });
  const mark = element(document, 'span', info.tone === 'ambiguous' ? 'm q' : 'm');
  mark.textContent = info.tone === 'ambiguous' ? '?' : '✓';
  mark.setAttribute('role', 'img');
  const label = t('annotateMarkLabel', { record: info.text });
  mark.setAttribute('aria-label', label);
  mark.title = label;
  root.append(style(document, MARK_CSS), mark);
  return host;
}

/**
 * The banner host: `<div data-draw-alerts="banner">`, one line per program with later draws, and
 * notes of the page's own (what a limit left unread). `onDismiss` remembers the choice for the article.
 */
export function createBanner(
  document: Document,
  banners: readonly BannerInfo[],
  t: Translate,
  onDismiss?: () => void,
): HTMLElement {
  const host = ownHost(document, 'div', 'banner');
  const root = host.attachShadow({ mode: SHADOW_MODE });
  const box = element(document, 'div', 'banner');
  box.setAttribute('role', 'note');
  box.setAttribute('aria-label', t('annotateBannerLabel'));
  const lines = element(document, 'div', 'ls');
  fillBanner(document, lines, banners, t);
  const dismiss = element(document, 'button', undefined, '×');
  dismiss.type = 'button';
  dismiss.setAttribute('aria-label', t('annotateBannerDismiss'));
  dismiss.addEventListener('click', () => {
    host.remove();
    onDismiss?.();
  });
  box.append(lines, dismiss);
  root.append(style(document, BANNER_CSS), box);
  return host;
}

function fillBanner(document: Document, lines: HTMLElement, banners: readonly BannerInfo[], t: Translate) {
  lines.replaceChildren();
  for (const banner of banners.slice(0, 12)) {
    const line = element(document, 'span', 'l', banner.text);
    const link = officialLink(document, banner.url, t);
    if (link !== null) line.append(link);
    lines.append(line);
  }
}

/** Replace a banner's lines (later content named another program). */
export function updateBanner(host: HTMLElement, banners: readonly BannerInfo[], t: Translate): void {
  const lines = host.shadowRoot?.querySelector('.ls');
  if (lines instanceof HTMLElement && host.ownerDocument !== null)
    fillBanner(host.ownerDocument, lines, banners, t);
}
