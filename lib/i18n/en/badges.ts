/**
 * Pieces of the annotation badges and banner, put together in the background by
 * lib/annotate/resolving/badge-text.ts ("✓ IRCC round #339 · 4,500 ITAs · CRS 410 · Mar 6, 2025").
 */
export const badgesEn = {
  annotateRound: '{source} round',
  annotateRoundNumbered: '{source} round #{number}',
  annotateDraw: '{source} draw',
  annotateDrawNumbered: '{source} draw #{number}',
  annotateItas: { one: '{count} ITA', other: '{count} ITAs' },
  annotateItasFewerThan: '<{count} ITAs',
  annotateItasUnknown: '? ITAs',
  annotateInvitationsUnknown: '? invitations',
  annotateInvitations: { one: '{count} invitation', other: '{count} invitations' },
  annotateInvitationsFewerThan: '<{count} invitations',
  annotateCrs: 'CRS {score}',
  annotateMinScore: 'min score {score}',
  annotateNumber: '#{number}',
  annotateTieBreak: 'tie-break {time}',
  // A figure the official record does not give.
  annotateUnknownValue: '?',
  // A figure that differs: the official value, then what the article says.
  annotateDiffers: '{official} (article: {article})',
  annotateBadgeOk: '✓ {record}',
  // A figure the article has wrong: the round it was checked against, then what differs.
  annotateBadgeMismatch: '{round}: {differences}',
  annotateBadgeAmbiguous: {
    one: '? {source}: {count} draw fits ({draws})',
    other: '? {source}: {count} draws fit ({draws})',
  },
  annotateJoinParts: '{first} · {next}',
  annotateJoinList: '{first}, {next}',
  annotateSinceNoRounds: 'No Express Entry rounds since this article',
  annotateSinceRounds: {
    one: '{count} Express Entry round since this article',
    other: '{count} Express Entry rounds since this article',
  },
  annotateSinceNoDraws: 'No {source} draws since this article',
  // What is stored of the source starts after the article: counted from the first stored draw.
  annotateSinceRoundsFrom: {
    one: '{count} Express Entry round since {date}, the first on record here',
    other: '{count} Express Entry rounds since {date}, the first on record here',
  },
  annotateSinceDrawsFrom: {
    one: '{count} {source} draw since {date}, the first on record here',
    other: '{count} {source} draws since {date}, the first on record here',
  },
  annotateSinceDraws: {
    one: '{count} {source} draw since this article',
    other: '{count} {source} draws since this article',
  },
  annotateLatest: 'latest {date}',
  annotateLatestNumbered: 'latest #{number}, {date}',
} as const;
