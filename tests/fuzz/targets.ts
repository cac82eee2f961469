import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { SCORE_MAXIMA } from '@/lib/draws/score-scales';
import { DIGEST_FORMAT, type HistoryRow, historyRowOf, rowsOfDigest } from '@/lib/history/digest';
import { type PackedRows, packRows } from '@/lib/history/digest-codec';
import { PageTooComplex, parseHtml } from '@/lib/html/dom';
import { readTables, TablesTooLarge } from '@/lib/html/table-reader';
import { parseExpressEntryFeed } from '@/lib/sources/express-entry/parse-feed';
import { hostsOf } from '@/lib/sources/host-permissions';
import { PROVINCE_MODULES, type ProvinceModule, pnpSourcesOf } from '@/lib/sources/pnp/index';
import { headersOf } from '@/lib/sources/pnp/tables';
import { type SourceDefinition, SourceFault } from '@/lib/sources/source';
import { ownFixture, ownFixturePath, sharedFixture } from '@/tests/support/fixtures';
import { recordedRounds } from '@/tests/support/recorded-draws';
import { annotateFindersTarget } from './annotate';
import { expressEntryFeed, manitobaIndexWithPosts, manitobaPost, nestedHtml, provincePage } from './grammars';
import type { FuzzTarget } from './harness';
import { feedMutationsOf, mutationsOf } from './mutations';

/**
 * Every fuzz target, one entry each. Every province whose draws are read is one (or more) by
 * itself, from its record: mutations of its page and pages made from its parser's layout. To add
 * another target (a new finder): an entry with its inputs (mutations of its recorded bodies, and a
 * grammar), how to run one input, and what counts as its typed refusal. `npm run fuzz` and the
 * short run in `npm test` pick it up.
 */

const isSourceFault = (error: unknown) => error instanceof SourceFault;

// ---- Recorded bodies (../shared/fixtures) and the small pages written for the tests (tests/fixtures).

const FEEDS = ['2023-04-13', '2024-04-06', '2025-07-24', '2026-08-05'].map((copy) =>
  sharedFixture('express-entry', `${copy}.json`),
);
const PE_PAGE = sharedFixture('pnp', 'pe-expression-of-interest-draws.2026-06-20.html');
const MB_RSS = sharedFixture('pnp', 'mb-feed.2023-01-27.rss.xml');
const own = (name: string) => ownFixture('pnp', name);

/** The rounds that made parsers trip before (lettered, DD-MM-YYYY, first distribution, the oldest), and the newest. */
const NOTABLE_ROUNDS = new Set(['1', '91a', '91b', '213', '214', '226', '246']);
function feedExcerpt(body: string): string {
  const feed = JSON.parse(body) as { rounds: { drawNumber: string }[] };
  const rounds = feed.rounds.filter((round, index) => index < 12 || NOTABLE_ROUNDS.has(round.drawNumber));
  return JSON.stringify({ ...feed, rounds });
}

/** PEI's recorded page cut to its <html> tag, its title and its table: the same markup, 1/50 of the bytes. */
function pageExcerpt(page: string): string {
  const html = /<html[^>]*>/.exec(page)?.[0] ?? '<html>';
  const title = /<title>[\s\S]*?<\/title>/.exec(page)?.[0] ?? '';
  const start = page.lastIndexOf('<p>', page.indexOf('<table'));
  const end = page.indexOf('</table>') + '</table>'.length;
  return `<!DOCTYPE html>${html}<head>${title}</head><body><main>${page.slice(start, end)}</main></body></html>`;
}

/** Short runs use excerpts of the large bodies; long runs use them whole as well. */
const seedsFor = (run: 'short' | 'long', whole: string[], excerpt: (body: string) => string) =>
  run === 'short' ? whole.map(excerpt) : [...whole.map(excerpt), ...whole];

// ---- Provinces.

type Run = 'short' | 'long';

/**
 * A province's page: its recorded copy where one exists (PEI's), else the page written for its
 * tests (tests/fixtures/pnp/<code>.html), else none (grammar-made pages only).
 */
const RECORDED_PAGES: Record<string, (run: Run) => string[]> = {
  'pnp-pe': (run) => seedsFor(run, [PE_PAGE], pageExcerpt),
};

function pagesOf(sourceId: string): (run: Run) => string[] {
  const recorded = RECORDED_PAGES[sourceId];
  if (recorded) return recorded;
  const name = `${sourceId.replace(/^pnp-/, '')}.html`;
  return existsSync(ownFixturePath('pnp', name)) ? () => [own(name)] : () => [];
}

