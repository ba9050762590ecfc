/**
 * Bounded waits on MariaDB: a server that stops answering mid-run (a proxy that stops forwarding), one that
 * accepts and never greets, and "Too many connections" half-way through opening a pool. Each run ends within
 * a ceiling set here, leaves no connection open, and the sentinel database and globals are untouched.
 */

import { join } from 'node:path';
import { defaultConfig } from '../../src/config/defaults.js';
import { runAudit } from '../../src/audit.js';
import { openAll, openConnectionCount, QueryTimeoutError } from '../../src/database/bounded.js';
import { connect, parseDbUrl, waitForServer } from '../../src/database/connection.js';
import { ROOT } from '../cli/helpers.js';
import { createSentinel, databasesExisting, type Sentinel } from './sentinel.js';
import { TcpProxy } from './tcp-proxy.js';

const APP = join(ROOT, 'examples/laravel-app');

function configFor(url: string, queryTimeoutMs: number) {
  const config = defaultConfig(APP);
  config.database.url = url;
  config.database.waitMs = 1000;
  config.database.queryTimeoutMs = queryTimeoutMs;
  return config;
}

let sentinel: Sentinel;
let proxy: TcpProxy;
const scratch = new Set<string>();
const accounts = new Set<string>();

beforeAll(async () => {
  sentinel = await createSentinel();
});
beforeEach(async () => {
  proxy = await new TcpProxy().start();
});
afterEach(async () => {
  await proxy.stop();
  for (const db of proxy.databases) scratch.add(db);
  for (const user of proxy.accounts) accounts.add(user);
});
afterAll(async () => {
  await sentinel.drop(scratch, accounts);
});

describe('MariaDB waits are bounded', () => {
  it('a statement the server never answers fails after query-timeout-ms and frees the connection', async () => {
    const url = { ...parseDbUrl(proxy.url), queryTimeoutMs: 800 };
    const conn = await connect(url);
    await conn.query('SELECT 1');
    proxy.freeze();
    const started = Date.now();
    await expect(conn.query('SELECT 2')).rejects.toThrow(QueryTimeoutError);
    // The connection was closed: what follows fails at once instead of queueing behind the lost statement.
    await expect(conn.query('SELECT 3')).rejects.toThrow(/closed|lost/i);
    await conn.end();
    expect(Date.now() - started).toBeLessThan(5000);
    expect(openConnectionCount()).toBe(0);
  }, 15_000);

  it('a server that accepts and never greets: waitForServer gives up at its deadline', async () => {
    proxy.freeze();
    const started = Date.now();
    await expect(waitForServer(parseDbUrl(proxy.url), 1000)).rejects.toThrow(/did not answer within 1000 ms/);
    expect(Date.now() - started).toBeLessThan(8000);
  }, 15_000);

  it('the server stops answering during the planner: the run ends with a report, nothing left open', async () => {
    proxy.freezeOn = 'EXPLAIN';
    const started = Date.now();
    const report = await runAudit(configFor(proxy.url, 1500));
    const ms = Date.now() - started;
    expect(proxy.isFrozen).toBe(true);
    expect(ms).toBeLessThan(30_000);
    expect(openConnectionCount()).toBe(0);
    const failed = report.phases.filter((p) => p.status === 'failed').map((p) => `${p.name}: ${p.note}`);
    expect(failed.join('\n')).toMatch(/^planner: .*(did not answer within 1500 ms|ETIMEDOUT)/m);
    expect(report.phases.map((p) => p.name)).toContain('cleanup');
    await sentinel.check();
  }, 45_000);

  it('the server stops answering while the schema is built: same', async () => {
    proxy.freezeOn = 'SET FOREIGN_KEY_CHECKS';
    const started = Date.now();
    const report = await runAudit(configFor(proxy.url, 1500));
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(openConnectionCount()).toBe(0);
    const failed = report.phases.filter((p) => p.status === 'failed').map((p) => `${p.name}: ${p.note}`);
    expect(failed.join('\n')).toMatch(/^schema: MariaDB did not answer within 1500 ms/m);
    expect(report.phases.find((p) => p.name === 'planner')?.status).toBe('skipped');
    await sentinel.check();
  }, 45_000);
});

describe('the total deadline (database.deadline-ms)', () => {
  it('a slow server: statements stop at the deadline, the cleanup still runs and drops everything', async () => {
    proxy.delayMs = 100;
    const config = configFor(proxy.url, 5000);
    config.database.deadlineMs = 1500;
    const started = Date.now();
    const report = await runAudit(config);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(JSON.stringify(report)).toMatch(/database\.deadline-ms \(1500 ms\) reached/);
    expect(openConnectionCount()).toBe(0);
    expect(proxy.databases.size).toBeGreaterThan(0);
    expect(await databasesExisting(proxy.databases)).toEqual([]);
    await sentinel.check();
  }, 45_000);
});

describe('"Too many connections" leaves nothing open', () => {
  it('openAll closes the connections it did open when one is refused', async () => {
    proxy.allow = 2;
    const url = parseDbUrl(proxy.url);
    await expect(openAll(4, () => connect(url))).rejects.toThrow(/Too many connections/);
    expect(openConnectionCount()).toBe(0);
  }, 15_000);

  it('a run refused at every point of its connections ends, and closes all of them', async () => {
    const first = await new TcpProxy().start();
    await runAudit(configFor(first.url, 5000));
    const needed = first.accepted;
    await first.stop();
    for (const db of first.databases) scratch.add(db);
    expect(needed).toBeGreaterThan(3);
    // A run that can reach the server drops what it created.
    expect(first.databases.size).toBeGreaterThan(0);
    expect(await databasesExisting(first.databases)).toEqual([]);
    for (let allow = 1; allow < needed; allow++) {
      const p = await new TcpProxy().start();
      p.allow = allow;
      try {
        const started = Date.now();
        const report = await runAudit(configFor(p.url, 5000)).catch((e: Error) => e);
        expect(Date.now() - started).toBeLessThan(20_000);
        expect(report).toBeDefined();
        expect(openConnectionCount()).toBe(0);
      } finally {
        await p.stop();
        for (const db of p.databases) scratch.add(db);
      }
    }
    await sentinel.check();
  }, 55_000);
});
