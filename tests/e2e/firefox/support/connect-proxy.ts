import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect, type Socket } from 'node:net';
import { OFFICIAL_HOSTS, type OfficialHosts } from '../../support/official-hosts';

/**
 * A local HTTP proxy that Firefox is told to use (proxy prefs): a CONNECT to an official host's port
 * 443 is tunnelled to the local TLS server, anything else is refused. Firefox keeps the real host
 * name (TLS SNI, Host header), so the unmodified build fetches its production URLs, and every port
 * is random: two runs on one machine do not collide, and nothing needs port 443.
 */
export class ConnectProxy {
  /** Every CONNECT target Firefox asked for, refused ones too ("host:port"). */
  readonly tunnels: string[] = [];
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    private readonly hosts: OfficialHosts,
  ) {}

  static async start(hosts: OfficialHosts): Promise<ConnectProxy> {
    const server = createServer((request, response) => {
      // Plain http:// through the proxy: nothing official is served over http.
      response.writeHead(403).end(`not served in tests: ${request.url}`);
    });
    const proxy = new ConnectProxy(server, hosts);
    server.on('connect', (request, client: Socket, head: Buffer) =>
      proxy.tunnel(request.url ?? '', client, head),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** Firefox prefs that send every http(s) request through this proxy, DNS included. */
  get firefoxPrefs(): Record<string, string | number | boolean> {
    return {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': this.port,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': this.port,
      'network.proxy.share_proxy_settings': false,
      'network.proxy.no_proxies_on': '',
      // DNS over HTTPS would bypass the proxy's name handling: off.
      'network.trr.mode': 5,
    };
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private tunnel(target: string, client: Socket, head: Buffer) {
    this.tunnels.push(target);
    this.track(client);
    const [host, port] = target.split(':');
    if (port !== '443' || !OFFICIAL_HOSTS.includes(host ?? '')) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = this.track(connect(this.hosts.port, '127.0.0.1'));
    upstream.once('connect', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  }

  private track(socket: Socket): Socket {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    return socket;
  }
}
