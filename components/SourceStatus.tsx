import type { SourceState } from '@/lib/db/database';
import { faultMessageKey } from '@/lib/sources/fault-text';
import { isFailing } from '@/lib/sources/health';
import { useUi } from './ui-context';

interface Props {
  label: string;
  state: SourceState | undefined;
  now: number;
  /** One of several sources under a summary: no alert of its own, no red. */
  quiet?: boolean;
}

/** One line per source: when it was last checked, or why it is failing and since when. */
export function SourceStatus({ label, state, now, quiet = false }: Props) {
  const { t, format } = useUi();
  if (!state?.lastAttemptAt) {
    return <p class="source-status">{t('sourceNeverChecked', { source: label })}</p>;
  }
  if (isFailing(state)) {
    return (
      <p
        class={quiet ? 'source-status failing quiet' : 'source-status failing'}
        role={quiet ? undefined : 'alert'}
      >
        <strong>
          {t('sourceFailingSince', {
            source: label,
            since: format.moment(state.failingSince),
            ago: format.relative(state.failingSince, now),
          })}
        </strong>{' '}
        {t(faultMessageKey(state.lastError.kind))}{' '}
        <span class="fault-detail" lang="en">
          {state.lastError.detail}
        </span>{' '}
        {state.lastSuccessAt ? t('sourceLastGood', { ago: format.relative(state.lastSuccessAt, now) }) : null}
      </p>
    );
  }
  return (
    <p class="source-status">
      {t('sourceCheckedAgo', { source: label, ago: format.relative(state.lastAttemptAt, now) })}
      {state.skipped > 0 ? ` ${t('sourceSkippedRows', { count: state.skipped })}` : null}
    </p>
  );
}
