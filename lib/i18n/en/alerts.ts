/**
 * Notifications and the toolbar badge. Fragments are joined with " · " into lines; the first letter
 * of each line is capitalised in code.
 */
export const alertsEn = {
  alertTitleExpressEntryNumbered: 'Express Entry #{number} · {category}',
  alertTitleExpressEntry: 'Express Entry · {category}',
  alertTitleProvincial: '{province} · {stream}',
  alertInvitations: { one: '{count} invitation', other: '{count} invitations' },
  alertInvitationsFewerThan: 'fewer than {count} invitations',
  alertMinimumCrs: 'minimum CRS {score}',
  alertMinimumScoreOnScale: 'minimum score {score} ({scale})',
  alertMinimumScore: 'minimum score {score}',
  alertVerdictClears: 'your {score} clears the cut-off',
  alertVerdictShort: {
    one: '{count} point short of the cut-off',
    other: '{count} points short of the cut-off',
  },
  // One notification stands for several new draws (always more than 3).
  alertSummaryTitle: { one: '{count} new draw', other: '{count} new draws' },
  alertSummaryMore: '…and {count} more',
  badgeTitleNone: 'Draw Alerts: no new draw',
  badgeTitleUnseen: {
    one: 'Draw Alerts: {count} new draw you follow',
    other: 'Draw Alerts: {count} new draws you follow',
  },
} as const;
