// The draws Draw Alerts reads from the recorded sources, parsed by the extension's own parsers: for
// tests and the bench that need a realistic store (IRCC's rounds, every province's draws).
import type { StoredDraw } from '@/lib/db/database';
import type { Draw } from '@/lib/draws/draw';
import { parseExpressEntryFeed } from '@/lib/sources/express-entry/parse-feed';
import { pnpSources } from '@/lib/sources/pnp/index';
import { parseWith } from '@/lib/sources/pnp/testing';
import { ownFixture, sharedFixture } from './fixtures';

/**
 * The pages a province's draws are read from where they are not its own copy of its page
 * (tests/fixtures/pnp/<code>.html): a recorded copy, or an index with the posts it links to.
 */
const PROVINCE_PAGES: Record<string, () => { body: string; linked?: Record<string, string> }> = {
  'pnp-mb': () => ({
    body: ownFixture('pnp', 'mb-index.html'),
    linked: {
      'https://immigratemanitoba.com/2026/05/expression-of-interest-draw-270/': ownFixture(
        'pnp',
        'mb-draw-270.html',
      ),
      'https://immigratemanitoba.com/2026/06/expression-of-interest-draw-273/': ownFixture(
        'pnp',
        'mb-draw-273.html',
      ),
    },
  }),
  'pnp-pe': () => ({ body: sharedFixture('pnp', 'pe-expression-of-interest-draws.2026-06-20.html') }),
};

/** IRCC's rounds, as the 2026-08-05 copy of the feed lists them (newest first). */
export function recordedRounds(): Draw[] {
  return parseExpressEntryFeed(sharedFixture('express-entry', '2026-08-05.json')).draws;
}

/** Each province's draws as its recorded page lists them (June 2026), by source id. */
export async function recordedProvinceDraws(): Promise<Map<string, Draw[]>> {
  const bySource = new Map<string, Draw[]>();
  for (const source of pnpSources) {
    const page = PROVINCE_PAGES[source.id]?.() ?? {
      body: ownFixture('pnp', `${source.id.replace(/^pnp-/, '')}.html`),
    };
    bySource.set(source.id, (await parseWith(source, page.body, page.linked)).draws);
  }
  return bySource;
}

/** Every recorded round and provincial draw as the extension stores them: seen in turn, never corrected. */
export async function recordedStoredDraws(): Promise<StoredDraw[]> {
  const draws = [...recordedRounds(), ...[...(await recordedProvinceDraws()).values()].flat()];
  return draws.map((draw, index) => ({ ...draw, firstSeenAt: 1_750_000_000_000 + index, revisions: [] }));
}

/**
 * `count` draws older than `base`, for a store that has kept years of history: copies of `base`
 * moved back 12 years per copy (copy k: `id~k`, number `N-k`), so they never answer for a real one.
 */
export function olderCopies(base: readonly Draw[], count: number): StoredDraw[] {
  return copiesOf(
    base,
    count,
    (date, copy) => `${String(Number(date.slice(0, 4)) - 12 * copy).padStart(4, '0')}${date.slice(4)}`,
  );
}

/**
 * `count` draws for a store as full as a real one gets: copies of `base` (copy k: `id~k`, number
 * `N-k`) dated 2k days before their original, so the history keeps the years a real one spans (2015
 * on: some 430 draws a year at 5,000, about what IRCC and the provinces hold together) rather than
 * reaching back a century as `olderCopies` does.
 */
export function copiesWithinYears(base: readonly Draw[], count: number): StoredDraw[] {
  return copiesOf(base, count, (date, copy) => {
    const day = new Date(Date.parse(`${date}T00:00:00Z`) - 2 * copy * 86_400_000);
    return day.toISOString().slice(0, 10);
  });
}

function copiesOf(
  base: readonly Draw[],
  count: number,
  back: (isoDay: string, copy: number) => string,
): StoredDraw[] {
  const copies: StoredDraw[] = [];
  for (let copy = 1; copies.length < count; copy++) {
    for (const draw of base) {
      if (copies.length >= count) break;
      copies.push({
        ...draw,
        id: `${draw.id}~${copy}`,
        number: draw.number === null ? null : `${draw.number}-${copy}`,
        date: back(draw.date, copy),
        dateEnd: draw.dateEnd === null ? null : back(draw.dateEnd, copy),
        firstSeenAt: 0,
        revisions: [],
      });
    }
  }
  return copies;
}
