// @vitest-environment happy-dom
import { render } from '@testing-library/preact';
import { memo } from './memo';

describe('memo', () => {
  it('renders again only when a prop changed', () => {
    const renders: string[] = [];
    const Label = memo(({ text, onPick }: { text: string; onPick: () => void }) => {
      renders.push(text);
      return (
        <button type="button" onClick={onPick}>
          {text}
        </button>
      );
    });
    const pick = () => undefined;
    const { rerender, container } = render(<Label text="CEC" onPick={pick} />);
    rerender(<Label text="CEC" onPick={pick} />);
    expect(renders).toEqual(['CEC']);
    rerender(<Label text="FSW" onPick={pick} />);
    rerender(<Label text="FSW" onPick={() => undefined} />);
    expect(renders).toEqual(['CEC', 'FSW', 'FSW']);
    expect(container.textContent).toBe('FSW');
  });
});
