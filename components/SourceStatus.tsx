import type { SourceState } from '@/lib/db/database';
import { describeFault, faultMessageKey } from '@/lib/sources/fault-text';
import { isFailing } from '@/lib/sources/health';
import { useUi } from './ui-context';

interface Props {
  label: string;
  state: SourceState | undefined;
  now: number;
}

/** One line per source: when it was last checked, or why it is failing and since when. */
export function SourceStatus({ label, state, now }: Props) {
  const { t, format } = useUi();
  if (!state?.lastAttemptAt) {
    return <p class="source-status">{t('sourceNeverChecked', [label])}</p>;
  }
  if (isFailing(state)) {
    return (
      <p class="source-status failing" role="alert">
        <strong>
          {t('sourceFailingSince', [
            label,
            format.moment(state.failingSince),
            format.relative(state.failingSince, now),
          ])}
        </strong>{' '}
        {t(faultMessageKey(state.lastError.kind))}{' '}
        <span class="fault-detail">{describeFault(state.lastError.reason)}</span>{' '}
        {state.lastSuccessAt ? t('sourceLastGood', [format.relative(state.lastSuccessAt, now)]) : null}
      </p>
    );
  }
  return (
    <p class="source-status">
      {t('sourceCheckedAgo', [label, format.relative(state.lastAttemptAt, now)])}
      {state.skipped > 0
        ? ` ${t(format.plural(state.skipped) === 'one' ? 'sourceSkippedRowsOne' : 'sourceSkippedRowsOther', [format.number(state.skipped)])}`
        : null}
    </p>
  );
}
