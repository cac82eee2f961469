import { PNP_INFO } from '@/lib/sources/catalog';
import { readDate } from '@/lib/sources/pnp/dates';
import type { DrawDraft } from '@/lib/sources/pnp/draws';
import { finishPage, parsePage } from '@/lib/sources/pnp/page';
import { SkipLog } from '@/lib/sources/pnp/skips';
import { draftsFromRows, requireTables } from '@/lib/sources/pnp/tables';
import { readInvitationCount, readMinScore } from '@/lib/sources/pnp/values';
import type { SourceDefinition } from '@/lib/sources/source';

const URL = PNP_INFO.PE.url;

/** One table; each row a date with business (scored) and labour & Express Entry (unscored) invitations. */
const COLUMNS = {
  date: ['Invitation Date', /^(invitation |draw )?date$/],
  business: ['Business Work Permit Entrepreneur Invitations', /business.*invitations/],
  businessMinimum: ['Minimum Point Threshold for Business Invitations', /minimum point/],
  labour: ['Labour & Express Entry Invitations', /labou?r and express entry/],
  attributes: ['Selection Attributes'],
} as const;

const STREAMS = {
  business: { identity: 'business-work-permit-entrepreneur', name: 'Business Work Permit Entrepreneur' },
  labour: { identity: 'labour-express-entry', name: 'Labour & Express Entry' },
} as const;

function readRow(text: (key: keyof typeof COLUMNS) => string): DrawDraft[] {
  const { date, dateEnd } = readDate(text('date'));
  const common = {
    system: 'pnp',
    sourceId: 'pnp-pe',
    province: 'PE',
    number: null,
    date,
    dateEnd,
    url: URL,
    notes: text('attributes'),
    distinguishing: '',
  } as const;
  const drafts: DrawDraft[] = [];
  const business = readInvitationCount(text('business'));
  // A `0` business column means no business draw that day, not a draw of nobody.
  if (business && business.value > 0) {
    drafts.push({
      ...common,
      identity: STREAMS.business.identity,
      category: `pe-${STREAMS.business.identity}`,
      categoryName: STREAMS.business.name,
      invitations: business,
      minScore: readMinScore(text('businessMinimum')),
      scoreScale: 'pei-eoi',
    });
  }
  const labour = readInvitationCount(text('labour'));
  if (labour && labour.value > 0) {
    drafts.push({
      ...common,
      identity: STREAMS.labour.identity,
      category: `pe-${STREAMS.labour.identity}`,
      categoryName: STREAMS.labour.name,
      invitations: labour,
      minScore: null,
      scoreScale: 'none',
    });
  }
  return drafts;
}

export const peSource: SourceDefinition = {
  id: 'pnp-pe',
  label: PNP_INFO.PE.label,
  url: URL,
  kind: 'html',
  parse(body, context) {
    const doc = parsePage(body);
    const skips = new SkipLog();
    const drafts: DrawDraft[] = [];
    for (const match of requireTables(doc, COLUMNS, ['date', 'business', 'labour'])) {
      drafts.push(...draftsFromRows(match, skips, readRow));
    }
    return finishPage(drafts, skips, { sourceUrl: URL, now: context.now });
  },
};
