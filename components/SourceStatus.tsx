import type { SourceState } from '@/lib/db/database';
import type { FaultReason } from '@/lib/sources/fault-reason';
import { faultDetail, faultMessageKey } from '@/lib/sources/fault-text';
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
  // Stored draws an older version or a broken disk left unreadable: not listed, but not hidden.
  const unreadable = (read: SourceState) =>
    read.unreadableDraws > 0 ? ` ${t('sourceUnreadableDraws', { count: read.unreadableDraws })}` : null;
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
        {t(faultMessageKey(state.lastError.kind))} <FaultDetail reason={state.lastError.reason} />
        {state.lastSuccessAt ? t('sourceLastGood', { ago: format.relative(state.lastSuccessAt, now) }) : null}
        {unreadable(state)}
      </p>
    );
  }
  return (
    <p class="source-status">
      {t('sourceCheckedAgo', { source: label, ago: format.relative(state.lastAttemptAt, now) })}
      {state.skipped > 0 ? ` ${t('sourceSkippedRows', { count: state.skipped })}` : null}
      {unreadable(state)}
    </p>
  );
}

/** The facts of a fault, worded in the reader's language (nothing when the kind says it all). */
function FaultDetail({ reason }: { reason: FaultReason | undefined }) {
  const { t, format } = useUi();
  const text = reason ? faultDetail(reason, t, format) : '';
  return text ? (
    <>
      <span class="fault-detail">{text}</span>{' '}
    </>
  ) : null;
}
