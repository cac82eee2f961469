import type { Translation } from '../catalog';
import type { alertsEn } from '../en/alerts';

export const alertsFr: Translation<typeof alertsEn> = {
  alertTitleExpressEntryNumbered: 'Entrée express, ronde nº {number} · {category}',
  alertTitleExpressEntry: 'Entrée express · {category}',
  alertTitleProvincial: '{province} · {stream}',
  alertInvitations: { one: '{count} invitation', other: '{count} invitations' },
  alertInvitationsFewerThan: 'moins de {count} invitations',
  alertMinimumCrs: 'note minimale du SCG : {score}',
  alertMinimumScoreOnScale: 'note minimale : {score} ({scale})',
  alertMinimumScore: 'note minimale : {score}',
  alertVerdictClears: 'votre note de {score} atteint la note limite',
  alertVerdictShort: {
    one: '{count} point sous la note limite',
    other: '{count} points sous la note limite',
  },
  alertSummaryTitle: { one: '{count} nouveau tirage', other: '{count} nouveaux tirages' },
  alertSummaryMore: '… et {count} de plus',
  badgeTitleNone: 'Draw Alerts : aucun nouveau tirage',
  badgeTitleUnseen: {
    one: 'Draw Alerts : {count} nouveau tirage que vous suivez',
    other: 'Draw Alerts : {count} nouveaux tirages que vous suivez',
  },
};
