/**
 * `perf-audit stats` end to end on the real MariaDB, through the command's TypeScript entry (src/cli.ts):
 * a "production" database is read by an account that may not read a single row of it (REFERENCES only),
 * the file it writes holds sizes and cardinalities but no value, host, user or password, and an audit
 * given that file changes the verdicts it should: the 6-row table's finding drops below critical, and the
 * large table's appears though assume-rows is small.
 */

import { randomBytes } from 'node:crypto';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import type { Connection } from 'mysql2/promise';
import { jest } from '@jest/globals';
import { Ajv } from 'ajv';
import { main } from '../../src/cli.js';
// main() imports these side by side; jest's ESM loader needs them linked once before that.
import '../../src/audit.js';
import '../../src/audit/phases.js';
import '../../src/lifecycle/signals.js';
import '../../src/lifecycle/cleanup.js';
import '../../src/lifecycle/incomplete-report.js';
import type { AuditReport } from '../../src/report/audit-report.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderTable } from '../../src/report/text.js';
import { parseStats, serializeStats } from '../../src/stats/model.js';

const ROOT_URL = process.env.PERF_AUDIT_TEST_DB_URL ?? 'mysql://root@127.0.0.1:3306';
const root = new URL(ROOT_URL);
const suffix = randomBytes(4).toString('hex');
const PROD = `perf_audit_stats_${suffix}`;
const USER = `perf_audit_ro_${suffix}`;
const PASSWORD = `pw-${randomBytes(6).toString('hex')}`;
// A value in a row: it must never reach the statistics file, whoever runs the command.
const MARKER = `secret-${randomBytes(6).toString('hex')}`;
const readOnlyUrl = `mysql://${USER}:${PASSWORD}@${root.hostname}:${root.port || 3306}/${PROD}`;

const dir = mkdtempSync(join(tmpdir(), 'pa-stats-cmd-'));
const app = join(dir, 'app');
let admin: Connection;

async function run(argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await main(argv, { ...process.env, PERF_AUDIT_DB_URL: '', PERF_AUDIT_CACHE_DIR: 'none' });
    return { code, stderr };
  } finally {
    spy.mockRestore();
  }
}

beforeAll(async () => {
  cpSync(join(process.cwd(), '__tests__/fixtures/stats/app'), app, { recursive: true });
  admin = await mysql.createConnection({
    host: root.hostname,
    port: Number(root.port || 3306),
    user: decodeURIComponent(root.username || 'root'),
    password: decodeURIComponent(root.password),
    database: 'mysql',
  });
  await admin.query(`CREATE DATABASE ${PROD}`);
  await admin.query(`USE ${PROD}`);
  await admin.query(
    'CREATE TABLE roles (id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY, name varchar(255) NOT NULL, slug varchar(255) NOT NULL, created_at timestamp NULL, updated_at timestamp NULL)',
  );
  await admin.query(
    'CREATE TABLE orders (id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY, customer_id bigint unsigned NOT NULL, total int NOT NULL, created_at timestamp NULL, updated_at timestamp NULL, KEY orders_customer_total (customer_id, total))',
  );
  await admin.query(
    `INSERT INTO roles (name, slug) VALUES ('Admin', ?), ('Editor', 'editor'), ('Author', 'author'), ('Viewer', 'viewer'), ('Billing', 'billing'), ('Support', 'support')`,
    [MARKER],
  );
  await admin.query(
    'INSERT INTO orders (customer_id, total) SELECT seq % 3000, seq % 97 FROM seq_1_to_30000',
  );
  // Production has run ANALYZE … PERSISTENT: mysql.index_stats and column_stats hold its figures.
  await admin.query('ANALYZE TABLE roles, orders PERSISTENT FOR ALL');
  await admin.query(`CREATE USER '${USER}'@'%' IDENTIFIED BY '${PASSWORD}'`);
  await admin.query(`GRANT REFERENCES ON ${PROD}.* TO '${USER}'@'%'`);
});

