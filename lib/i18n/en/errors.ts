/**
 * What every page's error boundary says (components/ErrorBoundary.tsx). Kept apart and small: each
 * page bundles these in every language, so the boundary can speak even when a catalog failed to load.
 */
export const errorsEn = {
  errorTitle: 'This page could not be shown',
  errorWhat: 'What went wrong: {error}',
  errorDatabase: 'The browser’s database, where Draw Alerts keeps the draws, could not be read.',
  errorStorageFull: 'The browser has no storage space left for Draw Alerts.',
  errorUnexpected: 'An unexpected error in Draw Alerts.',
  errorRecover:
    'Nothing stored was changed or deleted. Reload the page to try again. If it happens again, restart the browser; the official sources keep every draw, and Draw Alerts fetches them again by itself.',
  errorStorageFullRecover:
    'Free some disk space, then reload the page. Nothing stored was changed or deleted.',
  errorReload: 'Reload the page',
  errorTechnical: 'Technical detail',
} as const;
