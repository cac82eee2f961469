import type { Translation } from '../catalog';
import type { errorsEn } from '../en/errors';

export const errorsFr: Translation<typeof errorsEn> = {
  errorTitle: 'Cette page n’a pas pu être affichée',
  errorWhat: 'Ce qui s’est passé : {error}',
  errorDatabase: 'La base de données du navigateur, où Draw Alerts conserve les rondes, n’a pas pu être lue.',
  errorStorageFull: 'Le navigateur n’a plus d’espace de stockage pour Draw Alerts.',
  errorUnexpected: 'Une erreur inattendue dans Draw Alerts.',
  errorRecover:
    'Rien de ce qui est enregistré n’a été modifié ni supprimé. Rechargez la page pour réessayer. Si cela se reproduit, redémarrez le navigateur; les sources officielles conservent toutes les rondes, et Draw Alerts les récupère de lui-même.',
  errorStorageFullRecover:
    'Libérez de l’espace disque, puis rechargez la page. Rien de ce qui est enregistré n’a été modifié ni supprimé.',
  errorReload: 'Recharger la page',
  errorTechnical: 'Détail technique',
};
