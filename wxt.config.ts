import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { catalogEn } from './lib/i18n/catalog-en';
import { SOURCE_HOST_PERMISSIONS } from './lib/sources/host-permissions';

export default defineConfig({
  // Everything copied as-is into the build (icons, _locales) lives under assets/ with the rest.
  publicDir: 'assets/public',
  // Preact has no WXT module; its Vite preset handles JSX and aliases react to preact/compat.
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // Messages live in TypeScript beside the code that uses them; the build writes Chrome's file.
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: '_locales/en/messages.json', contents: JSON.stringify(catalogEn, null, 2) });
    },
  },
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['alarms', 'notifications', 'storage', 'scripting', 'activeTab'],
    // "Annotate this site" asks for one more site at a time, at runtime.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    host_permissions: [...SOURCE_HOST_PERMISSIONS],
  },
});
