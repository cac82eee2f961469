import type { Table } from 'dexie';
import type { DrawAlertsDatabase, SourceState, StoredDraw } from '@/lib/db/database';
import { drawsOfSource } from '@/lib/db/queries';
import type { Draw } from '@/lib/draws/draw';
import { type FetchPolicy, fetchWithPolicy, hashBody, type Validators } from './fetch-policy';
import { afterChange, afterFailure, afterUnchanged, initialSourceState, type Reading } from './health';
import { keepStoredIds } from './identity';
import { keptLinkedPages, linkedPagesDue } from './linked-pages';
import { type ParseResult, type SourceDefinition, SourceFault } from './source';

const NO_VALIDATORS: Validators = { etag: null, lastModified: null };

/** Below this share of the last count, an append-only source's answer is treated as cut short. */
const TRUNCATION_RATIO = 0.9;

export interface NewDrawsContext {
  /** The source's first successful read: its whole history arrives at once and is stored silently. */
  firstSync: boolean;
  now: number;
}

export interface PollDeps {
  db: DrawAlertsDatabase;
  policy: FetchPolicy;
  now: () => number;
  random: () => number;
  /** The user's ceiling (the profile's check interval); the next read falls due near it without `nextCheckAt`. */
  intervalMs: number;
  /** When this source is next due after a read at `now` (lib/sources/schedule.ts). */
  nextCheckAt?: (now: number) => number;
  /**
   * Runs inside the transaction that stores the draws, with those never stored before, so what it
   * records (what was notified) commits or rolls back together with them.
   */
  onNewDraws?: { tables: Table[]; handle(draws: StoredDraw[], context: NewDrawsContext): Promise<void> };
  /**
   * A cheap extension API call, made after each linked page a source fetches: Chrome stops a worker
   * after 30 s without one, and a source that follows links can take longer than that.
   */
  keepAlive?: () => Promise<unknown>;
}

export type PollOutcome = 'changed' | 'unchanged' | 'failed';

export interface PollReport {
  sourceId: string;
  outcome: PollOutcome;
  newDrawIds: string[];
  /** Draw rows written (0 for an unchanged body). */
  drawsWritten: number;
  fault: { kind: SourceFault['kind']; detail: string } | null;
}

/**
 * One poll of one source: fetch under the policy, parse and validate the whole body, then write in
 * one transaction. Any fault leaves every stored draw as it was and is recorded on the source.
 */
export async function pollSource(source: SourceDefinition, deps: PollDeps): Promise<PollReport> {
  const state = (await deps.db.sources.get(source.id)) ?? initialSourceState(source.id);
  const reading = (): Reading => {
    const now = deps.now();
    return { now, intervalMs: deps.intervalMs, random: deps.random, nextCheckAt: deps.nextCheckAt?.(now) };
  };
  try {
    // Recent linked pages to ask again are reached through the index: read it even if unchanged.
    const readIndexAnyway = await linkedPagesDue(deps.db, source.id, deps.now());
    const fetched = await fetchWithPolicy(
      source.label,
      source.url,
      readIndexAnyway ? NO_VALIDATORS : { etag: state.etag, lastModified: state.lastModified },
      deps.policy,
    );
    if (fetched.kind === 'not-modified') return await recordUnchanged(deps, state, reading());
    const contentHash = await hashBody(fetched.body);
    if (contentHash === state.contentHash && !readIndexAnyway)
      return await recordUnchanged(deps, state, reading());

    const fetchLinked = async (url: string, validators: Validators) => {
      const linked = await fetchWithPolicy(source.label, url, validators, deps.policy);
      await deps.keepAlive?.();
      return linked;
    };
    const linkedPages = keptLinkedPages({
      db: deps.db,
      sourceId: source.id,
      now: deps.now,
      fetch: fetchLinked,
    });
    const parsed = await source.parse(fetched.body, {
      url: fetched.finalUrl,
      fetchText: async (url) => {
        const linked = await fetchLinked(url, NO_VALIDATORS);
        return linked.kind === 'body' ? linked.body : '';
      },
      readLinked: linkedPages.readLinked,
    });
    refusePartialAnswer(source, state, parsed);
    if (!parsed.incomplete) await linkedPages.forgetUnlinked();
    const validators = parsed.incomplete
      ? { etag: null, lastModified: null, contentHash: state.contentHash }
      : { etag: fetched.etag, lastModified: fetched.lastModified, contentHash };
    return await storeDraws(deps, state, parsed, reading(), validators);
  } catch (error) {
    const fault = error instanceof SourceFault ? error : unexpected(source, error);
    await deps.db.sources.put(afterFailure(state, fault, reading()));
    return {
      sourceId: source.id,
      outcome: 'failed',
      newDrawIds: [],
      drawsWritten: 0,
      fault: { kind: fault.kind, detail: fault.detail },
    };
  }
}

