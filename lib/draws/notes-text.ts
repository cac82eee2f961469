import type { Translate } from '@/lib/i18n/messages';
import type { Draw, DrawFactKind } from './draw';

const FACT_KEYS = {
  'profiles-created': 'factProfilesCreated',
  occupations: 'factOccupations',
  'cut-off': 'factCutOff',
} as const satisfies Record<DrawFactKind, string>;

/**
 * A provincial draw's notes as shown: the page's own words, then what it states in fields of its
 * own, each introduced in the reader's language ("Profiles created: …", « Profils créés : … »).
 */
export function notesText(draw: Pick<Draw, 'notes' | 'facts'>, t: Translate): string {
  return [draw.notes, ...draw.facts.map((fact) => t(FACT_KEYS[fact.kind], { value: fact.text }))]
    .filter(Boolean)
    .join(' ');
}