function provinceTarget(source: SourceDefinition, module: ProvinceModule): FuzzTarget {
  const layout = module.parser?.layout ?? { columns: [] };
  const keys = layout.rowLabels ? headersOf(layout.rowLabels) : [];
  // A page of label | value tables still gets tables with those labels as headers (a look-alike).
  const columns = [...new Set(layout.columns.flatMap(headersOf))];
  const headers = columns.length > 0 ? columns : keys.length > 0 ? keys : ['Date'];
  const seeds = pagesOf(source.id);
  return {
    name: source.id,
    hosts: hostsOf(source.url),
    isTypedFault: isSourceFault,
    inputs: (run) => {
      const pages = seeds(run);
      const grammar = provincePage(headers, keys);
      return pages.length === 0
        ? grammar
        : fc.oneof({ weight: 3, arbitrary: mutationsOf(pages, run) }, { weight: 2, arbitrary: grammar });
    },
    run: async (input, { now }) => ({
      draws: (
        await source.parse(input, {
          url: source.url,
          now,
          fetchText: () => Promise.reject(new SourceFault({ code: 'http-status', host: 'x', status: 404 })),
        })
      ).draws,
    }),
  };
}

// ---- Manitoba: an index whose links lead to posts, and the posts alone.

interface IndexAndPosts {
  index: string;
  posts: string[];
}

/** Serves a post for any link of the index (the same link always gets the same post). */
function postFetcher(posts: readonly string[]) {
  return async (url: string) => {
    if (posts.length === 0)
      throw new SourceFault({ code: 'http-status', host: new URL(url).host, status: 404 });
    let hash = 0;
    for (const char of url) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
    return posts[hash % posts.length] ?? '';
  };
}

const MB_POSTS = [own('mb-draw-270.html'), own('mb-draw-273.html')];
const ONE_POST_INDEX =
  '<html lang="en"><head><title>EOI Draws</title></head><body><h2><a href="https://immigratemanitoba.com/2026/06/expression-of-interest-draw-273/">Expression of Interest Draw #273</a></h2></body></html>';

const manitobaIndexTarget = (mbSource: SourceDefinition): FuzzTarget<IndexAndPosts> => ({
  name: mbSource.id,
  hosts: hostsOf(mbSource.url),
  isTypedFault: isSourceFault,
  show: ({ index, posts }) => `index ${JSON.stringify(index.slice(0, 160))} + ${posts.length} post(s)`,
  inputs: (run) =>
    fc.oneof(
      {
        weight: 3,
        arbitrary: fc
          .tuple(
            mutationsOf([own('mb-index.html'), MB_RSS], run),
            fc.array(fc.oneof(mutationsOf(MB_POSTS, run), manitobaPost), { maxLength: 3 }),
          )
          .map(([index, posts]) => ({ index, posts })),
      },
      { weight: 2, arbitrary: manitobaIndexWithPosts.map(([index, posts]) => ({ index, posts })) },
    ),
  run: async ({ index, posts }, { now }) => ({
    draws: (await mbSource.parse(index, { url: mbSource.url, now, fetchText: postFetcher(posts) })).draws,
  }),
});

const manitobaPostTarget = (mbSource: SourceDefinition): FuzzTarget => ({
  name: 'mb-posts',
  hosts: hostsOf(mbSource.url),
  isTypedFault: isSourceFault,
  inputs: (run) =>
    fc.oneof({ weight: 3, arbitrary: mutationsOf(MB_POSTS, run) }, { weight: 2, arbitrary: manitobaPost }),
  run: async (post, { now }) => ({
    draws: (await mbSource.parse(ONE_POST_INDEX, { url: mbSource.url, now, fetchText: async () => post }))
      .draws,
  }),
});

// ---- Every province whose draws are read, from its record.

/** Provinces whose page is an index of pages: their targets read the index with the pages it links to. */
const FOLLOWS_LINKS: Record<string, (source: SourceDefinition) => FuzzTarget<unknown>[]> = {
  'pnp-mb': (source) => [manitobaIndexTarget(source), manitobaPostTarget(source)],
};

const PROVINCES_READ = PROVINCE_MODULES.flatMap((module) =>
  pnpSourcesOf([module]).map((source) => ({ source, module })),
);

const provinceTargets: FuzzTarget<unknown>[] = PROVINCES_READ.flatMap(
  ({ source, module }) => FOLLOWS_LINKS[source.id]?.(source) ?? [provinceTarget(source, module)],
);

// ---- The table reader, on every page layout and on nested HTML of every kind.

