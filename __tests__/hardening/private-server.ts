/**
 * A MariaDB server of the test's own (a fresh data folder on a free port, torn down at the end): the
 * cleanup tests check that *nothing* named perf_audit_ is left on a server, and flip server-wide switches
 * (read_only, general_log) that would disturb the shared server and the runs of other tests on it.
 */

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mysql from 'mysql2/promise';

export interface PrivateServer {
  url: string;
  port: number;
  query<T = mysql.RowDataPacket[]>(sql: string, params?: unknown[]): Promise<T>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => done(port));
    });
  });
}

export async function startPrivateServer(): Promise<PrivateServer> {
  const dir = mkdtempSync(join(tmpdir(), 'pa-test-mariadb-'));
  const data = join(dir, 'data');
  const install = spawnSync(
    'mariadb-install-db',
    ['--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db'],
    { encoding: 'utf8', timeout: 30_000 },
  );
  if (install.status !== 0) throw new Error(`mariadb-install-db failed: ${install.stderr}`);
  const port = await freePort();
  const args = [
    '--no-defaults',
    `--datadir=${data}`,
    `--port=${port}`,
    '--bind-address=127.0.0.1',
    `--socket=${join(dir, 'mariadb.sock')}`,
    `--pid-file=${join(dir, 'mariadb.pid')}`,
    `--log-error=${join(dir, 'error.log')}`,
    '--skip-log-bin',
    '--innodb-buffer-pool-size=32M',
    '--general-log=0',
    '--log-output=FILE',
  ];
  if (process.getuid?.() === 0) args.push('--user=root');
  const server: ChildProcess = spawn('/usr/sbin/mariadbd', args, { stdio: 'ignore' });
  const url = `mysql://root@127.0.0.1:${port}`;
  const connect = () => mysql.createConnection({ host: '127.0.0.1', port, user: 'root' });
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      await (await connect()).end();
      break;
    } catch (err) {
      if (Date.now() > deadline || server.exitCode !== null) {
        server.kill('SIGKILL');
        rmSync(dir, { recursive: true, force: true });
        throw new Error(`private MariaDB did not start: ${String(err)}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    port,
    async query<T>(sql: string, params: unknown[] = []): Promise<T> {
      const c = await connect();
      try {
        const [rows] = await c.query(sql, params);
        return rows as T;
      } finally {
        await c.end();
      }
    },
    async stop() {
      const exited = new Promise((r) => server.once('exit', r));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (server.exitCode === null) server.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
