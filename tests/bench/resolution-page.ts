// Runs in a Chromium page during `npm run bench`: the background's resolution of an article's
// claims (lib/background/annotations.ts) against a Dexie store of a given size.

import { indexDraws, resolveClaim } from '@/lib/annotate/resolving/resolve';
import type { AnnotateRequest } from '@/lib/annotate/wire';
import { annotationTextIn, candidatesFor, resolveAnnotations } from '@/lib/background/annotations';
import { type DrawAlertsDatabase, openDrawAlertsDatabase, type StoredDraw } from '@/lib/db/database';
import { keysStartingWith } from '@/lib/db/queries';
import type { DrawSystem } from '@/lib/draws/draw';

const text = annotationTextIn('en');
/** Requests made before the warm ones are timed. */
const WARM_UP = 3;

/**
 * The resolution as it was before indexed lookups, for comparison in the same run: every stored
 * draw of the claimed systems read and indexed for each request.
 */
async function scanResolve(db: DrawAlertsDatabase, request: AnnotateRequest) {
  const systems = new Set<DrawSystem>(
    request.claims.flatMap((claim): DrawSystem[] =>
      claim.kind === 'express-entry' ? ['express-entry'] : ['pnp', 'quebec'],
    ),
  );
  const draws = (
    await Promise.all(
      [...systems].map((system) => {
        const [lower, upper] = keysStartingWith([system]);
        return db.draws.where('[system+date+sequence]').between(lower, upper).toArray();
      }),
    )
  ).flat();
  const index = indexDraws(draws);
  return request.claims.map((claim) => resolveClaim(claim, index));
}

const bench = {
  async seed(dbName: string, draws: StoredDraw[]): Promise<number> {
    const db = openDrawAlertsDatabase(dbName);
    await db.delete();
    await db.open();
    await db.draws.bulkPut(draws);
    const count = await db.draws.count();
    db.close();
    return count;
  },

  /** The first request opens the database, as a worker woken by the page's message does. */
  async resolve(dbName: string, request: AnnotateRequest, runs: number) {
    const db = openDrawAlertsDatabase(dbName);
    let start = performance.now();
    const first = await resolveAnnotations(db, request, text);
    const coldMs = performance.now() - start;
    const warmMs: number[] = [];
    const scanMs: number[] = [];
    for (let run = 0; run < WARM_UP + runs; run++) {
      start = performance.now();
      await resolveAnnotations(db, request, text);
      if (run >= WARM_UP) warmMs.push(performance.now() - start);
      start = performance.now();
      await scanResolve(db, request);
      if (run >= WARM_UP) scanMs.push(performance.now() - start);
    }
    const read = (await candidatesFor(db, request.claims)).length;
    db.close();
    return {
      coldMs,
      warmMs,
      scanMs,
      read,
      badges: first.badges.filter((badge) => badge !== null).length,
      banners: first.banners.length,
    };
  },
};

(window as unknown as { resolutionBench: typeof bench }).resolutionBench = bench;
export type ResolutionBench = typeof bench;
