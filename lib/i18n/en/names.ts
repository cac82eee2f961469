/**
 * Names: the extension's, Express Entry categories, provinces and their programs, provincial score
 * scales. Category labels are short and stable across IRCC's renames; the official name of a round
 * is shown beside them as published (see lib/sources/express-entry/french-names.ts for French).
 */
export const namesEn = {
  extName: 'Draw Alerts',
  extDescription:
    'Canadian immigration draws (Express Entry and provincial programs) from the official sources, with alerts.',

  categoryCec: 'Canadian Experience Class',
  categoryPnp: 'Provincial Nominee Program',
  categoryFsw: 'Federal Skilled Worker',
  categoryFst: 'Federal Skilled Trades',
  categoryGeneral: 'General (all programs)',
  categoryFrench: 'French-language proficiency',
  categoryHealthcare: 'Healthcare and social services occupations',
  categoryStem: 'STEM occupations',
  categoryTrades: 'Trade occupations',
  categoryTransport: 'Transport occupations',
  categoryAgriculture: 'Agriculture and agri-food occupations',
  categoryEducation: 'Education occupations',
  categoryPhysicians: 'Physicians with Canadian work experience',
  categorySeniorManagers: 'Senior managers with Canadian work experience',
  categoryMilitary: 'Skilled military recruits',
  categoryResearchers: 'Researchers with Canadian work experience',
  categoryOther: 'Other rounds',

  // Short labels for the popup's table, stable whatever IRCC calls this year's round.
  categoryShortCec: 'CEC',
  categoryShortPnp: 'PNP',
  categoryShortFsw: 'FSW',
  categoryShortFst: 'FST',
  categoryShortGeneral: 'General',
  categoryShortFrench: 'French',
  categoryShortHealthcare: 'Healthcare',
  categoryShortStem: 'STEM',
  categoryShortTrades: 'Trades',
  categoryShortTransport: 'Transport',
  categoryShortAgriculture: 'Agriculture',
  categoryShortEducation: 'Education',
  categoryShortPhysicians: 'Physicians',
  categoryShortSeniorManagers: 'Senior managers',
  categoryShortMilitary: 'Military',
  categoryShortResearchers: 'Researchers',
  categoryShortOther: 'Other',

  // Province labels name the program, as people search for it ("MPNP draw").
  provinceAB: 'Alberta (AAIP)',
  provinceBC: 'British Columbia (BC PNP)',
  provinceMB: 'Manitoba (MPNP)',
  provinceNB: 'New Brunswick (NBPNP)',
  provinceNL: 'Newfoundland and Labrador (NLPNP)',
  provinceNS: 'Nova Scotia (NSNP)',
  provinceON: 'Ontario (OINP)',
  provincePE: 'Prince Edward Island (PEI PNP)',
  provinceQC: 'Quebec (Arrima)',
  provinceSK: 'Saskatchewan (SINP)',

  // Short names of where a draw comes from (badges, the popup's first column).
  programShortIrcc: 'IRCC',
  programShortPnp: 'PNP',
  programShortAB: 'AAIP',
  programShortBC: 'BC PNP',
  programShortMB: 'MPNP',
  programShortNB: 'NB PNP',
  programShortNL: 'NL PNP',
  programShortNS: 'NSNP',
  programShortON: 'OINP',
  programShortPE: 'PEI PNP',
  programShortQC: 'Québec',
  programShortSK: 'SINP',

  scaleCrs: 'CRS',
  // Each province scores on its own grid, never CRS.
  scaleAaipEoi: 'AAIP EOI points',
  scaleBcSirs: 'BC PNP SIRS points',
  scaleMpnpEoi: 'MPNP EOI points',
  scaleOinp: 'OINP EOI points',
  scalePeiEoi: 'PEI EOI points',
  scaleArrima: 'Arrima ranking points',
} as const;
