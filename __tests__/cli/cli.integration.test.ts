import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import type { AuditReport } from '../../src/report/audit-report.js';
import { DB_URL, EXAMPLE_APP, copyExampleApp, runCli } from './helpers.js';

const ALTER_START_AT = /ALTER TABLE `?discord_practices`?\s+ADD INDEX `?\w+`? \(`?start_at`?\)/;
const ALTER_CREATED_AT = /ALTER TABLE `?certificates`?\s+ADD INDEX `?\w+`? \(`?created_at`?\)/;

function pa101Tables(report: AuditReport): string[] {
  return report.findings
    .filter((f) => f.rule === 'PA101' && f.severity === 'critical')
    .map((f) => `${f.table}.${f.columns.join(',')}`)
    .sort();
}

async function scratchDatabases(): Promise<string[]> {
  const conn = await mysql.createConnection({ host: '127.0.0.1', port: 3306, user: 'root' });
  try {
    const [rows] = await conn.query("SHOW DATABASES LIKE 'perf\\_audit\\_%'");
    return (rows as Record<string, string>[]).map((r) => Object.values(r)[0]);
  } finally {
    await conn.end();
  }
}

describe('perf-audit on the example app (the seed audit)', () => {
  it('with MariaDB: blocks on exactly the two missing indexes, confirmed by the planner', async () => {
    const run = await runCli(['--app', EXAMPLE_APP, '--db', DB_URL]);
    expect(run.stderr).not.toMatch(/unexpected error/);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(ALTER_START_AT);
    expect(run.stdout).toMatch(ALTER_CREATED_AT);

    const json = await runCli(['--app', EXAMPLE_APP, '--db', DB_URL, '--format', 'json']);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as AuditReport;
    expect(report.version).toBe(1);
    expect(report.summary.verdicts).toBe('planner');
    expect(report.summary.blocked).toBe(true);
    expect(report.summary.critical).toBe(2);
    expect(pa101Tables(report)).toEqual(['certificates.created_at', 'discord_practices.start_at']);
    for (const f of report.findings.filter((x) => x.rule === 'PA101')) {
      expect(f.fix.sql).toMatch(/ALTER TABLE/);
      expect(f.fix.migration).toMatch(/\$table->index\(/);
      expect(f.file).toMatch(/^app\//);
      expect(f.line).toBeGreaterThan(0);
    }
    const rules = report.findings.map((f) => f.rule);
    expect(rules).toContain('PA201');
    expect(rules).toContain('PA202');
    expect(rules).not.toContain('PA203');
    expect(report.findings.find((f) => f.rule === 'PA201')?.severity).toBe('warning');
    // Users with a role: served by the role index, so no finding on users.role.
    expect(report.findings.some((f) => f.table === 'users' && f.columns.includes('role'))).toBe(false);
    const roleRow = report.explains.find((e) => e.table === 'users' && /role/.test(e.sql));
    expect(roleRow?.verdict).toBe('ok');
    // The schema in the report is what MariaDB holds.
    expect(report.schema?.tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['discord_practices', 'certificates', 'users']),
    );
    expect(report.phases.find((p) => p.name === 'schema')?.status).toBe('ran');
    // The scratch databases this run created (named in its progress lines) are gone.
    const created = [...`${run.stderr}${json.stderr}`.matchAll(/scratch (perf_audit_\w+)/g)].map((m) => m[1]);
    expect(created).toHaveLength(2);
    const left = await scratchDatabases();
    for (const name of created) expect(left).not.toContain(name);
  });

  it('without a database: the same verdicts, said to be static', async () => {
    const run = await runCli(['--app', EXAMPLE_APP, '--format', 'json']);
    expect(run.code).toBe(1);
    // A line per phase as it starts and ends, with its time; no colours outside a terminal.
    expect(run.stderr).toMatch(/^ {2}▶ project…$/m);
    expect(run.stderr).toMatch(/^ {2}✔ project \([\d.]+ m?s\): \d+ PHP files/m);
    expect(run.stderr).toMatch(/^ {2}– schema skipped: no database URL/m);
    expect(run.stderr).not.toContain('\u001b[');
    const report = JSON.parse(run.stdout) as AuditReport;
    expect(report.summary.verdicts).toBe('static');
    expect(pa101Tables(report)).toEqual(['certificates.created_at', 'discord_practices.start_at']);
    expect(report.phases.find((p) => p.name === 'schema')?.status).toBe('skipped');
    const table = await runCli(['--app', EXAMPLE_APP]);
    expect(table.stdout).toMatch(/static/i);
  });

  it('a database URL that cannot be used stops the run: exit 3 with the cause', async () => {
    const args = ['--app', EXAMPLE_APP, '--db', 'mysql://root@127.0.0.1:1', '--db-wait-ms', '300'];
    const run = await runCli([...args, '--format', 'json']);
    expect(run.code).toBe(3);
    const lines = run.stderr.split('\n');
    const error = lines.findIndex((l) => l.startsWith('perf-audit: the audit could not run:'));
    expect(lines[error]).toMatch(
      /^perf-audit: the audit could not run: the database at 127\.0\.0\.1:1 cannot be used: .*(ECONNREFUSED|did not answer)/,
    );
    expect(lines[error]).toContain('database-optional: true (--database-optional)');
    // Nothing was parsed before the database was tried.
    expect(run.stderr).not.toContain('project:');
    const incomplete = JSON.parse(run.stdout) as AuditReport;
    expect(incomplete.incomplete?.reason).toMatch(/cannot be used/);
  });

  it('with --database-optional an unusable database gives static verdicts, and the report says why', async () => {
    const run = await runCli([
      '--app',
      EXAMPLE_APP,
      '--db',
      'mysql://root@127.0.0.1:1',
      '--db-wait-ms',
      '300',
      '--database-optional',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(1);
    // A line per phase as it starts and ends, with its time; no colours outside a terminal.
    expect(run.stderr).toMatch(/^ {2}▶ project…$/m);
    expect(run.stderr).toMatch(/^ {2}✔ project \([\d.]+ m?s\): \d+ PHP files/m);
    expect(run.stderr).toMatch(
      /^ {2}✖ connect failed after [\d.]+ m?s: MariaDB at 127\.0\.0\.1:1 did not answer/m,
    );
    expect(run.stderr).toMatch(/^ {2}– schema skipped: the database did not answer: static verdicts only/m);
    expect(run.stderr).not.toContain('\u001b[');
    const report = JSON.parse(run.stdout) as AuditReport;
    expect(report.summary.verdicts).toBe('static');
    expect(report.phases.find((p) => p.name === 'connect')).toMatchObject({ status: 'failed' });
    expect(pa101Tables(report)).toHaveLength(2);
  });

  it('a PHP file that does not parse is PA901 at its file and line; the rest is still audited', async () => {
    const app = copyExampleApp();
    writeFileSync(join(app, 'app/Broken.php'), '<?php\n\nfunction broken( {\n  return 1;\n}\n');
    const run = await runCli(['--app', app, '--format', 'json']);
    const report = JSON.parse(run.stdout) as AuditReport;
    const pa901 = report.findings.find((f) => f.rule === 'PA901');
    expect(pa901).toMatchObject({ file: 'app/Broken.php', line: 3, severity: 'info' });
    expect(pa101Tables(report)).toHaveLength(2);
  });

  it('exit 2 with the file and line for a bad config file; exit 2 for bad usage', async () => {
    const app = copyExampleApp();
    appendFileSync(join(app, '.perf-audit.yml'), 'fail-on: critical\nhttp:\n  sampels: 3\n');
    const bad = await runCli(['--app', app]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/\.perf-audit\.yml:3: http\.sampels: unknown key/);
    expect((await runCli(['--format', 'xml'])).code).toBe(2);
    // A folder that is not a Laravel app ends at once, saying what was looked for.
    const empty = mkdtempSync(join(tmpdir(), 'pa-empty-'));
    const notApp = await runCli(['--app', empty]);
    expect(notApp.code).toBe(2);
    expect(notApp.stderr).toMatch(/^perf-audit: .* is not a Laravel app: looked for an artisan file/m);
    expect(notApp.stderr).not.toContain('project:');
    rmSync(empty, { recursive: true, force: true });
    expect((await runCli(['--app', join(app, 'missing')])).code).toBe(2);
  });

  it('--fail-on never passes, --output writes the file, and passwords never reach the output', async () => {
    const app = copyExampleApp();
    const out = join(app, 'report.md');
    const run = await runCli([
      '--app',
      app,
      '--format',
      'markdown',
      '--output',
      out,
      '--fail-on',
      'never',
      '--db',
      'mysql://root:s3cret-pw@127.0.0.1:1',
      '--db-wait-ms',
      '200',
      '--database-optional',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(out, 'utf8');
    expect(text).toMatch(ALTER_START_AT);
    expect(text + run.stderr).not.toContain('s3cret-pw');
  });
});
