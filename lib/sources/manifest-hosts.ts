import { SOURCE_HOST_PERMISSIONS } from './host-permissions';

/**
 * The manifest's host permissions, for wxt.config.ts. The config itself is loaded without Vite
 * (no `@/`, no `import.meta.glob`), so it loads this module through WXT's builder, which runs it
 * with Vite as it does entrypoints; hence the default export.
 */
export default SOURCE_HOST_PERMISSIONS;
