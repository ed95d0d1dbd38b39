/**
 * A TCP forwarder on a fixed local port whose listening can be switched off and on: to the server under
 * test, "Neo4j" disappears (connections refused, live ones cut) and comes back, without stopping the real
 * database the rest of the run shares.
 */
import net from 'node:net';

export class SwitchableProxy {
  private server?: net.Server;
  private readonly sockets = new Set<net.Socket>();

  constructor(readonly port: number, private readonly target: { host: string; port: number }) {}

  static async onFreePort(target: { host: string; port: number }): Promise<SwitchableProxy> {
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as net.AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    return new SwitchableProxy(port, target);
  }

  async up(): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
  }

  async down(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    if (this.server) await new Promise((resolve) => this.server!.close(resolve));
    this.server = undefined;
  }
}
