// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing';
import type { ProfileStore } from '@/components/profile/use-profile';
import { uiServicesIn } from '@/components/testing';
import { UiContext } from '@/components/ui-context';
import { type DrawAlertsDatabase, openDrawAlertsDatabase, type StoredDraw } from '@/lib/db/database';
import { defaultProfile, type Profile } from '@/lib/profile/profile';
import { parseExpressEntryFeed } from '@/lib/sources/express-entry/parse-feed';
import { afterChange, afterFailure, initialSourceState } from '@/lib/sources/health';
import { sourceOf } from '@/lib/sources/pnp/testing';
import * as abFile from '@/lib/sources/provinces/ab';
import { SourceFault } from '@/lib/sources/source';
import { ownFixture, sharedFixture } from '@/tests/support/fixtures';
import { App } from './App';

const abSource = sourceOf(abFile);

/*
 * SiteAnnotationControl (in the footer) calls browser.tabs.query and browser.storage.local: WXT's
 * fakeBrowser (WxtVitest aliases `wxt/browser` to it) answers both; it has no tab open, so the control
 * shows "not available on this page" and never reaches browser.permissions (which fakeBrowser lacks).
 */

const ui = uiServicesIn('en');

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const LABEL = 'Express Entry (IRCC)';
const reading = (now: number) => ({ now, intervalMs: HOUR, random: () => 0.5 });

const feed = parseExpressEntryFeed(sharedFixture('express-entry', '2025-07-24.json'));
const rounds: StoredDraw[] = feed.draws.map((draw) => ({ ...draw, firstSeenAt: 0, revisions: [] }));
/** Newest first, as latestDraws gives them. */
const newestFirst = [...rounds].sort((a, b) => b.date.localeCompare(a.date) || b.sequence - a.sequence);

let db: DrawAlertsDatabase;

beforeEach(async () => {
  fakeBrowser.reset();
  db = openDrawAlertsDatabase('popup-app-test');
  await db.delete();
  await db.open();
});
afterEach(() => db.close());

function profileStore(profile: Profile = defaultProfile()): ProfileStore {
  return { load: async () => profile, save: async () => undefined, subscribe: () => () => undefined };
}

interface Options {
  checkNow?: () => Promise<unknown>;
  profile?: Profile;
  takeUnseen?: () => Promise<string[]>;
}

