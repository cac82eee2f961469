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
    one: 'Draw Alerts s’est arrêté à la première mention de tirage de cette page.',
    other: 'Draw Alerts s’est arrêté aux {count} premières mentions de tirages de cette page.',
  },
  annotateLimitBadges: {
    one: '{count} autre mention vérifiée, non marquée (trop nombreuses).',
    other: '{count} autres mentions vérifiées, non marquées (trop nombreuses).',
  },
};