function unexpected(source: SourceDefinition, error: unknown): SourceFault {
  // A parser bug must not look like a healthy source; it is reported like a changed layout.
  const message = error instanceof Error ? error.message : String(error);
  return new SourceFault('layout', `${source.label}: the page could not be read (${message}).`);
}

function refusePartialAnswer(source: SourceDefinition, state: SourceState, parsed: ParseResult): void {
  if (state.drawCount === 0) return;
  // Tables that are still there but hold no row at all (not even "TBD"): more often a redesign than
  // a province with no draws.
  if (parsed.draws.length === 0 && parsed.skipped === 0 && parsed.rowsRead === 0) {
    throw new SourceFault(
      'layout',
      `${source.label}: the page lists no draws where it listed ${state.drawCount} before; its layout may have changed.`,
    );
  }
  if (!source.appendOnly) return;
  if (parsed.draws.length < state.drawCount * TRUNCATION_RATIO) {
    throw new SourceFault(
      'truncated',
      `${source.label}: the answer lists ${parsed.draws.length} rounds where ${state.drawCount} were read before; a partial answer is not stored.`,
    );
  }
}

async function recordUnchanged(deps: PollDeps, state: SourceState, at: Reading): Promise<PollReport> {
  await deps.db.sources.put(afterUnchanged(state, at));
  return { sourceId: state.id, outcome: 'unchanged', newDrawIds: [], drawsWritten: 0, fault: null };
}

async function storeDraws(
  deps: PollDeps,
  state: SourceState,
  parsed: ParseResult,
  at: Reading,
  validators: Pick<SourceState, 'etag' | 'lastModified' | 'contentHash'>,
): Promise<PollReport> {
  const { db } = deps;
  // Never read anything from this source: its history arrives now. (The content hash alone would not
  // do: an incomplete read leaves it unset so that the page is read again.)
  const firstSync = state.lastChangeAt === null && state.contentHash === null;
  const tables = [db.draws, db.sources, ...(deps.onNewDraws?.tables ?? [])];
  return db.transaction('rw', tables, async () => {
    // One range read of this source's draws: cheaper than a lookup per draw, and empty on a first sync.
    const stored = new Map((await drawsOfSource(db, state.id)).map((draw) => [draw.id, draw]));
    const toWrite: StoredDraw[] = [];
    const newDraws: StoredDraw[] = [];
    keepStoredIds(parsed.draws, stored).forEach((draw) => {
      const previous = stored.get(draw.id);
      if (!previous) {
        const fresh = { ...draw, firstSeenAt: at.now };
        toWrite.push(fresh);
        newDraws.push(fresh);
      } else if (!sameDraw(previous, draw)) {
        // Corrections and renamed categories update the round in place; it stays the same round.
        toWrite.push({ ...draw, firstSeenAt: previous.firstSeenAt });
      }
    });
    await db.draws.bulkPut(toWrite);
    // The same index read again only to ask its recent linked pages, which had nothing new.
    const sameAsBefore =
      toWrite.length === 0 && !parsed.incomplete && validators.contentHash === state.contentHash;
    await db.sources.put(
      sameAsBefore
        ? afterUnchanged(state, at)
        : afterChange(state, at, {
            ...validators,
            drawCount: parsed.draws.length,
            skipped: parsed.skipped,
            skippedReasons: parsed.skippedReasons,
          }),
    );
    if (newDraws.length > 0) await deps.onNewDraws?.handle(newDraws, { firstSync, now: at.now });
    return {
      sourceId: state.id,
      outcome: sameAsBefore ? ('unchanged' as const) : ('changed' as const),
      newDrawIds: newDraws.map((draw) => draw.id),
      drawsWritten: toWrite.length,
      fault: null,
    };
  });
}

function sameDraw(stored: StoredDraw, draw: Draw): boolean {
  const { firstSeenAt: _, ...storedDraw } = stored;
  return stableJson(storedDraw) === stableJson(draw);
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}
