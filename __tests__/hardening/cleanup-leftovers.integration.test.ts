/**
 * What a SIGKILLed run leaves (nothing can run in the process then) is removed later: general_log by the
 * next capture on the same server, from the state file written before it was changed (so the original is
 * restored, not the ON the killed run left); databases, statistics rows and accounts by
 * `perf-audit cleanup --db URL`, which leaves a run that is still alive alone. On a private MariaDB.
 */

import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { startPrivateServer, type PrivateServer } from './private-server.js';
import { runChild, waitFor } from './run-child.js';

jest.setTimeout(50_000);

let db: PrivateServer;
let work: string;
let state: string;
let web: { url: string; close: () => Promise<void> };
/** While true, the web server holds every answer once the general log is on (the capture hangs). */
let hang = true;

async function webServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const held: { end: () => void }[] = [];
  const server: Server = createServer((_req, res) => {
    void generalLog().then((g) => {
      if (hang && g.g === 1) held.push(res);
      else res.end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}/`,
    close: () => {
      for (const r of held) r.end();
      server.closeAllConnections();
      return new Promise((r) => server.close(() => r()));
    },
  };
}

beforeAll(async () => {
  db = await startPrivateServer();
  web = await webServer();
  work = mkdtempSync(join(tmpdir(), 'pa-leftovers-test-'));
  state = join(work, 'state');
  await db.query('CREATE DATABASE sentinel');
  await db.query('CREATE TABLE sentinel.t (id INT PRIMARY KEY)');
  await db.query('ANALYZE TABLE sentinel.t PERSISTENT FOR ALL');
  // Near the prefix but not a run's name: never touched.
  await db.query("CREATE USER 'perf_auditor'@'%'");
  await db.query('CREATE DATABASE perf_audit_notes');
}, 60_000);

afterAll(async () => {
  await web?.close();
  await db?.stop();
  rmSync(work, { recursive: true, force: true });
});

const generalLog = async () =>
  (
    await db.query<{ g: number; o: string }[]>('SELECT @@GLOBAL.general_log AS g, @@GLOBAL.log_output AS o')
  )[0];
const runDatabases = async () =>
  (
    await db.query<{ n: string }[]>(
      "SELECT SCHEMA_NAME AS n FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'perf\\_audit\\_%' ORDER BY 1",
    )
  ).map((r) => r.n);
const statsRows = async (like = 'perf\\_audit\\_%') => {
  let n = 0;
  for (const t of ['table_stats', 'index_stats', 'column_stats'])
    n += Number(
      (
        await db.query<{ n: number }[]>(`SELECT COUNT(*) AS n FROM mysql.${t} WHERE db_name LIKE ?`, [like])
      )[0].n,
    );
  return n;
};
const users = async () =>
  (
    await db.query<{ u: string }[]>("SELECT User AS u FROM mysql.user WHERE User LIKE 'perf%' ORDER BY 1")
  ).map((r) => r.u);

function app(name: string, files: Record<string, string>): string {
  const dir = join(work, name);
  // A Laravel app by its artisan file, so the run gets past the app check to the phase under test.
  for (const [path, text] of Object.entries({ artisan: '<?php\n', ...files })) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const captureApp = () =>
  app('capture', {
    '.perf-audit.yml': 'http:\n  warmup: 0\n  samples: 1\n',
    // A schema to build, so the run gets past the app check to the capture.
    'database/migrations/2024_01_01_000000_create_items.php':
      "<?php\nuse Illuminate\\Database\\Migrations\\Migration;\nuse Illuminate\\Database\\Schema\\Blueprint;\nuse Illuminate\\Support\\Facades\\Schema;\n\nreturn new class extends Migration {\n    public function up(): void\n    {\n        Schema::create('items', function (Blueprint $table) {\n            $table->id();\n        });\n    }\n};\n",
  });

async function killedDuringCapture(): Promise<void> {
  hang = true;
  const run = runChild(['--app', captureApp(), '--db', db.url, '--url', web.url, '--format', 'json'], {
    PERF_AUDIT_STATE_DIR: state,
  });
  await waitFor('the capture', async () => (await generalLog()).g === 1);
  run.child.kill('SIGKILL');
  expect((await run.exited).signal).toBe('SIGKILL');
  expect(await generalLog()).toEqual({ g: 1, o: 'FILE,TABLE' });
  expect(readdirSync(state).filter((f) => f.startsWith('general-log-'))).toHaveLength(1);
}

it('after SIGKILL during capture, the next run restores the original general_log, not ON', async () => {
  await db.query('SET GLOBAL log_output = ?', ['FILE']);
  await db.query('SET GLOBAL general_log = 0');
  await killedDuringCapture();

  hang = false;
  const next = runChild(['--app', captureApp(), '--db', db.url, '--url', web.url, '--format', 'json'], {
    PERF_AUDIT_STATE_DIR: state,
  });
  expect((await next.exited).code).toBe(0);
  expect(await generalLog()).toEqual({ g: 0, o: 'FILE' });
  expect(readdirSync(state)).toEqual([]);
});

it('perf-audit cleanup removes what killed runs left, and leaves a live run and look-alikes alone', async () => {
  // A run killed in the planner phase: scratch and planning databases with statistics rows.
  const tables = Array.from(
    { length: 60 },
    (_, i) => `CREATE TABLE t${i} (id INT PRIMARY KEY, a INT, KEY a (a));`,
  );
  const planner = app('planner', {
    '.perf-audit.yml': 'database:\n  schema: dump\n  dump: schema.sql\n',
    'schema.sql': tables.join('\n'),
  });
  const killed = runChild(['--app', planner, '--db', db.url, '--format', 'json'], {
    PERF_AUDIT_STATE_DIR: state,
  });
  await waitFor('the planner', async () => (await runDatabases()).length >= 3 && (await statsRows()) > 0);
  killed.child.kill('SIGKILL');
  await killed.exited;
  // And one killed during capture: general_log is left on, with its state file.
  await db.query('SET GLOBAL general_log = 0');
  await killedDuringCapture();
  // An account of a dead run, and statistics rows of a database that is already gone.
  await db.query("CREATE USER 'perf_audit_0123456789ab'@'%'");
  await db.query(
    "INSERT INTO mysql.table_stats (db_name, table_name, cardinality) VALUES ('perf_audit_abcdefabcdef', 't', 5)",
  );

  // A live run, waiting in its schema command.
  const mark = join(work, 'live-mark');
  const live = runChild(
    [
      '--app',
      app('live', {
        '.perf-audit.yml': 'database:\n  schema: command\n  command: sh ./schema.sh\n',
        'schema.sh': `touch ${mark}\nsleep 300 & wait\n`,
      }),
      '--db',
      db.url,
      '--format',
      'json',
    ],
    { PERF_AUDIT_STATE_DIR: state },
  );
  await waitFor('the live run', () => existsSync(mark));
  const before = await runDatabases();

  const cleanup = runChild(['cleanup', '--db', db.url], { PERF_AUDIT_STATE_DIR: state });
  const { code } = await cleanup.exited;
  expect(cleanup.stderr()).toBe('');
  expect(code).toBe(0);

  const after = await runDatabases();
  expect(after).toHaveLength(2);
  expect(after).toContain('perf_audit_notes');
  // The live run's own account (named after its database) stays with it.
  const liveDb = after.find((d) => d !== 'perf_audit_notes');
  expect([...(await users())].sort()).toEqual(['perf_auditor', String(liveDb)].sort());
  expect(await statsRows('perf\\_audit\\_abcdef%')).toBe(0);
  expect(await generalLog()).toEqual({ g: 0, o: 'FILE' });
  expect(readdirSync(state)).toEqual([]);
  // sentinel.t: its table, index and column statistics rows.
  expect(await statsRows('sentinel')).toBe(3);
  // The live run's database is still there, and the run finishes cleanly when stopped.
  const alive = after.find((n) => n !== 'perf_audit_notes');
  expect(before).toContain(alive);
  live.child.kill('SIGTERM');
  expect((await live.exited).code).toBe(143);
  expect(await runDatabases()).toEqual(['perf_audit_notes']);
  expect(await statsRows()).toBe(0);
});
