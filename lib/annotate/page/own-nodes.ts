/**
 * What Draw Alerts put in a page, known by reference, never by a mark the page could copy: a page
 * that plants `<span data-draw-alerts="badge">` or `contenteditable` hides nothing from the reader
 * and suppresses none of ours. The set lives in the content script's isolated world (the page's
 * scripts cannot reach it), shared by every injection into the same frame.
 */

const KEY = Symbol.for('draw-alerts.own-nodes');

export interface OwnNodes {
  /** Our badge, mark and banner hosts. */
  readonly hosts: WeakSet<Node>;
  /** The banner of the document, if one of ours is there. */
  banner: HTMLElement | null;
}

type Scope = typeof globalThis & { [KEY]?: WeakMap<Document, OwnNodes> };

/** The registry of one document (made on first use). */
export function ownNodesOf(document: Document): OwnNodes {
  const scope = globalThis as Scope;
  scope[KEY] ??= new WeakMap();
  let own = scope[KEY].get(document);
  if (own === undefined) {
    own = { hosts: new WeakSet(), banner: null };
    scope[KEY].set(document, own);
  }
  return own;
}
