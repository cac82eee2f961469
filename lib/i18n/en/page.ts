/**
 * The content script's own words around a badge or the banner (the texts themselves come from the
 * background, already worded). Kept apart so the content script bundles only these, in every language.
 */
export const pageEn = {
  annotateBadgeLabel: 'Draw Alerts, official record: {record}',
  annotateBadgeMismatchLabel: 'Draw Alerts: the article differs from the official record. {record}',
  annotateBadgeAmbiguousLabel: 'Draw Alerts: several official draws fit. {record}',
  annotateOfficialLink: 'Official record',
  annotateBannerLabel: 'Draw Alerts: draws since this article',
  annotateBannerDismiss: 'Hide',
} as const;
