import { isOfficialUrl, OFFICIAL_HOSTS } from './host-permissions';
import { MAX_BODY_CHARS, SourceFault } from './source';

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
  /** The hosts a request may go to (default: every source's host, as its host permissions name them). */
  hosts?: ReadonlySet<string>;
  /** Longest body read, in characters (default MAX_BODY_CHARS); the read stops there. */
  maxBodyChars?: number;
}

export const DEFAULT_TIMEOUT_MS = 20_000;

/**
 * One GET under the shared policy: official hosts only, conditional when validators are known,
 * bounded in time and in size, every failure turned into a SourceFault.
 */
export async function fetchWithPolicy(
  url: string,
  validators: Validators,
  policy: FetchPolicy,
): Promise<FetchOutcome> {
  const hosts = policy.hosts ?? OFFICIAL_HOSTS;
  if (!isOfficialUrl(url, hosts))
    throw new SourceFault({ code: 'off-official-host', url: url.slice(0, 300) });
  const host = new URL(url).host;
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
    // A redirect off the official hosts: what came back is not the source's.
    const finalUrl = response.url || url;
    if (!isOfficialUrl(finalUrl, hosts)) {
      throw new SourceFault({ code: 'off-official-host', url: finalUrl.slice(0, 300) });
    }
    if (response.status === 304) return { kind: 'not-modified' };
    if (!response.ok) {
      // A server error or throttling passes; a page that is gone (404, 410, 403) will not come back in minutes.
      const passing = response.status >= 500 || response.status === 408 || response.status === 429;
      throw new SourceFault({ code: 'http-status', host, status: response.status }, { passing });
    }
    const body = await readBounded(response, policy.maxBodyChars ?? MAX_BODY_CHARS, controller);
    return {
      kind: 'body',
      body,
      finalUrl,
      etag: response.headers.get('ETag'),
      lastModified: response.headers.get('Last-Modified'),
    };
  } catch (error) {
    if (error instanceof SourceFault) throw error;
    if (controller.signal.aborted) {
      throw new SourceFault({
        code: 'no-answer-in-time',
        host,
        seconds: Number((policy.timeoutMs / 1000).toFixed(2)),
      });
    }
    throw new SourceFault({ code: 'unreachable', host, cause: errorMessage(error) });
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The body as text (UTF-8, as `Response.text()` reads it), refused as soon as it passes `limit`
 * characters: a server that answers with gigabytes costs no more than the limit.
 */
async function readBounded(response: Response, limit: number, controller: AbortController): Promise<string> {
  const tooLarge = () => new SourceFault({ code: 'body-too-large', limit });
  const declared = Number(response.headers.get('Content-Length'));
  // UTF-8 takes at least one byte a character: more than 4 bytes a character cannot be text.
  if (Number.isFinite(declared) && declared > limit * 4) throw tooLarge();
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    const text = done ? decoder.decode() : decoder.decode(value, { stream: true });
    parts.push(text);
    length += text.length;
    if (length > limit) {
      controller.abort();
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    if (done) return parts.join('');
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
