import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { StoredDraw } from '@/lib/db/database';
import { DrawTable } from './DrawTable';
import { useUi } from './ui-context';
import { useLiveQuery } from './use-live-query';

const PAGE = 25;

interface Props {
  /** The newest `limit` draws to list; re-run when the database changes or `deps` do. */
  query: (limit: number) => Promise<StoredDraw[]>;
  deps: unknown[];
  caption: string;
  kind: 'express-entry' | 'pnp';
  now: number;
  /** Shown when the query returns no draw. */
  empty: ComponentChildren;
  scoreNote?: Parameters<typeof DrawTable>[0]['scoreNote'];
  isNew?: (draw: StoredDraw) => boolean;
  details?: Parameters<typeof DrawTable>[0]['details'];
}

/** A page of the newest draws that follows the database, with "Show more". */
export function LiveDrawList({ query, deps, caption, kind, now, empty, scoreNote, isNew, details }: Props) {
  const { t } = useUi();
  const [limit, setLimit] = useState(PAGE);
  const draws = useLiveQuery(() => query(limit), [limit, ...deps]);
  if (draws.status === 'error')
    return <p role="alert">{t('databaseError', { error: draws.error.message })}</p>;
  if (draws.status === 'loading') return null;
  if (draws.value.length === 0) return <>{empty}</>;
  return (
    <>
      <DrawTable
        caption={caption}
        kind={kind}
        draws={draws.value}
        now={now}
        scoreNote={scoreNote}
        isNew={isNew}
        details={details}
      />
      {draws.value.length === limit ? (
        <button type="button" class="more" onClick={() => setLimit(limit + PAGE)}>
          {t('showMore')}
        </button>
      ) : null}
    </>
  );
}
