/**
 * Where the user stands: who could enter a round, the verdict for the user, round details, the
 * user's place in the Express Entry pool, and the short profile in the popup.
 */
export const standingEn = {
  // Verdicts. Fragments, lower-case: a line that starts with one is capitalised in code.
  verdictClosedNominees: 'not open to you (provincial nominees only)',
  verdictClosedPrograms: 'not open to you ({programs} only)',
  verdictClosedFrench: 'not open to you (French at NCLC 7 or higher only)',
  verdictClosedOccupation: 'not open to you ({category} only)',
  verdictOpenClears: 'open to you: would have been invited ({score} ≥ {cutOff})',
  verdictOpenShort: {
    one: 'open to you: {count} point short',
    other: 'open to you: {count} points short',
  },
  verdictOpen: 'open to you',
  verdictNeedsPrograms: 'set your programs to see whether this round was open to you',
  verdictNeedsNomination: 'set your provincial nomination to see whether this round was open to you',
  verdictNeedsFrench: 'set your French level to see whether this round was open to you',
  verdictNeedsOccupations: 'set your occupation categories to see whether this round was open to you',
  verdictUnknown: 'eligibility unknown',
  verdictScoreClears: 'your {score} ≥ the cut-off {cutOff}',
  verdictScoreShort: {
    one: 'your {score}: {count} point short',
    other: 'your {score}: {count} points short',
  },

  // Who could enter a round, from the official record.
  whoNominees: 'Provincial nominees only (their CRS includes the 600 points of a nomination)',
  whoPrograms: '{programs} candidates only',
  whoEveryone: 'Every candidate in the pool ({programs})',
  whoFrench: 'Candidates with French at NCLC 7 or higher in all four abilities, under {programs}',
  whoOccupation: 'Candidates who qualify for “{category}”, under {programs}',
  whoCategoryUnknown: 'No rule of Draw Alerts knows this category yet: see the official page.',
  whoProgramsUnknown: 'The official record does not say which programs could enter.',
  whoAlsoOther: 'The official record also names: {text}',

  // Round details.
  detailsShow: 'Details of round {round}',
  detailsClose: 'Close the details',
  detailsExpressEntryTitle: 'Express Entry round #{number}',
  detailsExpressEntryTitleUnnumbered: 'Express Entry round of {date}',
  detailsRanAt: 'Date and time of the round',
  detailsTieBreaking: 'Tie-breaking rule',
  detailsTieBreakingExplained:
    'Of the candidates with the cut-off score, those who submitted their profile before this moment were invited.',
  detailsProgramsEligible: 'Programs eligible',
  detailsWhoCouldEnter: 'Who could enter',
  detailsYourVerdict: 'For you',
  detailsInvitations: 'Invitations',
  detailsMinimumCrs: 'CRS score of the lowest-ranked candidate invited',
  detailsMinimumScore: 'Minimum score',
  detailsScale: 'Scale',
  detailsStream: 'Stream',
  detailsNotes: 'Notes',
  detailsDate: 'Date',
  detailsNotPublished: 'not published',
  detailsDistribution: 'CRS distribution of the pool on {date}',
  detailsDistributionNone: 'IRCC published no pool distribution with this round.',
  detailsOfficialPage: 'Official page of this round (canada.ca)',
  detailsOfficialPageProvince: 'Official page: {province}',
  detailsNotFound: 'This round is not stored (any more).',

  // The pool.
  poolHeading: 'Where I stand in the pool',
  poolPosition:
    'As of {date}: about {count} of {total} profiles score at or above your {score} (an estimate by band).',
  poolPositionExact: 'As of {date}: {count} of {total} profiles score at or above your {score}.',
  poolMovedUp: '{count} more than on {date}.',
  poolMovedDown: '{count} fewer than on {date}.',
  poolUnchanged: 'The same as on {date}.',
  poolTrend: 'Last {count} snapshots, oldest first: {values}.',
  poolNoScore: 'Set your CRS to see where you stand in the pool.',
  poolNoDistribution: 'No pool distribution is stored yet.',
  chartLabel: 'CRS distribution of the {total} profiles in the pool on {date}',
  chartYourScore: 'your {score}',
  chartBand: '{from}–{to}',
  chartTableCaption: 'Profiles per CRS band on {date}',
  chartColumnBand: 'CRS band',
  chartColumnProfiles: 'Profiles',
  chartShowTable: 'The distribution as a table',

  // The short profile in the popup.
  profileShortHeading: 'My profile:',
  profileShortEdit: 'Edit',
  profileShortHide: 'Hide',
  profileSummaryCrs: 'CRS {score}',
  profileSummaryCrsUnset: 'CRS not set',
  profileSummaryProgramsUnset: 'programs not set',
  profileSummaryNoProgram: 'no program',
  profileSummaryNominee: 'nominee',
  profileSummaryNotNominee: 'no nomination',
  profileSummaryNominationUnset: 'nomination not set',
  profileSummaryFrench: 'French NCLC 7+',
  profileSummaryNoFrench: 'no French NCLC 7',
  profileSummaryFrenchUnset: 'French not set',
  profileSummaryOccupations: { one: '{count} occupation category', other: '{count} occupation categories' },
  profileSummaryOccupationsUnset: 'occupations not set',
} as const;
