import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Recorded real data lives beside the checkout in ../shared/fixtures (never copied into the repo).
 * DRAW_ALERTS_FIXTURES points elsewhere when the layout differs.
 */
export const sharedFixturesDir = process.env.DRAW_ALERTS_FIXTURES ?? resolve(repoRoot, '../shared/fixtures');

export function sharedFixture(...parts: string[]): string {
  const path = join(sharedFixturesDir, ...parts);
  if (!existsSync(path)) {
    throw new Error(
      `Recorded fixture not found: ${path}. Put ../shared beside the checkout or set DRAW_ALERTS_FIXTURES.`,
    );
  }
  return readFileSync(path, 'utf8');
}

export function ownFixturePath(...parts: string[]): string {
  return join(repoRoot, 'tests/fixtures', ...parts);
}

/** Small fixtures written for this project, in the real formats, under tests/fixtures. */
export function ownFixture(...parts: string[]): string {
  return readFileSync(ownFixturePath(...parts), 'utf8');
}
