import { useEffect, useState } from 'preact/hooks';
import type { DrawAlertsDatabase, StoredDraw } from '@/lib/db/database';
import { drawsByIds } from '@/lib/db/queries';
import type { Profile } from '@/lib/profile/profile';
import { RoundDetails } from '../round/RoundDetails';
import { useUi } from '../ui-context';

interface Props {
  db: DrawAlertsDatabase;
  id: string;
  profile: Profile | null;
}

/**
 * A round's details on the history page, whose rows hold only what the table shows: the stored draw
 * (distribution, times, facts) is read and checked when its details are opened.
 */
export function StoredRoundDetails({ db, id, profile }: Props) {
  const { t } = useUi();
  const [draw, setDraw] = useState<StoredDraw | null | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    drawsByIds(db, [id]).then(
      ([found]) => live && setDraw(found ?? null),
      (error: unknown) => live && setFailure(error),
    );
    return () => {
      live = false;
    };
  }, [db, id]);
  if (failure !== null) throw failure;
  if (draw === undefined) return <p role="status">{t('historyLoading')}</p>;
  if (draw === null) return <p role="status">{t('historyDrawGone')}</p>;
  return <RoundDetails draw={draw} profile={profile} headingLevel={2} />;
}
