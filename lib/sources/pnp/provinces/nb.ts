import { entryValue, readKeyValueTable, readTables } from '@/lib/html/table-reader';
import { PNP_INFO } from '@/lib/sources/catalog';
import { readDate } from '@/lib/sources/pnp/dates';
import { type DrawDraft, slug } from '@/lib/sources/pnp/draws';
import { finishPage, pageClues, parsePage } from '@/lib/sources/pnp/page';
import { SkipLog } from '@/lib/sources/pnp/skips';
import { readInvitationCount, UnreadableRow } from '@/lib/sources/pnp/values';
import { type SourceDefinition, SourceFault } from '@/lib/sources/source';

const URL = PNP_INFO.NB.url;

/** One small `label | value` table per draw, under a bold line naming the stream; no scores. */
const KEYS = {
  date: ['Date of draw', /^(draw )?date( of (the )?draw)?$/],
  cutOff: ['Cut-off date and time', /^cut ?off/],
  pathways: ['Pathways', /^pathways?$/],
  invitations: [
    'Invitations issued',
    'Applications selected',
    /^(invitations|applications) (issued|selected)$/,
  ],
  occupations: ['Occupational categories selected', /^occupation/],
} as const;

export const nbSource: SourceDefinition = {
  id: 'pnp-nb',
  label: PNP_INFO.NB.label,
  url: URL,
  kind: 'html',
  parse(body, context) {
    const doc = parsePage(body);
    const drawTables = readTables(doc)
      .map((table) => ({ table, entries: readKeyValueTable(table) }))
      .filter(({ entries }) => entryValue(entries, KEYS.date) && entryValue(entries, KEYS.invitations));
    if (drawTables.length === 0) {
      throw new SourceFault({
        code: 'missing-key-value-table',
        keys: [KEYS.date[0], KEYS.invitations[0]],
        page: pageClues(doc),
      });
    }
    const skips = new SkipLog();
    const drafts = drawTables.flatMap(({ table, entries }, index) => {
      const stream = table.labelsBefore[0] ?? '';
      const value = (key: keyof typeof KEYS) => entryValue(entries, KEYS[key]);
      return skips.attempt<DrawDraft>(`table ${index + 1} "${stream}"`, () => {
        if (!stream) throw new UnreadableRow('no stream name above the table');
        const pathway = value('pathways')?.text ?? '';
        const occupations = value('occupations')?.lines.join('; ') ?? '';
        const cutOff = value('cutOff')?.text ?? '';
        return [
          {
            system: 'pnp',
            sourceId: 'pnp-nb',
            province: 'NB',
            number: null,
            ...readDate(value('date')?.text ?? ''),
            category: `nb-${slug(stream)}`,
            categoryName: pathway ? `${stream} – ${pathway}` : stream,
            invitations: readInvitationCount(value('invitations')?.text ?? ''),
            minScore: null,
            scoreScale: 'none',
            url: URL,
            notes: [occupations && `Occupations: ${occupations}.`, cutOff && `Cut-off: ${cutOff}.`]
              .filter(Boolean)
              .join(' '),
            identity: pathway ? `${stream} ${pathway}` : stream,
            distinguishing: occupations || (value('invitations')?.text ?? ''),
          },
        ];
      });
    });
    return finishPage(drafts, skips, { sourceUrl: URL, now: context.now });
  },
};
