import type { Translation } from '../catalog';
import type { sourcesEn } from '../en/sources';

export const sourcesFr: Translation<typeof sourcesEn> = {
  sourceExpressEntry: 'Entrée express (IRCC)',
  sourceNB: 'Nouveau-Brunswick (PCNB / PICA)',
  sourceNL: 'Terre-Neuve-et-Labrador (NLPNP / PICA)',
  sourceNeverChecked: '{source} : aucune vérification pour l’instant.',
  sourceCheckedAgo: '{source} : dernière vérification {ago}.',
  sourceFailingSince: '{source} : en échec depuis le {since} ({ago}).',
  sourceLastGood: 'Dernière lecture réussie {ago}. Les rondes déjà enregistrées restent affichées.',
  sourceSkippedRows: {
    one: '{count} entrée n’a pas pu être lue et a été laissée de côté.',
    other: '{count} entrées n’ont pas pu être lues et ont été laissées de côté.',
  },
  faultNetwork: 'La source n’a pas pu être jointe.',
  faultTimeout: 'La source n’a pas répondu à temps.',
  faultHttp: 'La source a répondu par une erreur.',
  faultEmpty: 'La source a répondu par une page vide.',
  faultNotJson: 'La source a répondu par autre chose que ses données.',
  faultErrorPage: 'La source a répondu par une page d’erreur au lieu de ses données.',
  faultShape: 'Les données de la source ne sont pas sous la forme que connaît Draw Alerts.',
  faultTruncated: 'La réponse de la source était incomplète.',
  faultLayout: 'La mise en page a changé; Draw Alerts ne peut plus la lire.',
  faultUnknown: 'La source n’a pas pu être lue.',
  provinceNoteSK:
    'La Saskatchewan n’a publié aucun tirage de déclaration d’intérêt depuis la refonte de son site en 2025.',
  provinceNoteNS:
    'La Nouvelle-Écosse publie le total mensuel des candidats sélectionnés, pas chacun de ses tirages : chaque mois est affiché comme une seule entrée.',
};
