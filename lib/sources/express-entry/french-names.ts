import type { Draw } from '@/lib/draws/draw';
import type { Language } from '@/lib/i18n/languages';

/**
 * IRCC's own French names of Express Entry rounds (`drawName` of the French feed,
 * ee_rounds_123_fr.json), keyed by the English name of the same rounds. The English feed stays the
 * source of record; a name not listed here is shown as IRCC wrote it in English, never translated
 * by us. IRCC renames in place (and the French followed), so an old stored English name is looked
 * up under the name its rounds carry now: "(2023-1)" and "(2024-1)" became "(Version 1)".
 */
const FRENCH_BY_ENGLISH: Readonly<Record<string, string>> = {
  'no program specified': 'Aucun programme spécifié',
  general: 'Générale',
  'canadian experience class': 'Catégorie de l’expérience canadienne',
  'provincial nominee program': 'Programme des candidats des provinces',
  'federal skilled trades': 'Programme des travailleurs de métiers spécialisés (fédéral)',
  'federal skilled worker': 'Programme des travailleurs qualifiés (fédéral)',
  'healthcare occupations (version 1)': 'Professions de la santé (Version 1)',
  'stem occupations (version 1)': 'Professions des STIM (Version 1)',
  'french language proficiency (version 1)': 'Compétence linguistique en français (Version 1)',
  // First "Métiers (Version 1)"; IRCC renamed it in place since.
  'trade occupations (version 1)': 'Métiers spécialisés (Version 1)',
  'transport occupations (version 1)': 'Métiers des transports (Version 1)',
  'agriculture and agri-food occupations (version 1)':
    'Métiers de l’agriculture et de l’agroalimentaire (Version 1)',
  'education occupations (version 1)': 'Professions de l’éducation (Version 1)',
  'healthcare and social services occupations (version 2)':
    'Professions de la santé et des services sociaux (Version 2)',
  'trade occupations (version 2)': 'Métiers (Version 2)',
  'french-language proficiency 2026-version 2': 'Compétence linguistique en français 2026-Version 2',
  'physicians with canadian work experience, 2026-version 1':
    'Médecins ayant de l’expérience de travail au Canada 2026-Version 1',
  'healthcare and social services occupations, 2026-version 3':
    'Professions de la santé et des services sociaux 2026-version 3',
  'senior managers with canadian work experience, 2026-version 1':
    'Cadres supérieurs/cadres supérieures ayant de l’expérience de travail au Canada 2026-version 1',
  'trades occupations, 2026-version 3': 'Métiers spécialisés 2026-Version 3',
  'skilled military recruits, 2026-version 1': 'Recrues militaires qualifiées, 2026-Version 1',
};

/** Case, spaces, apostrophes and the old "(2024-1)" suffixes do not change which round it is. */
export function englishNameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/\(\s*20\d\d-1\s*\)/g, '(version 1)')
    .trim();
}

/** IRCC's French name of a round named `englishName` in the English feed, or null when none is known. */
export function frenchRoundName(englishName: string): string | null {
  const key = englishNameKey(englishName);
  return Object.hasOwn(FRENCH_BY_ENGLISH, key) ? (FRENCH_BY_ENGLISH[key] ?? null) : null;
}

/**
 * The official name of a draw in the reader's language: IRCC's French name of an Express Entry round
 * when there is one, else the name as published (provinces publish their streams in English).
 */
export function officialDrawName(draw: Pick<Draw, 'system' | 'categoryName'>, language: Language): string {
  if (language === 'fr' && draw.system === 'express-entry') {
    return frenchRoundName(draw.categoryName) ?? draw.categoryName;
  }
  return draw.categoryName;
}
