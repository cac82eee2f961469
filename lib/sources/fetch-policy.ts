import { SourceFault } from './source';

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type FetchOutcome =
  | { kind: 'not-modified' }
  | { kind: 'body'; body: string; finalUrl: string; etag: string | null; lastModified: string | null };

export interface FetchPolicy {
  fetch: typeof fetch;
  timeoutMs: number;
  /**
   * Extra request headers. The extension sends none: it runs in a real browser, whose own identity
   * is the honest one (IRCC's CDN refuses clients that fake one). The maintainer's CLI names itself.
   */
  headers?: Record<string, string>;
}

export const DEFAULT_TIMEOUT_MS = 20_000;

/**
 * One GET under the shared policy: conditional when validators are known, bounded in time,
 * every failure turned into a SourceFault whose detail starts with the source's label.
 */
export async function fetchWithPolicy(
  label: string,
  url: string,
  validators: Validators,
  policy: FetchPolicy,
): Promise<FetchOutcome> {
  const headers: Record<string, string> = { ...policy.headers };
  if (validators.etag) headers['If-None-Match'] = validators.etag;
  if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), policy.timeoutMs);
  try {
    const response = await policy.fetch(url, {
      headers,
      signal: controller.signal,
      // The HTTP cache would answer 200 from memory; we want the server's 304 and our own hash check.
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'follow',
    });
    if (response.status === 304) return { kind: 'not-modified' };
    if (!response.ok) {
      // A server error or throttling passes; a page that is gone (404, 410, 403) will not come back in minutes.
      const passing = response.status >= 500 || response.status === 408 || response.status === 429;
      throw new SourceFault('http', `${label}: ${new URL(url).host} answered HTTP ${response.status}.`, {
        passing,
      });
    }
    const body = await response.text();
    return {
      kind: 'body',
      body,
      finalUrl: response.url || url,
      etag: response.headers.get('ETag'),
      lastModified: response.headers.get('Last-Modified'),
    };
  } catch (error) {
    if (error instanceof SourceFault) throw error;
    if (controller.signal.aborted) {
      throw new SourceFault(
        'timeout',
        `${label}: ${new URL(url).host} did not answer within ${Number((policy.timeoutMs / 1000).toFixed(2))} s.`,
      );
    }
    throw new SourceFault(
      'network',
      `${label}: could not reach ${new URL(url).host} (${errorMessage(error)}).`,
    );
  } finally {
    clearTimeout(timer);
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** SHA-256 of a body, hex. Web Crypto exists in service workers, pages and Node. */
export async function hashBody(body: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
