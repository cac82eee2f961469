import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkSources, checkUserAgent, exitCodeFor, type SourceCheck } from '@/lib/sources/check-sources';
import { allSources } from '@/lib/sources/registry';
import type { SourceDefinition } from '@/lib/sources/source';
import packageJson from '@/package.json';
import { ownFixture, sharedFixture } from '@/tests/support/fixtures';
import { explainFetchErrors, runCheck } from '@/tests/tools/run-check';

const URLS = Object.fromEntries(allSources.map((source) => [source.id, source.url]));
const url = (id: string): string => {
  const found = URLS[id];
  if (!found) throw new Error(`no source ${id}`);
  return found;
};
const POST_270 = 'https://immigratemanitoba.com/2026/05/expression-of-interest-draw-270/';
const POST_273 = 'https://immigratemanitoba.com/2026/06/expression-of-interest-draw-273/';
const VERSION = '9.8.7';

interface Route {
  status?: number;
  body?: string;
  /** Answer only after this many ms (a server that hangs). */
  delayMs?: number;
}

/**
 * One plain-HTTP server on 127.0.0.1 standing in for every official host. `fetch` maps each real
 * URL to it, keeping the path, and hands back a response that still names the real URL's host
 * (relative links on Manitoba's index resolve against the real site, as they would live).
 */
