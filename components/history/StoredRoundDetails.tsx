import { useEffect } from 'preact/hooks';
import type { DrawAlertsDatabase } from '@/lib/db/database';
import { drawById } from '@/lib/db/queries';
import type { Profile } from '@/lib/profile/profile';
import { RoundDetails } from '../round/RoundDetails';
import { useUi } from '../ui-context';
import { useLiveQuery } from '../use-live-query';

interface Props {
  db: DrawAlertsDatabase;
  id: string;
  profile: Profile | null;
  /** The row's stored draw is gone or cannot be read: the page's rows are out of date. */
  onUnreadable: () => void;
}

/**
 * A round's details on the history page, whose rows hold only what the table shows: the stored draw
 * (distribution, times, facts, corrections) is read and checked when its details are opened, and
 * followed while they are (a correction a poll stores shows at once).
 */
export function StoredRoundDetails({ db, id, profile, onUnreadable }: Props) {
  const { t } = useUi();
  const draw = useLiveQuery(() => drawById(db, id), [db, id]);
  const missing = draw.status === 'ready' && draw.value === undefined;
  useEffect(() => {
    if (missing) onUnreadable();
  }, [missing]);
  if (draw.status === 'error') throw draw.error;
  if (draw.status === 'loading') return <p role="status">{t('historyLoading')}</p>;
  if (draw.value === undefined) return <p role="status">{t('historyDrawGone')}</p>;
  return <RoundDetails draw={draw.value} profile={profile} headingLevel={2} />;
}
