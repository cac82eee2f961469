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
import { abSource } from '@/lib/sources/pnp/provinces/ab';
import { SourceFault } from '@/lib/sources/source';
import { verdictOf } from '@/lib/standing/verdict';
import { verdictWords } from '@/lib/standing/verdict-text';
import { ownFixture, sharedFixture } from '@/tests/support/fixtures';
import { App } from './App';

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
  roundId?: string;
}

function renderApp({
  checkNow = async () => undefined,
  profile,
  takeUnseen = async () => [],
  roundId,
}: Options = {}) {
  return render(
    <UiContext.Provider value={ui}>
      <App
        db={db}
        checkNow={checkNow}
        profiles={profileStore(profile)}
        takeUnseen={takeUnseen}
        openSettings={() => undefined}
        roundId={roundId}
      />
    </UiContext.Provider>,
  );
}

const rowIds = () =>
  [...document.querySelectorAll<HTMLElement>('table.draws tbody tr[data-draw-id]')].map(
    (row) => row.dataset.drawId,
  );
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

  const cecOnly: Profile = {
    ...defaultProfile(),
    crsScore: 480,
    eligiblePrograms: ['cec'],
    provincialNomination: false,
    frenchNclc7: false,
    occupationCategories: [],
  };

  it('puts the verdict under each cut-off: who could enter, then the score', async () => {
    await storeRounds();
    renderApp({ profile: cecOnly });
    await waitFor(() => expect(document.querySelectorAll('.score-note')).toHaveLength(25));
    for (const draw of newestFirst.slice(0, 25)) {
      const words = verdictWords(verdictOf(draw, cecOnly), ui.t, ui.format.locale, true);
      const note = row(draw.id).querySelector('.score-note');
      expect(note?.textContent).toBe(words.text);
      expect(note?.className).toBe(`score-note ${words.tone}`);
      // A round closed to the user never reads as "points short".
      if (words.tone === 'closed') expect(note?.textContent).not.toMatch(/short/);
    }
    // #357 was for healthcare workers, #356 for provincial nominees; #355 (CEC, 518) was open.
    expect(row('ee:357').querySelector('.score-note')?.textContent).toBe('not open to you (Healthcare only)');
    expect(row('ee:356').querySelector('.score-note')?.textContent).toBe(
      'not open to you (provincial nominees only)',
    );
    expect(row('ee:355').querySelector('.score-note')?.textContent).toBe('open to you: 38 points short');
  });

  it('counts a cut-off equal to the score as cleared', async () => {
    await storeRounds();
    renderApp({ profile: { ...cecOnly, crsScore: 475, occupationCategories: ['healthcare'] } });
    await waitFor(() =>
      expect(row('ee:357').querySelector('.score-note')?.textContent).toBe(
        'open to you: would have been invited (475 ≥ 475)',
      ),
    );
    expect(row('ee:357').querySelector('.score-note')?.className).toBe('score-note ok');
  });

  it('asks for what the profile lacks, once there is a CRS', async () => {
    await storeRounds();
    renderApp({ profile: { ...defaultProfile(), crsScore: 480 } });
    await waitFor(() =>
      expect(row('ee:356').querySelector('.score-note')?.textContent).toBe(
        'set your provincial nomination to see whether this round was open to you',
      ),
    );
    expect(row('ee:355').querySelector('.score-note')?.textContent).toBe(
      'set your programs to see whether this round was open to you',
    );
  });

  it('shows no verdict while the profile is empty, and only "not open" ones without a CRS', async () => {
    await storeRounds();
    renderApp({ profile: { ...defaultProfile(), crsScore: null } });
    await waitFor(() => expect(rowIds()).toHaveLength(25));
    await waitFor(() =>
      expect(document.querySelector('.profile-summary')?.textContent).toContain('CRS not set'),
    );
    expect(document.querySelectorAll('.score-note')).toHaveLength(0);
  });

  it('says "not open" without a CRS when the profile says enough', async () => {
    await storeRounds();
    renderApp({ profile: { ...cecOnly, crsScore: null } });
    await waitFor(() =>
      expect(row('ee:356').querySelector('.score-note')?.textContent).toBe(
        'not open to you (provincial nominees only)',
      ),
    );
    expect(row('ee:355').querySelector('.score-note')).toBeNull();
  });

  it('opens a round’s details by click or keyboard: time, tie-breaking rule, programs, verdict, distribution, link', async () => {
    await storeRounds();
    renderApp({ profile: cecOnly });
    await waitFor(() => expect(rowIds()[0]).toBe('ee:357'));
    const toggle = row('ee:355').querySelector<HTMLButtonElement>('button.row-toggle');
    if (!toggle) throw new Error('no toggle');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-expanded')).toBe('true'));
    const details = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    if (!details) throw new Error('no details');
    expect(details.dataset.detailsFor).toBe('ee:355');
    const text = details.textContent ?? '';
    expect(within(details).getByRole('heading', { level: 2 }).textContent).toBe(
      'Express Entry round #355 · Canadian Experience Class',
    );
    expect(text).toContain(`Date and time of the round${ui.format.moment('2025-07-08T14:59:08.000Z')}`);
    expect(text).toContain(`Tie-breaking rule${ui.format.moment('2024-10-02T01:48:36.000Z')}`);
    expect(text).toContain('Programs eligibleCanadian Experience Class');
    expect(text).toContain('Who could enterCanadian Experience Class candidates only');
    expect(text).toContain('For youOpen to you: 38 points short');
    expect(text).toContain('CRS distribution of the pool on Jul 6, 2025');
    expect(within(details).getByRole('img').getAttribute('aria-label')).toBe(
      'CRS distribution of the 256,224 profiles in the pool on Jul 6, 2025, your 480',
    );
    expect(
      within(details)
        .getByRole('link', { name: 'Official page of this round (canada.ca)' })
        .getAttribute('href'),
    ).toBe(rounds.find((draw) => draw.id === 'ee:355')?.url);
    // The table equivalent of the chart.
    expect(within(details).getByRole('table').textContent).toContain('471–48017,534');
    // The toggle is a focusable button (Enter opens it in the browser: tests/e2e/standing.spec.ts).
    toggle.focus();
    expect(document.activeElement).toBe(toggle);
    fireEvent.click(toggle);
    await waitFor(() => expect(document.querySelector('[data-details-for="ee:355"]')).toBeNull());
  });

  it('opens the round a notification was about', async () => {
    await storeRounds();
    renderApp({ profile: cecOnly, roundId: 'ee:356' });
    const focused = await waitFor(() => {
      const found = document.getElementById('focused-round');
      if (!found) throw new Error('not yet');
      return found;
    });
    expect(within(focused).getByRole('heading', { level: 2 }).textContent).toBe(
      'Express Entry round #356 · Provincial Nominee Program',
    );
    expect(focused.textContent).toContain('For youNot open to you (provincial nominees only)');
    expect(focused.textContent).not.toMatch(/points short/);
    expect(focused.textContent).toContain('Tie-breaking rule');
  });

  it('says where the user stands in the pool, and how that moved', async () => {
    await storeRounds();
    renderApp({ profile: cecOnly });
    const line = await screen.findByText(/profiles score at or above your 480/, {}, { timeout: 5000 });
    // July 20, 2025 (#357): 49,056 above 481, and a tenth of 471–480's 17,741.
    expect(line.textContent).toBe(
      'As of Jul 20, 2025: about 50,800 of 256,914 profiles score at or above your 480 (an estimate by band).',
    );
    expect(document.querySelector('.pool-moved')?.textContent).toMatch(
      /^1,100 fewer than on Jul 6, 2025\. Last 6 snapshots/,
    );
    expect(document.querySelector('.pool-standing svg[role="img"]')).not.toBeNull();
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
