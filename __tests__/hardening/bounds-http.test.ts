/**
 * The HTTP phase has a total deadline (http.deadline-ms): a server that answers slowly to a thousand
 * samples, followed by a load ramp, ends at the deadline with a note instead of running for hours.
 */

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig } from '../../src/config/defaults.js';
import { runHttpPhase } from '../../src/http/phase.js';

let server: Server;
let url: string;
let requests = 0;
let dir: string;

beforeAll(async () => {
  server = createServer((_req, res) => {
    requests += 1;
    setTimeout(() => res.end('slow'), 200);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  dir = mkdtempSync(join(tmpdir(), 'bounds-http-'));
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

it('1000 slow samples and a load ramp stop at http.deadline-ms with a note', async () => {
  const config = defaultConfig(dir);
  config.http.urls = [url];
  config.http.samples = 1000;
  config.http.warmup = 0;
  config.http.deadlineMs = 2000;
  config.http.load = { users: [1, 2, 4], seconds: 5, p95Ms: 800, maxErrorRate: 0.01 };
  const started = Date.now();
  const result = await runHttpPhase({ config, db: null });
  const ms = Date.now() - started;
  expect(ms).toBeLessThan(6000);
  expect(result.results[0].samples).toBeGreaterThan(0);
  expect(result.results[0].samples).toBeLessThan(1000);
  expect(result.load).toHaveLength(0);
  expect(result.note).toMatch(/http\.deadline-ms \(2000 ms\) reached: later samples and load steps skipped/);
  expect(requests).toBeLessThan(40);
}, 20_000);
