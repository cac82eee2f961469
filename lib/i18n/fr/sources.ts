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
  sourceUnreadableDraws: {
    one: '{count} tirage enregistré n’a pas pu être lu et n’est pas affiché.',
    other: '{count} tirages enregistrés n’ont pas pu être lus et ne sont pas affichés.',
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
  faultTooLarge:
    'La source a répondu par bien plus que ne contient une vraie page ou un vrai flux; la réponse n’a pas été lue.',
  faultRenumbered:
    'Les numéros de ronde de la source ne désignent plus les mêmes rondes qu’avant; rien n’a été enregistré.',
  faultStorageFull: 'Le navigateur n’a plus d’espace de stockage pour Draw Alerts.',
  faultStorageCorrupted:
    'La base de données du navigateur a échoué; Draw Alerts n’a pas pu enregistrer ce qu’il a lu.',
  faultUnknown: 'La source n’a pas pu être lue.',
  reasonUnreachable: 'Serveur : {host}.',
  reasonNoAnswerInTime: '{host} n’a pas répondu en {seconds} s.',
  reasonHttpStatus: '{host} a répondu HTTP {status}.',
  reasonNotModifiedUnasked: '{host} a répondu « non modifié » à une requête qui ne le demandait pas.',
  reasonOffOfficialHost: 'Un lien menait vers {host}, qui n’est pas un site officiel; il n’a pas été suivi.',
  reasonJsonCutShort: {
    one: 'Seulement {count} caractère est arrivé.',
    other: 'Seulement {count} caractères sont arrivés.',
  },
  reasonNoRoundsList: 'Le flux ne contient aucune liste de rondes.',
  reasonNoRounds: 'Le flux ne contient aucune ronde.',
  reasonFewerRounds: 'Il contient {found} rondes alors que {before} avaient été lues auparavant.',
  reasonNoReadableRound: {
    one: 'Sa seule ronde n’a pas pu être lue.',
    other: 'Aucune de ses {count} rondes n’a pu être lue.',
  },
  reasonNoReadableRow: {
    one: 'Sa seule ligne n’a pas pu être lue.',
    other: 'Aucune de ses {count} lignes n’a pu être lue.',
  },
  reasonMissingTable: 'Aucun tableau avec les colonnes {headers}.',
  reasonMissingKeyValueTable: 'Aucun tableau avec les lignes {keys}.',
  reasonMissingMonthlyTable: 'Aucun tableau de totaux mensuels.',
  reasonMissingPostLinks: 'Aucun lien vers les annonces de tirage.',
  reasonPageLooksLikeError: 'La page ressemble à une page de connexion ou d’erreur (« {title} »).',
  reasonPageInOtherLanguage: 'La page est dans une autre langue ({lang}).',
  reasonNoDrawsAnyMore: 'La page n’affiche aucun tirage alors qu’elle en affichait {before}.',
  reasonParserError: 'Draw Alerts n’a pas pu la lire.',
  reasonBodyTooLarge: 'La réponse dépasse {limit} caractères.',
  reasonTooManyNodes: 'La page compte plus de {limit} éléments HTML.',
  reasonTooDeeplyNested: 'La page imbrique des éléments sur plus de {limit} niveaux.',
  reasonTablesTooLarge: 'Ses tableaux comptent plus de {limit} cellules.',
  reasonNumberRedated: 'La ronde {number}, enregistrée au {storedDate}, est maintenant datée du {date}.',
  reasonNumberRecategorised:
    'La ronde {number}, enregistrée comme « {storedCategory} », se lit maintenant « {category} ».',
  reasonRoundUnderNewNumber: 'La ronde {number} reprend la ronde enregistrée {storedNumber} du {date}.',
  reasonDatabaseError: 'Erreur de base de données : {name}.',
  provinceNoteSK:
    'La Saskatchewan n’a publié aucun tirage de déclaration d’intérêt depuis la refonte de son site en 2025.',
  provinceNoteQC:
    'Le Québec publie ses invitations Arrima sur quebec.ca; Draw Alerts ne peut pas encore les lire, et ne peut donc pas vous en alerter.',
  provinceNoteNS:
    'La Nouvelle-Écosse publie le total mensuel des candidats sélectionnés, pas chacun de ses tirages : chaque mois est affiché comme une seule entrée.',
};
