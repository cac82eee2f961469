// Sizes of the production build's scripts (.output/chrome-mv3), raw and gzip -9.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BenchArea, root } from './support';

export const bundlesArea: BenchArea = async () => {
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
  return [
    'Bundles (.output/chrome-mv3), gzip -9:',
    ...files.map((path) => {
      const code = readFileSync(path);
      const kb = (bytes: number) => (bytes / 1024).toFixed(1);
      return `  ${path.slice(out.length + 1).padEnd(40)} ${kb(code.length).padStart(7)} KB   gzip ${kb(gzipSync(code, { level: 9 }).length).padStart(6)} KB`;
    }),
  ];
};
