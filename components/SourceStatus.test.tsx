// @vitest-environment happy-dom
import { render, screen } from '@testing-library/preact';
import { uiServicesIn } from '@/components/testing';
import type { SourceState } from '@/lib/db/database';
import { afterChange, afterFailure, initialSourceState } from '@/lib/sources/health';
import { SourceFault } from '@/lib/sources/source';
import { SourceStatus } from './SourceStatus';
import { UiContext } from './ui-context';

const ui = uiServicesIn('en');

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** A fixed "now": the component is given the time, so every relative text is exact. */
const NOW = Date.UTC(2026, 5, 20, 15, 30);
const LABEL = 'Alberta (AAIP)';
const reading = (now: number) => ({ now, intervalMs: 60 * MINUTE, random: () => 0.5 });

function renderStatus(state: SourceState | undefined) {
  return render(
    <UiContext.Provider value={ui}>
      <SourceStatus label={LABEL} state={state} now={NOW} />
    </UiContext.Provider>,
  );
}

/** A source read successfully at `at`, with `skipped` rows left out, through the real health transitions. */
function readAt(at: number, skipped = 0): SourceState {
  return afterChange(initialSourceState('pnp-ab'), reading(at), {
    etag: null,
    lastModified: null,
    contentHash: 'abc',
    drawCount: 12,
    skipped,
    skippedReasons: skipped > 0 ? ['row 3: no date'] : [],
    unreadableDraws: 0,
  });
}

function statusLine(): HTMLElement {
  const line = document.querySelector<HTMLElement>('p.source-status');
  if (!line) throw new Error('no status line rendered');
  return line;
}

describe('SourceStatus', () => {
  it('says the source was never checked, with no state or a state never attempted', () => {
    const { unmount } = renderStatus(undefined);
    expect(statusLine().textContent).toBe('Alberta (AAIP): not checked yet.');
    expect(statusLine().classList.contains('failing')).toBe(false);
    unmount();
    renderStatus(initialSourceState('pnp-ab'));
    expect(statusLine().textContent).toBe('Alberta (AAIP): not checked yet.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says how long ago the source was checked', () => {
    renderStatus(readAt(NOW - 5 * MINUTE));
    expect(statusLine().textContent).toBe('Alberta (AAIP): checked 5 minutes ago.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('counts the rows it could not read', () => {
    renderStatus(readAt(NOW - 2 * HOUR, 3));
    expect(statusLine().textContent).toBe(
      'Alberta (AAIP): checked about 2 hours ago. 3 entries could not be read and were left out.',
    );
  });

  it('says since when it is failing, why, the detail, and when it last read well', () => {
    const firstFailure = NOW - 2 * DAY;
    const fault = new SourceFault({
      code: 'missing-table',
      headers: ['Date', 'Stream', 'Invitations'],
      page: { title: 'AAIP', lang: 'en', looksLikeErrorPage: false, tables: 2 },
    });
    let state = afterFailure(readAt(NOW - 3 * DAY), fault, reading(firstFailure));
    // A second failure keeps the first failure's time.
    state = afterFailure(state, fault, reading(NOW - 10 * MINUTE));
    expect(state.failingSince).toBe(firstFailure);
    renderStatus(state);
    const alert = screen.getByRole('alert');
    expect(alert).toBe(statusLine());
    expect(alert.classList.contains('failing')).toBe(true);
    expect(alert.querySelector('strong')?.textContent).toBe(
      `Alberta (AAIP) is failing since ${ui.format.moment(firstFailure)} (2 days ago).`,
    );
    expect(alert.querySelector('.fault-detail')?.textContent).toBe(
      'No table with the columns Date / Stream / Invitations.',
    );
    expect(alert.textContent).toBe(
      `Alberta (AAIP) is failing since ${ui.format.moment(firstFailure)} (2 days ago). ` +
        "The page's layout changed; Draw Alerts cannot read it. " +
        'No table with the columns Date / Stream / Invitations. ' +
        'Last good read 3 days ago. Draws already stored stay listed.',
    );
  });

  it('leaves out "last good read" when the source never read well', () => {
    const since = NOW - 30 * MINUTE;
    renderStatus(
      afterFailure(
        initialSourceState('pnp-ab'),
        new SourceFault({ code: 'no-answer-in-time', host: 'www.alberta.ca', seconds: 20 }),
        reading(since),
      ),
    );
    expect(screen.getByRole('alert').textContent).toBe(
      `Alberta (AAIP) is failing since ${ui.format.moment(since)} (30 minutes ago). ` +
        'The source did not answer in time. www.alberta.ca did not answer within 20 s. ',
    );
  });

  it("words the facts of a fault in the reader's language, never the maintainer's English", () => {
    const fault = new SourceFault({
      code: 'number-redated',
      number: '354',
      storedDate: '2025-07-07',
      date: '2025-07-08',
    });
    const state = afterFailure(readAt(NOW - DAY), fault, reading(NOW - HOUR));
    const { unmount } = renderStatus(state);
    expect(screen.getByRole('alert').textContent).toContain(
      "The source's round numbers no longer name the rounds they named before, so nothing was stored. " +
        'Round 354, stored as of Jul 7, 2025, is now dated Jul 8, 2025.',
    );
    unmount();
    const fr = uiServicesIn('fr');
    render(
      <UiContext.Provider value={fr}>
        <SourceStatus label="Entrée express (IRCC)" state={state} now={NOW} />
      </UiContext.Provider>,
    );
    const text = screen.getByRole('alert').textContent ?? '';
    expect(text).toContain('Les numéros de ronde de la source ne désignent plus les mêmes rondes qu’avant');
    expect(text).toContain(
      `La ronde 354, enregistrée au ${fr.format.day('2025-07-07')}, est maintenant datée du ${fr.format.day('2025-07-08')}.`,
    );
    expect(text).not.toMatch(/stored|renumbered|round 354/i);
  });

  it('shows the kind alone for a fault an earlier version recorded without its facts', () => {
    const state = readAt(NOW - DAY);
    renderStatus({
      ...state,
      failingSince: NOW - HOUR,
      lastAttemptAt: NOW - HOUR,
      lastError: { kind: 'storage-full', reason: { code: 'earlier-version' } },
    });
    expect(screen.getByRole('alert').textContent).toContain(
      'The browser has no storage space left for Draw Alerts. Last good read',
    );
    expect(document.querySelector('.fault-detail')).toBeNull();
  });

  it('says how many stored draws could not be read, failing or not', () => {
    const unreadable = { ...readAt(NOW - 5 * MINUTE), unreadableDraws: 2 };
    const { unmount } = renderStatus(unreadable);
    expect(statusLine().textContent).toBe(
      'Alberta (AAIP): checked 5 minutes ago. 2 stored draws could not be read and are not listed.',
    );
    unmount();
    const fault = new SourceFault({ code: 'quota-exceeded' });
    renderStatus({ ...afterFailure(readAt(NOW - DAY), fault, reading(NOW - HOUR)), unreadableDraws: 1 });
    expect(screen.getByRole('alert').textContent).toMatch(
      /The browser has no storage space left for Draw Alerts\. Last good read .*\. 1 stored draw could not be read and is not listed\.$/,
    );
  });
});
