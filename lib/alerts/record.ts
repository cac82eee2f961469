import type { AlertRecord, DrawAlertsDatabase, StoredDraw } from '@/lib/db/database';
import type { Profile } from '@/lib/profile/profile';
import type { PollDeps } from '@/lib/sources/poll';
import { drawMatchesProfile, shouldAlert } from './match';
import { decideNewDraws } from './new-draws';

/**
 * The poll's hook for never-stored draws: weighs each once against the profile, inside the
 * transaction that stores it. Notifications are shown after the commit (see deliver.ts).
 */
export function alertRecorder(db: DrawAlertsDatabase, profile: Profile): NonNullable<PollDeps['onNewDraws']> {
  return {
    tables: [db.alerts],
    async handle(newDraws: StoredDraw[], { firstSync, now }) {
      const known = await db.alerts.bulkGet(newDraws.map((draw) => draw.id));
      const decision = decideNewDraws({
        storedIds: [],
        notifiedIds: known.flatMap((record) => (record ? [record.drawId] : [])),
        firstSyncCompleted: !firstSync,
        incoming: newDraws,
        wantsAlert: (draw) => shouldAlert(draw, profile),
      });
      const toNotify = new Set(decision.toNotify.map((draw) => draw.id));
      const byId = new Map(newDraws.map((draw) => [draw.id, draw]));
      const records: AlertRecord[] = decision.idsToRecordAsNotified.map((drawId) => {
        const draw = byId.get(drawId);
        const matters = !firstSync && draw !== undefined && drawMatchesProfile(draw, profile);
        return {
          drawId,
          decidedAt: now,
          state: toNotify.has(drawId) ? 'pending' : 'silent',
          unseen: matters ? 1 : 0,
        };
      });
      await db.alerts.bulkAdd(records);
    },
  };
}