afterAll(async () => {
  await admin.query(`DROP USER IF EXISTS '${USER}'@'%'`);
  await admin.query(`DROP DATABASE IF EXISTS ${PROD}`);
  for (const t of ['table_stats', 'index_stats', 'column_stats'])
    await admin.query(`DELETE FROM mysql.${t} WHERE db_name = ?`, [PROD]);
  await admin.end();
  rmSync(dir, { recursive: true, force: true });
});

describe('perf-audit stats', () => {
  const file = join(dir, 'read-only.json');

  it('reads sizes with an account that cannot read a row', async () => {
    const ro = await mysql.createConnection({
      host: root.hostname,
      port: Number(root.port || 3306),
      user: USER,
      password: PASSWORD,
    });
    try {
      await expect(ro.query(`SELECT slug FROM ${PROD}.roles`)).rejects.toMatchObject({
        code: 'ER_TABLEACCESS_DENIED_ERROR',
      });
      await expect(ro.query(`SELECT COUNT(*) FROM ${PROD}.orders`)).rejects.toMatchObject({
        code: 'ER_TABLEACCESS_DENIED_ERROR',
      });
      await expect(ro.query('SELECT avg_frequency FROM mysql.index_stats')).rejects.toMatchObject({
        code: 'ER_TABLEACCESS_DENIED_ERROR',
      });
    } finally {
      await ro.end();
    }

    const r = await run(['stats', '--db', readOnlyUrl, '--output', file]);
    expect(r.stderr).toContain(`2 tables of ${PROD} written to ${file}`);
    expect(r.code).toBe(0);
    const text = readFileSync(file, 'utf8');
    const { stats, problems } = parseStats(text, file);
    expect(problems).toEqual([]);
    expect(stats!.rowsOf('roles')).toBe(6);
    expect(stats!.rowsOf('orders')).toBeGreaterThan(20_000);
    expect(stats!.rowsOf('orders')).toBeLessThan(40_000);
    // Cardinality per prefix of the composite index; the first column's distinct count comes from it.
    const customers = stats!.indexCardinality('orders', 'orders_customer_total', 1)!;
    expect(customers).toBeGreaterThan(1_500);
    expect(customers).toBeLessThan(6_000);
    expect(stats!.distinctOf('orders', 'customer_id')).toBe(customers);
    expect(stats!.data.tables.orders.indexes.orders_customer_total.columns).toEqual(['customer_id', 'total']);
    // What this account could not read is said, not guessed.
    expect(stats!.data.skipped.join('\n')).toMatch(/mysql\.index_stats: no SELECT/);
    expect(stats!.data.skipped.join('\n')).toMatch(/mysql\.column_stats: no SELECT/);
    expect(stats!.data.tables.orders.columns).toEqual({});
    for (const secret of [MARKER, PASSWORD, USER, root.hostname]) expect(text).not.toContain(secret);
    // Sorted keys: the file is written the same way every time.
    expect(serializeStats(stats!.data)).toBe(text);
    const schema = JSON.parse(
      readFileSync(join(process.cwd(), 'schema/perf-audit-stats.schema.json'), 'utf8'),
    );
    expect(new Ajv().compile(schema)(JSON.parse(text))).toBe(true);
    expect(Object.keys(JSON.parse(text))).toEqual([...Object.keys(JSON.parse(text))].sort());
  });

  it('adds the persistent statistics when the account may read them, never a value', async () => {
    const rootFile = join(dir, 'root.json');
    const r = await run(['stats', '--db', ROOT_URL, '--database', PROD, '--output', rootFile]);
    expect(r.code).toBe(0);
    const text = readFileSync(rootFile, 'utf8');
    const { stats } = parseStats(text, rootFile);
    expect(stats!.data.skipped).toEqual([]);
    expect(stats!.nullsRatioOf('roles', 'created_at')).toBe(1);
    expect(stats!.data.tables.orders.indexes.orders_customer_total.avgFrequency![0]).toBeGreaterThan(5);
    // column_stats's min_value and max_value hold values of the rows: never read.
    expect(text).not.toContain(MARKER);
    expect(text).not.toContain('editor');
  });

  it('refuses to run without a database name, and says why', async () => {
    const r = await run(['stats', '--db', ROOT_URL, '--output', join(dir, 'x.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/name the database/);
    // A server that does not answer: exit 3, the URL without its password.
    const down = await run([
      'stats',
      '--db',
      `mysql://u:${PASSWORD}@127.0.0.1:1/app`,
      '--output',
      join(dir, 'y.json'),
    ]);
    expect(down.code).toBe(3);
    expect(down.stderr).toMatch(/could not connect to mysql:\/\/u:\*\*\*@127\.0\.0\.1:1\/app/);
    expect(down.stderr).not.toContain(PASSWORD);
  });

  async function audit(extra: string[]): Promise<AuditReport> {
    const out = join(dir, `report-${randomBytes(3).toString('hex')}.json`);
    const r = await run([
      '--app',
      app,
      '--db',
      ROOT_URL,
      '--format',
      'json',
      '--output',
      out,
      '--fail-on',
      'never',
      ...extra,
    ]);
    expect(r.code).toBe(0);
    return JSON.parse(readFileSync(out, 'utf8')) as AuditReport;
  }
  const severityOn = (report: AuditReport, table: string) =>
    report.findings.filter((f) => f.rule === 'PA101' && f.table === table).map((f) => f.severity);

  it("changes the verdicts: the tiny table's finding drops, the large table's appears", async () => {
    // Without the file, every table has the assumed size.
    const assumedLarge = await audit(['--stats-file', 'none']);
    expect(severityOn(assumedLarge, 'roles')).toEqual(['critical']);
    expect(severityOn(assumedLarge, 'orders')).toEqual(['critical']);
    expect(assumedLarge.statistics).toBeUndefined();
    const assumedSmall = await audit(['--stats-file', 'none', '--assume-rows', '500']);
    expect(severityOn(assumedSmall, 'orders')).not.toContain('critical');

    // The file at the app root is read by default.
    copyFileSync(file, join(app, '.perf-audit-stats.json'));
    const measured = await audit(['--assume-rows', '500']);
    expect(severityOn(measured, 'roles')).not.toContain('critical');
    expect(severityOn(measured, 'orders')).toEqual(['critical']);
    expect(measured.statistics?.file).toBe('.perf-audit-stats.json');
    expect(measured.statistics?.measured.roles).toBe(6);
    expect(Object.keys(measured.statistics?.measured ?? {}).sort()).toEqual(['orders', 'roles']);
    const orders = measured.findings.find((f) => f.rule === 'PA101' && f.table === 'orders')!;
    expect(orders.evidence.tableSize).toEqual({
      rows: measured.statistics?.measured.orders,
      source: 'measured',
    });
    expect(measured.phases.find((p) => p.name === 'planner')?.note).toMatch(
      /measured sizes for 2 tables from \.perf-audit-stats\.json/,
    );
    const text = renderTable(measured);
    expect(text).toContain('Sizes measured for 2 tables (from .perf-audit-stats.json)');
    expect(text).toMatch(/Rows used for orders: [\d,]+ \(measured\)/);
    // Markdown escapes the file name (repository text).
    const md = renderMarkdown(measured, { maxChars: 200_000 });
    expect(md).toContain('📏 Sizes measured for 2 tables \\(from .perf\\-audit\\-stats.json\\)\n');
    expect(md).toMatch(/_Rows used for orders: [\d,]+ \\\(measured\\\)\._/);
  });

  it('says which file is bad and where, and audits with the assumed sizes', async () => {
    const bad = join(dir, 'bad.json');
    const good = JSON.parse(readFileSync(file, 'utf8'));
    good.tables.orders.rows = 'many';
    writeFileSync(bad, JSON.stringify(good));
    const out = join(dir, 'static.json');
    const r = await run([
      '--app',
      app,
      '--db',
      'none',
      '--format',
      'json',
      '--output',
      out,
      '--fail-on',
      'never',
      '--stats-file',
      bad,
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${bad}: $.tables.orders.rows must be a whole number >= 0`);
    const report = JSON.parse(readFileSync(out, 'utf8')) as AuditReport;
    expect(report.statistics?.problems.join('\n')).toContain('$.tables.orders.rows');
  });
});
