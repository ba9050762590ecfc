/**
 * Fail closed, degrade per item: a table MariaDB rejects keeps its static verdicts and is named as
 * uncertain; a configured schema source that yields no table ends the run (exit 3) with a report and no
 * stack; one unreadable file, a path too long, a user without CREATE, a read-only server and an .env that
 * expands exponentially each cost one item (a PA901 finding or a failed phase), never the whole run.
 * Against a MariaDB server of the test's own (read_only is server-wide).
 */

import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { jest } from '@jest/globals';
import { CLI } from '../cli/helpers.js';
import { startPrivateServer, type PrivateServer } from './private-server.js';
import { runChild } from './run-child.js';

jest.setTimeout(50_000);

const SHOP = resolve('__tests__/fixtures/gate/shop-app');

let db: PrivateServer;
let work: string;

beforeAll(async () => {
  db = await startPrivateServer();
  work = mkdtempSync(join(tmpdir(), 'pa-fail-closed-test-'));
  chmodSync(work, 0o777);
  await db.query("CREATE USER 'reader'@'127.0.0.1' IDENTIFIED BY 'pw'");
  await db.query("GRANT SELECT ON *.* TO 'reader'@'127.0.0.1'");
  // Everything a run needs, but not the right to write on a read-only server.
  await db.query("CREATE USER 'writer'@'127.0.0.1' IDENTIFIED BY 'pw'");
  await db.query(
    "GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, ALTER, INDEX ON *.* TO 'writer'@'127.0.0.1'",
  );
}, 60_000);

afterAll(async () => {
  await db?.stop();
  // rm walks a tree deeper than PATH_MAX (relative to each folder); rmSync cannot.
  if (work) execFileSync('rm', ['-rf', work]);
});

interface Report {
  findings: {
    rule: string;
    severity: string;
    table: string | null;
    message: string;
    file: string | null;
    evidence: { places?: { message: string }[] };
  }[];
  phases: { name: string; status: string; note: string }[];
  incomplete?: { reason: string; exitCode: number };
  summary: { blocked: boolean };
}

function shop(name: string): string {
  const dir = join(work, name);
  cpSync(SHOP, dir, { recursive: true });
  execFileSync('chmod', ['-R', 'a+rwX', dir]);
  return dir;
}

async function audit(
  dir: string,
  db: string,
  extra: string[] = [],
  as: { uid: number; gid: number } | null = null,
) {
  const out = join(work, `${dir.split('/').pop()}-${db === 'none' ? 'static' : 'db'}.json`);
  const run = runChild(['--app', dir, '--db', db, '--format', 'json', '--output', out, ...extra], {}, as);
  const { code } = await run.exited;
  return {
    code,
    stderr: run.stderr(),
    report: JSON.parse(readFileSync(out, 'utf8')) as Report,
    tmp: run.tmp,
  };
}

const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
/** Every place PA901 names (one finding per construct lists its places). */
const pa901 = (r: Report) =>
  r.findings
    .filter((f) => f.rule === 'PA901')
    .flatMap((f) => f.evidence.places?.map((p) => p.message) ?? [f.message]);

it('a table MariaDB rejects keeps its static verdicts, as warnings, and is named as uncertain', async () => {
  const dir = shop('rejected');
  const migration = join(dir, 'database/migrations/2024_01_01_000000_create_products_table.php');
  // Fine for the static reading of the migration; MariaDB refuses a DECIMAL wider than 65 digits.
  writeFileSync(
    migration,
    readFileSync(migration, 'utf8').replace(
      "$table->string('category');",
      "$table->string('category');\n            $table->decimal('price_exact', 70, 2);",
    ),
  );
  const withoutDb = await audit(dir, 'none');
  const withDb = await audit(dir, db.url);
  const onProducts = (r: Report) =>
    r.findings
      .filter((f) => f.table === 'products' && f.rule !== 'PA901')
      .map((f) => `${f.rule} ${f.severity}`);
  expect(onProducts(withoutDb.report).length).toBeGreaterThan(0);
  // Uncertain: never critical.
  expect(onProducts(withDb.report)).toEqual(
    onProducts(withoutDb.report).map((f) => f.replace(/ critical$/, ' warning')),
  );
  expect(withDb.code).not.toBe(3);
  expect(pa901(withDb.report)).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/table products: MariaDB rejected its CREATE TABLE.*uncertain/),
    ]),
  );
});

describe('an empty schema from a non-empty source is an error', () => {
  it.each([
    ['a dump with no table', 'schema.sql', '-- only a comment\nSET @x = 1;\n'],
    ['a dump that cannot be read', 'schema.sql/', null],
  ])('%s: exit 3, the report says why, no stack', async (_name, dump, text) => {
    const dir = shop(`empty-${dump.replace(/\W/g, '')}-${text === null ? 'dir' : 'file'}`);
    writeFileSync(join(dir, '.perf-audit.yml'), `database:\n  schema: dump\n  dump: ${dump}\n`);
    if (text === null) mkdirSync(join(dir, dump));
    else writeFileSync(join(dir, dump), text);
    const r = await audit(dir, db.url);
    expect(r.code).toBe(3);
    expect(r.report.summary.blocked).toBe(true);
    expect(r.report.incomplete?.reason).toMatch(/^schema: dump produced no table/);
    expect(r.report.incomplete?.exitCode).toBe(3);
    expect(r.stderr).toMatch(/the audit could not run: schema: dump produced no table/);
    noStack(r.stderr);
    expect(await db.query("SHOW DATABASES LIKE 'perf\\_audit\\_%'")).toEqual([]);
  });
});

