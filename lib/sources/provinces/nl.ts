import { readDate } from '@/lib/sources/pnp/dates';
import { defineParser } from '@/lib/sources/pnp/engine';
import { draftsFromRows, requireTables } from '@/lib/sources/pnp/tables';
import { readInvitationCount } from '@/lib/sources/pnp/values';
import { defineProvince } from '@/lib/sources/province-record';

declare module '@/lib/sources/province-record' {
  interface ProvinceRegistry {
    NL: never;
  }
}

/** How news articles name it, for the annotator (its own export: the content script carries only this). */
export const press = {
  program:
    'NL ?PNP|Newfoundland and Labrador (?:Provincial Nominee Program|PNP)|Programme des candidats de Terre-Neuve-et-Labrador',
  name: 'Newfoundland(?: and Labrador)?|Terre-Neuve(?:-et-Labrador)?',
};

export const province = defineProvince({
  code: 'NL',
  system: 'pnp',
  // The page lists the Atlantic Immigration Program's invitations too: its source says so.
  names: { province: 'provinceNL', programShort: 'programShortNL', source: 'sourceNL' },
  press,
  scales: {},
  source: {
    status: 'read',
    page: 'https://www.gov.nl.ca/immigration/invitations-to-apply-updates/',
    hostPermission: 'https://www.gov.nl.ca/*',
  },
});

/** One table of batches of ITAs (NLPNP and AIP together); no scores. */
const COLUMNS = {
  date: ['Date Issued'],
  invitations: ['Number of ITAs Issued', /^number of (itas|invitations)/],
  notes: ['Notes'],
} as const;

export const parser = defineParser(province, {
  layout: { columns: [COLUMNS] },
  read(doc, { skips }) {
    return requireTables(doc, COLUMNS, ['date', 'invitations']).flatMap((match) =>
      draftsFromRows(match, skips, (text) => [
        {
          ...readDate(text('date')),
          category: 'nl-expression-of-interest',
          categoryName: 'Expression of Interest (NLPNP and AIP)',
          invitations: readInvitationCount(text('invitations')),
          minScore: null,
          scoreScale: 'none' as const,
          // `NLPNP – 362, AIP – 83`: the split between the two programs.
          notes: text('notes'),
          identity: 'expression of interest',
          distinguishing: text('notes') || text('invitations'),
        },
      ]),
    );
  },
});
