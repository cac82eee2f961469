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
    const fault = new SourceFault('layout', 'AB: no table with headers Date / Stream / Invitations');
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
      'AB: no table with headers Date / Stream / Invitations',
    );
    expect(alert.textContent).toBe(
      `Alberta (AAIP) is failing since ${ui.format.moment(firstFailure)} (2 days ago). ` +
        "The page's layout changed; Draw Alerts cannot read it. " +
        'AB: no table with headers Date / Stream / Invitations ' +
        'Last good read 3 days ago. Draws already stored stay listed.',
    );
  });

  it('leaves out "last good read" when the source never read well', () => {
    const since = NOW - 30 * MINUTE;
    renderStatus(
      afterFailure(
        initialSourceState('pnp-ab'),
        new SourceFault('timeout', 'no answer in 20 s'),
        reading(since),
      ),
    );
    expect(screen.getByRole('alert').textContent).toBe(
      `Alberta (AAIP) is failing since ${ui.format.moment(since)} (30 minutes ago). ` +
        'The source did not answer in time. no answer in 20 s ',
    );
  });
});
