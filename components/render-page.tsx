import { type ComponentChildren, render } from 'preact';
import type { Language } from '@/lib/i18n/languages';
import { ErrorBoundary, ErrorNotice } from './ErrorBoundary';
import { loadUiServices, UiContext, type UiServices } from './ui-context';

/**
 * Renders a page in `language` under its error boundary. A page that cannot even start (its catalog
 * or its data failing to load) shows the same notice instead of staying blank.
 */
export async function renderPage(
  root: HTMLElement,
  language: Language,
  page: (ui: UiServices) => ComponentChildren | Promise<ComponentChildren>,
): Promise<void> {
  try {
    const ui = await loadUiServices(language, document);
    const content = await page(ui);
    render(
      <ErrorBoundary language={language}>
        <UiContext.Provider value={ui}>{content}</UiContext.Provider>
      </ErrorBoundary>,
      root,
    );
  } catch (error) {
    console.error('Draw Alerts page could not start', error);
    render(<ErrorNotice error={error} language={language} />, root);
  }
}
