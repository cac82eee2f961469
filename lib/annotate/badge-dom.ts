import { OWN_MARKER_ATTRIBUTE } from '@/lib/annotate/text-index';
import type { BadgeInfo, BannerInfo } from '@/lib/annotate/wire';
import { safeOfficialUrl } from '@/lib/annotate/wire';
import type { PageTranslate as Translate } from '@/lib/i18n/messages';

/**
 * The DOM of a badge and of the banner. Each lives in a shadow root on a small host element marked
 * `data-draw-alerts`, so the page's CSS cannot reach it and its CSS cannot reach the page. Every text
 * goes in with `textContent`; the only href ever set is an https URL.
 *
 * The shadow root is open: Playwright and assistive tooling can read it, and what it shows is the
 * public official record (nothing about the user). A page's script could read or remove it either way.
 */

export const SHADOW_MODE: ShadowRootMode = 'open';

const BADGE_CSS = `
:host{all:initial;display:inline;}
.wrap{position:relative;display:inline-block;margin:0 .25em;font:500 12px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;vertical-align:baseline;}
.badge{all:unset;box-sizing:border-box;display:inline-block;padding:0 .5em;border:1px solid #2f6f3e;border-radius:.8em;background:#e9f6ec;color:#1d4d2a;cursor:pointer;white-space:nowrap;}
.badge:focus-visible{outline:2px solid #1a56db;outline-offset:2px;}
.mismatch .badge{border-color:#b42318;background:#fdeceb;color:#8a1710;font-weight:700;}
.ambiguous .badge{border-color:#8a6d00;background:#fff7d6;color:#5c4700;}
.details{display:none;position:absolute;left:0;top:100%;z-index:2147483647;margin-top:2px;padding:.5em .7em;min-width:16em;max-width:28em;border:1px solid #888;border-radius:6px;background:#fff;color:#111;box-shadow:0 2px 8px rgba(0,0,0,.25);white-space:normal;font-weight:400;}
.wrap:hover .details,.wrap:focus-within .details,.open .details{display:block;}
.line{display:block;}
a{color:#1a56db;text-decoration:underline;}
`;

const BANNER_CSS = `
:host{all:initial;display:block;margin:0 0 1em;}
.banner{display:flex;gap:.75em;align-items:flex-start;padding:.6em .9em;border-left:4px solid #1a56db;border-radius:4px;background:#eef4ff;color:#0b2a66;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;}
.lines{flex:1;}
.line{display:block;}
a{color:#1a56db;margin-left:.4em;}
button{all:unset;cursor:pointer;padding:0 .3em;border-radius:3px;color:#0b2a66;}
button:focus-visible{outline:2px solid #1a56db;}
`;

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

/** A badge host: `<span data-draw-alerts="badge">` with a button and its details in a shadow root. */
export function createBadge(document: Document, info: BadgeInfo, t: Translate): HTMLElement {
  const host = element(document, 'span');
  host.setAttribute(OWN_MARKER_ATTRIBUTE, 'badge');
  host.setAttribute('data-tone', info.tone);
  const root = host.attachShadow({ mode: SHADOW_MODE });
  const wrap = element(document, 'span', `wrap ${info.tone}`);
  const button = element(document, 'button', 'badge', info.text);
  button.type = 'button';
  button.setAttribute('aria-label', t(LABEL_KEYS[info.tone], { record: info.text }));
  button.setAttribute('aria-expanded', 'false');
  const details = element(document, 'span', 'details');
  details.id = `draw-alerts-details-${++detailsCounter}`;
  details.setAttribute('role', 'note');
  button.setAttribute('aria-describedby', details.id);
  for (const line of info.details.slice(0, 8)) details.append(element(document, 'span', 'line', line));
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

/** The banner host: `<div data-draw-alerts="banner">`, one line per program with later draws. */
export function createBanner(document: Document, banners: readonly BannerInfo[], t: Translate): HTMLElement {
  const host = element(document, 'div');
  host.setAttribute(OWN_MARKER_ATTRIBUTE, 'banner');
  const root = host.attachShadow({ mode: SHADOW_MODE });
  const box = element(document, 'div', 'banner');
  box.setAttribute('role', 'note');
  box.setAttribute('aria-label', t('annotateBannerLabel'));
  const lines = element(document, 'div', 'lines');
  fillBanner(document, lines, banners, t);
  const dismiss = element(document, 'button', undefined, '×');
  dismiss.type = 'button';
  dismiss.setAttribute('aria-label', t('annotateBannerDismiss'));
  dismiss.addEventListener('click', () => host.remove());
  box.append(lines, dismiss);
  root.append(style(document, BANNER_CSS), box);
  return host;
}

function fillBanner(document: Document, lines: HTMLElement, banners: readonly BannerInfo[], t: Translate) {
  lines.replaceChildren();
  for (const banner of banners.slice(0, 12)) {
    const line = element(document, 'span', 'line', banner.text);
    const link = officialLink(document, banner.url, t);
    if (link !== null) line.append(link);
    lines.append(line);
  }
}

/** Replace a banner's lines (later content named another program). */
export function updateBanner(host: HTMLElement, banners: readonly BannerInfo[], t: Translate): void {
  const lines = host.shadowRoot?.querySelector('.lines');
  if (lines instanceof HTMLElement && host.ownerDocument !== null)
    fillBanner(host.ownerDocument, lines, banners, t);
}
