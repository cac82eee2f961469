import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = '/work/wt-annotate';
const out = await build({
  configFile: false,
  logLevel: 'silent',
  resolve: { alias: { '@': root } },
  build: {
    write: false,
    minify: true,
    target: 'chrome100',
    lib: { entry: resolve(root, 'entrypoints/annotate.content/run.ts'), formats: ['es'] },
    rollupOptions: { external: [/^wxt/] },
  },
});
const code = (out as any)[0].output[0].code;
console.log(code.length, gzipSync(code, { level: 9 }).length);
