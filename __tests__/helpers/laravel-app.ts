/**
 * Runs examples/laravel-app for tests: `php artisan migrate` against a given database, and the app served
 * by `php -S` or by php-fpm + nginx (as the audited server runs it), on a free 127.0.0.1 port.
 *
 * The app reads DB_* from the process environment (its bootstrap loads .env.example only as a fallback, and
 * dotenv never overrides variables that are already set), so nothing is written into the example.
 */

import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseDbUrl } from '../../src/database/connection.js';
import type { DbUrl } from '../../src/database/connection.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const EXAMPLE_APP_DIR = join(REPO_ROOT, 'examples', 'laravel-app');
const LARAVEL_AUTOLOAD = '/usr/share/php/Illuminate/autoload.php';
const FPM_BINARY = 'php-fpm8.2';
const NGINX_BINARY = 'nginx';

export type ExampleServer = 'php-s' | 'fpm-nginx';

export interface ExampleAppOptions {
  /** Server holding the database (default: PERF_AUDIT_DB_URL, else mysql://root@127.0.0.1:3306). */
  db?: DbUrl;
  /** Another Laravel app directory laid out like the example (default: examples/laravel-app). */
  appDir?: string;
  /** Extra environment for the PHP processes (wins over the defaults set here). */
  env?: Record<string, string>;
}

export interface MigrateOptions extends ExampleAppOptions {
  timeoutMs?: number;
}

export interface StartOptions extends ExampleAppOptions {
  dbName: string;
  server?: ExampleServer;
  /** Path polled until it answers with a status below 500 (default /login). */
  readyPath?: string;
  readyTimeoutMs?: number;
  /** php -S only: PHP_CLI_SERVER_WORKERS, so the built-in server answers requests in parallel. */
  workers?: number;
}

export interface RunningExampleApp {
  baseUrl: string;
  server: ExampleServer;
  /** The tail of what the servers printed (and, for fpm-nginx, their error logs). */
  logs(): string;
  stop(): Promise<void>;
}

/** PHP 8.2 and Debian's Laravel framework are installed (scripts/install-php.sh installs them). */
export function phpAvailable(): boolean {
  return commandRuns('php', ['-r', 'echo PHP_MAJOR_VERSION;']) && existsSync(LARAVEL_AUTOLOAD);
}

/** php-fpm8.2 and nginx are installed too (for server: 'fpm-nginx'). */
export function fpmNginxAvailable(): boolean {
  return phpAvailable() && commandRuns(FPM_BINARY, ['-v']) && commandRuns(NGINX_BINARY, ['-v']);
}

export function defaultDbUrl(): DbUrl {
  return parseDbUrl(process.env.PERF_AUDIT_DB_URL || 'mysql://root@127.0.0.1:3306');
}

/** Runs `php artisan migrate --force` against `dbName`; rejects with artisan's output when it fails. */
export async function migrateExampleApp(
  dbName: string,
  opts: MigrateOptions = {},
): Promise<{ ms: number; output: string }> {
  const appDir = opts.appDir ?? EXAMPLE_APP_DIR;
  const env = appEnv(dbName, opts);
  const started = performance.now();
  const { code, output, timedOut } = await runToEnd(
    'php',
    ['artisan', 'migrate', '--force', '--no-interaction'],
    { cwd: appDir, env },
    opts.timeoutMs ?? 120_000,
  );
  const ms = performance.now() - started;
  if (timedOut)
    throw new Error(`php artisan migrate did not finish within ${opts.timeoutMs ?? 120_000} ms:\n${output}`);
  if (code !== 0) throw new Error(`php artisan migrate exited with ${code}:\n${output}`);
  return { ms, output };
}

