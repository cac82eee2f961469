// @vitest-environment happy-dom
import { render } from '@testing-library/preact';
import { historyRowOf } from '@/lib/history/digest';
import { NO_FILTERS } from '@/lib/history/filters';
import { recordedRounds } from '@/tests/support/recorded-draws';
import { uiServicesIn } from '../testing';
import { UiContext } from '../ui-context';
import { HistoryTable } from './HistoryTable';

const rounds = recordedRounds()
  .slice(0, 4)
  .map((draw) => historyRowOf({ ...draw, firstSeenAt: 0, revisions: [] }));
const [newest, ...older] = rounds as [(typeof rounds)[0], ...typeof rounds];

function table(draws: typeof rounds) {
  return (
    <UiContext.Provider value={uiServicesIn('en')}>
      <HistoryTable
        draws={draws}
        limit={50}
        filters={NO_FILTERS}
        onSort={() => undefined}
        opened={new Set()}
        onToggle={() => undefined}
        verdict={() => null}
        details={() => null}
        focusId={null}
      />
    </UiContext.Provider>
  );
}

const toggleOf = (container: Element, id: string) =>
  container.querySelector<HTMLButtonElement>(`tr[data-draw-id="${id}"] .row-toggle`);

describe('the history table', () => {
  it('keeps focus on the draw it was on when new draws come in above it (rows are kept by place)', () => {
    const { container, rerender } = render(table(older));
    const second = older[1];
    if (!second) throw new Error('too few recorded rounds');
    toggleOf(container, second.id)?.focus();
    const focusedButton = document.activeElement;
    rerender(table([newest, ...older]));
    expect(document.activeElement).toBe(toggleOf(container, second.id));
    // The same element now shows the draw that moved into its place; focus moved with its own draw.
    expect(document.activeElement).not.toBe(focusedButton);
    expect(document.activeElement?.closest('tr')?.getAttribute('data-draw-id')).toBe(second.id);
  });

  it('lets focus go when its draw is no longer shown', () => {
    const { container, rerender } = render(table(older));
    const first = older[0];
    if (!first) throw new Error('too few recorded rounds');
    toggleOf(container, first.id)?.focus();
    rerender(table(older.slice(1)));
    expect(container.querySelector('tbody')?.contains(document.activeElement)).toBe(false);
  });
});
