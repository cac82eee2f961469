// Prints one closing line for CI, "tests: N passed, N failed", from the vitest and Playwright JSON
// reports; the Playwright results one line per project (chromium, firefox, store).
import { readFileSync } from 'node:fs';

const read = (path) => JSON.parse(readFileSync(path, 'utf8'));
const unit = read('reports/vitest.json');
const e2e = read('reports/playwright.json');

/** Playwright test outcomes per project: { chromium: { expected: 6, unexpected: 0, ... }, ... }. */
function outcomesPerProject(report) {
  const perProject = {};
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        perProject[test.projectName] ??= { expected: 0, unexpected: 0, flaky: 0, skipped: 0 };
        const counts = perProject[test.projectName];
        counts[test.status] = (counts[test.status] ?? 0) + 1;
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  return perProject;
}

const passed = unit.numPassedTests + (e2e.stats.expected ?? 0);
const failed = unit.numFailedTests + (e2e.stats.unexpected ?? 0) + (e2e.stats.flaky ?? 0);
const skipped = unit.numPendingTests + unit.numTodoTests + (e2e.stats.skipped ?? 0);
console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
for (const [project, counts] of Object.entries(outcomesPerProject(e2e))) {
  console.log(`${project}: ${counts.expected} passed, ${counts.unexpected + counts.flaky} failed`);
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
