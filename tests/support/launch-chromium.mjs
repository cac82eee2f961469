// `npm run start`: opens Chromium with the production build loaded, in a fresh temporary profile.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium } from './chromium.mjs';

const extension = resolve(import.meta.dirname, '../../.output/chrome-mv3');
if (!existsSync(join(extension, 'manifest.json'))) {
  console.error(`No build at ${extension}: run "npm run build" first.`);
  process.exit(1);
}
const profile = mkdtempSync(join(tmpdir(), 'draw-alerts-profile-'));
const args = [
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${extension}`,
  `--load-extension=${extension}`,
  '--no-first-run',
  'chrome://extensions',
];
console.log(`Starting ${findChromium()} with ${extension} (profile ${profile})`);
spawn(findChromium(), args, { stdio: 'inherit' }).on('exit', (code) => process.exit(code ?? 0));
