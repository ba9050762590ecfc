/** Real node:http servers on 127.0.0.1 for the smoke tests: fast, delayed, failing, hanging, looping. */

import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestServer {
  base: string;
  port: number;
  hits: Map<string, number>;
  close(): Promise<void>;
}

export async function startServer(
  handler: (req: http.IncomingMessage, res: http.ServerResponse, hit: number) => void,
): Promise<TestServer> {
  const hits = new Map<string, number>();
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const n = (hits.get(path) ?? 0) + 1;
    hits.set(path, n);
    handler(req, res, n);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    hits,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

/** A port nothing listens on: bound once, then released. */
export async function closedPort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

/** The routes the smoke tests use. */
export function appHandler(req: http.IncomingMessage, res: http.ServerResponse, hit: number): void {
  const path = (req.url ?? '/').split('?')[0];
  switch (path) {
    case '/ok':
      res.end('hello');
      return;
    case '/slow':
      setTimeout(() => res.end('slow'), 50);
      return;
    case '/error':
      res.statusCode = 500;
      res.end('boom');
      return;
    case '/hang':
      return; // never answers
    case '/loop-a':
      res.writeHead(302, { location: '/loop-b' }).end();
      return;
    case '/loop-b':
      res.writeHead(302, { location: '/loop-a' }).end();
      return;
    case '/to-ok':
      res.writeHead(302, { location: '/ok' }).end();
      return;
    case '/warming':
      // Starting up: 503 for the first three requests, then ready.
      res.statusCode = hit <= 3 ? 503 : 200;
      res.end();
      return;
    case '/private':
      // A logged-in page: the session cookie, or a redirect to the login form.
      if (/(^|; )laravel_session=abc(;|$)/.test(String(req.headers.cookie ?? ''))) res.end('welcome');
      else res.writeHead(302, { location: '/ok' }).end();
      return;
    case '/echo-cookie':
      res.end(String(req.headers.cookie ?? ''));
      return;
    default:
      res.statusCode = 404;
      res.end();
  }
}
