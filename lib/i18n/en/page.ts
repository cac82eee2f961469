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
  // A repeated mention of a round already badged above: a small mark with this name.
  annotateMarkLabel: 'Draw Alerts, as above: {record}',
  // Banner notes when a page is too large to read or mark in full.
  annotateLimitRead: {
    one: 'Draw Alerts stopped after the first draw mention of this page.',
    other: 'Draw Alerts stopped after the first {count} draw mentions of this page.',
  },
  annotateLimitBadges: {
    one: '{count} more mention was checked, not marked (too many).',
    other: '{count} more mentions were checked, not marked (too many).',
  },
} as const;
