#!/usr/bin/env node
/**
 * The full demo: examples/laravel-app migrated by `php artisan migrate` into a scratch database
 * (perf_audit_demo_<random>), seeded with the seed audit's row counts, served by `php -S`, and audited
 * by the bundled command with its URLs. Everything it started is stopped and the database dropped at
 * the end, also on failure or Ctrl-C.
 *
 *   node scripts/demo-full.mjs [extra perf-audit options, e.g. --format markdown]
 *
 * Needs: PHP 8.2 with php-laravel-framework (scripts/install-php.sh), MariaDB (PERF_AUDIT_DB_URL, default
 * mysql://root@127.0.0.1:3306), and the bundle (npm run bundle). The database URL handed to perf-audit
 * names the app's database, so the queries the app sends are captured and its failed_jobs is read.
 * Exit status: perf-audit's (1 means the example's critical findings blocked, which is the point).
 */

import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mysql from 'mysql2/promise';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const appDir = join(root, 'examples', 'laravel-app');
const cli = join(root, 'dist', 'cli', 'index.js');
const seedFile = join(root, '__tests__', 'http', 'fixtures', 'example-app-seed.sql');
const URLS = ['/login', '/practices', '/courses', '/certificates', '/admins'];

const serverUrl = new URL(process.env.PERF_AUDIT_DB_URL || 'mysql://root@127.0.0.1:3306');
const db = {
  host: serverUrl.hostname || '127.0.0.1',
  port: Number(serverUrl.port || 3306),
  user: decodeURIComponent(serverUrl.username || 'root'),
  password: decodeURIComponent(serverUrl.password || ''),
};
const dbName = `perf_audit_demo_${randomBytes(4).toString('hex')}`;

function say(message) {
  process.stderr.write(`demo: ${message}\n`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function admin(sql) {
  const conn = await mysql.createConnection({ ...db, multipleStatements: true });
  try {
    await conn.query(sql);
  } finally {
    await conn.end();
  }
}

async function waitUntilAnswering(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (let wait = 50; Date.now() < deadline; wait = Math.min(wait * 2, 500)) {
    try {
      const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(3000) });
      await res.arrayBuffer();
      if (res.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, wait));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

let server = null;
let created = false;
const viewsDir = mkdtempSync(join(tmpdir(), 'perf-audit-demo-views-'));

async function cleanUp() {
  if (server && server.exitCode === null && server.signalCode === null) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  server = null;
  rmSync(viewsDir, { recursive: true, force: true });
  if (created) {
    created = false;
    // Only the database this script created.
    await admin(`DROP DATABASE IF EXISTS \`${dbName}\``).catch((err) =>
      say(`could not drop ${dbName}: ${err.message}`),
    );
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void cleanUp().finally(() => process.exit(130));
  });
}

async function main() {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run bundle first`);
  const env = {
    ...process.env,
    DB_CONNECTION: 'mysql',
    DB_HOST: db.host,
    DB_PORT: String(db.port),
    DB_DATABASE: dbName,
    DB_USERNAME: db.user,
    DB_PASSWORD: db.password,
    LOG_CHANNEL: 'stderr',
    VIEW_COMPILED_PATH: viewsDir,
  };

  say(`creating ${dbName} on ${db.host}:${db.port}`);
  await admin(`CREATE DATABASE \`${dbName}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  created = true;

  say('php artisan migrate --force');
  const migrate = spawnSync('php', ['artisan', 'migrate', '--force', '--no-interaction'], {
    cwd: appDir,
    env,
    encoding: 'utf8',
  });
  if (migrate.status !== 0)
    throw new Error(`php artisan migrate failed:\n${migrate.stdout}${migrate.stderr}`);
  await admin(`USE \`${dbName}\`;\n${readFileSync(seedFile, 'utf8')}`);

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  say(`serving the app at ${baseUrl} (php -S)`);
  server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', 'public'], {
    cwd: appDir,
    env: { ...env, PHP_CLI_SERVER_WORKERS: '4' },
    detached: true,
    stdio: 'ignore',
  });
  await waitUntilAnswering(`${baseUrl}/login`, 20_000);

  const auth = db.password
    ? `${encodeURIComponent(db.user)}:${encodeURIComponent(db.password)}`
    : encodeURIComponent(db.user);
  const args = [
    cli,
    '--app',
    appDir,
    '--db',
    `mysql://${auth}@${db.host}:${db.port}/${dbName}`,
    '--base-url',
    baseUrl,
    ...URLS.flatMap((u) => ['--url', u]),
    ...process.argv.slice(2),
  ];
  say(
    `perf-audit --app examples/laravel-app --db mysql://…/${dbName} --base-url ${baseUrl} ${URLS.map((u) => `--url ${u}`).join(' ')}`,
  );
  const audit = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  return audit.status ?? 3;
}

let status = 3;
try {
  status = await main();
} catch (err) {
  say(err instanceof Error ? err.message : String(err));
} finally {
  await cleanUp();
}
process.exit(status);
