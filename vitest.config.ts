import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'lib/**/*.test.ts',
      'components/**/*.test.tsx',
      'entrypoints/**/*.test.{ts,tsx}',
      'tests/unit/**/*.test.{ts,tsx}',
      'tests/fuzz/**/*.test.ts',
    ],
    setupFiles: ['fake-indexeddb/auto'],
    globals: true,
    // The JSON report lets .ci/run print one closing "N passed, N failed" line for both runners.
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    mockReset: true,
    restoreMocks: true,
  },
});
