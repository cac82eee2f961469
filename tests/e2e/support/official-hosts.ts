import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';

/** Every real host the shipped extension talks to or annotates, served locally during a test. */
export const OFFICIAL_HOSTS = [
  'www.canada.ca',
  'www.alberta.ca',
  'www.welcomebc.ca',
  'immigratemanitoba.com',
  'www.ontario.ca',
  'www.princeedwardisland.ca',
  'www2.gnb.ca',
  'www.gov.nl.ca',
  'liveinnovascotia.com',
  'www.quebec.ca',
  'www.saskatchewan.ca',
  'www.cicnews.com',
  'immigrationnewscanada.ca',
  'www.immigrationcoach.ca',
  'immigrationcoach.ca',
  'example-news.test',
];

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
