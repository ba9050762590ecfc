/**
 * SIGINT/SIGTERM at each phase of a real run (the bundled command as a child process) against a MariaDB
 * server of the test's own: afterwards nothing named perf_audit_ is left (databases, statistics rows,
 * accounts), the schema command's process group is gone, the child's temp folder is empty, general_log
 * is as it was, the sentinels are untouched, and the report says what ran, why it stopped and what was
 * removed.
 */

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { startPrivateServer, type PrivateServer } from './private-server.js';
import { isAlive, listTmp, runChild, waitFor, type ChildRun } from './run-child.js';

jest.setTimeout(50_000);

let db: PrivateServer;
let work: string;
let state: string;

beforeAll(async () => {
  db = await startPrivateServer();
  work = mkdtempSync(join(tmpdir(), 'pa-cleanup-test-'));
  state = join(work, 'state');
  await db.query('CREATE DATABASE sentinel');
  await db.query('CREATE TABLE sentinel.secret (id INT PRIMARY KEY, v VARCHAR(20))');
  await db.query("INSERT INTO sentinel.secret VALUES (1, 'keep me')");
  await db.query('ANALYZE TABLE sentinel.secret PERSISTENT FOR ALL');
  await db.query("CREATE USER 'sentinel'@'%' IDENTIFIED BY 'x'");
}, 60_000);

afterAll(async () => {
  await db?.stop();
  rmSync(work, { recursive: true, force: true });
});

const count = async (sql: string, params: unknown[] = []) =>
  Number((await db.query<{ n: number }[]>(sql, params))[0].n);
const runDatabases = () =>
  count("SELECT COUNT(*) AS n FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'perf\\_audit\\_%'");
const statsRows = async () => {
  let n = 0;
  for (const t of ['table_stats', 'index_stats', 'column_stats'])
    n += await count(`SELECT COUNT(*) AS n FROM mysql.${t} WHERE db_name LIKE 'perf\\_audit\\_%'`);
  return n;
};
const generalLog = async () =>
  (
    await db.query<{ g: number; o: string }[]>('SELECT @@GLOBAL.general_log AS g, @@GLOBAL.log_output AS o')
  )[0];

/** Everything the issue lists: nothing of the run left, every sentinel as it was. */
async function expectNothingLeft(run: ChildRun): Promise<void> {
  expect(await runDatabases()).toBe(0);
  expect(await statsRows()).toBe(0);
  expect(await count("SELECT COUNT(*) AS n FROM mysql.user WHERE User LIKE 'perf\\_audit\\_%'")).toBe(0);
  expect(listTmp(run.tmp)).toEqual([]);
  expect(await generalLog()).toEqual({ g: 0, o: 'FILE' });
  expect(await db.query('SELECT v FROM sentinel.secret')).toEqual([{ v: 'keep me' }]);
  expect(await count("SELECT COUNT(*) AS n FROM mysql.table_stats WHERE db_name = 'sentinel'")).toBe(1);
  expect(await count("SELECT COUNT(*) AS n FROM mysql.user WHERE User = 'sentinel'")).toBe(1);
}

interface Interrupted {
  reason: string;
  exitCode: number;
  signal: string;
  cleanup: { label: string; ok: boolean }[];
}

function readReport(path: string): {
  incomplete: Interrupted;
  phases: { name: string; status: string }[];
  summary: { blocked: boolean };
} {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function app(name: string, files: Record<string, string>): string {
  const dir = join(work, name);
  // A Laravel app by its artisan file, so the run gets past the app check to the phase under test.
  for (const [path, text] of Object.entries({ artisan: '<?php\n', ...files })) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const CODE = { SIGINT: 130, SIGTERM: 143 } as const;

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'dev',
      GIT_AUTHOR_EMAIL: 'dev@example.test',
      GIT_COMMITTER_NAME: 'dev',
      GIT_COMMITTER_EMAIL: 'dev@example.test',
    },
  }).trim();
}

/** A dump of many indexed tables: building their production-scale twins keeps the planner busy a while. */
function bigDump(tables: number): string {
  const out: string[] = [];
  for (let i = 0; i < tables; i++)
    out.push(
      `CREATE TABLE t${i} (id BIGINT PRIMARY KEY, a INT, b VARCHAR(40), c DATETIME, KEY a_b (a, b), KEY c (c));`,
    );
  return out.join('\n');
}

