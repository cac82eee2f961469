import { useState } from 'preact/hooks';
import { DrawTable } from '@/components/DrawTable';
import { SourceStatus } from '@/components/SourceStatus';
import { useUi } from '@/components/ui-context';
import { useLiveQuery, useNow } from '@/components/use-live-query';
import type { DrawAlertsDatabase } from '@/lib/db/database';
import { latestDraws } from '@/lib/db/queries';
import { expressEntrySource } from '@/lib/sources/express-entry/source';

const PAGE = 25;

interface Props {
  db: DrawAlertsDatabase;
  checkNow: () => Promise<unknown>;
}

export function App({ db, checkNow }: Props) {
  const { t } = useUi();
  const now = useNow();
  const [limit, setLimit] = useState(PAGE);
  const [checking, setChecking] = useState(false);
  const [checkError, setCheckError] = useState<string | null>(null);
  const draws = useLiveQuery(() => latestDraws(db, 'express-entry', limit), [limit]);
  const source = useLiveQuery(() => db.sources.get(expressEntrySource.id), []);

  async function onCheckNow() {
    setChecking(true);
    setCheckError(null);
    try {
      await checkNow();
    } catch (error) {
      // The background could not be reached; the stored rounds stay listed.
      setCheckError(error instanceof Error ? error.message : String(error));
    } finally {
      setChecking(false);
    }
  }

  const state = source.status === 'ready' ? source.value : undefined;
  const rows = draws.status === 'ready' ? draws.value : [];
  const firstRun = draws.status === 'ready' && rows.length === 0;

  return (
    <main aria-labelledby="title">
      <header class="bar">
        <h1 id="title">{t('extName')}</h1>
        <button type="button" onClick={onCheckNow} disabled={checking} aria-busy={checking}>
          {checking ? t('checking') : t('checkNow')}
        </button>
      </header>
      <section aria-labelledby="ee-title">
        <h2 id="ee-title">{t('expressEntryHeading')}</h2>
        <div aria-live="polite">
          {source.status === 'ready' ? (
            <SourceStatus label={expressEntrySource.label} state={state} now={now} />
          ) : null}
          {checkError ? (
            <p class="source-status failing" role="alert">
              {t('checkNowFailed', [checkError])}
            </p>
          ) : null}
        </div>
        {draws.status === 'error' ? (
          <p role="alert">{t('databaseError', [draws.error.message])}</p>
        ) : firstRun ? (
          <p class="first-run">{state?.lastError ? t('firstRunFailed') : t('firstRun')}</p>
        ) : rows.length > 0 ? (
          <>
            <DrawTable caption={t('expressEntryHeading')} draws={rows} now={now} />
            {rows.length === limit ? (
              <button type="button" class="more" onClick={() => setLimit(limit + PAGE)}>
                {t('showMore')}
              </button>
            ) : null}
          </>
        ) : null}
      </section>
    </main>
  );
}
