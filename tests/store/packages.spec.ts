import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import linter from 'addons-linter';
import JSZip from 'jszip';
import { loadWithVite } from '../support/load-with-vite';

// What `npm run zip` made (npm test runs it first): the two store packages and AMO's sources zip.
const ROOT = resolve(import.meta.dirname, '../..');
const OUTPUT = join(ROOT, '.output');
const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
/** The official hosts, as the province records derive them (read through Vite: they are found by glob). */
let SOURCE_HOST_PERMISSIONS: readonly string[] = [];
test.beforeAll(async () => {
  ({ SOURCE_HOST_PERMISSIONS } = await loadWithVite<{ SOURCE_HOST_PERMISSIONS: readonly string[] }>(
    '/lib/sources/host-permissions.ts',
  ));
  expect(SOURCE_HOST_PERMISSIONS).toContain('https://www.canada.ca/*');
});

const zipPath = (kind: 'chrome' | 'firefox' | 'sources') => join(OUTPUT, `${name}-${version}-${kind}.zip`);

interface Package {
  files: string[];
  text(path: string): Promise<string>;
  bytes(path: string): Promise<Buffer>;
}

async function openZip(path: string): Promise<Package> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(readFileSync(path));
  } catch (error) {
    throw new Error(`Cannot read ${path} (run "npm run zip"): ${error}`);
  }
  const entry = (file: string) => {
    const found = zip.file(file);
    if (!found) throw new Error(`${file} is not in ${path}`);
    return found;
  };
  return {
    files: Object.values(zip.files)
      .filter((file) => !file.dir)
      .map((file) => file.name)
      .sort(),
    text: (file) => entry(file).async('string'),
    bytes: (file) => entry(file).async('nodebuffer'),
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
    .sort();
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

type Manifest = Record<string, unknown> & {
  manifest_version: number;
  version: string;
  name: string;
  description: string;
  default_locale: string;
  icons: Record<string, string>;
  permissions: string[];
  browser_specific_settings?: {
    gecko?: {
      id?: string;
      strict_min_version?: string;
      data_collection_permissions?: { required?: string[] };
    };
    gecko_android?: { strict_min_version?: string };
  };
};

/** Strings that only test code carries: a package holding one ships tests. */
const TEST_CODE_MARKERS = [
  'vitest',
  'fakeBrowser',
  'fake-indexeddb',
  '@testing-library',
  'happy-dom',
  '@playwright',
  'puppeteer',
  'in this test',
];

/** What both store packages must be: the build, whole and alone, named and iconed as the stores want. */
async function checkStorePackage(pkg: Package, buildDir: string, iconSizes: number[]): Promise<Manifest> {
  // Exactly the production build: no file added, none missing.
  expect(pkg.files).toEqual(filesUnder(join(OUTPUT, buildDir)));
  // No test code and no source maps (none is intended: the stores get the minified build, AMO gets sources).
  expect(pkg.files.filter((file) => /(^|\/)(tests?|__tests__)\/|\.(test|spec)\.|\.map$/.test(file))).toEqual(
    [],
  );
  for (const file of pkg.files.filter((path) => /\.(js|html|css)$/.test(path))) {
    const text = await pkg.text(file);
    expect(text, file).not.toContain('sourceMappingURL');
    for (const marker of TEST_CODE_MARKERS) expect(text, `${file} holds "${marker}"`).not.toContain(marker);
  }

  const manifest = JSON.parse(await pkg.text('manifest.json')) as Manifest;
  expect(manifest.version).toBe(version);
  // Name and description come from each language's messages, within the stores' lengths.
  expect(manifest.name).toBe('__MSG_extName__');
  expect(manifest.description).toBe('__MSG_extDescription__');
  const locales = pkg.files.filter((file) => /^_locales\/[^/]+\/messages\.json$/.test(file));
  expect(locales).toContain(`_locales/${manifest.default_locale}/messages.json`);
  for (const file of locales) {
    const messages = JSON.parse(await pkg.text(file)) as Record<string, { message: string }>;
    expect(messages.extName?.message.length, file).toBeGreaterThan(0);
    expect(messages.extName?.message.length ?? 99, file).toBeLessThanOrEqual(75);
    expect(messages.extDescription?.message.length, file).toBeGreaterThan(0);
    expect(messages.extDescription?.message.length ?? 999, file).toBeLessThanOrEqual(132);
  }
  // Every icon size the store and the browser ask for, each a PNG of that size.
  expect(Object.keys(manifest.icons).map(Number)).toEqual(expect.arrayContaining(iconSizes));
  for (const [size, file] of Object.entries(manifest.icons)) {
    expect(pngSize(await pkg.bytes(file)), file).toEqual([Number(size), Number(size)]);
  }
  // The permissions the README explains, hosts limited to the official sources.
  expect(manifest.permissions).toEqual(
    expect.arrayContaining(['alarms', 'notifications', 'storage', 'scripting', 'activeTab']),
  );
  // None of the browser's own pages (new tab, History, bookmarks) is taken over: the history page is
  // a page of the extension's own (WXT would make an entrypoint named `history` the browser's History).
  expect(manifest.chrome_url_overrides).toBeUndefined();
  return manifest;
}

test('the Chrome Web Store zip: the MV3 build, no test code or source maps, 128 px icon, official hosts only', async () => {
  const pkg = await openZip(zipPath('chrome'));
  const manifest = await checkStorePackage(pkg, 'chrome-mv3', [16, 32, 48, 128]);
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.permissions.sort()).toEqual([
    'activeTab',
    'alarms',
    'notifications',
    'scripting',
    'storage',
  ]);
  expect(manifest.host_permissions).toEqual([...SOURCE_HOST_PERMISSIONS]);
  // Chrome warns about keys it does not know: Firefox's settings stay out of its manifest.
  expect(manifest.browser_specific_settings).toBeUndefined();
});