function renderApp({ checkNow = async () => undefined, profile, takeUnseen = async () => [] }: Options = {}) {
  return render(
    <UiContext.Provider value={ui}>
      <App
        db={db}
        checkNow={checkNow}
        profiles={profileStore(profile)}
        takeUnseen={takeUnseen}
        openSettings={() => undefined}
      />
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
const statusText = () => document.querySelector('[aria-live] > p.source-status')?.textContent ?? null;
const storeRounds = () => db.draws.bulkAdd(rounds);

describe('popup App', () => {
  it('says it is fetching for the first time while nothing is stored and the source was never checked', async () => {
    renderApp();
    await waitFor(() =>
      expect(screen.getByText('Fetching the official rounds for the first time…')).toBeTruthy(),
    );
    // The source's state is its own live query: it may arrive a moment after the draws'.
    await waitFor(() => expect(statusText()).toBe('Express Entry (IRCC): not checked yet.'));
    expect(document.querySelector('table.draws')).toBeNull();
    // The footer control read the fake browser and rendered (no active tab: not available).
    await waitFor(() =>
      expect(document.querySelector('.site-annotation-status')?.textContent).toBe(
        ui.t('annotateSiteUnavailable'),
      ),
    );
  });

  it('lists the stored rounds newest first, #357 first, 25 then more', async () => {
    await storeRounds();
    renderApp();
    await waitFor(() => expect(rowIds()).toEqual(newestFirst.slice(0, 25).map((draw) => draw.id)));
    expect(rowIds()[0]).toBe('ee:357');
    const first = row('ee:357');
    expect(first.querySelector('th a')?.textContent).toBe('#357');
    expect(first.querySelector('th a')?.getAttribute('href')).toBe(
      rounds.find((r) => r.id === 'ee:357')?.url,
    );
    expect(first.querySelector('time')?.getAttribute('datetime')).toBe('2025-07-22');
    // A short label that survives IRCC's renames; the official name is its title and read out.
    const category = first.querySelector('td .category');
    expect(category?.querySelector('[aria-hidden="true"]')?.textContent).toBe('Healthcare');
    expect(category?.getAttribute('title')).toBe('Healthcare and social services occupations (Version 2)');
    expect(category?.querySelector('.visually-hidden')?.textContent).toBe(
      'Healthcare and social services occupations (Version 2)',
    );
    expect(first.querySelectorAll('td')[2]?.textContent).toBe('4,000');
    expect(first.querySelectorAll('td')[3]?.textContent).toBe('475');
    // Express Entry cut-offs are CRS: the number alone, no scale name beside it.
    for (const draw of newestFirst.slice(0, 25)) {
      expect(row(draw.id).querySelectorAll('td')[3]?.textContent).toBe(
        draw.minScore === null ? '—' : ui.format.number(draw.minScore),
      );
    }
    expect(document.querySelectorAll('table.draws .scale')).toHaveLength(0);
    expect(screen.queryByText('Fetching the official rounds for the first time…')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(rowIds()).toEqual(newestFirst.slice(0, 50).map((draw) => draw.id)));
  });

  it('shows every readable round with corrupted records stored, and links only official pages', async () => {
    await storeRounds();
    const stored = (id: string) => ({ ...(rounds.find((draw) => draw.id === id) as StoredDraw) });
    // What an older version's bug or a broken disk could leave: a garbage date (it made the whole list
    // blank), no count, no cut-off (it read "CRS NaN"), a hostile link.
    await db.draws.bulkPut([
      { ...stored('ee:357'), date: 'garbage' },
      { ...stored('ee:356'), invitations: undefined as unknown as null },
      { ...stored('ee:355'), minScore: undefined as unknown as null },
      { ...stored('ee:354'), url: 'javascript:alert(1)' },
    ]);
    renderApp();
    const readable = newestFirst.filter((draw) => draw.id !== 'ee:357');
    await waitFor(() => expect(rowIds()).toEqual(readable.slice(0, 25).map((draw) => draw.id)));
    expect(row('ee:356').querySelectorAll('td')[2]?.textContent).toBe('—');
    expect(row('ee:355').querySelectorAll('td')[3]?.textContent).toBe('—');
    expect(document.body.textContent).not.toContain('NaN');
    expect(row('ee:354').querySelector('th a')?.getAttribute('href')).toBe(stored('ee:354').url);
  });

  it('follows draws and source state written after it rendered', async () => {
    renderApp();
    await waitFor(() =>
      expect(screen.getByText('Fetching the official rounds for the first time…')).toBeTruthy(),
    );
    const readAt = Date.now() - 2 * MINUTE;
    await db.transaction('rw', db.draws, db.sources, async () => {
      await db.draws.bulkAdd(rounds);
      await db.sources.put(
        afterChange(initialSourceState('ircc-ee'), reading(readAt), {
          etag: null,
          lastModified: null,
          contentHash: 'feed',
          drawCount: rounds.length,
          skipped: 0,
          skippedReasons: [],
          unreadableDraws: 0,
        }),
      );
    });
    await waitFor(() => expect(rowIds()).toEqual(newestFirst.slice(0, 25).map((draw) => draw.id)));
    await waitFor(() => expect(statusText()).toBe('Express Entry (IRCC): checked 2 minutes ago.'));
    expect(screen.queryByText('Fetching the official rounds for the first time…')).toBeNull();
  });

  it('says the first check failed when nothing is stored and the source is failing', async () => {
    await db.sources.put(
      afterFailure(
        initialSourceState('ircc-ee'),
        new SourceFault({ code: 'unreachable', host: 'www.canada.ca', cause: 'Failed to fetch' }),
        reading(Date.now()),
      ),
    );
    renderApp();
    await waitFor(() =>
      expect(
        screen.getByText('No rounds yet: the first check failed. Draw Alerts will try again by itself.'),
      ).toBeTruthy(),
    );
    expect(screen.queryByText('Fetching the official rounds for the first time…')).toBeNull();
  });

  it('says why and since when the source is failing, and keeps the stored rounds listed', async () => {
    await storeRounds();
    const now = Date.now();
    const lastGood = now - 5 * HOUR - 10 * MINUTE;
    const since = now - 3 * HOUR - 10 * MINUTE;
    const good = afterChange(initialSourceState('ircc-ee'), reading(lastGood), {
      etag: '"abc"',
      lastModified: null,
      contentHash: 'feed',
      drawCount: rounds.length,
      skipped: 0,
      skippedReasons: [],
      unreadableDraws: 0,
    });
    const fault = new SourceFault({ code: 'html-instead-of-json' });
    await db.sources.put(
      afterFailure(afterFailure(good, fault, reading(since)), fault, reading(now - MINUTE)),
    );
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert.querySelector('strong')?.textContent).toBe(
      `${LABEL} is failing since ${ui.format.moment(since)} (about 3 hours ago).`,
    );
    expect(alert.textContent).toBe(
      `${LABEL} is failing since ${ui.format.moment(since)} (about 3 hours ago). ` +
        'The source answered with an error page instead of its data. ' +
        'Last good read about 5 hours ago. Draws already stored stay listed.',
    );
    await waitFor(() => expect(rowIds()).toEqual(newestFirst.slice(0, 25).map((draw) => draw.id)));
  });

  it('puts the verdict for a CRS of 480 under each cut-off', async () => {
    await storeRounds();
    renderApp({ profile: { ...defaultProfile(), crsScore: 480 } });
    await waitFor(() => expect(document.querySelectorAll('.score-note')).toHaveLength(25));
    const shown = newestFirst.slice(0, 25);
    for (const draw of shown) {
      const note = row(draw.id).querySelector('.score-note');
      if (draw.minScore === null) {
        expect(note).toBeNull();
        continue;
      }
      if (draw.minScore <= 480) {
        expect(note?.textContent).toBe('would have been invited');
        expect(note?.className).toBe('score-note ok');
      } else {
        expect(note?.textContent).toBe(`${ui.format.number(draw.minScore - 480)} points short`);
        expect(note?.className).toBe('score-note short');
      }
    }
    // The two newest rounds, read from the feed: 475 clears; the PNP round's 788 is 308 short.
    expect(shown[0]?.minScore).toBe(475);
    expect(row('ee:357').querySelector('.score-note')?.textContent).toBe('would have been invited');
    expect(shown[1]?.minScore).toBe(788);
    expect(row('ee:356').querySelector('.score-note')?.textContent).toBe('308 points short');
    expect(shown.some((draw) => draw.minScore !== null && draw.minScore > 480)).toBe(true);
  });

  it('counts a cut-off equal to the score as cleared', async () => {
    await storeRounds();
    renderApp({ profile: { ...defaultProfile(), crsScore: 475 } });
    await waitFor(() =>
      expect(row('ee:357').querySelector('.score-note')?.textContent).toBe('would have been invited'),
    );
    expect(row('ee:356').querySelector('.score-note')?.textContent).toBe('313 points short');
  });

  it('shows no verdict while the profile has no CRS', async () => {
    await storeRounds();
    renderApp({ profile: { ...defaultProfile(), crsScore: null } });
    await waitFor(() => expect(rowIds()).toHaveLength(25));
    await waitFor(() => expect(screen.getByLabelText('My CRS')).toBeTruthy());
    expect(document.querySelectorAll('.score-note')).toHaveLength(0);
  });

  it('marks NEW exactly the rounds takeUnseen returns', async () => {
    await storeRounds();
    const takeUnseen = vi.fn(async () => ['ee:356', 'ee:353']);
    renderApp({ takeUnseen });
    await waitFor(() => expect(document.querySelectorAll('.new-mark')).toHaveLength(2));
    expect(takeUnseen).toHaveBeenCalledTimes(1);
    expect([...document.querySelectorAll<HTMLElement>('tr.new')].map((tr) => tr.dataset.drawId)).toEqual([
      'ee:356',
      'ee:353',
    ]);
    for (const mark of document.querySelectorAll('.new-mark')) expect(mark.textContent).toBe('NEW');
    expect(row('ee:356').querySelector('th')?.textContent).toBe('#356NEW');
    expect(row('ee:357').querySelector('.new-mark')).toBeNull();
    expect(row('ee:357').classList.contains('new')).toBe(false);
  });

  it('shows "Checking…" while the check runs, then "Check now" again', async () => {
    await storeRounds();
    let finish: (value: unknown) => void = () => undefined;
    const checkNow = vi.fn(
      () =>
        new Promise<unknown>((resolve) => {
          finish = resolve;
        }),
    );
    renderApp({ checkNow });
    const button = screen.getByRole('button', { name: 'Check now' });
    expect(button.getAttribute('aria-busy')).toBe('false');
    fireEvent.click(button);
    await waitFor(() => expect(button.textContent).toBe('Checking…'));
    expect((button as HTMLButtonElement).disabled).toBe(true);
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(checkNow).toHaveBeenCalledTimes(1);
    finish({ ok: true });
    await waitFor(() => expect(button.textContent).toBe('Check now'));
    expect((button as HTMLButtonElement).disabled).toBe(false);
    expect(button.getAttribute('aria-busy')).toBe('false');
    expect(screen.queryByText(/Could not start a check/)).toBeNull();
  });

  it('says it could not start a check when checkNow rejects, and keeps the rounds', async () => {
    await storeRounds();
    const checkNow = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    renderApp({ checkNow });
    await waitFor(() => expect(rowIds()).toHaveLength(25));
    const button = screen.getByRole('button', { name: 'Check now' });
    fireEvent.click(button);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Could not start a check: Could not establish connection. Receiving end does not exist.',
    );
    expect(button.textContent).toBe('Check now');
    expect((button as HTMLButtonElement).disabled).toBe(false);
    expect(rowIds()).toHaveLength(25);
  });

  it('moves to the Provinces tab with ArrowRight and shows its panel', async () => {
    await storeRounds();
    await db.draws.bulkAdd(
      (
        await abSource.parse(ownFixture('pnp', 'ab.html'), { url: abSource.url, fetchText: async () => '' })
      ).draws.map((draw) => ({ ...draw, firstSeenAt: 0, revisions: [] })),
    );
    renderApp();
    const tablist = screen.getByRole('tablist', { name: 'Draws' });
    const ee = within(tablist).getByRole('tab', { name: 'Express Entry' });
    const provinces = within(tablist).getByRole('tab', { name: 'Provinces' });
    expect(ee.getAttribute('aria-selected')).toBe('true');
    expect(ee.tabIndex).toBe(0);
    expect(provinces.getAttribute('aria-selected')).toBe('false');
    expect(provinces.tabIndex).toBe(-1);
    await waitFor(() => expect(rowIds()[0]).toBe('ee:357'));

    ee.focus();
    fireEvent.keyDown(ee, { key: 'ArrowRight' });
    await waitFor(() => expect(provinces.getAttribute('aria-selected')).toBe('true'));
    expect(document.activeElement).toBe(provinces);
    expect(provinces.tabIndex).toBe(0);
    expect(ee.getAttribute('aria-selected')).toBe('false');
    expect(ee.tabIndex).toBe(-1);
    const panel = screen.getByRole('tabpanel');
    expect(panel.id).toBe('panel-pnp');
    expect(panel.getAttribute('aria-labelledby')).toBe('tab-pnp');
    expect(provinces.getAttribute('aria-controls')).toBe('panel-pnp');
    expect(within(panel).getByLabelText('Province')).toBeTruthy();
    await waitFor(() =>
      expect(rowIds()[0]).toBe('ab:2026-06-15:alberta-express-entry-stream-priority-sectors-manufacturing'),
    );
    expect(rowIds().every((id) => id?.startsWith('ab:'))).toBe(true);
    expect(screen.queryByText('Express Entry (IRCC): not checked yet.')).toBeNull();

    // ArrowRight on the last tab wraps to the first; ArrowLeft goes back.
    fireEvent.keyDown(provinces, { key: 'ArrowRight' });
    await waitFor(() => expect(ee.getAttribute('aria-selected')).toBe('true'));
    expect(document.activeElement).toBe(ee);
    expect(screen.getByRole('tabpanel').id).toBe('panel-ee');
    await waitFor(() => expect(rowIds()[0]).toBe('ee:357'));
    fireEvent.keyDown(ee, { key: 'ArrowLeft' });
    await waitFor(() => expect(provinces.getAttribute('aria-selected')).toBe('true'));
    expect(screen.getByRole('tabpanel').id).toBe('panel-pnp');
  });
});
