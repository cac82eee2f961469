import { matchKey } from '@/lib/html/dom';
import { readDate } from '@/lib/sources/pnp/dates';
import { type OwnDraft, slug } from '@/lib/sources/pnp/draws';
import { defineParser } from '@/lib/sources/pnp/engine';
import { draftsFromRows, requireTables } from '@/lib/sources/pnp/tables';
import { readInvitationCount, readMinScore } from '@/lib/sources/pnp/values';
import { defineProvince } from '@/lib/sources/province-record';

declare module '@/lib/sources/province-record' {
  interface ProvinceRegistry {
    ON: 'oinp';
  }
}

/** How news articles name it, for the annotator (its own export: the content script carries only this). */
export const press = {
  program:
    "OINP|Ontario (?:Immigrant Nominee Program|PNP)|POCI|Programme ontarien des candidats à l['’]immigration",
  name: 'Ontario',
};

export const province = defineProvince({
  code: 'ON',
  system: 'pnp',
  names: { province: 'provinceON', programShort: 'programShortON' },
  press,
  // Bounded generously above the published EOI grid.
  scales: { oinp: { nameKey: 'scaleOinp', max: 200 } },
  source: {
    status: 'read',
    page: 'https://www.ontario.ca/page/ontario-immigrant-nominee-program-oinp-invitations-apply',
    hostPermission: 'https://www.ontario.ca/*',
  },
});

/** One table per stream and year; the stream is the heading just above the table. */
const COLUMNS = {
  date: ['Date issued'],
  invitations: ['Number of invitations issued', /^number of (invitations|itas)/],
  profilesCreated: ['Date profiles created'],
  score: ['Score range', /^(minimum )?score/],
  notes: ['Notes'],
} as const;

/** The nearest heading that names a stream (`Employer Job Offer: Foreign Worker stream`). */
const streamHeading = (labels: string[]): string | undefined =>
  labels.find((label) => /\bstream\b/.test(matchKey(label)));

/** `Targeted draw for Eastern Ontario. Please refer…` → `Eastern Ontario`: what sets a draw apart. */
const focusOf = (notes: string): string =>
  (notes.split(/\.\s|\.$/)[0] ?? notes).replace(/^targeted draw for (the )?/i, '');

export const parser = defineParser(province, {
  layout: { columns: [COLUMNS] },
  read(doc, { skips }) {
    const drafts: OwnDraft<'oinp'>[] = [];
    for (const match of requireTables(doc, COLUMNS, ['date', 'invitations'])) {
      const stream = streamHeading(match.table.labelsBefore);
      if (!stream) {
        skips.add(`table ${match.table.index + 1}: no stream heading above it`, match.table.rows.length);
        continue;
      }
      drafts.push(
        ...draftsFromRows(match, skips, (text): OwnDraft<'oinp'>[] => {
          const profiles = text('profilesCreated');
          return [
            {
              ...readDate(text('date')),
              category: `on-${slug(stream)}`,
              categoryName: stream,
              invitations: readInvitationCount(text('invitations')),
              minScore: readMinScore(text('score')),
              scoreScale: 'oinp',
              notes: text('notes'),
              facts: profiles ? [{ kind: 'profiles-created', text: profiles }] : [],
              identity: stream,
              distinguishing: focusOf(text('notes')) || text('invitations'),
            },
          ];
        }),
      );
    }
    return drafts;
  },
});
