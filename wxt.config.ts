import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { curatedContentScripts } from './lib/annotate/sites/manifest';
import { manifestLocales } from './lib/i18n/manifest-locales';
import { SOURCE_HOST_PERMISSIONS } from './lib/sources/host-permissions';

const RUNTIME_SITES = ['https://*/*', 'http://*/*'];

export default defineConfig({
  // Everything copied as-is into the build (icons, _locales) lives under assets/ with the rest.
  publicDir: 'assets/public',
  // Preact has no WXT module; its Vite preset handles JSX and aliases react to preact/compat.
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The manifest's own strings (name, description) in each language, from the typed catalogs.
    'build:publicAssets': (_wxt, files) => {
      files.push(...manifestLocales());
    },
    // The annotation content script's sites, from the curated sites' records (not bundled with it).
    'build:manifestGenerated': (_wxt, manifest) => curatedContentScripts(manifest),
  },
  // `npm run zip`: the Chrome Web Store zip, the AMO zip, and the sources zip AMO's reviewers rebuild
  // the add-on from (WXT already leaves out node_modules, hidden files, *.test.* and .output).
  zip: {
    excludeSources: [
      'tests/**',
      '**/testing.ts',
      'reports/**',
      'test-results/**',
      'playwright-report/**',
      'bench/**',
      'stats.html',
      '**/*.log',
      'playwright.config.ts',
      'vitest.config.ts',
      'BENCHMARKS.md',
    ],
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['alarms', 'notifications', 'storage', 'scripting', 'activeTab'],
    host_permissions: [...SOURCE_HOST_PERMISSIONS],
    // "Annotate this site" asks for one more site at a time, at runtime. Manifest V2 (Firefox)
    // lists optional hosts among optional permissions.
    ...(manifestVersion === 2
      ? { optional_permissions: RUNTIME_SITES }
      : { optional_host_permissions: RUNTIME_SITES }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              // Permanent once the add-on is listed on AMO: never change it.
              id: 'draw-alerts@draw-alerts.ca',
              // The first Firefox that reads data_collection_permissions (and asks the user at install).
              strict_min_version: '140.0',
              // Nothing leaves the device: the only requests are to the official sources themselves.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads that declaration from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
