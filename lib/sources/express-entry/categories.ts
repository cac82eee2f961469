/**
 * Express Entry category keys. IRCC renames categories in place ("No Program Specified" became
 * "General", "(2024-1)" became "(Version 1)", "…, 2026-Version 2"), so names are matched
 * tolerantly and the key, not the name, is what the rest of the extension follows.
 */
export const EXPRESS_ENTRY_CATEGORY_KEYS = [
  'cec',
  'pnp',
  'fsw',
  'fst',
  'general',
  'french',
  'healthcare',
  'stem',
  'trades',
  'transport',
  'agriculture',
  'education',
  'physicians',
  'senior-managers',
  'military',
  'researchers',
  'other',
] as const;

export type ExpressEntryCategory = (typeof EXPRESS_ENTRY_CATEGORY_KEYS)[number];

// Order matters: the specific occupation categories come before the programs their names mention
// ("Physicians with Canadian Work Experience" is not CEC; "Federal Skilled Trades" is not "trades").
const RULES: ReadonlyArray<[RegExp, ExpressEntryCategory]> = [
  [/\bphysician/, 'physicians'],
  [/\bsenior manager/, 'senior-managers'],
  [/\bmilitary\b/, 'military'],
  [/\bresearchers?\b/, 'researchers'],
  [/\bfrench\b/, 'french'],
  [/\bhealth ?care\b|\bhealth and social/, 'healthcare'],
  [/\bstem\b|science, technology/, 'stem'],
  [/\bagricultur|\bagri-food/, 'agriculture'],
  [/\beducation\b/, 'education'],
  [/\btransport/, 'transport'],
  [/\bfederal skilled trades?\b/, 'fst'],
  [/\btrades? occupations?\b|\btrades?\b/, 'trades'],
  [/\bfederal skilled workers?\b/, 'fsw'],
  [/\bcanadian experience class\b|^canadian experience\b/, 'cec'],
  [/\bprovincial nominee\b/, 'pnp'],
  [/\bno program specified\b|^general\b|\ball programs?\b/, 'general'],
];

/** Strips version and year suffixes: "Transport Occupations, 2026-Version 2" → "transport occupations". */
export function simplifyCategoryName(officialName: string): string {
  return officialName
    .toLowerCase()
    .replace(/\u00a0/g, ' ')
    .replace(/\(\s*(?:version\s*\d+|\d{4}-\d+)\s*\)/g, ' ')
    .replace(/,?\s*\d{4}\s*-?\s*version\s*\d+/g, ' ')
    .replace(/\bversion\s*\d+\b/g, ' ')
    .replace(/[–—-]\s*$/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[,.;:]$/, '')
    .trim();
}

export function categorise(officialName: string): ExpressEntryCategory {
  // A feed repeats some thirty names over hundreds of rounds: each is matched once.
  const known = categorised.get(officialName);
  if (known) return known;
  const simple = simplifyCategoryName(officialName);
  const key = RULES.find(([pattern]) => pattern.test(simple))?.[1] ?? 'other';
  if (categorised.size >= MAX_NAMES_REMEMBERED) categorised.clear();
  categorised.set(officialName, key);
  return key;
}

const MAX_NAMES_REMEMBERED = 500;
const categorised = new Map<string, ExpressEntryCategory>();
