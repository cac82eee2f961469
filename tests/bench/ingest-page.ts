// Runs in a Chromium page during `npm run bench`: the real parser, poll and Dexie database, fed a
// recorded feed through a fetch that answers from memory (so the figure is ingest, not network).
import { openDrawAlertsDatabase } from '@/lib/db/database';
import { parseExpressEntryFeed } from '@/lib/sources/express-entry/parse-feed';
import { expressEntrySource } from '@/lib/sources/express-entry/source';
import { pollSource } from '@/lib/sources/poll';

export interface IngestFigures {
  rounds: number;
  parseMs: number[];
  ingestMs: number[];
  unchangedPoll: { drawWrites: number; sourceWrites: number; ms: number };
}

async function measure(body: string, runs: number): Promise<IngestFigures> {
  const fetch = (async () => new Response(body, { status: 200 })) as typeof globalThis.fetch;
  const parseMs: number[] = [];
  const ingestMs: number[] = [];
  let rounds = 0;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    rounds = parseExpressEntryFeed(body).draws.length;
    parseMs.push(performance.now() - start);
  }
  for (let run = 0; run < runs; run++) {
    const db = openDrawAlertsDatabase(`bench-${run}`);
    await db.delete();
    await db.open();
    const start = performance.now();
    await pollSource(expressEntrySource, {
      db,
      policy: { fetch, timeoutMs: 10_000 },
      now: Date.now,
      random: Math.random,
      intervalMs: 1_800_000,
    });
    ingestMs.push(performance.now() - start);
    if (run < runs - 1) {
      db.close();
      await db.delete();
      continue;
    }
    const writes = { draws: 0, sources: 0 };
    const countDraw = () => {
      writes.draws += 1;
    };
    const countSource = () => {
      writes.sources += 1;
    };
    db.draws.hook('creating', countDraw);
    db.draws.hook('updating', countDraw);
    db.draws.hook('deleting', countDraw);
    db.sources.hook('creating', countSource);
    db.sources.hook('updating', countSource);
    const unchangedStart = performance.now();
    await pollSource(expressEntrySource, {
      db,
      policy: { fetch, timeoutMs: 10_000 },
      now: Date.now,
      random: Math.random,
      intervalMs: 1_800_000,
    });
    const ms = performance.now() - unchangedStart;
    db.close();
    await db.delete();
    return {
      rounds,
      parseMs,
      ingestMs,
      unchangedPoll: { drawWrites: writes.draws, sourceWrites: writes.sources, ms },
    };
  }
  throw new Error('no runs');
}

(window as unknown as { runIngestBench: typeof measure }).runIngestBench = measure;
