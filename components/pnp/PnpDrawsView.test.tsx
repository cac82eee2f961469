// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { uiServicesIn } from '@/components/testing';
import { type DrawAlertsDatabase, openDrawAlertsDatabase, type SourceState } from '@/lib/db/database';
import type { Draw } from '@/lib/draws/draw';
import { afterChange, afterFailure, initialSourceState } from '@/lib/sources/health';
import { sourceOf } from '@/lib/sources/pnp/testing';
import * as abFile from '@/lib/sources/provinces/ab';
import * as bcFile from '@/lib/sources/provinces/bc';
import * as peFile from '@/lib/sources/provinces/pe';
import { type SourceDefinition, SourceFault } from '@/lib/sources/source';
import { ownFixture, sharedFixture } from '@/tests/support/fixtures';
import { UiContext } from '../ui-context';
import { PnpDrawsView } from './PnpDrawsView';

const abSource = sourceOf(abFile);
const bcSource = sourceOf(bcFile);
const peSource = sourceOf(peFile);

const ui = uiServicesIn('en');

const MINUTE = 60_000;
const NOW = Date.UTC(2026, 5, 20, 15, 30);
const reading = (now: number) => ({ now, intervalMs: 60 * MINUTE, random: () => 0.5 });

async function parse(source: SourceDefinition, body: string): Promise<Draw[]> {
  const result = await source.parse(body, {
    url: source.url,
    fetchText: () => Promise.reject(new Error(`${source.id} follows no links in this test`)),
  });
  if (result.skipped !== 0 || result.draws.length === 0) throw new Error(`${source.id}: unexpected parse`);
  return result.draws;
}

function goodRead(id: string, at: number, drawCount: number): SourceState {
  return afterChange(initialSourceState(id), reading(at), {
    etag: null,
    lastModified: null,
    contentHash: `hash-${id}`,
    drawCount,
    skipped: 0,
    skippedReasons: [],
    unreadableDraws: 0,
  });
}

/** Newest first, as the [system+date+sequence] index reversed gives them (ties by id, descending). */
function newestFirst(draws: Draw[]): string[] {
  return [...draws]
    .sort((a, b) => b.date.localeCompare(a.date) || b.sequence - a.sequence || b.id.localeCompare(a.id))
    .map((draw) => draw.id);
}

let db: DrawAlertsDatabase;
let ab: Draw[];
let bc: Draw[];
let pe: Draw[];

beforeAll(async () => {
  ab = await parse(abSource, ownFixture('pnp', 'ab.html'));
  bc = await parse(bcSource, ownFixture('pnp', 'bc.html'));
  pe = await parse(peSource, sharedFixture('pnp', 'pe-expression-of-interest-draws.2026-06-20.html'));
});

beforeEach(async () => {
  db = openDrawAlertsDatabase('pnp-draws-view-test');
  await db.delete();
  await db.open();
  await db.draws.bulkAdd([...ab, ...bc, ...pe].map((draw) => ({ ...draw, firstSeenAt: 0, revisions: [] })));
  await db.sources.bulkPut([
    goodRead('pnp-ab', NOW - 5 * MINUTE, ab.length),
    afterFailure(
      goodRead('pnp-bc', NOW - 3 * 60 * MINUTE, bc.length),
      new SourceFault({ code: 'http-status', host: 'www.welcomebc.ca', status: 503 }),
      reading(NOW - 20 * MINUTE),
    ),
    afterFailure(
      initialSourceState('pnp-mb'),
      new SourceFault({
        code: 'unreachable',
        host: 'immigratemanitoba.com',
        cause: 'getaddrinfo ENOTFOUND immigratemanitoba.com',
      }),
      reading(NOW - 40 * MINUTE),
    ),
    goodRead('pnp-pe', NOW - 10 * MINUTE, pe.length),
  ]);
});
afterEach(() => db.close());

function renderView() {
  return render(
    <UiContext.Provider value={ui}>
      <PnpDrawsView db={db} now={NOW} />
    </UiContext.Provider>,
  );
}

const rowIds = () =>
  [...document.querySelectorAll<HTMLElement>('table.draws tbody tr')].map((row) => row.dataset.drawId);
