import { readDate } from '@/lib/sources/pnp/dates';
import type { OwnDraft } from '@/lib/sources/pnp/draws';
import { defineParser } from '@/lib/sources/pnp/engine';
import { draftsFromRows, requireTables } from '@/lib/sources/pnp/tables';
import { readInvitationCount, readMinScore } from '@/lib/sources/pnp/values';
import { defineProvince } from '@/lib/sources/province-record';

declare module '@/lib/sources/province-record' {
  interface ProvinceRegistry {
    PE: 'pei-eoi';
  }
}

/** How news articles name it, for the annotator (its own export: the content script carries only this). */
export const press = {
  program: String.raw`P\.?E\.?I\.? ?PNP|Prince Edward Island (?:Provincial Nominee Program|PNP)|Programme des candidats de l['’]Île-du-Prince-Édouard`,
  name: String.raw`Prince Edward Island|P\.E\.I\.|PEI|Île-du-Prince-Édouard`,
};

export const province = defineProvince({
  code: 'PE',
  system: 'pnp',
  names: { province: 'provincePE', programShort: 'programShortPE' },
  press,
  // Bounded generously above the published EOI grid.
  scales: { 'pei-eoi': { nameKey: 'scalePeiEoi', max: 200 } },
  source: {
    status: 'read',
    page: 'https://www.princeedwardisland.ca/en/information/office-of-immigration/expression-of-interest-draws',
    hostPermission: 'https://www.princeedwardisland.ca/*',
  },
});

type DrawDraft = OwnDraft<'pei-eoi'>;

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
    date,
    dateEnd,
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

export const parser = defineParser(province, {
  layout: { columns: [COLUMNS] },
  read(doc, { skips }) {
    return requireTables(doc, COLUMNS, ['date', 'business', 'labour']).flatMap((match) =>
      draftsFromRows(match, skips, readRow),
    );
  },
});
