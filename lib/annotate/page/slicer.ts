/**
 * Work on a page in slices of a time budget, not of elements: whatever the unit of work (a node, a
 * sentence, a row, a badge), the worker asks `due()` between units and, when the slice has used its
 * time, `pause()`s to let the page run. So a single huge block is split as surely as 80,000 small ones.
 */

export interface SliceStats {
  /** Busy time of the slices (ms), excluding time spent waiting for the page or the background. */
  workMs: number;
  /** Longest single slice (ms). */
  longestSliceMs: number;
  slices: number;
}

export interface Slicer {
  /** The current slice has used its budget. */
  due(): boolean;
  /** End the slice, let the page run, start the next one. */
  pause(): Promise<void>;
  /** Pause only when due. */
  maybePause(): Promise<void>;
  /**
   * Before a wait that is not our work (the background's answer): the slice ends there; `pause()`
   * after the wait starts the next one in a task of its own.
   */
  suspend(): void;
  readonly stats: SliceStats;
}

/** scheduler.yield when the browser has it (the task resumes ahead of others), else a 0 ms timeout. */
export function defaultYield(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function createSlicer(options: {
  now: () => number;
  sliceMs: number;
  yieldToPage: () => Promise<void>;
}): Slicer {
  const { now, sliceMs, yieldToPage } = options;
  const stats: SliceStats = { workMs: 0, longestSliceMs: 0, slices: 0 };
  let start = now();
  let running = true;
  const end = () => {
    if (!running) return;
    const spent = now() - start;
    stats.workMs += spent;
    stats.longestSliceMs = Math.max(stats.longestSliceMs, spent);
    stats.slices += 1;
    running = false;
  };
  const begin = () => {
    start = now();
    running = true;
  };
  const slicer: Slicer = {
    stats,
    due: () => now() - start >= sliceMs,
    async pause() {
      end();
      await yieldToPage();
      begin();
    },
    async maybePause() {
      if (slicer.due()) await slicer.pause();
    },
    suspend: end,
  };
  return slicer;
}
