/**
 * The history page's address in the extension (entrypoints/draw-history/). Not `history.html`: WXT
 * makes an entrypoint of that name the browser's own History page (chrome://history, Ctrl+H), which is
 * the user's, not ours.
 */
export const HISTORY_PAGE = 'draw-history.html';