/** A web server whose answers stop (until close) once the general log is on: the capture hangs there. */
async function hangingServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const held: { end: () => void }[] = [];
  const server: Server = createServer((req, res) => {
    void generalLog().then((g) => {
      if (g.g === 1) held.push(res);
      else res.end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => {
      for (const r of held) r.end();
      server.closeAllConnections();
      return new Promise((r) => server.close(() => r()));
    },
  };
}

describe.each(['SIGTERM', 'SIGINT'] as const)('%s', (signal) => {
  it('during schema: the command process group, the scratch database and its temp files go', async () => {
    const mark = join(work, `mark-schema-${signal}`);
    const dir = app(`schema-${signal}`, {
      '.perf-audit.yml': 'database:\n  schema: command\n  command: sh ./schema.sh\n',
      // A shell that leaves a grandchild behind and never finishes by itself.
      'schema.sh': `echo $$ > ${mark}.pid\nsleep 300 &\necho $! > ${mark}.grandchild\ntouch ${mark}\nwait\n`,
    });
    const out = join(work, `schema-${signal}.json`);
    const run = runChild(['--app', dir, '--db', db.url, '--format', 'json', '--output', out], {
      PERF_AUDIT_STATE_DIR: state,
    });
    await waitFor('the schema command', () => existsSync(mark));
    expect(await runDatabases()).toBe(1);
    run.child.kill(signal);
    expect(await run.exited).toEqual({ code: CODE[signal], signal: null });

    const shell = Number(readFileSync(`${mark}.pid`, 'utf8'));
    const grandchild = Number(readFileSync(`${mark}.grandchild`, 'utf8'));
    expect(isAlive(shell)).toBe(false);
    expect(isAlive(grandchild)).toBe(false);
    await expectNothingLeft(run);
    const report = readReport(out);
    expect(report.summary.blocked).toBe(true);
    expect(report.incomplete).toMatchObject({
      reason: `interrupted by ${signal} during schema`,
      exitCode: CODE[signal],
      signal,
    });
    expect(report.incomplete.cleanup.map((c) => c.label)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^drop database perf_audit_/),
        expect.stringMatching(/^(kill process group|schema command)/),
      ]),
    );
    expect(report.incomplete.cleanup.every((c) => c.ok)).toBe(true);
    expect(report.phases.map((p) => p.name)).toEqual(
      expect.arrayContaining(['project', 'connect', 'schema', 'cleanup']),
    );
    expect(run.stderr()).not.toMatch(/\n\s+at /);
  });
});

describe.each(['SIGTERM', 'SIGINT'] as const)('%s at the other phases', (signal) => {
  it('during planner: the scratch and planning databases and their statistics rows go', async () => {
    const dir = app(`planner-${signal}`, {
      '.perf-audit.yml': 'database:\n  schema: dump\n  dump: schema.sql\n',
      'schema.sql': bigDump(120),
    });
    const out = join(work, `planner-${signal}.json`);
    const run = runChild(['--app', dir, '--db', db.url, '--format', 'json', '--output', out], {
      PERF_AUDIT_STATE_DIR: state,
    });
    // The planning database exists and statistics rows are being written: the planner phase runs.
    await waitFor('the planner', async () => (await runDatabases()) >= 2 && (await statsRows()) > 0);
    run.child.kill(signal);
    expect(await run.exited).toEqual({ code: CODE[signal], signal: null });
    await expectNothingLeft(run);
    const report = readReport(out);
    expect(report.incomplete).toMatchObject({ reason: `interrupted by ${signal} during planner`, signal });
    expect(report.phases.find((p) => p.name === 'schema')?.status).toBe('ran');
  });

  it('during capture: general_log goes back to what it was', async () => {
    const web = await hangingServer();
    try {
      const dir = app(`capture-${signal}`, {
        '.perf-audit.yml': 'http:\n  warmup: 0\n  samples: 1\n',
        // A schema to build, so the run gets past the app check to the capture.
        'database/schema/mysql-schema.sql': 'CREATE TABLE items (id BIGINT PRIMARY KEY);\n',
      });
      const out = join(work, `capture-${signal}.json`);
      const run = runChild(
        ['--app', dir, '--db', db.url, '--url', web.url, '--format', 'json', '--output', out],
        { PERF_AUDIT_STATE_DIR: state },
      );
      await waitFor('the capture', async () => (await generalLog()).g === 1);
      expect(existsSync(state) && listTmp(state).some((f) => f.startsWith('general-log-'))).toBe(true);
      run.child.kill(signal);
      expect(await run.exited).toEqual({ code: CODE[signal], signal: null });
      await expectNothingLeft(run);
      expect(listTmp(state)).toEqual([]);
      const report = readReport(out);
      expect(report.incomplete).toMatchObject({ reason: `interrupted by ${signal} during http`, signal });
      expect(report.incomplete.cleanup.map((c) => c.label)).toContain('restore general_log');
    } finally {
      await web.close();
    }
  });

  it('during baseline: the worktree is unregistered and its temp folder removed', async () => {
    const mark = join(work, `mark-baseline-${signal}`);
    const repo = app(`baseline-${signal}`, {
      '.perf-audit.yml': 'database:\n  schema: command\n  command: sh ./schema.sh\n',
      // The base commit's audit (in the worktree) stops here; the head's builds one table and goes on.
      'schema.sh': [
        'case "$PWD" in *perf-audit-base-*)',
        `  touch ${mark}; sleep 300 & wait;;`,
        'esac',
        'MYSQL_PWD="$DB_PASSWORD" mariadb -h"$DB_HOST" -P"$DB_PORT" -u"$DB_USERNAME" "$DB_DATABASE" -e "CREATE TABLE t (id INT PRIMARY KEY)"',
        '',
      ].join('\n'),
    });
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'base');
    writeFileSync(join(repo, 'README'), 'change\n');
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'head');
    const out = join(work, `baseline-${signal}.json`);
    const run = runChild(
      ['--app', repo, '--db', db.url, '--baseline', 'HEAD~1', '--format', 'json', '--output', out],
      { PERF_AUDIT_STATE_DIR: state },
    );
    await waitFor('the baseline audit', () => existsSync(mark));
    expect(git(repo, 'worktree', 'list').split('\n')).toHaveLength(2);
    run.child.kill(signal);
    expect(await run.exited).toEqual({ code: CODE[signal], signal: null });
    expect(git(repo, 'worktree', 'list').split('\n')).toHaveLength(1);
    await expectNothingLeft(run);
    const report = readReport(out);
    expect(report.incomplete).toMatchObject({ reason: `interrupted by ${signal} during baseline`, signal });
  });
});
