// Runs in a Chromium page during `npm run bench`: the real parser, poll, alert recording and Dexie
// database, fed recorded feeds through a fetch that answers from memory (ingest, not network).
import { alertRecorder } from '@/lib/alerts/record';
import {
  type AlertRecord,
  openDrawAlertsDatabase,
  type SourceState,
  type StoredDraw,
} from '@/lib/db/database';
import { defaultProfile } from '@/lib/profile/profile';
import { parseExpressEntryFeed } from '@/lib/sources/express-entry/parse-feed';
import { expressEntrySource } from '@/lib/sources/express-entry/source';
import { pollSource } from '@/lib/sources/poll';

export interface StoreSeed {
  draws: StoredDraw[];
  sources: SourceState[];
  alerts: AlertRecord[];
}

export interface PollFigures {
  ms: number;
  newDraws: number;
  drawsWritten: number;
  alertsWritten: number;
}

const answering = (body: string) =>
  (async () => new Response(body, { status: 200 })) as unknown as typeof globalThis.fetch;

/** One poll of the feed, with the alert write the background does, timed. */
async function poll(dbName: string, body: string): Promise<PollFigures> {
  const db = openDrawAlertsDatabase(dbName);
  await db.open();
  const alertsBefore = await db.alerts.count();
  const start = performance.now();
  const report = await pollSource(expressEntrySource, {
    db,
    policy: { fetch: answering(body), timeoutMs: 10_000 },
    now: Date.now,
    random: Math.random,
    intervalMs: 1_800_000,
    onNewDraws: alertRecorder(db, defaultProfile()),
  });
  const elapsed = performance.now() - start;
  const figures = {
    ms: elapsed,
    newDraws: report.newDrawIds.length,
    drawsWritten: report.drawsWritten,
    alertsWritten: (await db.alerts.count()) - alertsBefore,
  };
  db.close();
  return figures;
}

const bench = {
  /** Parse and validate only. */
  parse(body: string): { ms: number; rounds: number } {
    const start = performance.now();
    const rounds = parseExpressEntryFeed(body).draws.length;
    return { ms: performance.now() - start, rounds };
  },

  /** A first poll into an empty store: every round written, every round weighed (silently). */
  async firstPoll(dbName: string, body: string): Promise<PollFigures> {
    const db = openDrawAlertsDatabase(dbName);
    await db.delete();
    return poll(dbName, body);
  },

  /** The store as a previous poll left it (written directly: no parser or poll code runs). */
  async seed(dbName: string, seed: StoreSeed): Promise<void> {
    const db = openDrawAlertsDatabase(dbName);
    await db.delete();
    await db.open();
    await db.transaction('rw', [db.draws, db.sources, db.alerts], async () => {
      await db.draws.bulkPut(seed.draws);
      await db.sources.bulkPut(seed.sources);
      await db.alerts.bulkPut(seed.alerts);
    });
    db.close();
  },

  /** A poll of a stored source: the changed feed with its new round, or the same feed again. */
  poll,
};

(window as unknown as { ingestBench: typeof bench }).ingestBench = bench;
export type IngestBench = typeof bench;
