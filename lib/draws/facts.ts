import type { DrawFact, DrawFactKind } from './draw';

/**
 * Until database v5, a draw's facts were written into its notes as English sentences ("Profiles
 * created: July 2, 2025 – April 21, 2026."). These labels are what those sentences began with. They
 * are never shown: the v5 upgrade reads stored notes back into facts with them, and a draw's id,
 * where it is named by a hash of its content, is hashed over its notes as they read before v5, so
 * that no stored draw changes its id.
 */
const LABELS_BEFORE_V5: Readonly<Record<DrawFactKind, string>> = {
  'profiles-created': 'Profiles created',
  occupations: 'Occupations',
  'cut-off': 'Cut-off',
};

/** A draw's notes as Draw Alerts stored them before v5: the page's notes, then each fact as a sentence. */
export function notesBeforeV5(notes: string, facts: readonly DrawFact[]): string {
  return [notes, ...facts.map((fact) => `${LABELS_BEFORE_V5[fact.kind]}: ${fact.text}.`)]
    .filter(Boolean)
    .join(' ');
}

/**
 * Notes stored before v5, split back into the page's own notes and the facts written into them.
 * Only the two forms that were ever written are read: `<notes> Profiles created: X.` and
 * `Occupations: X. Cut-off: Y.` (either part alone); any other text is the page's own and stays.
 */
export function factsFromNotesBeforeV5(stored: string): { notes: string; facts: DrawFact[] } {
  const profiles = /^(?:(.*) )?Profiles created: (.+)\.$/s.exec(stored);
  if (profiles?.[2]) {
    return { notes: profiles[1] ?? '', facts: [{ kind: 'profiles-created', text: profiles[2] }] };
  }
  const listed = /^(?:Occupations: (.+?)\.)?(?:(?:^| )Cut-off: (.+)\.)?$/s.exec(stored);
  if (stored !== '' && listed && (listed[1] || listed[2])) {
    const facts: DrawFact[] = [];
    if (listed[1]) facts.push({ kind: 'occupations', text: listed[1] });
    if (listed[2]) facts.push({ kind: 'cut-off', text: listed[2] });
    return { notes: '', facts };
  }
  return { notes: stored, facts: [] };
}
