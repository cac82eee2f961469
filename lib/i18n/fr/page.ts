import type { Translation } from '../catalog';
import type { pageEn } from '../en/page';

export const pageFr: Translation<typeof pageEn> = {
  annotateBadgeLabel: 'Draw Alerts, données officielles : {record}',
  annotateBadgeMismatchLabel: 'Draw Alerts : l’article diffère des données officielles. {record}',
  annotateBadgeAmbiguousLabel: 'Draw Alerts : plusieurs tirages officiels correspondent. {record}',
  annotateOfficialLink: 'Données officielles',
  annotateBannerLabel: 'Draw Alerts : tirages depuis cet article',
  annotateBannerDismiss: 'Masquer',
  annotateMarkLabel: 'Draw Alerts, comme ci-dessus : {record}',
  annotateLimitRead: {
    one: 'Draw Alerts a lu cette page jusqu’à sa première mention de tirage et s’est arrêté là.',
    other:
      'Draw Alerts a lu cette page jusqu’à ses {count} premières mentions de tirages et s’est arrêté là.',
  },
  annotateLimitBadges: {
    one: '{count} autre mention a été vérifiée sans être marquée : la page en compte trop.',
    other: '{count} autres mentions ont été vérifiées sans être marquées : la page en compte trop.',
  },
};
