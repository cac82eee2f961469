import { FUZZ_NOW } from './clock';
import { fuzzTarget } from './harness';
import { FUZZ_TARGETS } from './targets';

/**
 * The short fuzz run inside `npm test`: a fixed seed, about 1,000 inputs per target (mutations of
 * the recorded bodies and grammar-made pages). No crash and no invariant violation may appear. The
 * one-second limit per input is `npm run fuzz`'s to judge (10,000 inputs per target, by hand): a
 * timed assertion here would fail on a busy machine, not on slow code.
 */
const RUNS = 1_000;
const SEED = 20_261_201;

describe.each(FUZZ_TARGETS.map((target) => [target.name, target] as const))('fuzz %s', (_name, target) => {
  it(`${RUNS} inputs: no crash, every result sound`, { timeout: 600_000 }, async () => {
    const report = await fuzzTarget(target, {
      runs: RUNS,
      seed: SEED,
      run: 'short',
      now: FUZZ_NOW,
      slowMs: Number.POSITIVE_INFINITY,
    });
    expect(report.inputs).toBe(RUNS);
    expect({ crashes: report.crashes, violations: report.violations }).toEqual({
      crashes: [],
      violations: [],
    });
  });
});
