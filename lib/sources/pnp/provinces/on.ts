import { matchKey } from '@/lib/html/dom';
import { PNP_INFO } from '@/lib/sources/catalog';
import { readDate } from '@/lib/sources/pnp/dates';
import { type DrawDraft, slug } from '@/lib/sources/pnp/draws';
import { finishPage, parsePage } from '@/lib/sources/pnp/page';
import { SkipLog } from '@/lib/sources/pnp/skips';
import { draftsFromRows, requireTables } from '@/lib/sources/pnp/tables';
import { readInvitationCount, readMinScore } from '@/lib/sources/pnp/values';
import type { SourceDefinition } from '@/lib/sources/source';

const URL = PNP_INFO.ON.url;

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

export const onSource: SourceDefinition = {
  id: 'pnp-on',
  label: PNP_INFO.ON.label,
  url: URL,
  kind: 'html',
  parse(body, context) {
    const doc = parsePage(body);
    const skips = new SkipLog();
    const drafts: DrawDraft[] = [];
    for (const match of requireTables(doc, COLUMNS, ['date', 'invitations'])) {
      const stream = streamHeading(match.table.labelsBefore);
      if (!stream) {
        skips.add(`table ${match.table.index + 1}: no stream heading above it`, match.table.rows.length);
        continue;
      }
      drafts.push(
        ...draftsFromRows(match, skips, (text) => {
          const profiles = text('profilesCreated');
          const notes = [text('notes'), profiles ? `Profiles created: ${profiles}.` : '']
            .filter(Boolean)
            .join(' ');
          return [
            {
              system: 'pnp',
              sourceId: 'pnp-on',
              province: 'ON',
              number: null,
              ...readDate(text('date')),
              category: `on-${slug(stream)}`,
              categoryName: stream,
              invitations: readInvitationCount(text('invitations')),
              minScore: readMinScore(text('score')),
              scoreScale: 'oinp',
              url: URL,
              notes,
              identity: stream,
              distinguishing: focusOf(text('notes')) || text('invitations'),
            },
          ];
        }),
      );
    }
    return finishPage(drafts, skips, { sourceUrl: URL, now: context.now });
  },
};
