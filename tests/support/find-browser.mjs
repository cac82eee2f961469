import { existsSync } from 'node:fs';

/**
 * A browser the tests drive: the path in `envVar` first, then the usual install paths. None found
 * fails with what to install, never a skip.
 * @param {{ name: string, envVar: string, paths: string[], install: string }} browser
 * @returns {string}
 */
export function findBrowser({ name, envVar, paths, install }) {
  const fromEnv = process.env[envVar];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${envVar} points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = paths.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      `No ${name} found (looked at ${envVar} and ${paths.join(', ')}). ` +
        `Install one (${install}) or set ${envVar} to its path.`,
    );
  }
  return found;
}
