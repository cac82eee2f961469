import fc from 'fast-check';
import type { Draw } from '@/lib/draws/draw';
import { type DrawRules, drawsProblems } from './invariants';

/**
 * The fuzz harness: one entry per target (a parser, the table reader, later the annotator's
 * finders), each with the inputs to try and how to run one. The runner tries every input, times it,
 * and sorts what went wrong: an exception that is not the target's typed fault (a crash), an input
 * over the time limit (slow), a draw or result that breaks an invariant (a violation).
 */

export interface FuzzOutcome {
  /** Draws produced, held to the draw invariants (dates, counts, scores, official links, ids). */
  draws?: readonly Draw[];
  /** What the target's own invariants found wrong (e.g. a table grid that is not rectangular). */
  problems?: readonly string[];
}

export interface FuzzTarget<Input = string> {
  name: string;
  /**
   * Inputs: mutations of the recorded bodies and grammar-made ones. The short run (`npm test`) may
   * use excerpts of large recorded bodies; the long run uses them whole too.
   */
  inputs(run: 'short' | 'long'): fc.Arbitrary<Input>;
  run(input: Input, context: { now: number }): FuzzOutcome | Promise<FuzzOutcome>;
  /** An error that is this target's own typed way of refusing an input (SourceFault for a parser). */
  isTypedFault(error: unknown): boolean;
  /** The hosts a draw of this target may link to. */
  hosts?: ReadonlySet<string>;
  /** How to show an input in a report (the first characters of it). */
  show?(input: Input): string;
}

export interface Finding {
  /** Which input (0-based) of the run, with the run's seed: enough to reproduce it. */
  index: number;
  ms: number;
  message: string;
  input: string;
}

export interface TargetReport {
  name: string;
  inputs: number;
  /** Inputs refused with the target's typed fault (expected for broken bodies). */
  faults: number;
  draws: number;
  /** How many inputs crashed, were slow, or broke an invariant (the lists keep the first few). */
  counts: { crashes: number; slow: number; violations: number };
  crashes: Finding[];
  slow: Finding[];
  violations: Finding[];
  /** The slowest input's CPU time, and the sum (ms). */
  maxMs: number;
  totalMs: number;
  /** The slowest input's wall-clock time (ms): above CPU time when the machine is shared. */
  maxWallMs: number;
}

export interface FuzzOptions {
  runs: number;
  seed: number;
  run: 'short' | 'long';
  /** The clock parsers and invariants share (a fixed one makes a run reproducible). */
  now: number;
  /**
   * An input whose work takes longer fails the run (1 s). Work is the process's CPU time for the
   * input: on a shared machine, wall-clock time also counts the minutes other programs had the CPU.
   */
  slowMs?: number;
  /** Findings kept per kind in a report. */
  keep?: number;
}

const BATCH = 25;

const preview = (text: string) =>
  `${JSON.stringify(text.slice(0, 240))}${text.length > 240 ? `… (${text.length.toLocaleString('en')} chars)` : ''}`;

/** Runs `options.runs` inputs of one target, in batches (large inputs are made a few at a time). */
export async function fuzzTarget<Input>(
  target: FuzzTarget<Input>,
  options: FuzzOptions,
): Promise<TargetReport> {
  const keep = options.keep ?? 5;
  const slowMs = options.slowMs ?? 1_000;
  const report: TargetReport = {
    name: target.name,
    inputs: 0,
    faults: 0,
    draws: 0,
    counts: { crashes: 0, slow: 0, violations: 0 },
    crashes: [],
    slow: [],
    violations: [],
    maxMs: 0,
    totalMs: 0,
    maxWallMs: 0,
  };
  const arbitrary = target.inputs(options.run);
  const rules = (): DrawRules => ({ now: options.now, hosts: target.hosts ?? new Set() });
  const show = (input: Input) => (target.show ? target.show(input) : preview(String(input)));
  const note = (kind: keyof TargetReport['counts'], finding: Finding) => {
    report.counts[kind] += 1;
    if (report[kind].length < keep) report[kind].push(finding);
  };
  for (let start = 0; start < options.runs; start += BATCH) {
    const count = Math.min(BATCH, options.runs - start);
    const inputs = fc.sample(arbitrary, { seed: options.seed + start, numRuns: count });
    for (const [offset, input] of inputs.entries()) {
      const index = start + offset;
      const began = performance.now();
      const cpuBefore = process.cpuUsage();
      let outcome: FuzzOutcome | null = null;
      let error: unknown = null;
      try {
        outcome = await target.run(input, { now: options.now });
      } catch (thrown) {
        error = thrown;
      }
      const cpu = process.cpuUsage(cpuBefore);
      const ms = (cpu.user + cpu.system) / 1000;
      const wallMs = performance.now() - began;
      report.inputs += 1;
      report.totalMs += ms;
      report.maxMs = Math.max(report.maxMs, ms);
      report.maxWallMs = Math.max(report.maxWallMs, wallMs);
      if (ms > slowMs) {
        note('slow', {
          index,
          ms,
          message: `${Math.round(ms)} ms CPU (${Math.round(wallMs)} ms wall)`,
          input: show(input),
        });
      }
      if (error !== null) {
        if (target.isTypedFault(error)) report.faults += 1;
        else {
          const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
          note('crashes', { index, ms, message, input: show(input) });
        }
        continue;
      }
      const problems = [...(outcome?.problems ?? []), ...drawsProblems(outcome?.draws ?? [], rules())];
      report.draws += outcome?.draws?.length ?? 0;
      if (problems.length > 0) {
        note('violations', { index, ms, message: problems.slice(0, 3).join('; '), input: show(input) });
      }
    }
  }
  return report;
}

/** Zero crashes, zero slow inputs, zero invariant violations. */
export const passed = (report: TargetReport) =>
  report.counts.crashes === 0 && report.counts.slow === 0 && report.counts.violations === 0;
