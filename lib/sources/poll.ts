import type { Table } from 'dexie';
import type { DrawAlertsDatabase, SourceState, StoredDraw } from '@/lib/db/database';
import { storedRecordsOfSource } from '@/lib/db/queries';
import { readStoredDraws } from '@/lib/db/stored-draw';
import type { Draw } from '@/lib/draws/draw';
import { reviseFigures } from '@/lib/draws/revisions';
import { asSourceFault } from './as-fault';
import { type FetchPolicy, fetchWithPolicy, hashBody, type Validators } from './fetch-policy';
import { afterChange, afterFailure, afterUnchanged, initialSourceState, type Reading } from './health';
import { hostsOf } from './host-permissions';
import { keepStoredIds } from './identity';
import { keptLinkedPages, linkedPagesDue } from './linked-pages';
import { refuseRenumbering } from './rounds';
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
  fault: { kind: SourceFault['kind']; reason: SourceFault['reason'] } | null;
}

/**
 * One poll of one source: fetch under the policy, parse and validate the whole body, then write in
 * one transaction. Any fault leaves every stored draw as it was and is recorded on the source.
 */
export async function pollSource(source: SourceDefinition, deps: PollDeps): Promise<PollReport> {
  const reading = (): Reading => {
    const now = deps.now();
    return { now, intervalMs: deps.intervalMs, random: deps.random, nextCheckAt: deps.nextCheckAt?.(now) };
  };
  let state = initialSourceState(source.id);
  try {
    state = (await deps.db.sources.get(source.id)) ?? state;
    // Recent linked pages to ask again are reached through the index: read it even if unchanged.
    const readIndexAnyway = await linkedPagesDue(deps.db, source.id, deps.now());
    const fetched = await fetchWithPolicy(
      source.url,
      readIndexAnyway ? NO_VALIDATORS : { etag: state.etag, lastModified: state.lastModified },
      deps.policy,
    );
    if (fetched.kind === 'not-modified') return await recordUnchanged(deps, state, reading());
    const contentHash = await hashBody(fetched.body);
    if (contentHash === state.contentHash && !readIndexAnyway)
      return await recordUnchanged(deps, state, reading());

    // Linked pages (Manitoba's posts) only from the source's own host.
    const linkedPolicy: FetchPolicy = { ...deps.policy, hosts: hostsOf(source.url) };
    const fetchLinked = async (url: string, validators: Validators) => {
      const linked = await fetchWithPolicy(url, validators, linkedPolicy);
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
      now: deps.now(),
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
    return await storeDraws(source, deps, state, parsed, reading(), validators);
  } catch (error) {
    const fault = asSourceFault(error);
    try {
      await deps.db.sources.put(afterFailure(state, fault, reading()));
    } catch {
      // The storage itself is failing (full, broken): the fault is reported, nothing more can be kept.
    }
    return {
      sourceId: source.id,
      outcome: 'failed',
      newDrawIds: [],
      drawsWritten: 0,
      fault: { kind: fault.kind, reason: fault.reason },
    };
  }
}

function refusePartialAnswer(source: SourceDefinition, state: SourceState, parsed: ParseResult): void {
  if (state.drawCount === 0) return;
  // Tables that are still there but hold no row at all (not even "TBD"): more often a redesign than
  // a province with no draws.
  if (parsed.draws.length === 0 && parsed.skipped === 0 && parsed.rowsRead === 0) {
    throw new SourceFault({ code: 'no-draws-any-more', before: state.drawCount });
  }
  if (!source.appendOnly) return;
  if (parsed.draws.length < state.drawCount * TRUNCATION_RATIO) {
    throw new SourceFault({ code: 'fewer-rounds', found: parsed.draws.length, before: state.drawCount });
  }
}

async function recordUnchanged(deps: PollDeps, state: SourceState, at: Reading): Promise<PollReport> {
  await deps.db.sources.put(afterUnchanged(state, at));
  return { sourceId: state.id, outcome: 'unchanged', newDrawIds: [], drawsWritten: 0, fault: null };
}

async function storeDraws(
  source: SourceDefinition,
  deps: PollDeps,
  state: SourceState,
  parsed: ParseResult,
  at: Reading,
  validators: Pick<SourceState, 'etag' | 'lastModified' | 'contentHash'>,
): Promise<PollReport> {
  const { db } = deps;
  const tables = [db.draws, db.sources, ...(deps.onNewDraws?.tables ?? [])];
  return db.transaction('rw', tables, async () => {
    // One range read of this source's draws: cheaper than a lookup per draw, and empty on a first sync.
    const records = await storedRecordsOfSource(db, state.id);
    const { draws: readable } = readStoredDraws(records);
    // History arrives with the first read that lists draws: until one has, nothing is news. (A first
    // read of an empty page does not use up the silence.)
    const firstSync = records.length === 0;
    const stored = new Map(readable.map((draw) => [draw.id, draw]));
    const unreadableIds = new Set(records.map((record) => record.id).filter((id) => !stored.has(id)));
    refuseRenumbering(parsed.draws, readable, source.currentCategory);

    const toWrite: StoredDraw[] = [];
    const newDraws: StoredDraw[] = [];
    let repaired = 0;
    for (const draw of keepStoredIds(parsed.draws, stored)) {
      const previous = stored.get(draw.id);
      if (previous) {
        // Renamed categories and corrected figures update the round in place; it stays the same
        // round, and corrected figures are kept as a revision.
        if (!sameDraw(previous, draw)) {
          toWrite.push({
            ...draw,
            firstSeenAt: previous.firstSeenAt,
            revisions: reviseFigures(previous.revisions, previous, draw, at.now),
          });
        }
      } else if (unreadableIds.has(draw.id)) {
        // A stored record that could not be read is replaced by the source's own copy: it was
        // weighed when first stored, so it is not news now.
        repaired += 1;
        toWrite.push({ ...draw, firstSeenAt: at.now, revisions: [] });
      } else {
        const fresh: StoredDraw = { ...draw, firstSeenAt: at.now, revisions: [] };
        toWrite.push(fresh);
        newDraws.push(fresh);
      }
    }
    await db.draws.bulkPut(toWrite);
    // The same index read again only to ask its recent linked pages, which had nothing new.
    const sameAsBefore =
      toWrite.length === 0 && !parsed.incomplete && validators.contentHash === state.contentHash;
    await db.sources.put(
      sameAsBefore
        ? { ...afterUnchanged(state, at), unreadableDraws: unreadableIds.size - repaired }
        : afterChange(state, at, {
            ...validators,
            // A read that lists no draw (a page of zeros, a new year of placeholders) keeps the count
            // the empty-page guard compares with.
            drawCount: parsed.draws.length > 0 ? parsed.draws.length : state.drawCount,
            skipped: parsed.skipped,
            skippedReasons: parsed.skippedReasons,
            unreadableDraws: unreadableIds.size - repaired,
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
  const { firstSeenAt: _, revisions: __, ...storedDraw } = stored;
  return stableJson(storedDraw) === stableJson(draw);
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}
