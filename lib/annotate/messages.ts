import type { ChromeMessage, ChromeMessages } from '../i18n/chrome-messages';

/**
 * Text of the annotations: the badges and the banner (put together by lib/annotate/badge-text.ts
 * from these pieces) and their own chrome (labels, buttons, the popup control).
 * Relative imports only: lib/i18n/catalog-en.ts loads this table in wxt.config.ts.
 */

/** A message whose placeholders `$NAME$`, in order, are the substitutions $1, $2, ... */
function slots(message: string, description: string, examples: Record<string, string>): ChromeMessage {
  return {
    message,
    description,
    placeholders: Object.fromEntries(
      Object.entries(examples).map(([name, example], index) => [name, { content: `$${index + 1}`, example }]),
    ),
  };
}

const source = (name: string, program: string): ChromeMessage => ({
  message: name,
  description: `Short name of ${program}, as a badge or the banner names where a draw comes from`,
});

/** Pieces of the badge and banner texts ("✓ IRCC round #339 · 4,500 ITAs · CRS 410 · Mar 6, 2025"). */
const badgeTextMessagesEn: ChromeMessages = {
  programShortIrcc: source('IRCC', 'Immigration, Refugees and Citizenship Canada (Express Entry)'),
  programShortPnp: source('PNP', 'a Provincial Nominee Program whose province is unknown'),
  programShortAB: source('AAIP', 'the Alberta Advantage Immigration Program'),
  programShortBC: source('BC PNP', 'the British Columbia Provincial Nominee Program'),
  programShortMB: source('MPNP', 'the Manitoba Provincial Nominee Program'),
  programShortNB: source('NB PNP', 'the New Brunswick Provincial Nominee Program'),
  programShortNL: source('NL PNP', 'the Newfoundland and Labrador Provincial Nominee Program'),
  programShortNS: source('NSNP', 'the Nova Scotia Nominee Program'),
  programShortON: source('OINP', 'the Ontario Immigrant Nominee Program'),
  programShortPE: source('PEI PNP', 'the Prince Edward Island Provincial Nominee Program'),
  programShortQC: source('Québec', "Québec's own immigration program (Arrima)"),
  programShortSK: source('SINP', 'the Saskatchewan Immigrant Nominee Program'),
  annotateRound: slots('$SOURCE$ round', 'An Express Entry round whose number is unknown', {
    source: 'IRCC',
  }),
  annotateRoundNumbered: slots('$SOURCE$ round #$NUMBER$', 'An Express Entry round and its number', {
    source: 'IRCC',
    number: '339',
  }),
  annotateDraw: slots('$SOURCE$ draw', 'A provincial draw whose number is unknown', { source: 'OINP' }),
  annotateDrawNumbered: slots('$SOURCE$ draw #$NUMBER$', 'A provincial draw and its number', {
    source: 'MPNP',
    number: '166',
  }),
  annotateItasOne: slots('$COUNT$ ITA', 'Invitations to apply of an Express Entry round (one)', {
    count: '1',
  }),
  annotateItasOther: slots('$COUNT$ ITAs', 'Invitations to apply of an Express Entry round (several)', {
    count: '4,500',
  }),
  annotateItasFewerThan: slots('<$COUNT$ ITAs', 'Fewer than this many invitations to apply', {
    count: '10',
  }),
  annotateInvitationsOne: slots('$COUNT$ invitation', 'Invitations of a provincial draw (one)', {
    count: '1',
  }),
  annotateInvitationsOther: slots('$COUNT$ invitations', 'Invitations of a provincial draw (several)', {
    count: '336',
  }),
  annotateInvitationsFewerThan: slots('<$COUNT$ invitations', 'Fewer than this many invitations', {
    count: '10',
  }),
  annotateCrs: slots('CRS $SCORE$', 'Lowest Comprehensive Ranking System score invited', { score: '410' }),
  annotateMinScore: slots('min score $SCORE$', 'Lowest score invited in a provincial draw', {
    score: '80',
  }),
  annotateNumber: slots('#$NUMBER$', 'A draw number on its own', { number: '339' }),
  annotateTieBreak: slots('tie-break $TIME$', "Date and time of a round's tie-breaking rule", {
    time: '2022-11-24T21:14Z',
  }),
  annotateUnknownValue: {
    message: '?',
    description: 'Stands for a figure the official record does not give',
  },
  annotateDiffers: slots(
    '$OFFICIAL$ (article: $ARTICLE$)',
    'A figure that differs: the official value, then what the article says',
    { official: 'CRS 529', article: '521' },
  ),
  annotateBadgeOk: slots('✓ $RECORD$', 'Badge: the article agrees with the official record', {
    record: 'IRCC round #339 · 4,500 ITAs · CRS 410 · Mar 6, 2025',
  }),
  annotateBadgeMismatch: slots('$SOURCE$: $DIFFERENCES$', 'Badge: the figures the article gets wrong', {
    source: 'IRCC',
    differences: 'CRS 529 (article: 521)',
  }),
  annotateBadgeAmbiguousOne: slots(
    '? $SOURCE$: $COUNT$ draw fits ($DRAWS$)',
    'Badge: a mention that fits several official draws (one)',
    { source: 'IRCC', count: '1', draws: '#142' },
  ),
  annotateBadgeAmbiguousOther: slots(
    '? $SOURCE$: $COUNT$ draws fit ($DRAWS$)',
    'Badge: a mention that fits several official draws',
    { source: 'IRCC', count: '2', draws: '#142, #141' },
  ),
  annotateJoinParts: slots('$FIRST$ · $NEXT$', 'Separates the parts of a badge or banner line', {
    first: 'IRCC round #339',
    next: '4,500 ITAs',
  }),
  annotateJoinList: slots('$FIRST$, $NEXT$', 'Separates the items of a list of draws', {
    first: '#142',
    next: '#141',
  }),
  annotateSinceNoRounds: {
    message: 'No Express Entry rounds since this article',
    description: 'Banner: no Express Entry round after the article was published',
  },
  annotateSinceRoundsOne: slots(
    '$COUNT$ Express Entry round since this article',
    'Banner: Express Entry rounds after the article was published (one)',
    { count: '1' },
  ),
  annotateSinceRoundsOther: slots(
    '$COUNT$ Express Entry rounds since this article',
    'Banner: Express Entry rounds after the article was published (several)',
    { count: '3' },
  ),
  annotateSinceNoDraws: slots(
    'No $SOURCE$ draws since this article',
    "Banner: no draw of a province's program after the article was published",
    { source: 'MPNP' },
  ),
  annotateSinceDrawsOne: slots(
    '$COUNT$ $SOURCE$ draw since this article',
    "Banner: draws of a province's program after the article was published (one)",
    { count: '1', source: 'MPNP' },
  ),
  annotateSinceDrawsOther: slots(
    '$COUNT$ $SOURCE$ draws since this article',
    "Banner: draws of a province's program after the article was published (several)",
    { count: '3', source: 'MPNP' },
  ),
  annotateLatest: slots('latest $DATE$', 'Banner: date of the newest draw', { date: 'Aug 7, 2026' }),
  annotateLatestNumbered: slots('latest #$NUMBER$, $DATE$', 'Banner: number and date of the newest draw', {
    number: '434',
    date: 'Aug 7, 2026',
  }),
};

export const annotateMessagesEn: ChromeMessages = {
  ...badgeTextMessagesEn,
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