test('the AMO zip: the MV2 build with a real add-on id and no data collection, 48/96/128 px icons', async () => {
  const pkg = await openZip(zipPath('firefox'));
  const manifest = await checkStorePackage(pkg, 'firefox-mv2', [48, 96, 128]);
  expect(manifest.manifest_version).toBe(2);
  expect(manifest.permissions.sort()).toEqual(
    ['activeTab', 'alarms', 'notifications', 'scripting', 'storage', ...SOURCE_HOST_PERMISSIONS].sort(),
  );
  const gecko = manifest.browser_specific_settings?.gecko;
  // An id in e-mail form on a domain-like name; never a placeholder.
  expect(gecko?.id).toMatch(/^[a-z0-9-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/);
  expect(gecko?.id).not.toMatch(/\.(invalid|example|test|local|localhost)$/);
  // Nothing leaves the device but the requests to the official sources: no data collected.
  expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  // Firefox reads that declaration from 140 on (Android from 142).
  expect(Number.parseFloat(gecko?.strict_min_version ?? '0')).toBeGreaterThanOrEqual(140);
  expect(
    Number.parseFloat(manifest.browser_specific_settings?.gecko_android?.strict_min_version ?? '0'),
  ).toBeGreaterThanOrEqual(142);
});

/**
 * addons-linter warnings that are not about our code, each with why and how it is recognised.
 * Anything else the linter says fails the test.
 */
const NOT_OURS = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why: "Preact's renderer supports dangerouslySetInnerHTML (x.innerHTML = y.__html); our code never uses it",
    recognise: (source: string) => /^[\w$]+\.innerHTML\s*=\s*[\w$]+\.__html\b/.test(source),
  },
];

test('addons-linter on the AMO zip: no error, no warning of ours', async () => {
  const path = zipPath('firefox');
  const instance = linter.createInstance({
    config: {
      _: [path],
      logLevel: 'fatal',
      stack: false,
      pretty: false,
      warningsAsErrors: false,
      metadata: false,
      output: 'none',
      boring: false,
      selfHosted: false,
    },
    runAsBinary: false,
  });
  const result = await instance.run();
  expect(result.errors).toEqual([]);
  const pkg = await openZip(path);
  const ours = [];
  for (const warning of result.warnings) {
    const known = NOT_OURS.find((entry) => entry.code === warning.code);
    const line = warning.file
      ? (await pkg.text(warning.file)).split('\n')[(warning.line ?? 1) - 1]
      : undefined;
    const source = line?.slice((warning.column ?? 1) - 1) ?? '';
    if (!known?.recognise(source)) ours.push({ ...warning, source: source.slice(0, 80) });
  }
  expect(ours).toEqual([]);
  // Our shipped code really never asks for raw HTML (tests may build pages with it).
  const own = ['entrypoints', 'components', 'lib']
    .flatMap((dir) => filesUnder(join(ROOT, dir)).map((file) => join(dir, file)))
    .filter((file) => !/\.test\.tsx?$/.test(file));
  expect(
    own.filter((file) =>
      /dangerouslySetInnerHTML|\.innerHTML\s*=/.test(readFileSync(join(ROOT, file), 'utf8')),
    ),
  ).toEqual([]);
});

test("AMO's sources zip: the code and build configuration only, and it rebuilds the AMO zip byte for byte", async () => {
  test.setTimeout(120_000);
  const sources = await openZip(zipPath('sources'));
  for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md']) {
    expect(sources.files).toContain(needed);
  }
  expect(sources.files).toContain('entrypoints/background.ts');
  expect(
    sources.files.filter((file) =>
      /^(tests|reports|test-results|node_modules|\.output|\.wxt|\.ci)\/|\.(test|spec)\.tsx?$|(^|\/)testing\.ts$/.test(
        file,
      ),
    ),
  ).toEqual([]);

  // What a reviewer does: unpack, install the locked dependencies (here: this checkout's), build.
  const dir = mkdtempSync(join(tmpdir(), 'draw-alerts-sources-'));
  try {
    for (const file of sources.files) {
      const target = join(dir, file);
      mkdirSync(resolve(target, '..'), { recursive: true });
      writeFileSync(target, await sources.bytes(file));
    }
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const build = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build', '-b', 'firefox'],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    expect(build.status, build.stderr + build.stdout).toBe(0);
    const amo = await openZip(zipPath('firefox'));
    const rebuilt = filesUnder(join(dir, '.output/firefox-mv2'));
    expect(rebuilt).toEqual(amo.files);
    for (const file of rebuilt) {
      expect(readFileSync(join(dir, '.output/firefox-mv2', file)).equals(await amo.bytes(file)), file).toBe(
        true,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
