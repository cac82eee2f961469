/** How each official source is doing, and why one fails (one sentence per fault kind). */
export const sourcesEn = {
  sourceExpressEntry: 'Express Entry (IRCC)',
  // Sources whose page also lists the Atlantic Immigration Program's invitations.
  sourceNB: 'New Brunswick (NBPNP / AIP)',
  sourceNL: 'Newfoundland and Labrador (NLPNP / AIP)',
  sourceNeverChecked: '{source}: not checked yet.',
  sourceCheckedAgo: '{source}: checked {ago}.',
  sourceFailingSince: '{source} is failing since {since} ({ago}).',
  sourceLastGood: 'Last good read {ago}. Draws already stored stay listed.',
  sourceSkippedRows: {
    one: '{count} entry could not be read and was left out.',
    other: '{count} entries could not be read and were left out.',
  },
  faultNetwork: 'The source could not be reached.',
  faultTimeout: 'The source did not answer in time.',
  faultHttp: 'The source answered with an error.',
  faultEmpty: 'The source answered with an empty page.',
  faultNotJson: 'The source answered with something that is not its data.',
  faultErrorPage: 'The source answered with an error page instead of its data.',
  faultShape: "The source's data is not in the form Draw Alerts knows.",
  faultTruncated: "The source's answer was incomplete.",
  faultLayout: "The page's layout changed; Draw Alerts cannot read it.",
  faultUnknown: 'The source could not be read.',
  provinceNoteSK: 'Saskatchewan has published no Expression of Interest draws since its 2025 redesign.',
  provinceNoteNS:
    'Nova Scotia publishes monthly totals of candidates selected, not its single draws: each month is listed as one entry.',
} as const;
