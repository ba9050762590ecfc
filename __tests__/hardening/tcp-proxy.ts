/**
 * A TCP proxy in front of the real MariaDB that the test controls: it forwards bytes both ways until told to
 * freeze (then it keeps every socket open and forwards nothing, like a server that stops answering), can
 * freeze by itself when a client sends a given statement, and can refuse connections past a count with
 * MariaDB's own "Too many connections" error packet (1040). It records the scratch databases the client
 * creates so the test can remove exactly those.
 */

import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export class TcpProxy {
  private server: Server | null = null;
  private sockets = new Set<Socket>();
  private frozen = false;
  port = 0;
  accepted = 0;
  /** Connections past this count get error 1040 instead of the server. */
  allow = Infinity;
  /** Freeze everything when a client sends bytes containing this text (the packet is not forwarded). */
  freezeOn: string | null = null;
  readonly databases = new Set<string>();
  /** The run accounts clients created: a run cut off from the server cannot drop its own. */
  readonly accounts = new Set<string>();
  /** Every answer of the server reaches the client this much later (a slow server); order is kept. */
  delayMs = 0;
  /** Counts how often clients sent this text (e.g. a statement), across packet boundaries. */
  countOf: string | null = null;
  counted = 0;

  constructor(
    private readonly targetPort = 3306,
    private readonly targetHost = '127.0.0.1',
  ) {}

  get url(): string {
    return `mysql://root@127.0.0.1:${this.port}`;
  }

  get isFrozen(): boolean {
    return this.frozen;
  }

  async start(): Promise<this> {
    this.server = createServer((client) => this.accept(client));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  freeze(): void {
    this.frozen = true;
  }

  private track(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => this.sockets.delete(socket));
  }

  private accept(client: Socket): void {
    this.accepted += 1;
    this.track(client);
    if (this.accepted > this.allow) {
      client.end(tooManyConnections());
      return;
    }
    if (this.frozen) return; // accepted, never answered
    const server = connect(this.targetPort, this.targetHost);
    this.track(server);
    let carry = '';
    client.on('data', (chunk: Buffer) => {
      const text = chunk.toString('latin1');
      if (this.countOf) {
        const seen = carry + text;
        this.counted += seen.split(this.countOf).length - 1;
        carry = seen.slice(-(this.countOf.length - 1));
      }
      for (const m of text.matchAll(/CREATE DATABASE `(perf_audit_[0-9a-f]+)`/g)) this.databases.add(m[1]);
      for (const m of text.matchAll(/CREATE USER '(perf_audit_[0-9a-f]+)'/g)) this.accounts.add(m[1]);
      if (this.freezeOn && text.includes(this.freezeOn)) this.frozen = true;
      if (!this.frozen) server.write(chunk);
    });
    server.on('data', (chunk: Buffer) => {
      const forward = () => {
        if (!this.frozen && !client.destroyed) client.write(chunk);
      };
      if (this.delayMs > 0) setTimeout(forward, this.delayMs);
      else forward();
    });
    client.on('close', () => server.destroy());
    server.on('close', () => {
      if (!this.frozen) client.destroy();
    });
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    if (this.server) await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }
}

/** The packet MariaDB sends instead of its greeting when max_connections is reached. */
function tooManyConnections(): Buffer {
  const payload = Buffer.concat([
    Buffer.from([0xff, 0x10, 0x04]),
    Buffer.from('#08004Too many connections', 'latin1'),
  ]);
  const header = Buffer.from([payload.length & 0xff, (payload.length >> 8) & 0xff, 0, 0]);
  return Buffer.concat([header, payload]);
}
