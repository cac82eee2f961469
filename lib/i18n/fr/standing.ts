import type { Translation } from '../catalog';
import type { standingEn } from '../en/standing';

export const standingFr: Translation<typeof standingEn> = {
  verdictClosedNominees: 'vous n’y étiez pas admissible (candidats des provinces seulement)',
  verdictClosedPrograms: 'vous n’y étiez pas admissible ({programs} seulement)',
  verdictClosedFrench: 'vous n’y étiez pas admissible (français de niveau NCLC 7 ou plus seulement)',
  verdictClosedOccupation: 'vous n’y étiez pas admissible ({category} seulement)',
  verdictOpenClears: 'vous y étiez admissible : votre note aurait suffi ({score} ≥ {cutOff})',
  verdictOpenShort: {
    one: 'vous y étiez admissible : {count} point de moins',
    other: 'vous y étiez admissible : {count} points de moins',
  },
  verdictOpen: 'vous y étiez admissible',
  verdictNeedsPrograms: 'précisez vos programmes pour savoir si cette ronde vous était ouverte',
  verdictNeedsNomination:
    'précisez votre désignation provinciale pour savoir si cette ronde vous était ouverte',
  verdictNeedsFrench: 'précisez votre niveau de français pour savoir si cette ronde vous était ouverte',
  verdictNeedsOccupations:
    'précisez vos catégories professionnelles pour savoir si cette ronde vous était ouverte',
  verdictUnknown: 'admissibilité inconnue',
  verdictScoreClears: 'votre note de {score} ≥ la note limite de {cutOff}',
  verdictScoreShort: {
    one: 'votre note de {score} : {count} point de moins',
    other: 'votre note de {score} : {count} points de moins',
  },

  whoNominees:
    'Candidats des provinces seulement (leur note du SCG comprend les 600 points d’une désignation)',
  whoPrograms: 'Seuls les candidats au titre de : {programs}',
  whoEveryone: 'Tous les candidats du bassin ({programs})',
  whoFrench:
    'Candidats ayant un niveau NCLC 7 ou plus en français dans les quatre compétences, au titre de : {programs}',
  whoOccupation: 'Candidats admissibles à la catégorie « {category} », au titre de : {programs}',
  whoCategoryUnknown:
    'Aucune règle de Draw Alerts ne connaît encore cette catégorie : consultez la page officielle.',
  whoProgramsUnknown: 'Le dossier officiel ne dit pas quels programmes étaient visés.',
  whoAlsoOther: 'Le dossier officiel nomme aussi : {text}',

  detailsShow: 'Détails de la ronde {round}',
  detailsClose: 'Fermer les détails',
  detailsExpressEntryTitle: 'Ronde d’invitations nº {number} d’Entrée express',
  detailsExpressEntryTitleUnnumbered: 'Ronde d’invitations d’Entrée express du {date}',
  detailsRanAt: 'Date et heure de la ronde',
  detailsTieBreaking: 'Règle de départage',
  detailsTieBreakingExplained:
    'Parmi les candidats ayant la note limite, ceux qui avaient soumis leur profil avant ce moment ont été invités.',
  detailsProgramsEligible: 'Programmes visés',
  detailsWhoCouldEnter: 'Qui était admissible',
  detailsYourVerdict: 'Pour vous',
  detailsInvitations: 'Invitations',
  detailsMinimumCrs: 'Note du SCG du candidat le moins bien classé ayant reçu une invitation',
  detailsMinimumScore: 'Note minimale',
  detailsScale: 'Grille',
  detailsStream: 'Volet',
  detailsNotes: 'Remarques',
  detailsDate: 'Date',
  detailsNotPublished: 'non publié',
  detailsDistribution: 'Répartition des notes du SCG des candidats dans le bassin au {date}',
  detailsDistributionNone: 'IRCC n’a publié aucune répartition du bassin avec cette ronde.',
  detailsOfficialPage: 'Page officielle de cette ronde (canada.ca)',
  detailsOfficialPageProvince: 'Page officielle : {province}',
  detailsNotFound: 'Cette ronde n’est pas (ou plus) enregistrée.',

  poolHeading: 'Ma place dans le bassin',
  poolPosition:
    'Au {date} : environ {count} des {total} profils ont une note égale ou supérieure à votre {score} (estimation par tranche).',
  poolPositionExact:
    'Au {date} : {count} des {total} profils ont une note égale ou supérieure à votre {score}.',
  poolMovedUp: '{count} de plus que le {date}.',
  poolMovedDown: '{count} de moins que le {date}.',
  poolUnchanged: 'Autant que le {date}.',
  poolTrend: '{count} derniers relevés, du plus ancien au plus récent : {values}.',
  poolNoScore: 'Indiquez votre note du SCG pour voir votre place dans le bassin.',
  poolNoDistribution: 'Aucune répartition du bassin n’est encore enregistrée.',
  chartLabel: 'Répartition des notes du SCG des {total} profils du bassin au {date}',
  chartYourScore: 'votre {score}',
  chartBand: '{from}–{to}',
  chartTableCaption: 'Profils par tranche de notes du SCG au {date}',
  chartColumnBand: 'Tranche du SCG',
  chartColumnProfiles: 'Profils',
  chartShowTable: 'La répartition sous forme de tableau',

  profileShortHeading: 'Mon profil :',
  profileShortEdit: 'Modifier',
  profileShortHide: 'Masquer',
  profileSummaryCrs: 'SCG {score}',
  profileSummaryCrsUnset: 'SCG non précisé',
  profileSummaryProgramsUnset: 'programmes non précisés',
  profileSummaryNoProgram: 'aucun programme',
  profileSummaryNominee: 'désignation provinciale',
  profileSummaryNotNominee: 'aucune désignation',
  profileSummaryNominationUnset: 'désignation non précisée',
  profileSummaryFrench: 'français NCLC 7+',
  profileSummaryNoFrench: 'pas de français NCLC 7',
  profileSummaryFrenchUnset: 'français non précisé',
  profileSummaryOccupations: {
    one: '{count} catégorie professionnelle',
    other: '{count} catégories professionnelles',
  },
  profileSummaryOccupationsUnset: 'professions non précisées',
};
