import { PNP_INFO } from '@/lib/sources/catalog';
import { readDate } from '@/lib/sources/pnp/dates';
import { finishPage, parsePage } from '@/lib/sources/pnp/page';
import { SkipLog } from '@/lib/sources/pnp/skips';
import { draftsFromRows, requireTables } from '@/lib/sources/pnp/tables';
import { readInvitationCount } from '@/lib/sources/pnp/values';
import type { SourceDefinition } from '@/lib/sources/source';

const URL = PNP_INFO.NL.url;

/** One table of batches of ITAs (NLPNP and AIP together); no scores. */
const COLUMNS = {
  date: ['Date Issued'],
  invitations: ['Number of ITAs Issued', /^number of (itas|invitations)/],
  notes: ['Notes'],
} as const;

export const nlSource: SourceDefinition = {
  id: 'pnp-nl',
  label: PNP_INFO.NL.label,
  url: URL,
  kind: 'html',
  parse(body, context) {
    const doc = parsePage(body);
    const skips = new SkipLog();
    const drafts = requireTables(doc, COLUMNS, ['date', 'invitations']).flatMap((match) =>
      draftsFromRows(match, skips, (text) => [
        {
          system: 'pnp',
          sourceId: 'pnp-nl',
          province: 'NL',
          number: null,
          ...readDate(text('date')),
          category: 'nl-expression-of-interest',
          categoryName: 'Expression of Interest (NLPNP and AIP)',
          invitations: readInvitationCount(text('invitations')),
          minScore: null,
          scoreScale: 'none',
          url: URL,
          // `NLPNP – 362, AIP – 83`: the split between the two programs.
          notes: text('notes'),
          identity: 'expression of interest',
          distinguishing: text('notes') || text('invitations'),
        },
      ]),
    );
    return finishPage(drafts, skips, { sourceUrl: URL, now: context.now });
  },
};
