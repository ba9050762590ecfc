import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { timedRequest } from '../../src/http/ttfb.js';

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
const describeWithOpenssl = hasOpenssl ? describe : describe.skip;

describeWithOpenssl('timedRequest over HTTPS', () => {
  let server: https.Server;
  let base: string;
  const dir = mkdtempSync(join(tmpdir(), 'perf-audit-tls-'));

  beforeAll(async () => {
    // A throw-away self-signed certificate for 127.0.0.1.
    const made = spawnSync('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ]);
    expect(made.status).toBe(0);
    server = https.createServer(
      { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
      (_req, res) => res.end('secure'),
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('times the TLS handshake between connect and first byte', async () => {
    const r = await timedRequest(`${base}/`, { timeoutMs: 5000, insecure: true });
    expect(r.error).toBeNull();
    expect(r.status).toBe(200);
    expect(r.tlsMs).not.toBeNull();
    expect(r.tlsMs as number).toBeGreaterThanOrEqual(r.connectMs as number);
    expect(r.ttfbMs as number).toBeGreaterThanOrEqual(r.tlsMs as number);
  });

  it('reports an untrusted certificate as a TLS failure', async () => {
    const r = await timedRequest(`${base}/`, { timeoutMs: 5000 });
    expect(r.status).toBeNull();
    expect(r.error?.kind).toBe('tls');
  });
});
