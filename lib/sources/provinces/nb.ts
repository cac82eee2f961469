import type { DrawFact } from '@/lib/draws/draw';
import { entryValue, readKeyValueTable, readTables } from '@/lib/html/table-reader';
import { readDate } from '@/lib/sources/pnp/dates';
import { type OwnDraft, slug } from '@/lib/sources/pnp/draws';
import { defineParser } from '@/lib/sources/pnp/engine';
import { pageClues } from '@/lib/sources/pnp/page';
import { readInvitationCount, UnreadableRow } from '@/lib/sources/pnp/values';
import { defineProvince } from '@/lib/sources/province-record';
import { SourceFault } from '@/lib/sources/source';

declare module '@/lib/sources/province-record' {
  interface ProvinceRegistry {
    NB: never;
  }
}

/** How news articles name it, for the annotator (its own export: the content script carries only this). */
export const press = {
  program:
    'NB ?PNP|New Brunswick (?:Provincial Nominee Program|PNP)|PCNB|Programme des candidats du Nouveau-Brunswick',
  name: 'New Brunswick|Nouveau-Brunswick',
};

export const province = defineProvince({
  code: 'NB',
  system: 'pnp',
  // The page lists the Atlantic Immigration Program's invitations too: its source says so.
  names: { province: 'provinceNB', programShort: 'programShortNB', source: 'sourceNB' },
  press,
  scales: {},
  source: {
    status: 'read',
    page: 'https://www2.gnb.ca/content/gnb/en/corporate/promo/immigration/immigrating-to-nb/invitations-to-apply.html',
    hostPermission: 'https://www2.gnb.ca/*',
  },
});

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

export const parser = defineParser(province, {
  layout: { columns: [], rowLabels: KEYS },
  read(doc, { skips }) {
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
    return drawTables.flatMap(({ table, entries }, index) => {
      const stream = table.labelsBefore[0] ?? '';
      const value = (key: keyof typeof KEYS) => entryValue(entries, KEYS[key]);
      return skips.attempt<OwnDraft<never>>(`table ${index + 1} "${stream}"`, () => {
        if (!stream) throw new UnreadableRow('no stream name above the table');
        const pathway = value('pathways')?.text ?? '';
        const occupations = value('occupations')?.lines.join('; ') ?? '';
        const cutOff = value('cutOff')?.text ?? '';
        const facts: DrawFact[] = [];
        if (occupations) facts.push({ kind: 'occupations', text: occupations });
        if (cutOff) facts.push({ kind: 'cut-off', text: cutOff });
        return [
          {
            ...readDate(value('date')?.text ?? ''),
            category: `nb-${slug(stream)}`,
            categoryName: pathway ? `${stream} – ${pathway}` : stream,
            invitations: readInvitationCount(value('invitations')?.text ?? ''),
            minScore: null,
            scoreScale: 'none',
            notes: '',
            facts,
            identity: pathway ? `${stream} ${pathway}` : stream,
            distinguishing: occupations || (value('invitations')?.text ?? ''),
          },
        ];
      });
    });
  },
});
