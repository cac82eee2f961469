import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  // Everything copied as-is into the build (icons, _locales) lives under assets/ with the rest.
  publicDir: 'assets/public',
  // Preact has no WXT module; its Vite preset handles JSX and aliases react to preact/compat.
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['alarms', 'notifications', 'storage'],
    host_permissions: ['https://www.canada.ca/*'],
  },
});
