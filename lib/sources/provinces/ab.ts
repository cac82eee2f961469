import { readDate } from '@/lib/sources/pnp/dates';
import { slug } from '@/lib/sources/pnp/draws';
import { defineParser } from '@/lib/sources/pnp/engine';
import { draftsFromRows, requireTables } from '@/lib/sources/pnp/tables';
import { readInvitationCount, readMinScore, UnreadableRow } from '@/lib/sources/pnp/values';
import { defineProvince } from '@/lib/sources/province-record';

declare module '@/lib/sources/province-record' {
  interface ProvinceRegistry {
    AB: 'aaip-eoi';
  }
}

/** How news articles name it, for the annotator (its own export: the content script carries only this). */
export const press = {
  program:
    "AAIP|AINP|Alberta Advantage Immigration Program|Alberta Immigrant Nominee Program|Alberta Opportunity Stream|Alberta (?:PNP|Express Entry)|Programme d['’]immigration Avantage Alberta",
  name: 'Alberta',
};

export const province = defineProvince({
  code: 'AB',
  system: 'pnp',
  names: { province: 'provinceAB', programShort: 'programShortAB' },
  press,
  // Bounded generously above the published Worker EOI grid.
  scales: { 'aaip-eoi': { nameKey: 'scaleAaipEoi', max: 200 } },
  source: {
    status: 'read',
    page: 'https://www.alberta.ca/aaip-processing-information',
    hostPermission: 'https://www.alberta.ca/*',
  },
});

/** Table "Draw information": one row per draw, newest first. */
const COLUMNS = {
  date: ['Draw date'],
  stream: ['Worker stream, pathway, initiative or other focus', /^(worker )?stream/],
  minimum: ['Minimum score of invited candidates', /^minimum score/],
  invitations: ['Number of invitations', /^number of invitations/],
} as const;

/** `Alberta Express Entry Stream – Priority Sectors (Manufacturing)` → the stream before the dash. */
const streamOf = (focus: string): string => focus.split(/\s+[–—-]\s+/)[0] ?? focus;

export const parser = defineParser(province, {
  layout: { columns: [COLUMNS] },
  read(doc, { skips }) {
    const matches = requireTables(doc, COLUMNS, ['date', 'stream', 'minimum', 'invitations']);
    return matches.flatMap((match) =>
      draftsFromRows(match, skips, (text) => {
        const focus = text('stream');
        if (!focus) throw new UnreadableRow('no stream');
        return [
          {
            ...readDate(text('date')),
            category: `ab-${slug(streamOf(focus))}`,
            categoryName: focus,
            invitations: readInvitationCount(text('invitations')),
            minScore: readMinScore(text('minimum')),
            scoreScale: 'aaip-eoi',
            notes: '',
            identity: focus,
            distinguishing: text('invitations'),
          },
        ];
      }),
    );
  },
});