it('dump: /dev/zero is an error, not a pass with no table', async () => {
  const dir = shop('dev-zero');
  writeFileSync(join(dir, '.perf-audit.yml'), 'database:\n  schema: dump\n  dump: /dev/zero\n');
  const started = Date.now();
  const r = await audit(dir, db.url);
  expect(Date.now() - started).toBeLessThan(30_000);
  expect(r.code).toBe(3);
  expect(r.report.incomplete?.reason).toMatch(/^schema: dump produced no table/);
  noStack(r.stderr);
  expect(await db.query("SHOW DATABASES LIKE 'perf\\_audit\\_%'")).toEqual([]);
});

it('the stack of an exit 3 is printed with --debug only', async () => {
  const dir = shop('debug');
  writeFileSync(join(dir, '.perf-audit.yml'), 'database:\n  schema: dump\n  dump: empty.sql\n');
  writeFileSync(join(dir, 'empty.sql'), '-- nothing\n');
  const plain = await audit(dir, db.url);
  expect(plain.code).toBe(3);
  noStack(plain.stderr);
  const debug = await audit(dir, db.url, ['--debug']);
  expect(debug.code).toBe(3);
  expect(debug.stderr).toMatch(/\n\s+at .+:\d+:\d+/);
  expect(debug.report.incomplete?.reason).toBe(plain.report.incomplete?.reason);
});

it('a path too long for the system is one PA901 finding; the rest is audited', async () => {
  const dir = shop('long-path');
  // Built one level at a time (relative paths): the whole path is longer than PATH_MAX.
  const part = 'd'.repeat(200);
  const script = `const fs = require('fs'); process.chdir(${JSON.stringify(join(dir, 'app'))});
for (let i = 0; i < 24; i++) { fs.mkdirSync('${part}'); process.chdir('${part}'); }
fs.writeFileSync('deep.php', '<?php');`;
  execFileSync(process.execPath, ['-e', script]);
  const r = await audit(dir, 'none');
  expect(r.code).not.toBe(3);
  expect(pa901(r.report)).toEqual(
    expect.arrayContaining([expect.stringMatching(/could not read app\/d+.*ENAMETOOLONG/)]),
  );
  expect(r.report.findings.some((f) => f.rule === 'PA101')).toBe(true);
});

const NOBODY = { uid: 65534, gid: 65534 };
/** Root, and an ordinary user can read the bundle (a checkout under /root cannot be). */
const canDropRoot =
  process.getuid?.() === 0 &&
  spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(CLI)}, 4)`], NOBODY)
    .status === 0;
(canDropRoot ? it : it.skip)('an unreadable file is one PA901 finding; the rest is audited', async () => {
  const dir = shop('unreadable');
  const secret = join(dir, 'app/Models/Secret.php');
  writeFileSync(secret, '<?php\n');
  chmodSync(secret, 0o000);
  // As an ordinary user: root reads any file.
  const r = await audit(dir, 'none', [], NOBODY);
  expect(r.code).not.toBe(3);
  expect(pa901(r.report)).toEqual(
    expect.arrayContaining([expect.stringMatching(/could not read app\/Models\/Secret.php \(EACCES\)/)]),
  );
  expect(r.report.findings.some((f) => f.rule === 'PA101')).toBe(true);
});

describe.each([
  ['a user without CREATE', 'reader', false],
  ['a read-only server', 'writer', true],
])('%s, with database-optional: the schema phase fails, static verdicts go on', (_name, user, readOnly) => {
  // Without database-optional a URL that cannot be used stops the run (exit 3): cli.integration tests that.
  it('exits with a verdict, not 3', async () => {
    if (readOnly) await db.query('SET GLOBAL read_only = 1');
    try {
      const dir = shop(`limited-${user}`);
      const r = await audit(dir, `mysql://${user}:pw@127.0.0.1:${db.port}`, ['--database-optional']);
      expect(r.code).not.toBe(3);
      noStack(r.stderr);
      const schema = r.report.phases.find((p) => p.name === 'schema');
      // Refused before any repository SQL runs: no scratch database, or no confined account for it.
      expect(['failed', 'skipped']).toContain(schema?.status);
      expect(schema?.note).toMatch(/cannot create a scratch database|account/);
      expect(r.report.findings.some((f) => f.rule === 'PA101')).toBe(true);
      expect(r.stderr).not.toContain('pw@');
    } finally {
      await db.query('SET GLOBAL read_only = 0');
    }
    expect(await db.query("SHOW DATABASES LIKE 'perf\\_audit\\_%'")).toEqual([]);
  });
});

it('an .env that doubles at every line is one PA901 finding per line past the bound', async () => {
  const dir = shop('dotenv');
  const lines = ['A0=xxxxxxxx'];
  for (let i = 1; i <= 40; i++) lines.push(`A${i}="\${A${i - 1}}\${A${i - 1}}"`);
  lines.push('CACHE_DRIVER=file');
  writeFileSync(join(dir, '.env'), `${lines.join('\n')}\n`);
  const started = Date.now();
  const r = await audit(dir, 'none');
  expect(Date.now() - started).toBeLessThan(30_000);
  expect(r.code).not.toBe(3);
  noStack(r.stderr);
  expect(pa901(r.report).some((m) => /A1\d expands to more than/.test(m))).toBe(true);
  expect(r.report.findings.some((f) => f.rule === 'PA101')).toBe(true);
});
