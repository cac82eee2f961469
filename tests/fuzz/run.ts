import { FUZZ_NOW } from './clock';
import { fuzzTarget, passed, type TargetReport } from './harness';
import { FUZZ_TARGETS } from './targets';

/**
 * `npm run fuzz [-- --runs 10000] [--seed N] [--only ircc-ee,pnp-pe]`: the long run, by hand. Prints
 * one line per target and the first findings of each kind; exits 1 on any crash, input over 1 s or
 * invariant violation. The seed is printed so that any finding can be reproduced.
 */

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0
    ? process.argv[index + 1]
    : process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
}

const runs = Number(argument('runs') ?? 10_000);
const seed = Number(argument('seed') ?? Math.floor(Math.random() * 2 ** 31));
const only = argument('only')?.split(',');
const targets = FUZZ_TARGETS.filter((target) => !only || only.includes(target.name));
if (!Number.isInteger(runs) || runs <= 0 || !Number.isInteger(seed) || targets.length === 0) {
  console.error('Usage: npm run fuzz [-- --runs N] [--seed N] [--only TARGET,...]');
  console.error(`Targets: ${FUZZ_TARGETS.map((target) => target.name).join(', ')}`);
  process.exit(2);
}

const line = (report: TargetReport) =>
  [
    report.name.padEnd(13),
    `${report.inputs.toLocaleString('en')} inputs`.padEnd(15),
    `${report.faults.toLocaleString('en')} faults`.padEnd(14),
    `${report.draws.toLocaleString('en')} draws`.padEnd(16),
    `${report.counts.crashes} crashes`.padEnd(11),
    `${report.counts.slow} over 1 s`.padEnd(11),
    `${report.counts.violations} violations`.padEnd(14),
    `max ${Math.round(report.maxMs)} ms`.padEnd(12),
    `mean ${(report.totalMs / Math.max(1, report.inputs)).toFixed(1)} ms`.padEnd(14),
    `(max wall ${Math.round(report.maxWallMs)} ms)`,
  ].join(' ');

console.log(
  `fuzz: ${runs.toLocaleString('en')} inputs per target, seed ${seed}, ${targets.length} targets ` +
    '(times: CPU per input; the wall clock also counts other programs on a shared machine)',
);
const reports: TargetReport[] = [];
for (const target of targets) {
  const report = await fuzzTarget(target, { runs, seed, run: 'long', now: FUZZ_NOW });
  reports.push(report);
  console.log(line(report));
  for (const kind of ['crashes', 'slow', 'violations'] as const) {
    for (const finding of report[kind]) {
      console.log(
        `  ${kind} #${finding.index} (${Math.round(finding.ms)} ms): ${finding.message}\n    input ${finding.input}`,
      );
    }
  }
}
const total = (pick: (report: TargetReport) => number) =>
  reports.reduce((sum, report) => sum + pick(report), 0);
console.log(
  `total: ${total((r) => r.inputs).toLocaleString('en')} inputs, ${total((r) => r.counts.crashes)} crashes, ` +
    `${total((r) => r.counts.slow)} over 1 s, ${total((r) => r.counts.violations)} violations, ` +
    `slowest ${Math.round(Math.max(...reports.map((r) => r.maxMs)))} ms CPU`,
);
process.exit(reports.every(passed) ? 0 : 1);
