import type { Translation } from '../catalog';
import type { pageEn } from '../en/page';

export const pageFr: Translation<typeof pageEn> = {
  annotateBadgeLabel: 'Draw Alerts, données officielles : {record}',
  annotateBadgeMismatchLabel: 'Draw Alerts : l’article diffère des données officielles. {record}',
  annotateBadgeAmbiguousLabel: 'Draw Alerts : plusieurs tirages officiels correspondent. {record}',
  annotateOfficialLink: 'Données officielles',
  annotateBannerLabel: 'Draw Alerts : tirages depuis cet article',
  annotateBannerDismiss: 'Masquer',
};