const row = (id: string) => {
  const found = document.querySelector<HTMLTableRowElement>(`tr[data-draw-id="${id}"]`);
  if (!found) throw new Error(`no row ${id}`);
  return found;
};
const cells = (id: string) => [...row(id).querySelectorAll('th, td')].map((cell) => cell.textContent);
const healthIds = () =>
  [...document.querySelectorAll<HTMLElement>('ul.health li[data-source-id]')].map(
    (li) => li.dataset.sourceId,
  );
const noteIds = () =>
  [...document.querySelectorAll<HTMLElement>('ul.health li[data-province-note]')].map(
    (li) => li.dataset.provinceNote,
  );
const failingLine = () => document.querySelector('.pnp > p.source-status.failing')?.textContent ?? null;
const chooseProvince = (value: string) =>
  fireEvent.change(screen.getByLabelText('Province'), { target: { value } });

describe('PnpDrawsView', () => {
  it('lists every province newest first, 25 at a time, with every source and note', async () => {
    renderView();
    const all = newestFirst([...ab, ...bc, ...pe]);
    expect(all).toHaveLength(30);
    await waitFor(() => expect(rowIds()).toEqual(all.slice(0, 25)));
    expect(healthIds()).toEqual([
      'pnp-ab',
      'pnp-bc',
      'pnp-mb',
      'pnp-nb',
      'pnp-nl',
      'pnp-ns',
      'pnp-on',
      'pnp-pe',
    ]);
    expect(noteIds()).toEqual(['NS', 'QC', 'SK']);
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(rowIds()).toEqual(all));
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('names exactly the failing sources in "Not up to date"', async () => {
    renderView();
    await waitFor(() =>
      expect(failingLine()).toBe('Not up to date: British Columbia (BC PNP), Manitoba (MPNP)'),
    );
    expect(document.querySelector('.pnp > p.source-status.failing a')?.getAttribute('href')).toBe(
      '#province-health',
    );
    // Each failing source says why in the health list; the others say when they were checked.
    const health = (id: string) =>
      document.querySelector(`ul.health li[data-source-id="${id}"]`)?.textContent ?? null;
    expect(health('pnp-ab')).toBe('Alberta (AAIP): checked 5 minutes ago.');
    expect(health('pnp-bc')).toContain(
      'The source answered with an error. www.welcomebc.ca answered HTTP 503. Last good read about 3 hours ago.',
    );
    expect(health('pnp-mb')).toContain('The source could not be reached. Server: immigratemanitoba.com.');
    // The browser's own error text is for maintainers, not for the popup.
    expect(health('pnp-mb')).not.toContain('getaddrinfo');
    expect(health('pnp-on')).toBe('Ontario (OINP): not checked yet.');
    expect(health('pnp-pe')).toBe('Prince Edward Island (PEI PNP): checked 10 minutes ago.');
  });

  it('follows a source that starts failing after it is shown', async () => {
    renderView();
    await waitFor(() =>
      expect(failingLine()).toBe('Not up to date: British Columbia (BC PNP), Manitoba (MPNP)'),
    );
    const pe = await db.sources.get('pnp-pe');
    if (!pe) throw new Error('no PEI state');
    await db.sources.put(
      afterFailure(pe, new SourceFault({ code: 'no-draws-any-more', before: 7 }), reading(NOW)),
    );
    await waitFor(() =>
      expect(failingLine()).toBe(
        'Not up to date: British Columbia (BC PNP), Manitoba (MPNP), Prince Edward Island (PEI PNP)',
      ),
    );
  });

  it('filters to one province: only its rows and its health', async () => {
    renderView();
    await waitFor(() => expect(rowIds()).toHaveLength(25));

    chooseProvince('AB');
    await waitFor(() => expect(rowIds()).toEqual(newestFirst(ab)));
    expect(rowIds()).toHaveLength(11);
    for (const id of rowIds()) expect(cells(id ?? '')[0]).toBe('AAIP');
    expect(healthIds()).toEqual(['pnp-ab']);
    expect(noteIds()).toEqual([]);
    // Alberta is fine: the failing line of other provinces is not shown under its filter.
    expect(failingLine()).toBeNull();
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();

    chooseProvince('BC');
    await waitFor(() => expect(rowIds()).toEqual(newestFirst(bc)));
    expect(healthIds()).toEqual(['pnp-bc']);
    expect(failingLine()).toBe('Not up to date: British Columbia (BC PNP)');

    chooseProvince('NS');
    await waitFor(() => expect(screen.getByText('No provincial draws stored yet.')).toBeTruthy());
    expect(rowIds()).toEqual([]);
    expect(healthIds()).toEqual(['pnp-ns']);
    expect(noteIds()).toEqual(['NS']);
    expect(document.querySelector('li[data-province-note="NS"]')?.textContent).toBe(
      'Nova Scotia (NSNP): Nova Scotia publishes monthly totals of candidates selected, not its single draws: each month is listed as one entry. Official page',
    );

    chooseProvince('');
    await waitFor(() => expect(rowIds()).toEqual(newestFirst([...ab, ...bc, ...pe]).slice(0, 25)));
    expect(failingLine()).toBe('Not up to date: British Columbia (BC PNP), Manitoba (MPNP)');
  });

  it('says plainly which provinces publish no draws it can read, with their official pages', async () => {
    renderView();
    await waitFor(() => expect(noteIds()).toEqual(['NS', 'QC', 'SK']));
    const note = (code: string) => document.querySelector(`li[data-province-note="${code}"]`);
    expect(note('QC')?.textContent).toBe(
      'Quebec (Arrima): Quebec publishes its Arrima invitations on quebec.ca; Draw Alerts cannot read them yet, so it cannot alert on them. Official page',
    );
    expect(note('QC')?.querySelector('a')?.getAttribute('href')).toMatch(/^https:\/\/www\.quebec\.ca\//);
    expect(note('SK')?.textContent).toBe(
      'Saskatchewan (SINP): Saskatchewan has published no Expression of Interest draws since its 2025 redesign. Official page',
    );
    expect(note('SK')?.querySelector('a')?.getAttribute('href')).toMatch(
      /^https:\/\/www\.saskatchewan\.ca\//,
    );
    // Neither has a source to follow or a health line: nothing is polled for them.
    expect(healthIds()).not.toContain('pnp-qc');
    expect(healthIds()).not.toContain('pnp-sk');
  });

  it('reads a bound as "fewer than 10" and names each scale, never "CRS"', async () => {
    renderView();
    chooseProvince('AB');
    await waitFor(() => expect(rowIds()).toEqual(newestFirst(ab)));
    const agriculture = 'ab:2026-02-17:alberta-express-entry-stream-priority-sectors-agriculture';
    expect(cells(agriculture)).toEqual([
      'AAIP',
      `${ui.format.day('2026-02-17')}${ui.format.relativeDay('2026-02-17', NOW)}`,
      'Alberta Express Entry Stream – Priority Sectors (Agriculture)',
      'fewer than 10',
      '49AAIP EOI points',
    ]);
    const fewer = ab.filter((draw) => draw.invitations?.qualifier === 'fewer-than').map((draw) => draw.id);
    expect(fewer).toHaveLength(2);
    for (const id of rowIds()) {
      const draw = ab.find((d) => d.id === id);
      expect(row(id ?? '').querySelector('td:nth-of-type(3)')?.textContent).toBe(
        fewer.includes(id ?? '') ? 'fewer than 10' : ui.format.number(draw?.invitations?.value ?? -1),
      );
      expect(row(id ?? '').querySelector('.scale')?.textContent).toBe('AAIP EOI points');
    }

    chooseProvince('');
    await waitFor(() => expect(rowIds()).toHaveLength(25));
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(rowIds()).toHaveLength(30));
    // Every cut-off is on its province's own grid; a draw without a cut-off shows none.
    for (const draw of [...ab, ...bc, ...pe]) {
      const minimum = row(draw.id).querySelector('td:nth-of-type(4)');
      const scale = minimum?.querySelector('.scale')?.textContent ?? null;
      if (draw.minScore === null) {
        expect(minimum?.textContent).toBe('—');
        expect(scale).toBeNull();
      } else {
        expect(scale).toBe(draw.province === 'AB' ? 'AAIP EOI points' : 'BC PNP SIRS points');
        expect(minimum?.textContent).toBe(`${ui.format.number(draw.minScore)}${scale}`);
      }
    }
    expect(document.querySelectorAll('.scale')).toHaveLength(
      [...ab, ...bc].filter((draw) => draw.minScore !== null).length,
    );
    expect(cells('bc:2026-03-10:entrepreneur-regional')[3]).toBe('fewer than 5');
    expect(document.querySelector('table.draws')?.textContent).not.toMatch(/CRS/);
  });
});
