import { asSourceFault } from '@/lib/sources/as-fault';
import { describeFault } from '@/lib/sources/fault-text';
import { type FetchPolicy, fetchWithPolicy } from '@/lib/sources/fetch-policy';
import { hostsOf } from '@/lib/sources/host-permissions';
import {
  type FaultKind,
  type FaultReason,
  type ParseResult,
  type SourceDefinition,
  SourceFault,
} from '@/lib/sources/source';

/**
 * The maintainer's live check (`npm run check-sources`): fetch every source's real page once, run
 * its own parser, and say per source whether it still reads. Nothing is stored; no validators are
 * sent (a 304 would prove nothing about the parser).
 */

export interface CheckOptions {
  fetch: typeof fetch;
  timeoutMs: number;
  /** Clock for the time each source took (milliseconds). */
  now?: () => number;
  /** Goes into the User-Agent; the CLI passes package.json's version. */
  version?: string;
}

export interface SourceCheck {
  id: string;
  label: string;
  url: string;
  ok: boolean;
  /**
   * Why the source does not read, as the extension would record it (`kind`, `reason`) and as a
   * maintainer reads it (`detail`, English); null when ok.
   */
  fault: { kind: FaultKind; reason: FaultReason; detail: string } | null;
  /** Draws the parser found (0 when it failed). */
  draws: number;
  skipped: number;
  skippedReasons: string[];
  /** ISO date of the newest draw found, or null. */
  newestDate: string | null;
  elapsedMs: number;
}

/** An honest identity: a maintainer's tool, named as such (never a browser's). */
export function checkUserAgent(version: string): string {
  return `DrawAlertsSourceCheck/${version} (maintainer check; +https://github.com/)`;
}

const NO_VALIDATORS = { etag: null, lastModified: null } as const;

/** Checks the sources one at a time (polite to servers, readable output); never throws for one source. */
export async function checkSources(
  sources: readonly SourceDefinition[],
  options: CheckOptions,
): Promise<SourceCheck[]> {
  const policy: FetchPolicy = {
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
    headers: { 'User-Agent': checkUserAgent(options.version ?? '0.0.0') },
  };
  const now = options.now ?? Date.now;
  const reports: SourceCheck[] = [];
  for (const source of sources) {
    const started = now();
    const outcome = await readSource(source, policy);
    reports.push(toReport(source, outcome, now() - started));
  }
  return reports;
}

type Outcome = { parsed: ParseResult } | { fault: SourceFault };

async function readSource(source: SourceDefinition, policy: FetchPolicy): Promise<Outcome> {
  try {
    const fetched = await fetchWithPolicy(source.url, NO_VALIDATORS, policy);
    if (fetched.kind === 'not-modified') {
      throw new SourceFault({ code: 'not-modified-unasked', host: new URL(source.url).host });
    }
    const parsed = await source.parse(fetched.body, {
      url: fetched.finalUrl,
      fetchText: async (url) => {
        const linked = await fetchWithPolicy(url, NO_VALIDATORS, { ...policy, hosts: hostsOf(source.url) });
        return linked.kind === 'body' ? linked.body : '';
      },
    });
    return { parsed };
  } catch (error) {
    // A parser bug counts as a source that does not read, as in poll.ts.
    return { fault: asSourceFault(error) };
  }
}

function toReport(source: SourceDefinition, outcome: Outcome, elapsedMs: number): SourceCheck {
  const base = { id: source.id, label: source.label, url: source.url, elapsedMs };
  if ('fault' in outcome) {
    const { kind, reason } = outcome.fault;
    return {
      ...base,
      ok: false,
      fault: { kind, reason, detail: `${source.label}: ${describeFault(reason)}` },
      draws: 0,
      skipped: 0,
      skippedReasons: [],
      newestDate: null,
    };
  }
  const { draws, skipped, skippedReasons } = outcome.parsed;
  const newestDate = draws.reduce<string | null>(
    (newest, draw) => (newest === null || draw.date > newest ? draw.date : newest),
    null,
  );
  return { ...base, ok: true, fault: null, draws: draws.length, skipped, skippedReasons, newestDate };
}

/** The exit decision: non-zero when any source does not read. */
export function exitCodeFor(reports: readonly SourceCheck[]): number {
  return reports.every((report) => report.ok) ? 0 : 1;
}
