/**
 * An app whose default connection is PostgreSQL is not a MariaDB app: the report says so once at the top
 * and gives no MariaDB index verdicts. The same app on MySQL (the example as shipped) gets them.
 */

import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAudit } from '../../src/audit.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { appDatabase, otherDatabaseServer } from '../../src/project/laravel/app-database.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { EXAMPLE_APP_DIR } from '../helpers/laravel-app.js';

const INDEX_RULES = ['PA101', 'PA102', 'PA103', 'PA104', 'PA105', 'PA106', 'PA107'];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'perf-audit-pgsql-'));
  cpSync(EXAMPLE_APP_DIR, dir, {
    recursive: true,
    filter: (src) => !/[\\/](vendor|node_modules|storage)([\\/]|$)/.test(src.slice(EXAMPLE_APP_DIR.length)),
  });
  // Production's env file decides (the template only when nothing else sets it): both say pgsql.
  for (const name of ['.env.production', '.env.example']) {
    const env = join(dir, name);
    if (!existsSync(env)) continue;
    writeFileSync(env, readFileSync(env, 'utf8').replace('DB_CONNECTION=mysql', 'DB_CONNECTION=pgsql'));
  }
  const cfg = join(dir, 'config', 'database.php');
  writeFileSync(
    cfg,
    readFileSync(cfg, 'utf8').replace(
      "'connections' => [",
      "'connections' => [\n        'pgsql' => ['driver' => 'pgsql', 'host' => env('DB_HOST', '127.0.0.1'), 'port' => env('DB_PORT', '5432')],",
    ),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an app whose database is PostgreSQL', () => {
  test('the default connection and its driver come from config/database.php and the env files', () => {
    const config = (key: string) =>
      ({ 'database.default': 'pgsql', 'database.connections.pgsql.driver': 'pgsql' })[key];
    expect(appDatabase(config)).toEqual({ connection: 'pgsql', driver: 'pgsql' });
    expect(otherDatabaseServer(appDatabase(config))).toBe('PostgreSQL');
    expect(otherDatabaseServer({ connection: 'mysql', driver: 'mysql' })).toBeNull();
    expect(otherDatabaseServer({ connection: 'mariadb', driver: 'mariadb' })).toBeNull();
    // SQLite is Laravel 11's placeholder default, not a statement about the production database.
    expect(otherDatabaseServer({ connection: 'sqlite', driver: 'sqlite' })).toBeNull();
    expect(appDatabase(() => undefined)).toBeNull();
  });

  test('is said once at the top, with no MariaDB index verdicts', async () => {
    const report = await runAudit(defaultConfig(dir));
    expect(report.notices).toHaveLength(1);
    expect(report.notices![0]).toMatch(/PostgreSQL .*not a MariaDB app/);
    expect(report.findings.filter((f) => INDEX_RULES.includes(f.rule))).toEqual([]);
    const md = renderMarkdown(report);
    expect(md.split('not a MariaDB app').length - 1).toBe(1);
    expect(report.phases.find((p) => p.name === 'schema')?.note).toMatch(/PostgreSQL/);
  }, 120_000);

  test('the same app on MySQL gets its index verdicts', async () => {
    const report = await runAudit(defaultConfig(EXAMPLE_APP_DIR));
    expect(report.notices).toBeUndefined();
    expect(report.findings.some((f) => INDEX_RULES.includes(f.rule))).toBe(true);
  }, 120_000);
});
