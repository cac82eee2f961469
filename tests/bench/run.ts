// `npm run bench`: measures in Debian Chromium (or DRAW_ALERTS_CHROMIUM) and prints figures.
// Record the printed block in BENCHMARKS.md with the machine it came from.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { findChromium } from '../support/chromium.mjs';
import { measureArticles } from './articles';
import type { IngestFigures } from './ingest-page';
import { measurePopup } from './popup';

const root = resolve(import.meta.dirname, '../..');
const shared = process.env.DRAW_ALERTS_FIXTURES ?? resolve(root, '../shared/fixtures');
const RUNS = 7;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function bundle(entry: string): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@': root } },
    build: {
      write: false,
      minify: true,
      lib: { entry: resolve(root, entry), formats: ['iife'], name: 'bench' },
    },
  });
  const [result] = output as { output: { code: string }[] }[];
  const code = result?.output[0]?.code;
  if (!code) throw new Error(`vite produced no bundle for ${entry}`);
  return code;
}

async function servePage(script: string) {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html' });
    response.end('<!doctype html><meta charset="utf-8"><title>bench</title>');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close(), script };
}

function bundleSizes() {
  const out = resolve(root, '.output/chrome-mv3');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.js')) files.push(path);
    }
  };
  walk(out);
  return files.map((path) => {
    const code = readFileSync(path);
    return {
      file: path.slice(out.length + 1),
      bytes: code.length,
      gzip: gzipSync(code, { level: 9 }).length,
    };
  });
}

const browser = await chromium.launch({
  executablePath: findChromium(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const say = (line: string) => console.log(line);
try {
  say(
    `Machine: ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${browser.version()}`,
  );
  say(`Date: ${new Date().toISOString().slice(0, 10)}`);

  // Ingest: parse and write a whole recorded feed.
  const page = await browser.newPage();
  const served = await servePage(await bundle('tests/bench/ingest-page.ts'));
  await page.goto(served.url);
  await page.addScriptTag({ content: served.script });
  const body = readFileSync(join(shared, 'express-entry/2025-07-24.json'), 'utf8');
  const ingest = await page.evaluate(
    ([text, runs]) =>
      (
        window as unknown as { runIngestBench(body: string, runs: number): Promise<IngestFigures> }
      ).runIngestBench(text, runs),
    [body, RUNS] as const,
  );
  say('');
  say(`Express Entry ingest (2025-07-24 copy, ${ingest.rounds} rounds, median of ${RUNS}):`);
  say(`  parse + validate:            ${ms(median(ingest.parseMs))}`);
  say(`  parse + write (first poll):  ${ms(median(ingest.ingestMs))}   target < 50 ms`);
  say(
    `  unchanged poll:              ${ingest.unchangedPoll.drawWrites} draw writes, ${ingest.unchangedPoll.sourceWrites} source-state write (checked-at time), ${ms(ingest.unchangedPoll.ms)}`,
  );
  served.close();
  await page.close();

  // Popup: open to first rows painted, 400+ rounds stored.
  const popup = await measurePopup({ executablePath: findChromium(), runs: RUNS });
  say('');
  say(`Popup, ${popup.stored} rounds stored (median of ${popup.samples.length} opens):`);
  say(`  open to first rows painted:  ${ms(median(popup.samples))}   target < 100 ms`);

  say('');
  for (const line of await measureArticles({ browser, runs: RUNS, fixturesDir: shared })) say(line);

  say('');
  say('Bundles (.output/chrome-mv3), gzip -9:');
  for (const { file, bytes, gzip } of bundleSizes()) {
    say(
      `  ${file.padEnd(40)} ${(bytes / 1024).toFixed(1).padStart(7)} KB   gzip ${(gzip / 1024).toFixed(1).padStart(6)} KB`,
    );
  }
} finally {
  await browser.close();
}
