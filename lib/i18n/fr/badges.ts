import type { Translation } from '../catalog';
import type { badgesEn } from '../en/badges';

/** IRCC says « ronde » for Express Entry; provinces say « tirage ». */
export const badgesFr: Translation<typeof badgesEn> = {
  annotateRound: 'Ronde {source}',
  annotateRoundNumbered: 'Ronde {source} nº {number}',
  annotateDraw: 'Tirage {source}',
  annotateDrawNumbered: 'Tirage {source} nº {number}',
  annotateItas: { one: '{count} invitation', other: '{count} invitations' },
  annotateItasFewerThan: '< {count} invitations',
  annotateItasUnknown: '? invitations',
  annotateInvitationsUnknown: '? invitations',
  annotateInvitations: { one: '{count} invitation', other: '{count} invitations' },
  annotateInvitationsFewerThan: '< {count} invitations',
  annotateCrs: 'SCG {score}',
  annotateMinScore: 'note min. {score}',
  annotateNumber: 'nº {number}',
  annotateTieBreak: 'départage {time}',
  annotateUnknownValue: '?',
  annotateDiffers: '{official} (article : {article})',
  annotateBadgeOk: '✓ {record}',
  annotateBadgeMismatch: '{round} : {differences}',
  annotateBadgeAmbiguous: {
    one: '? {source} : {count} tirage correspond ({draws})',
    other: '? {source} : {count} tirages correspondent ({draws})',
  },
  annotateJoinParts: '{first} · {next}',
  annotateJoinList: '{first}, {next}',
  annotateSinceNoRounds: 'Aucune ronde d’Entrée express depuis cet article',
  annotateSinceRounds: {
    one: '{count} ronde d’Entrée express depuis cet article',
    other: '{count} rondes d’Entrée express depuis cet article',
  },
  annotateSinceNoDraws: 'Aucun tirage {source} depuis cet article',
  annotateSinceRoundsFrom: {
    one: '{count} ronde d’Entrée express depuis le {date}, la première enregistrée ici',
    other: '{count} rondes d’Entrée express depuis le {date}, la première enregistrée ici',
  },
  annotateSinceDrawsFrom: {
    one: '{count} tirage {source} depuis le {date}, le premier enregistré ici',
    other: '{count} tirages {source} depuis le {date}, le premier enregistré ici',
  },
  annotateSinceDraws: {
    one: '{count} tirage {source} depuis cet article',
    other: '{count} tirages {source} depuis cet article',
  },
  annotateLatest: 'le plus récent : {date}',
  annotateLatestNumbered: 'le plus récent : nº {number}, {date}',
};
