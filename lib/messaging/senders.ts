/**
 * Where a message may come from. `runtime.onMessage` only hears this extension's own contexts (other
 * extensions and web pages go to onMessageExternal), so `sender.id` says nothing: what matters is
 * which of our contexts sent it. A content script runs in a web page's tab, beside a page that may be
 * hostile (and, should the page compromise its renderer, in the page's hands); an extension page
 * (popup, options) runs at our own origin.
 */

/** The fields of `runtime.MessageSender` these checks read (Chrome and Firefox both give them). */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

function isWebUrl(url: string | undefined): boolean {
  return typeof url === 'string' && /^https?:\/\//i.test(url);
}

/**
 * A content script of this extension in a web page's tab: from a tab, at an http(s) URL, never at the
 * extension's own origin. `extensionBase` is `runtime.getURL('/')`.
 */
export function isTabContentScript(sender: Sender, extensionId: string, extensionBase: string): boolean {
  return (
    sender.id === extensionId &&
    typeof sender.tab?.id === 'number' &&
    sender.tab.id >= 0 &&
    isWebUrl(sender.url) &&
    !(sender.url ?? '').startsWith(extensionBase)
  );
}

/** One of the extension's own pages (popup, options): at the extension's origin, whatever the tab. */
export function isExtensionPage(sender: Sender, extensionId: string, extensionBase: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionBase);
}

/** Refused: the message came from a context that may not send it. */
export class SenderRefused extends Error {
  override name = 'SenderRefused';
}

/** The key a page's quota is kept under: its tab and frame. */
export function frameKey(sender: Sender): string {
  return `${sender.tab?.id ?? -1}:${sender.frameId ?? 0}`;
}
