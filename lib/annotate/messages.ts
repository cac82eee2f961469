import type { ChromeMessages } from '../i18n/chrome-messages';

/**
 * Text of the annotations' own chrome (labels, buttons, the popup control). The figures of a badge
 * and of the banner are built in lib/annotate/badge-text.ts (English for now).
 * Relative imports only: lib/i18n/catalog-en.ts loads this table in wxt.config.ts.
 */
export const annotateMessagesEn: ChromeMessages = {
  annotateBadgeLabel: {
    message: 'Draw Alerts, official record: $RECORD$',
    description: 'Screen-reader name of a badge next to a draw mentioned in an article',
    placeholders: {
      record: { content: '$1', example: '✓ IRCC round #339 · 4,500 ITAs · CRS 410 · Mar 6, 2025' },
    },
  },
  annotateBadgeMismatchLabel: {
    message: 'Draw Alerts: the article differs from the official record. $RECORD$',
    description: 'Screen-reader name of a badge whose article figures differ from the official ones',
    placeholders: { record: { content: '$1', example: 'IRCC: CRS 529 (article: 521)' } },
  },
  annotateBadgeAmbiguousLabel: {
    message: 'Draw Alerts: several official draws fit. $RECORD$',
    description: 'Screen-reader name of a badge for a mention that fits several draws',
    placeholders: { record: { content: '$1', example: '? IRCC: 2 draws fit (#250, #251)' } },
  },
  annotateOfficialLink: {
    message: 'Official record',
    description: 'Link from a badge or the banner to the official page of a draw',
  },
  annotateBannerLabel: {
    message: 'Draw Alerts: draws since this article',
    description: 'Screen-reader name of the banner at the top of an article',
  },
  annotateBannerDismiss: {
    message: 'Hide',
    description: 'Button that hides the banner at the top of an article',
  },
  annotateThisSite: {
    message: 'Annotate this site',
    description: 'Popup button: ask for access to the current site and annotate its articles',
  },
  annotateStopThisSite: {
    message: 'Stop annotating this site',
    description: 'Popup button: no annotations on the current site any more',
  },
  annotateResumeThisSite: {
    message: 'Annotate this site again',
    description: 'Popup button on a curated site the user had turned off',
  },
  annotateGlobalSwitch: {
    message: 'Annotate immigration news articles',
    description: 'Popup checkbox: annotations on or off everywhere',
  },
  annotateSiteOn: {
    message: 'Articles on $SITE$ are annotated.',
    description: 'Popup status line',
    placeholders: { site: { content: '$1', example: 'www.cicnews.com' } },
  },
  annotateSiteOff: {
    message: 'Articles on $SITE$ are not annotated.',
    description: 'Popup status line',
    placeholders: { site: { content: '$1', example: 'www.example.com' } },
  },
  annotateSiteUnavailable: {
    message: 'This page cannot be annotated.',
    description: 'Popup status line on browser pages, files and the like',
  },
  annotatePermissionRefused: {
    message: 'Access to $SITE$ was not granted.',
    description: 'Popup: the user refused the permission prompt',
    placeholders: { site: { content: '$1', example: 'www.example.com' } },
  },
  annotateSiteError: {
    message: 'Could not change annotations for this site: $1',
    description: 'Popup: an error while changing the site setting',
  },
};
