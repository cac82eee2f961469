import { PNP_INFO } from '@/lib/sources/catalog';
import { readDate } from '@/lib/sources/pnp/dates';
import { slug } from '@/lib/sources/pnp/draws';
import { finishPage, parsePage } from '@/lib/sources/pnp/page';
import { SkipLog } from '@/lib/sources/pnp/skips';
import { draftsFromRows, requireTables } from '@/lib/sources/pnp/tables';
import { readInvitationCount, readMinScore, UnreadableRow } from '@/lib/sources/pnp/values';
import type { SourceDefinition } from '@/lib/sources/source';

const URL = PNP_INFO.AB.url;

/** Table "Draw information": one row per draw, newest first. */
const COLUMNS = {
  date: ['Draw date'],
  stream: ['Worker stream, pathway, initiative or other focus', /^(worker )?stream/],
  minimum: ['Minimum score of invited candidates', /^minimum score/],
  invitations: ['Number of invitations', /^number of invitations/],
} as const;

/** `Alberta Express Entry Stream – Priority Sectors (Manufacturing)` → the stream before the dash. */
const streamOf = (focus: string): string => focus.split(/\s+[–—-]\s+/)[0] ?? focus;

export const abSource: SourceDefinition = {
  id: 'pnp-ab',
  label: PNP_INFO.AB.label,
  url: URL,
  kind: 'html',
  parse(body, context) {
    const doc = parsePage(body);
    const skips = new SkipLog();
    const matches = requireTables(doc, COLUMNS, ['date', 'stream', 'minimum', 'invitations']);
    const drafts = matches.flatMap((match) =>
      draftsFromRows(match, skips, (text) => {
        const focus = text('stream');
        if (!focus) throw new UnreadableRow('no stream');
        return [
          {
            system: 'pnp',
            sourceId: 'pnp-ab',
            province: 'AB',
            number: null,
            ...readDate(text('date')),
            category: `ab-${slug(streamOf(focus))}`,
            categoryName: focus,
            invitations: readInvitationCount(text('invitations')),
            minScore: readMinScore(text('minimum')),
            scoreScale: 'aaip-eoi',
            url: URL,
            notes: '',
            identity: focus,
            distinguishing: text('invitations'),
          },
        ];
      }),
    );
    return finishPage(drafts, skips, { sourceUrl: URL, now: context.now });
  },
};
