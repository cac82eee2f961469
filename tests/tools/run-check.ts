import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkSources, exitCodeFor, type SourceCheck } from '../../lib/sources/check-sources';
import { DEFAULT_TIMEOUT_MS } from '../../lib/sources/fetch-policy';
import { allSources } from '../../lib/sources/registry';
import type { SourceDefinition } from '../../lib/sources/source';

export interface CheckIo {
  fetch: typeof fetch;
  /** Receives each line printed (no trailing newline). */
  out: (line: string) => void;
  now?: () => number;
  timeoutMs?: number;
  /** Defaults to the registry: every source the extension polls. */
  sources?: readonly SourceDefinition[];
}

export const USAGE = [
  'Usage: npm run check-sources [-- --only ID[,ID...]]',
  'Fetches every live source once, parses it with the extension’s own parser and prints one line per',
  'source. Exits 1 when any source does not read, 2 on a usage error.',
];

function packageVersion(): string {
  const path = fileURLToPath(new URL('../../package.json', import.meta.url));
  const { version } = JSON.parse(readFileSync(path, 'utf8')) as { version?: unknown };
  return typeof version === 'string' ? version : '0.0.0';
}

type Args = { only: string[] | null; help: boolean } | { error: string };

function parseArgs(argv: readonly string[]): Args {
  let only: string[] | null = null;
  let help = false;
  const rest = [...argv];
  while (rest.length > 0) {
    const arg = rest.shift() ?? '';
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (arg !== '--only' && !arg.startsWith('--only=')) return { error: `unknown argument "${arg}"` };
    const value = arg === '--only' ? rest.shift() : arg.slice('--only='.length);
    if (!value) return { error: '--only needs a comma-separated list of source ids' };
    only = [
      ...(only ?? []),
      ...value
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ];
  }
  return { only, help };
}

const pad = (text: string, width: number) => text.padEnd(width);

/** `pnp-on  Ontario (OINP)  FAIL  0 draws  newest -  http: Ontario (OINP): www.ontario.ca answered HTTP 404.` */
export function formatReport(report: SourceCheck, labelWidth: number, idWidth: number): string {
  const reason = report.fault
    ? `${report.fault.kind}: ${report.fault.detail}`
    : [
        report.draws === 0 ? 'no draws found: look at the page' : '',
        report.skipped > 0
          ? `${report.skipped} skipped: ${report.skippedReasons.join('; ') || 'no reason given'}`
          : '',
      ]
        .filter(Boolean)
        .join('; ');
  return [
    pad(report.id, idWidth),
    pad(report.label, labelWidth),
    pad(report.ok ? 'OK' : 'FAIL', 4),
    pad(`${report.draws} draw${report.draws === 1 ? '' : 's'}`, 10),
    pad(`newest ${report.newestDate ?? '-'}`, 17),
    reason,
  ]
    .join('  ')
    .trimEnd();
}

/** The CLI without the process: returns the exit code. */
export async function runCheck(argv: readonly string[], io: CheckIo): Promise<number> {
  const args = parseArgs(argv);
  if ('error' in args) {
    io.out(`check-sources: ${args.error}`);
    for (const line of USAGE) io.out(line);
    return 2;
  }
  if (args.help) {
    for (const line of USAGE) io.out(line);
    return 0;
  }
  const known = io.sources ?? allSources;
  const unknown = (args.only ?? []).filter((id) => !known.some((source) => source.id === id));
  if (unknown.length > 0) {
    io.out(
      `check-sources: unknown source id ${unknown.join(', ')}; known: ${known.map((s) => s.id).join(', ')}`,
    );
    return 2;
  }
  const only = args.only;
  const sources = only ? known.filter((source) => only.includes(source.id)) : known;

  const reports = await checkSources(sources, {
    fetch: io.fetch,
    timeoutMs: io.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    now: io.now,
    version: packageVersion(),
  });
  const idWidth = Math.max(...reports.map((report) => report.id.length));
  const labelWidth = Math.max(...reports.map((report) => report.label.length));
  for (const report of reports) io.out(formatReport(report, labelWidth, idWidth));
  const failing = reports.filter((report) => !report.ok).map((report) => report.id);
  io.out(
    failing.length === 0
      ? `${reports.length} of ${reports.length} sources read.`
      : `${reports.length - failing.length} of ${reports.length} sources read; failing: ${failing.join(', ')}.`,
  );
  return exitCodeFor(reports);
}

/**
 * Node's fetch rejects with a bare "fetch failed" and hides the reason in `cause` (ENOTFOUND,
 * ECONNREFUSED, a certificate error): bring it into the message a maintainer reads.
 */
export function explainFetchErrors(inner: typeof fetch): typeof fetch {
  return async (input, init) => {
    try {
      return await inner(input, init);
    } catch (error) {
      const cause = error instanceof Error ? error.cause : undefined;
      if (error instanceof Error && error.name !== 'AbortError' && cause instanceof Error && cause.message) {
        throw new Error(`${error.message}: ${cause.message}`, { cause });
      }
      throw error;
    }
  };
}
