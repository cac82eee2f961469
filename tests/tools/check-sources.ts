// `npm run check-sources [-- --only pnp-pe,ircc-ee]`: the maintainer's live check of every official
// source, from a machine with internet. The logic is in run-check.ts (tested against a local server).
import { explainFetchErrors, runCheck } from './run-check';

process.exitCode = await runCheck(process.argv.slice(2), {
  fetch: explainFetchErrors(globalThis.fetch),
  out: (line) => process.stdout.write(`${line}\n`),
});