/** Starts the app on a free port and resolves once `readyPath` answers; stop() ends every process it started. */
export async function startExampleApp(opts: StartOptions): Promise<RunningExampleApp> {
  const server = opts.server ?? 'php-s';
  const appDir = opts.appDir ?? EXAMPLE_APP_DIR;
  const workDir = await mkdtemp(join(tmpdir(), 'perf-audit-app-'));
  const viewsDir = join(workDir, 'views');
  await mkdir(viewsDir);
  // Compiled views go to the temporary directory: nothing is written into the checkout, and two apps
  // started at once do not share compiled files.
  const env = appEnv(opts.dbName, { ...opts, env: { VIEW_COMPILED_PATH: viewsDir, ...opts.env } });
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;

  const processes: Supervised[] = [];
  const stop = async (): Promise<void> => {
    await Promise.all(processes.map((p) => p.stop()));
    await rm(workDir, { recursive: true, force: true });
  };
  const logs = (): string =>
    [
      ...processes.map((p) => `--- ${p.name}\n${p.output()}`),
      ...['php-fpm.log', 'nginx-error.log'].map((f) => `--- ${f}\n${tailOfFile(join(workDir, f))}`),
    ].join('\n');

  try {
    if (server === 'php-s') {
      if (opts.workers) env.PHP_CLI_SERVER_WORKERS = String(opts.workers);
      processes.push(supervise('php -S', 'php', ['-S', `127.0.0.1:${port}`, '-t', 'public'], appDir, env));
    } else {
      const files = await writeFpmNginxConfig(workDir, appDir, port);
      const asRoot = process.getuid?.() === 0;
      const fpmArgs = ['--nodaemonize', '--fpm-config', files.fpmConf, ...opcacheArgs(appDir)];
      if (asRoot) fpmArgs.push('--allow-to-run-as-root');
      processes.push(supervise('php-fpm', FPM_BINARY, fpmArgs, appDir, env));
      await waitForFile(files.fpmSocket, 10_000);
      processes.push(
        supervise(
          'nginx',
          NGINX_BINARY,
          ['-p', workDir, '-c', files.nginxConf, '-e', files.nginxErrorLog],
          appDir,
          env,
        ),
      );
    }
    await waitUntilAnswering(
      `${baseUrl}${opts.readyPath ?? '/login'}`,
      opts.readyTimeoutMs ?? 20_000,
      processes,
    );
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const detail = logs();
    await stop();
    throw new Error(`${server} did not start: ${message}\n${detail}`);
  }
  return { baseUrl, server, logs, stop };
}

/** The environment the PHP processes get: the caller's, with the database and logging pointed at the test. */
function appEnv(dbName: string, opts: ExampleAppOptions): NodeJS.ProcessEnv {
  const db = opts.db ?? defaultDbUrl();
  return {
    ...process.env,
    DB_CONNECTION: 'mysql',
    DB_HOST: db.host,
    DB_PORT: String(db.port),
    DB_DATABASE: dbName,
    DB_USERNAME: db.user,
    DB_PASSWORD: db.password,
    // Errors go to the server's stderr (kept by the harness), not to storage/logs in the checkout.
    LOG_CHANNEL: 'stderr',
    ...opts.env,
  };
}

interface FpmNginxFiles {
  fpmConf: string;
  fpmSocket: string;
  nginxConf: string;
  nginxErrorLog: string;
}

/**
 * php-fpm + nginx configured like the audited server (the pool's pm.* settings are read from
 * docker/php-fpm/www.conf, 2 nginx workers with 1024 connections), but unprivileged: unix socket, pid files,
 * logs and nginx temp paths all inside `workDir`, listening on 127.0.0.1:port.
 */
async function writeFpmNginxConfig(workDir: string, appDir: string, port: number): Promise<FpmNginxFiles> {
  const asRoot = process.getuid?.() === 0;
  const fpmSocket = join(workDir, 'php-fpm.sock');
  const pool = poolSettings(join(appDir, 'docker', 'php-fpm', 'www.conf'));
  const fpmConf = join(workDir, 'php-fpm.conf');
  await writeFile(
    fpmConf,
    [
      '[global]',
      `pid = ${join(workDir, 'php-fpm.pid')}`,
      `error_log = ${join(workDir, 'php-fpm.log')}`,
      'daemonize = no',
      '',
      '[app]',
      // Workers run as the user who runs the tests, so they can write where that user can.
      ...(asRoot ? ['user = root', 'group = root'] : []),
      `listen = ${fpmSocket}`,
      'listen.mode = 0666',
      `pm = ${pool['pm'] ?? 'dynamic'}`,
      `pm.max_children = ${pool['pm.max_children'] ?? '20'}`,
      `pm.start_servers = ${pool['pm.start_servers'] ?? '4'}`,
      `pm.min_spare_servers = ${pool['pm.min_spare_servers'] ?? '2'}`,
      `pm.max_spare_servers = ${pool['pm.max_spare_servers'] ?? '6'}`,
      // The app's DB_* and friends come from the master's environment.
      'clear_env = no',
      'catch_workers_output = yes',
      'decorate_workers_output = no',
      '',
    ].join('\n'),
  );

  const temp = (name: string): string => join(workDir, `nginx-${name}`);
  const nginxErrorLog = join(workDir, 'nginx-error.log');
  const nginxConf = join(workDir, 'nginx.conf');
  const publicDir = join(appDir, 'public');
  await writeFile(
    nginxConf,
    `${asRoot ? 'user root root;\n' : ''}worker_processes 2;
daemon off;
pid ${join(workDir, 'nginx.pid')};
error_log ${nginxErrorLog} warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${temp('body')};
  fastcgi_temp_path ${temp('fastcgi')};
  proxy_temp_path ${temp('proxy')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};
  server {
    listen 127.0.0.1:${port};
    server_name _;
    root ${publicDir};
    index index.php;
    charset utf-8;
    location / { try_files $uri $uri/ /index.php?$query_string; }
    location ~ \\.php$ {
      fastcgi_pass unix:${fpmSocket};
      fastcgi_param SCRIPT_FILENAME $realpath_root$fastcgi_script_name;
      include /etc/nginx/fastcgi_params;
    }
    location ~ /\\.(?!well-known).* { deny all; }
  }
}
`,
  );
  return { fpmConf, fpmSocket, nginxConf, nginxErrorLog };
}

