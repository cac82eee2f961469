import type { Translation } from '../catalog';
import type { namesEn } from '../en/names';

/** Official French names: IRCC's for federal programs, each province's own for its program. */
export const namesFr: Translation<typeof namesEn> = {
  extName: 'Draw Alerts',
  extDescription:
    'Rondes d’invitations de l’immigration canadienne (Entrée express et provinces), tirées des sources officielles, avec alertes.',

  categoryCec: 'Catégorie de l’expérience canadienne',
  categoryPnp: 'Programme des candidats des provinces',
  categoryFsw: 'Programme des travailleurs qualifiés (fédéral)',
  categoryFst: 'Programme des travailleurs de métiers spécialisés (fédéral)',
  categoryGeneral: 'Générale (tous les programmes)',
  categoryFrench: 'Compétence linguistique en français',
  categoryHealthcare: 'Professions de la santé et des services sociaux',
  categoryStem: 'Professions des STIM',
  categoryTrades: 'Métiers spécialisés',
  categoryTransport: 'Métiers des transports',
  categoryAgriculture: 'Métiers de l’agriculture et de l’agroalimentaire',
  categoryEducation: 'Professions de l’éducation',
  categoryPhysicians: 'Médecins ayant de l’expérience de travail au Canada',
  categorySeniorManagers: 'Cadres supérieurs ayant de l’expérience de travail au Canada',
  categoryMilitary: 'Recrues militaires qualifiées',
  categoryOther: 'Autres rondes',

  provinceAB: 'Alberta (AAIP)',
  provinceBC: 'Colombie-Britannique (BC PNP)',
  provinceMB: 'Manitoba (PCM)',
  provinceNB: 'Nouveau-Brunswick (PCNB)',
  provinceNL: 'Terre-Neuve-et-Labrador (NLPNP)',
  provinceNS: 'Nouvelle-Écosse (NSNP)',
  provinceON: 'Ontario (POCI)',
  provincePE: 'Île-du-Prince-Édouard (PEI PNP)',
  provinceQC: 'Québec (Arrima)',
  provinceSK: 'Saskatchewan (SINP)',

  programShortIrcc: 'IRCC',
  programShortPnp: 'PCP',
  programShortAB: 'AAIP',
  programShortBC: 'BC PNP',
  programShortMB: 'PCM',
  programShortNB: 'PCNB',
  programShortNL: 'NL PNP',
  programShortNS: 'NSNP',
  programShortON: 'POCI',
  programShortPE: 'PEI PNP',
  programShortQC: 'Québec',
  programShortSK: 'SINP',

  scaleAaipEoi: 'points de déclaration d’intérêt (AAIP)',
  scaleBcSirs: 'points SIRS (BC PNP)',
  scaleMpnpEoi: 'points de déclaration d’intérêt (PCM)',
  scaleOinp: 'points de déclaration d’intérêt (POCI)',
  scalePeiEoi: 'points de déclaration d’intérêt (PEI PNP)',
  scaleArrima: 'points de classement Arrima',
};
