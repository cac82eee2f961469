import { Component, type ComponentChildren } from 'preact';
import { ERROR_CATALOGS, type ErrorMessages } from '@/lib/i18n/error-catalogs';
import type { Language } from '@/lib/i18n/languages';
import { createTranslator } from '@/lib/i18n/translator';
import { storageErrorKind } from '@/lib/sources/as-fault';

interface Props {
  language: Language;
  children: ComponentChildren;
}

/**
 * Every page's root: an error thrown while rendering (a bug, the database failing) replaces the page
 * with what went wrong and how to recover, in the reader's language, instead of a blank page.
 */
export class ErrorBoundary extends Component<Props, { error: unknown }> {
  override state = { error: null as unknown };

  static override getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error('unknown') };
  }

  override componentDidCatch(error: unknown) {
    // For the maintainer's console; the page says it in words.
    console.error('Draw Alerts page error', error);
  }

  render() {
    const { error } = this.state;
    if (error !== null) return <ErrorNotice error={error} language={this.props.language} />;
    return this.props.children;
  }
}

/** What went wrong and how to recover. Also shown when a page cannot even start. */
export function ErrorNotice({ error, language }: { error: unknown; language: Language }) {
  const { t } = createTranslator<ErrorMessages>(language, ERROR_CATALOGS[language]);
  const kind = storageErrorKind(error);
  const what =
    kind === 'storage-full'
      ? t('errorStorageFull')
      : kind === 'database'
        ? t('errorDatabase')
        : t('errorUnexpected');
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (
    <main class="page-error" lang={language}>
      <section role="alert" aria-labelledby="page-error-title">
        <h1 id="page-error-title">{t('errorTitle')}</h1>
        <p>{t('errorWhat', { error: what })}</p>
        <p>{kind === 'storage-full' ? t('errorStorageFullRecover') : t('errorRecover')}</p>
        <p>
          <button type="button" onClick={() => location.reload()}>
            {t('errorReload')}
          </button>
        </p>
        <details>
          <summary>{t('errorTechnical')}</summary>
          <code>{detail.slice(0, 500)}</code>
        </details>
      </section>
    </main>
  );
}
