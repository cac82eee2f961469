// @vitest-environment happy-dom
import { render, screen } from '@testing-library/preact';
import { Dexie } from 'dexie';
import { CATALOGS } from '@/lib/i18n/catalogs';
import { ErrorBoundary, ErrorNotice } from './ErrorBoundary';

function Broken(): never {
  throw new RangeError('Invalid time value');
}

describe('the error boundary', () => {
  beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => undefined));

  it('replaces a page whose render throws with what went wrong and how to recover', () => {
    render(
      <ErrorBoundary language="en">
        <Broken />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.querySelector('h1')?.textContent).toBe(CATALOGS.en.errorTitle);
    expect(alert.textContent).toContain(`What went wrong: ${CATALOGS.en.errorUnexpected}`);
    expect(alert.textContent).toContain(CATALOGS.en.errorRecover);
    expect(screen.getByRole('button', { name: CATALOGS.en.errorReload })).toBeTruthy();
    expect(alert.querySelector('code')?.textContent).toBe('RangeError: Invalid time value');
  });

  it('speaks French, and names the database or a full disk', () => {
    render(<ErrorNotice error={new Dexie.OpenFailedError('VersionError')} language="fr" />);
    expect(screen.getByRole('alert').textContent).toContain(
      `Ce qui s’est passé : ${CATALOGS.fr.errorDatabase}`,
    );
    render(
      <ErrorNotice
        error={new Dexie.QuotaExceededError('full', new DOMException('full', 'QuotaExceededError'))}
        language="en"
      />,
    );
    expect(screen.getAllByRole('alert')[1]?.textContent).toContain(CATALOGS.en.errorStorageFullRecover);
  });

  it('shows its children when nothing throws', () => {
    render(
      <ErrorBoundary language="en">
        <p>fine</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('fine')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
