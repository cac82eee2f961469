/**
 * An extension page opened on one round's details: `popup.html?round=ee%3A357`. A notification of a
 * round opens this; any page that shows round details can read it.
 */
const ROUND_PARAM = 'round';

export function roundDetailsUrl(pageUrl: string, drawId: string): string {
  const url = new URL(pageUrl);
  url.searchParams.set(ROUND_PARAM, drawId);
  return url.href;
}

/** The round a page was opened on, or null. Only an id is read: the page looks it up in storage. */
export function roundIdOf(search: string): string | null {
  const id = new URLSearchParams(search).get(ROUND_PARAM);
  // Draw ids are short ("ee:357", "pe:2026-06-18:labour"); anything else is not one of ours.
  return id && id.length <= 200 ? id : null;
}