const tableReaderTarget: FuzzTarget = {
  name: 'table-reader',
  isTypedFault: (error) => error instanceof PageTooComplex || error instanceof TablesTooLarge,
  inputs: (run) =>
    fc.oneof(
      {
        weight: 3,
        arbitrary: mutationsOf(
          PROVINCES_READ.flatMap(({ source }) => pagesOf(source.id)(run)),
          run,
        ),
      },
      { weight: 2, arbitrary: nestedHtml },
    ),
  run: (html) => {
    const problems: string[] = [];
    for (const table of readTables(parseHtml(html))) {
      const width = table.headers.length;
      table.allRows.forEach((row, rowIndex) => {
        if (row.length !== width)
          problems.push(`table ${table.index} row ${rowIndex}: ${row.length} cells, ${width} headers`);
        for (const cell of row) {
          if (cell.origin.row > rowIndex || cell.origin.column >= width || cell.origin.row < 0) {
            problems.push(
              `table ${table.index} row ${rowIndex}: a cell from (${cell.origin.row}, ${cell.origin.column})`,
            );
          }
        }
      });
      if (table.rows.length > table.allRows.length)
        problems.push(`table ${table.index}: more body rows than rows`);
    }
    return { problems };
  },
};

// ---- Express Entry.

const expressEntryTarget: FuzzTarget = {
  name: 'ircc-ee',
  hosts: hostsOf('https://www.canada.ca/'),
  isTypedFault: isSourceFault,
  inputs: (run) => {
    const seeds = seedsFor(run, FEEDS, feedExcerpt);
    return fc.oneof(
      { weight: 2, arbitrary: mutationsOf(seeds, run) },
      { weight: 3, arbitrary: feedMutationsOf(seeds, run) },
      { weight: 2, arbitrary: expressEntryFeed },
    );
  },
  run: (body, { now }) => ({ draws: parseExpressEntryFeed(body, { now }).draws }),
};

// ---- The history page's digest: whatever a broken disk or an older version left in it.

const DIGEST_STAMP = 'stamp';
// Mutated as JSON text, then made the typed arrays IndexedDB gives back (whatever numbers a broken
// disk leaves in them: the conversion wraps, truncates or zeroes what is not a 32-bit index).
const DIGEST_SEEDS = [
  packedAsJson(
    packRows(
      recordedRounds()
        .slice(0, 120)
        .map((draw) => historyRowOf({ ...draw, firstSeenAt: 0, revisions: [] })),
    ),
  ),
];

function packedAsJson(packed: PackedRows): string {
  const { count, text, ends, strings, numbers } = packed;
  return JSON.stringify({ count, text, ends: [...ends], strings: [...strings], numbers: [...numbers] });
}

/** The packing a mutated text stands for, its arrays typed as stored; what is not one, as it is. */
function packedFromJson(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return text;
  }
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  const typed = <T>(list: unknown, make: (numbers: number[]) => T) =>
    Array.isArray(list) ? make(list.map((item) => (item === null ? Number.NaN : Number(item)))) : list;
  return {
    ...record,
    ends: typed(record.ends, (numbers) => Uint32Array.from(numbers)),
    strings: typed(record.strings, (numbers) => Uint32Array.from(numbers)),
    numbers: typed(record.numbers, (numbers) => Float64Array.from(numbers)),
  };
}

/** A row the page could show, by checks of its own (not the digest's). */
function historyRowProblems(row: HistoryRow): string[] {
  const problems: string[] = [];
  const realDay = (day: string) => new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day;
  if (!realDay(row.date)) problems.push(`${row.id}: ${row.date} is not a day`);
  if (row.dateEnd !== null && (!realDay(row.dateEnd) || row.dateEnd < row.date))
    problems.push(`${row.id}: ends ${row.dateEnd}`);
  const max = row.scoreScale === 'none' ? -1 : SCORE_MAXIMA[row.scoreScale];
  if (row.minScore !== null && !(row.minScore >= 0 && row.minScore <= max))
    problems.push(`${row.id}: score ${row.minScore} on ${row.scoreScale}`);
  if (row.invitations !== null && !(row.invitations.value >= 0 && row.invitations.value <= 100_000))
    problems.push(`${row.id}: ${row.invitations.value} invitations`);
  return problems;
}

const historyDigestTarget: FuzzTarget = {
  name: 'history-digest',
  // A broken digest is not refused with an error: it is not read (null), and built again.
  isTypedFault: () => false,
  inputs: (run) => mutationsOf(DIGEST_SEEDS, run),
  run: (packed) => {
    const read = rowsOfDigest(
      {
        name: 'history',
        format: DIGEST_FORMAT,
        stamp: DIGEST_STAMP,
        unreadable: 0,
        rows: packedFromJson(packed),
      },
      DIGEST_STAMP,
    );
    return { problems: read === null ? [] : read.rows.flatMap(historyRowProblems) };
  },
};

export const FUZZ_TARGETS: readonly FuzzTarget<unknown>[] = [
  expressEntryTarget,
  ...provinceTargets,
  tableReaderTarget,
  annotateFindersTarget,
  historyDigestTarget,
];
