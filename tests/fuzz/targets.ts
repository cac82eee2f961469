import fc from 'fast-check';
import { PageTooComplex, parseHtml } from '@/lib/html/dom';
import { readTables, TablesTooLarge } from '@/lib/html/table-reader';
import { parseExpressEntryFeed } from '@/lib/sources/express-entry/parse-feed';
import { hostsOf } from '@/lib/sources/host-permissions';
import { abSource } from '@/lib/sources/pnp/provinces/ab';
import { bcSource } from '@/lib/sources/pnp/provinces/bc';
import { mbSource } from '@/lib/sources/pnp/provinces/mb';
import { nbSource } from '@/lib/sources/pnp/provinces/nb';
import { nlSource } from '@/lib/sources/pnp/provinces/nl';
import { nsSource } from '@/lib/sources/pnp/provinces/ns';
import { onSource } from '@/lib/sources/pnp/provinces/on';
import { peSource } from '@/lib/sources/pnp/provinces/pe';
import { type SourceDefinition, SourceFault } from '@/lib/sources/source';
import { ownFixture, sharedFixture } from '@/tests/support/fixtures';
import { annotateFindersTarget } from './annotate';
import { expressEntryFeed, manitobaIndexWithPosts, manitobaPost, nestedHtml, provincePage } from './grammars';
import type { FuzzTarget } from './harness';
import { feedMutationsOf, mutationsOf } from './mutations';

/**
 * Every fuzz target, one entry each. To add one (a new province, a new finder): an entry
 * with its inputs (mutations of its recorded bodies, and a grammar), how to run one input, and what
 * counts as its typed refusal. `npm run fuzz` and the short run in `npm test` pick it up.
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

/** Headers (and key/value labels) each province's page uses, as its parser looks for them. */
const LAYOUTS: Record<string, { headers: string[]; keys?: string[] }> = {
  'pnp-ab': {
    headers: [
      'Draw date',
      'Worker stream, pathway, initiative or other focus and selection parameters',
      'Minimum score of invited candidates',
      'Number of invitations',
    ],
  },
  'pnp-bc': {
    headers: ['Date', 'ITA type', 'Selection factors', 'Minimum score', 'Number of invitations', 'Stream'],
  },
  'pnp-nb': {
    headers: ['Date of draw', 'Invitations issued'],
    keys: [
      'Date of draw',
      'Cut-off date and time',
      'Pathways',
      'Invitations issued',
      'Applications selected',
      'Occupational categories selected',
    ],
  },
  'pnp-nl': { headers: ['Date Issued', 'Number of ITAs Issued', 'Notes'] },
  'pnp-ns': { headers: ['Month', 'Selected'] },
  'pnp-on': {
    headers: ['Date issued', 'Number of invitations issued', 'Date profiles created', 'Score range', 'Notes'],
  },
  'pnp-pe': {
    headers: [
      'Invitation Date',
      'Business Work Permit Entrepreneur Invitations',
      'Minimum Point Threshold for Business Invitations',
      'Labour & Express Entry Invitations',
      'Invitation Totals for 2026',
      'Selection Attributes',
    ],
  },
};

function provinceTarget(source: SourceDefinition, seeds: (run: 'short' | 'long') => string[]): FuzzTarget {
  const layout = LAYOUTS[source.id] ?? { headers: [] };
  return {
    name: source.id,
    hosts: hostsOf(source.url),
    isTypedFault: isSourceFault,
    inputs: (run) =>
      fc.oneof(
        { weight: 3, arbitrary: mutationsOf(seeds(run), run) },
        { weight: 2, arbitrary: provincePage(layout.headers, layout.keys) },
      ),
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

const manitobaIndexTarget: FuzzTarget<IndexAndPosts> = {
  name: 'pnp-mb',
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
};

const manitobaPostTarget: FuzzTarget = {
  name: 'mb-posts',
  hosts: hostsOf(mbSource.url),
  isTypedFault: isSourceFault,
  inputs: (run) =>
    fc.oneof({ weight: 3, arbitrary: mutationsOf(MB_POSTS, run) }, { weight: 2, arbitrary: manitobaPost }),
  run: async (post, { now }) => ({
    draws: (await mbSource.parse(ONE_POST_INDEX, { url: mbSource.url, now, fetchText: async () => post }))
      .draws,
  }),
};

// ---- The table reader, on every page layout and on nested HTML of every kind.

const tableReaderTarget: FuzzTarget = {
  name: 'table-reader',
  isTypedFault: (error) => error instanceof PageTooComplex || error instanceof TablesTooLarge,
  inputs: (run) =>
    fc.oneof(
      {
        weight: 3,
        arbitrary: mutationsOf(
          [
            ...seedsFor(run, [PE_PAGE], pageExcerpt),
            ...['ab.html', 'bc.html', 'nb.html', 'nl.html', 'ns.html', 'on.html'].map(own),
          ],
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

export const FUZZ_TARGETS: readonly FuzzTarget<unknown>[] = [
  expressEntryTarget,
  provinceTarget(abSource, () => [own('ab.html')]),
  provinceTarget(bcSource, () => [own('bc.html')]),
  manitobaIndexTarget,
  manitobaPostTarget,
  provinceTarget(nbSource, () => [own('nb.html')]),
  provinceTarget(nlSource, () => [own('nl.html')]),
  provinceTarget(nsSource, () => [own('ns.html')]),
  provinceTarget(onSource, () => [own('on.html')]),
  provinceTarget(peSource, (run) => seedsFor(run, [PE_PAGE], pageExcerpt)),
  tableReaderTarget,
  annotateFindersTarget,
];
