import { resolve } from 'node:path';
import { createServer } from 'vite';

const root = resolve(import.meta.dirname, '../..');

/**
 * A module of the extension loaded as Vite builds it (`@/` paths, `import.meta.glob`), for tests
 * that run outside Vite (Playwright's): e.g. what the province records derive.
 */
export async function loadWithVite<Module>(path: string): Promise<Module> {
  // Vite sets NODE_ENV (and WXT loads .env files) into this process: a build spawned later by the
  // same test must not inherit a development mode.
  const env = { ...process.env };
  const server = await createServer({
    root,
    configFile: resolve(root, 'vitest.config.ts'),
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, watch: null },
    appType: 'custom',
  });
  try {
    return (await server.ssrLoadModule(path)) as Module;
  } finally {
    await server.close();
    for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key];
    Object.assign(process.env, env);
  }
}