class LocalHosts {
  readonly routes = new Map<string, Route>();
  readonly requests: { url: string; headers: IncomingHttpHeaders }[] = [];
  private constructor(private readonly server: Server) {}

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  static async start(): Promise<LocalHosts> {
    const server = createServer();
    const hosts = new LocalHosts(server);
    server.on('request', (request, response) => {
      const real = `https://${request.headers['x-real-host']}${request.url ?? '/'}`;
      hosts.requests.push({ url: real, headers: request.headers });
      const route = hosts.routes.get(real) ?? { status: 404, body: 'Not found' };
      const answer = () => {
        response.writeHead(route.status ?? 200, { 'Content-Type': 'text/html; charset=utf-8' });
        response.end(route.body ?? '');
      };
      if (route.delayMs) setTimeout(answer, route.delayMs).unref();
      else answer();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return hosts;
  }

  serve(realUrl: string, route: Route): void {
    this.routes.set(realUrl, route);
  }

  readonly fetch: typeof fetch = async (input, init) => {
    const real = new URL(input instanceof Request ? input.url : String(input));
    const headers = new Headers(init?.headers);
    headers.set('X-Real-Host', real.host);
    const local = await fetch(`http://127.0.0.1:${this.port}${real.pathname}${real.search}`, {
      ...init,
      headers,
    });
    const nullBody = [204, 304].includes(local.status);
    return new Response(nullBody ? null : await local.arrayBuffer(), {
      status: local.status,
      statusText: local.statusText,
      headers: local.headers,
    });
  };

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const PEI_PAGE = sharedFixture('pnp', 'pe-expression-of-interest-draws.2026-06-20.html');
const FEED = sharedFixture('express-entry', '2025-07-24.json');
/** BC renames a column the parser needs: a changed layout. */
const BC_REDESIGNED = ownFixture('pnp', 'bc.html').replace('<th>ITA type</th>', '<th>Draw category</th>');
const NL_WITH_UNREADABLE_ROW = ownFixture('pnp', 'nl.html').replace(
  '<td>May 28, 2026</td>',
  '<td>late May</td>',
);

/** Every source served: the real PEI page and IRCC feed, our own pages, Ontario 404, BC redesigned. */
function serveAll(hosts: LocalHosts): void {
  hosts.serve(url('ircc-ee'), { body: FEED });
  hosts.serve(url('pnp-ab'), { body: ownFixture('pnp', 'ab.html') });
  hosts.serve(url('pnp-bc'), { body: BC_REDESIGNED });
  hosts.serve(url('pnp-mb'), { body: ownFixture('pnp', 'mb-index.html') });
  hosts.serve(POST_270, { body: ownFixture('pnp', 'mb-draw-270.html') });
  hosts.serve(POST_273, { body: ownFixture('pnp', 'mb-draw-273.html') });
  hosts.serve(url('pnp-nb'), { body: ownFixture('pnp', 'nb.html') });
  hosts.serve(url('pnp-nl'), { body: NL_WITH_UNREADABLE_ROW });
  hosts.serve(url('pnp-ns'), { body: ownFixture('pnp', 'ns.html') });
  hosts.serve(url('pnp-on'), { status: 404, body: '<html><title>Page not found</title></html>' });
  hosts.serve(url('pnp-pe'), { body: PEI_PAGE });
}

/** A clock that moves 5 ms each time it is read: each source took 5 ms. */
const steppingClock = () => {
  let t = 1_000_000;
  return () => (t += 5);
};

const ok = (
  id: string,
  label: string,
  draws: number,
  newestDate: string,
  skipped: Pick<SourceCheck, 'skipped' | 'skippedReasons'> = { skipped: 0, skippedReasons: [] },
): SourceCheck => ({
  id,
  label,
  url: url(id),
  ok: true,
  fault: null,
  draws,
  newestDate,
  ...skipped,
  elapsedMs: 5,
});

const failing = (id: string, label: string, fault: SourceCheck['fault']): SourceCheck => ({
  id,
  label,
  url: url(id),
  ok: false,
  fault,
  draws: 0,
  skipped: 0,
  skippedReasons: [],
  newestDate: null,
  elapsedMs: 5,
});

const EXPECTED: SourceCheck[] = [
  ok('ircc-ee', 'Express Entry (IRCC)', 358, '2025-07-22'),
  ok('pnp-ab', 'Alberta (AAIP)', 11, '2026-06-15'),
  failing('pnp-bc', 'British Columbia (BC PNP)', {
    kind: 'layout',
    reason: {
      code: 'missing-table',
      headers: ['Date', 'ITA type', 'Minimum score', 'Number of invitations'],
      page: {
        title: 'WelcomeBC - Immigrate to BC - WelcomeBC',
        lang: 'en',
        looksLikeErrorPage: false,
        tables: 3,
      },
    },
    detail:
      'British Columbia (BC PNP): no table with headers Date / ITA type / Minimum score / Number of invitations (page title "WelcomeBC - Immigrate to BC - WelcomeBC", 3 table(s)).',
  }),
  // Two posts followed from the index: #273 (one stream) and #270 (two).
  ok('pnp-mb', 'Manitoba (MPNP)', 3, '2026-06-18'),
  ok('pnp-nb', 'New Brunswick (NBPNP / AIP)', 4, '2026-06-04'),
  ok('pnp-nl', 'Newfoundland and Labrador (NLPNP / AIP)', 5, '2026-06-10', {
    skipped: 1,
    skippedReasons: ['row "late May": date "late May" not understood'],
  }),
  ok('pnp-ns', 'Nova Scotia (NSNP)', 4, '2026-04-01'),
  failing('pnp-on', 'Ontario (OINP)', {
    kind: 'http',
    reason: { code: 'http-status', host: 'www.ontario.ca', status: 404 },
    detail: 'Ontario (OINP): www.ontario.ca answered HTTP 404.',
  }),
  ok('pnp-pe', 'Prince Edward Island (PEI PNP)', 6, '2026-06-18'),
];

describe('the live source check, against a local server', () => {
  let hosts: LocalHosts;
  beforeEach(async () => {
    hosts = await LocalHosts.start();
  });
  afterEach(async () => {
    await hosts.stop();
  });

  it('reports every source: draws found, newest date, skipped rows, and why a source fails', async () => {
    serveAll(hosts);
    const reports = await checkSources(allSources, {
      fetch: hosts.fetch,
      timeoutMs: 5_000,
      now: steppingClock(),
      version: VERSION,
    });
    expect(reports).toEqual(EXPECTED);
    expect(exitCodeFor(reports)).toBe(1);
  });

  it('sends an honest User-Agent naming the tool, no validators, and reads the sources one at a time', async () => {
    serveAll(hosts);
    await checkSources(allSources, { fetch: hosts.fetch, timeoutMs: 5_000, version: VERSION });
    expect(hosts.requests.map((request) => request.url)).toEqual([
      url('ircc-ee'),
      url('pnp-ab'),
      url('pnp-bc'),
      url('pnp-mb'),
      POST_273,
      POST_270,
      url('pnp-nb'),
      url('pnp-nl'),
      url('pnp-ns'),
      url('pnp-on'),
      url('pnp-pe'),
    ]);
    for (const { headers } of hosts.requests) {
      expect(headers['user-agent']).toBe(
        `DrawAlertsSourceCheck/${VERSION} (maintainer check; +https://github.com/)`,
      );
      expect(headers['if-none-match']).toBeUndefined();
      expect(headers['if-modified-since']).toBeUndefined();
    }
    expect(checkUserAgent(VERSION)).not.toMatch(/Mozilla|Chrome|Safari/);
  });

  it('exits 0 when every checked source reads', async () => {
    serveAll(hosts);
    const reports = await checkSources(
      allSources.filter((source) => ['ircc-ee', 'pnp-pe', 'pnp-ab'].includes(source.id)),
      { fetch: hosts.fetch, timeoutMs: 5_000, now: steppingClock() },
    );
    expect(reports).toEqual(EXPECTED.filter((report) => ['ircc-ee', 'pnp-pe', 'pnp-ab'].includes(report.id)));
    expect(exitCodeFor(reports)).toBe(0);
  });

  it('reports a server that does not answer in time, and goes on to the next source', async () => {
    serveAll(hosts);
    hosts.serve(url('pnp-ns'), { body: ownFixture('pnp', 'ns.html'), delayMs: 2_000 });
    const sources = allSources.filter((source) => ['pnp-ns', 'pnp-pe'].includes(source.id));
    const reports = await checkSources(sources, { fetch: hosts.fetch, timeoutMs: 200 });
    expect(reports.map(({ id, ok, fault, draws }) => ({ id, ok, fault, draws }))).toEqual([
      {
        id: 'pnp-ns',
        ok: false,
        fault: {
          kind: 'timeout',
          reason: { code: 'no-answer-in-time', host: 'liveinnovascotia.com', seconds: 0.2 },
          detail: 'Nova Scotia (NSNP): liveinnovascotia.com did not answer within 0.2 s.',
        },
        draws: 0,
      },
      { id: 'pnp-pe', ok: true, fault: null, draws: 6 },
    ]);
  });

  it('reports a parser that throws something other than a SourceFault as a page it cannot read', async () => {
    hosts.serve('https://www.alberta.ca/broken', { body: '<html></html>' });
    const broken: SourceDefinition = {
      id: 'broken',
      label: 'Broken parser',
      url: 'https://www.alberta.ca/broken',
      kind: 'html',
      parse: () => {
        throw new TypeError("Cannot read properties of undefined (reading 'text')");
      },
    };
    const [report] = await checkSources([broken], { fetch: hosts.fetch, timeoutMs: 5_000 });
    expect(report?.ok).toBe(false);
    expect(report?.fault).toEqual({
      kind: 'layout',
      reason: { code: 'parser-error', message: "Cannot read properties of undefined (reading 'text')" },
      detail:
        "Broken parser: the page could not be read (Cannot read properties of undefined (reading 'text')).",
    });
  });
});

describe('the check-sources command (runCheck)', () => {
  let hosts: LocalHosts;
  beforeEach(async () => {
    hosts = await LocalHosts.start();
    serveAll(hosts);
  });
  afterEach(async () => {
    await hosts.stop();
  });

  const run = async (argv: string[]) => {
    const lines: string[] = [];
    const code = await runCheck(argv, {
      fetch: hosts.fetch,
      out: (line) => lines.push(line),
      now: steppingClock(),
    });
    return { code, lines };
  };

  it('prints one line per source and exits 1 when one breaks', async () => {
    const { code, lines } = await run([]);
    expect(code).toBe(1);
    expect(lines).toHaveLength(allSources.length + 1);
    const line = (id: string) => lines.find((text) => text.startsWith(`${id} `)) ?? '';
    expect(line('pnp-pe')).toMatch(
      /^pnp-pe +Prince Edward Island \(PEI PNP\) +OK +6 draws +newest 2026-06-18$/,
    );
    expect(line('ircc-ee')).toMatch(/^ircc-ee +Express Entry \(IRCC\) +OK +358 draws +newest 2025-07-22$/);
    expect(line('pnp-on')).toMatch(
      /^pnp-on +Ontario \(OINP\) +FAIL +0 draws +newest - +http: Ontario \(OINP\): www\.ontario\.ca answered HTTP 404\.$/,
    );
    expect(line('pnp-bc')).toMatch(
      / FAIL +0 draws +newest - +layout: British Columbia \(BC PNP\): no table with headers Date \/ ITA type \/ Minimum score \/ Number of invitations /,
    );
    expect(line('pnp-nl')).toMatch(
      / OK +5 draws +newest 2026-06-10 +1 skipped: row "late May": date "late May" not understood$/,
    );
    expect(lines.at(-1)).toBe('7 of 9 sources read; failing: pnp-bc, pnp-on.');
  });

  it('--only checks just the sources named, and exits 0 when they all read', async () => {
    const { code, lines } = await run(['--only', 'pnp-pe,ircc-ee']);
    expect(code).toBe(0);
    expect(lines.map((text) => text.split(/\s+/)[0])).toEqual(['ircc-ee', 'pnp-pe', '2']);
    expect(lines.at(-1)).toBe('2 of 2 sources read.');
    expect(hosts.requests.map((request) => request.url)).toEqual([url('ircc-ee'), url('pnp-pe')]);
    // The CLI names itself with the version in package.json.
    expect(hosts.requests[0]?.headers['user-agent']).toBe(checkUserAgent(packageJson.version));
    expect(packageJson.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('--only=ID exits 1 for a province whose page answers 404', async () => {
    const { code, lines } = await run(['--only=pnp-on']);
    expect(code).toBe(1);
    expect(lines.at(-1)).toBe('0 of 1 sources read; failing: pnp-on.');
  });

  it('refuses an unknown source id or argument with exit code 2, fetching nothing', async () => {
    const unknown = await run(['--only', 'pnp-qc']);
    expect(unknown.code).toBe(2);
    expect(unknown.lines[0]).toBe(
      `check-sources: unknown source id pnp-qc; known: ${allSources.map((source) => source.id).join(', ')}`,
    );
    const bad = await run(['--all']);
    expect(bad.code).toBe(2);
    expect(bad.lines[0]).toBe('check-sources: unknown argument "--all"');
    expect(hosts.requests).toEqual([]);
  });

  it('reads a page with no draws as OK but says so, and prints usage on --help', async () => {
    hosts.serve('https://www.alberta.ca/empty-year', { body: '<html><title>2027 draws</title></html>' });
    const emptyYear: SourceDefinition = {
      id: 'empty-year',
      label: 'Empty year',
      url: 'https://www.alberta.ca/empty-year',
      kind: 'html',
      parse: () => ({ draws: [], skipped: 0, skippedReasons: [] }),
    };
    const lines: string[] = [];
    const code = await runCheck([], {
      fetch: hosts.fetch,
      out: (line) => lines.push(line),
      sources: [emptyYear],
    });
    expect(code).toBe(0);
    expect(lines[0]).toMatch(
      /^empty-year +Empty year +OK +0 draws +newest - +no draws found: look at the page$/,
    );

    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.lines[0]).toMatch(/^Usage: npm run check-sources/);
    const missing = await run(['--only']);
    expect(missing.code).toBe(2);
    expect(missing.lines[0]).toBe('check-sources: --only needs a comma-separated list of source ids');
  });

  it('says why a host cannot be reached (the cause behind Node\'s "fetch failed")', async () => {
    const closed = await LocalHosts.start();
    const { port } = closed;
    await closed.stop();
    const refusing: typeof fetch = (input, init) => {
      const real = new URL(String(input));
      return fetch(`http://127.0.0.1:${port}${real.pathname}`, init);
    };
    const lines: string[] = [];
    const code = await runCheck(['--only', 'pnp-pe'], {
      fetch: explainFetchErrors(refusing),
      out: (line) => lines.push(line),
    });
    expect(code).toBe(1);
    expect(lines[0]).toMatch(
      /FAIL .*network: Prince Edward Island \(PEI PNP\): could not reach www\.princeedwardisland\.ca \(fetch failed: connect ECONNREFUSED 127\.0\.0\.1:\d+\)\.$/,
    );
  });
});