/** `key = value` lines of a PHP-FPM pool file (an INI file; comments start with ; or #). */
function poolSettings(file: string): Record<string, string> {
  return existsSync(file) ? iniPairs(readFileSync(file, 'utf8')) : {};
}

/** The example's docker/php/opcache.ini as `-d key=value` flags, so php-fpm runs with the audited OPcache. */
function opcacheArgs(appDir: string): string[] {
  const file = join(appDir, 'docker', 'php', 'opcache.ini');
  if (!existsSync(file)) return [];
  return Object.entries(iniPairs(readFileSync(file, 'utf8')))
    .filter(([key]) => key.startsWith('opcache.'))
    .flatMap(([key, value]) => ['-d', `${key}=${value}`]);
}

function iniPairs(text: string): Record<string, string> {
  const pairs: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith(';') || line.startsWith('#') || line.startsWith('[')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    pairs[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return pairs;
}

/** A child process in its own process group, with the tail of its output kept for error messages. */
interface Supervised {
  name: string;
  child: ChildProcess;
  exited: Promise<number | null>;
  output(): string;
  stop(): Promise<void>;
}

const OUTPUT_LIMIT = 32_768;
const liveGroups = new Set<number>();
// If the test process ends without calling stop(), do not leave servers behind.
process.once('exit', () => {
  for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
});

function supervise(
  name: string,
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Supervised {
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_LIMIT);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const pid = child.pid;
  if (pid !== undefined) liveGroups.add(pid);
  const exited = new Promise<number | null>((resolveExit) => {
    child.once('exit', (code) => {
      if (pid !== undefined) liveGroups.delete(pid);
      resolveExit(code);
    });
    child.once('error', (err) => {
      keep(Buffer.from(`${command}: ${err.message}\n`));
      if (pid !== undefined) liveGroups.delete(pid);
      resolveExit(null);
    });
  });
  let stopping: Promise<void> | null = null;
  return {
    name,
    child,
    exited,
    output: () => output,
    stop() {
      stopping ??= (async () => {
        if (pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
        killGroup(pid, 'SIGTERM');
        let timer: NodeJS.Timeout | undefined;
        const ended = await Promise.race([
          exited.then(() => true),
          new Promise<boolean>((r) => (timer = setTimeout(() => r(false), 5000))),
        ]);
        clearTimeout(timer);
        if (!ended) {
          killGroup(pid, 'SIGKILL');
          await exited;
        }
        // php -S workers and fpm/nginx workers share the group: make sure none outlives the master.
        killGroup(pid, 'SIGKILL');
      })();
      return stopping;
    },
  };
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

async function waitUntilAnswering(url: string, timeoutMs: number, processes: Supervised[]): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let wait = 50;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    const dead = processes.find((p) => p.child.exitCode !== null || p.child.signalCode !== null);
    if (dead) throw new Error(`${dead.name} exited (${dead.child.exitCode ?? dead.child.signalCode})`);
    try {
      const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5000) });
      await res.arrayBuffer();
      // nginx answers 502 until php-fpm accepts; the app itself answers below 500 when it is up.
      if (res.status < 500) return;
      last = `status ${res.status}`;
    } catch (err) {
      last =
        err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err);
    }
    await delay(wait);
    wait = Math.min(wait * 2, 500);
  }
  throw new Error(`${url} did not answer below 500 within ${timeoutMs} ms (last: ${last})`);
}

async function waitForFile(file: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`${file} did not appear within ${timeoutMs} ms`);
    await delay(25);
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => (port ? resolvePort(port) : reject(new Error('no free port'))));
    });
  });
}

function runToEnd(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
  timeoutMs: number,
): Promise<{ code: number | null; output: string; timedOut: boolean }> {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let timedOut = false;
    child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('error', (err) => {
      clearTimeout(timer);
      resolveRun({ code: null, output: `${output}${command}: ${err.message}\n`, timedOut });
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolveRun({ code, output, timedOut });
    });
  });
}

function commandRuns(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore', timeout: 10_000 });
  return result.status === 0;
}

function tailOfFile(file: string): string {
  try {
    return readFileSync(file, 'utf8').slice(-OUTPUT_LIMIT);
  } catch {
    return '(none)';
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
