import { type DrawAlertsDatabase, openDrawAlertsDatabase } from '@/lib/db/database';
import { sourceOf } from '@/lib/sources/pnp/testing';
import * as abFile from '@/lib/sources/provinces/ab';
import * as nsFile from '@/lib/sources/provinces/ns';
import { ownFixture } from '@/tests/support/fixtures';
import { pollSource } from './poll';

const abSource = sourceOf(abFile);
const nsSource = sourceOf(nsFile);

const OPPORTUNITY_ROW =
  '<tr><td>June&nbsp;5, 2026</td><td>Alberta Opportunity Stream</td><td>50</td><td>462</td></tr>';
const page = ownFixture('pnp', 'ab.html');
/** The same page later: a second Alberta Opportunity Stream draw of June 5 is listed above the first. */
const withSecondSameDayDraw = page.replace(
  OPPORTUNITY_ROW,
  `<tr><td>June 5, 2026</td><td>Alberta Opportunity Stream</td><td>48</td><td>120</td></tr>${OPPORTUNITY_ROW}`,
);
/** Later still: the first draw's count corrected by the province. */
const corrected = withSecondSameDayDraw.replace(OPPORTUNITY_ROW, OPPORTUNITY_ROW.replace('462', '426'));

let db: DrawAlertsDatabase;
let clock = Date.parse('2026-06-16T12:00:00Z');

beforeEach(async () => {
  db = openDrawAlertsDatabase('identity-test');
  await db.delete();
  await db.open();
});
afterEach(() => db.close());

async function poll(body: string, source = abSource) {
  clock += 3_600_000;
  return pollSource(source, {
    db,
    policy: { fetch: (async () => new Response(body)) as unknown as typeof fetch, timeoutMs: 1000 },
    now: () => clock,
    random: () => 0.5,
    intervalMs: 1_800_000,
  });
}

describe('stable identity of unnumbered provincial draws', () => {
  it('a second draw of a stream on the same day is new; the first keeps its id and is not new again', async () => {
    expect(page).toContain(OPPORTUNITY_ROW);
    await poll(page);
    const before = (await db.draws.filter((draw) => draw.date === '2026-06-05').toArray()).map(
      (draw) => draw.id,
    );
    expect(before).toHaveLength(1);

    const report = await poll(withSecondSameDayDraw);
    expect(report.outcome).toBe('changed');
    expect(report.newDrawIds).toHaveLength(1);
    const june5 = await db.draws.filter((draw) => draw.date === '2026-06-05').toArray();
    expect(june5).toHaveLength(2);
    const first = june5.find((draw) => draw.minScore === 50);
    expect(first?.id).toBe(before[0]);
    expect(report.newDrawIds[0]).toBe(june5.find((draw) => draw.minScore === 48)?.id);
    expect(await db.draws.count()).toBe(12);

    // A corrected count changes the derived id again; the draw is updated in place, not added.
    const afterCorrection = await poll(corrected);
    expect(afterCorrection.newDrawIds).toEqual([]);
    expect(await db.draws.count()).toBe(12);
    expect((await db.draws.get(before[0] ?? ''))?.invitations?.value).toBe(426);
  });
});

describe('a provincial page that empties', () => {
  it('is reported as a possible redesign, and every stored draw stays', async () => {
    await poll(page);
    const emptied = page.replace(
      /(<th>Number of invitations<\/th>\s*<\/tr>\s*<\/thead>\s*<tbody>)[\s\S]*?(<\/tbody>)/,
      '$1$2',
    );
    expect(emptied).not.toBe(page);
    const report = await poll(emptied);
    expect(report.outcome).toBe('failed');
    expect(report.fault).toEqual({ kind: 'layout', reason: { code: 'no-draws-any-more', before: 11 } });
    expect(await db.draws.count()).toBe(11);
  });
});

describe('a new year on a page of placeholders', () => {
  it('is not a redesign: Nova Scotia\'s new table of "TBD" months reads as no draw yet', async () => {
    const page2026 = ownFixture('pnp', 'ns.html');
    await poll(page2026, nsSource);
    expect(await db.draws.count()).toBe(4);
    const page2027 = page2026
      .replace(/<td>(January|February|March|April) 2026<\/td><td>\d+<\/td>/g, '<td>$1 2027</td><td>TBD</td>')
      .replaceAll(' 2026', ' 2027');
    expect(page2027).not.toMatch(/<td>\d+<\/td>/);
    const report = await poll(page2027, nsSource);
    expect(report.fault).toBeNull();
    expect(report.outcome).toBe('changed');
    expect(await db.draws.count()).toBe(4);
  });
});
