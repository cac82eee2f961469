import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { generate } from 'selfsigned';

/**
 * The hosts the build under test polls: its manifest's host permissions, which the build derives
 * from the province records (IRCC's, and each province whose draws are read).
 */
function polledHosts(): string[] {
  const path = resolve(import.meta.dirname, '../../../.output/chrome-mv3/manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { host_permissions?: string[] };
  return (manifest.host_permissions ?? []).map((pattern) => new URL(pattern.replace(/\*$/, '')).hostname);
}

/** News sites the tests open articles on (curated ones, and others a user may allow). */
const ARTICLE_HOSTS = [
  'www.cicnews.com',
  'immigrationnewscanada.ca',
  'www.immigrationcoach.ca',
  'immigrationcoach.ca',
  'example-news.test',
];

/** Every real host the shipped extension talks to or annotates, served locally during a test. */
export const OFFICIAL_HOSTS = [...polledHosts(), ...ARTICLE_HOSTS];

export interface Answer {
  status?: number;
  body?: string;
  headers?: Record<string, string>;
}

type Handler = (request: IncomingMessage) => Answer;

/**
 * One local HTTPS server standing in for every official host: Chromium maps the real names to it
 * (--host-resolver-rules), so the unmodified build fetches its real production URLs.
 */
export class OfficialHosts {
  private readonly routes = new Map<string, Handler>();
  readonly requests: { url: string; headers: IncomingMessage['headers'] }[] = [];
  private server: Server | null = null;

  static async start(): Promise<OfficialHosts> {
    const hosts = new OfficialHosts();
    const pems = await generate([{ name: 'commonName', value: 'www.canada.ca' }], {
      keySize: 2048,
      extensions: [{ name: 'subjectAltName', altNames: OFFICIAL_HOSTS.map((value) => ({ type: 2, value })) }],
    });
    hosts.server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => hosts.answer(req, res));
    await new Promise<void>((resolve) => hosts.server?.listen(0, '127.0.0.1', resolve));
    return hosts;
  }

  get port(): number {
    if (!this.server) throw new Error('OfficialHosts is not started');
    return (this.server.address() as AddressInfo).port;
  }

  /** Chromium flag value mapping every official host to this server. */
  get hostResolverRules(): string {
    return OFFICIAL_HOSTS.map((host) => `MAP ${host}:443 127.0.0.1:${this.port}`).join(',');
  }

  /** Serve `answer` (or what `handler` returns) at an absolute https URL. */
  serve(url: string, answer: Answer | Handler): void {
    const { host, pathname, search } = new URL(url);
    this.routes.set(`${host}${pathname}${search}`, typeof answer === 'function' ? answer : () => answer);
  }

  requestsTo(url: string): number {
    return this.requests.filter((request) => request.url === url).length;
  }

  async stop(): Promise<void> {
    // Chromium keeps connections alive; close() alone would wait for them.
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private answer(request: IncomingMessage, response: ServerResponse) {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const url = `https://${host}${request.url ?? '/'}`;
    this.requests.push({ url, headers: request.headers });
    const handler = this.routes.get(`${host}${request.url ?? '/'}`);
    const answer = handler ? handler(request) : { status: 404, body: 'Not found' };
    response.writeHead(answer.status ?? 200, { 'Cache-Control': 'no-cache', ...answer.headers });
    response.end(answer.body ?? '');
  }
}
