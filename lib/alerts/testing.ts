/** Draws for the alert tests, shaped like what the parsers store. Not imported by product code. */
import type { Draw } from '@/lib/draws/draw';

export function expressEntryDraw(overrides: Partial<Draw> = {}): Draw {
  const number = overrides.number ?? '434';
  return {
    id: `ee:${number}`,
    system: 'express-entry',
    sourceId: 'ircc-ee',
    province: null,
    number,
    sequence: Number.parseInt(number, 10),
    date: '2026-08-07',
    dateEnd: null,
    category: 'transport',
    categoryName: 'Transport Occupations, 2026-Version 2',
    invitations: { value: 300, qualifier: 'exact' },
    minScore: 470,
    scoreScale: 'crs',
    url: `https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-rounds/invitations.html?q=${number}`,
    expressEntry: {
      ranAt: '2026-08-07T11:29:10Z',
      ranAtText: 'August 07, 2026 at 11:29:10 UTC',
      cutOffAt: null,
      cutOffText: '',
      programsEligible: 'Federal Skilled Worker, Canadian Experience Class, Federal Skilled Trades',
      distribution: null,
    },
    notes: '',
    facts: [],
    ...overrides,
  };
}

export function manitobaDraw(overrides: Partial<Draw> = {}): Draw {
  return {
    id: 'mb:273:skilled-worker-in-manitoba',
    system: 'pnp',
    sourceId: 'pnp-mb',
    province: 'MB',
    number: '273',
    sequence: 273,
    date: '2026-06-18',
    dateEnd: null,
    category: 'mb-skilled-worker-in-manitoba',
    categoryName: 'Skilled Worker in Manitoba',
    invitations: { value: 10, qualifier: 'fewer-than' },
    minScore: 612,
    scoreScale: 'mpnp-eoi',
    url: 'https://immigratemanitoba.com/2026/06/expression-of-interest-draw-273/',
    expressEntry: null,
    notes: '',
    facts: [],
    ...overrides,
  };
}

export function provincialDraw(overrides: Partial<Draw> & Pick<Draw, 'id' | 'province'>): Draw {
  return manitobaDraw({ sourceId: `pnp-${overrides.province?.toLowerCase()}`, ...overrides });
}
