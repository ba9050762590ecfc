/**
 * Schema sources: the example app built from its migrations (folded), from a dump made with mariadb-dump,
 * and by its own `php artisan migrate --force` gives the same introspected schema; `auto` loads a Laravel
 * schema dump and then only the migrations newer than it, and still matches Laravel.
 */

import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defaultConfig } from '../../src/config/defaults.js';
import type { SchemaMode } from '../../src/config/model.js';
import type { ScratchDatabase } from '../../src/database/connection.js';
import { introspectSchema } from '../../src/database/introspect.js';
import { runSchemaPhase } from '../../src/database/schema-phase.js';
import { readAppFiles, type AppFiles } from '../../src/project/files.js';
import { parsePhp, type ParsedPhp } from '../../src/project/php/parse.js';
import { staticSchema } from '../../src/schema/static-source.js';
import type { Schema } from '../../src/schema/model.js';
import { comparable, CORPUS, laravelMigrate, run, withScratch } from './helpers.js';

const EXAMPLE = resolve('examples/laravel-app');

async function loadApp(root: string): Promise<{ app: AppFiles; parsed: ParsedPhp[] }> {
  const app = await readAppFiles(root);
  const parsed = app.php
    .map((f) => parsePhp(f.path, f.text).parsed)
    .filter((p): p is ParsedPhp => p !== null);
  return { app, parsed };
}

async function build(
  db: ScratchDatabase,
  root: string,
  mode: SchemaMode,
  extra: { dump?: string; command?: string } = {},
) {
  const { app, parsed } = await loadApp(root);
  const config = defaultConfig(root);
  config.database.schema = mode;
  if (extra.dump) config.database.dump = extra.dump;
  if (extra.command) config.database.command = extra.command;
  return runSchemaPhase(db, { config, app, parsed });
}

/** Schema-only dump of a database, the way `php artisan schema:dump` makes one (plus the migrations rows). */
async function dumpSchema(db: ScratchDatabase, withMigrationRows: boolean): Promise<string> {
  const conn = ['-h', db.url.host, '-P', String(db.url.port), '-u', db.url.user];
  const env: Record<string, string> = db.url.password ? { MYSQL_PWD: db.url.password } : {};
  const ddl = await run(
    'mariadb-dump',
    [...conn, '--no-data', '--skip-comments', '--skip-add-drop-table', '--routines', db.name],
    env,
  );
  if (ddl.code !== 0) throw new Error(ddl.stderr);
  if (!withMigrationRows) return ddl.stdout;
  const rows = await run(
    'mariadb-dump',
    [...conn, '--no-create-info', '--skip-extended-insert', '--compact', db.name, 'migrations'],
    env,
  );
  if (rows.code !== 0) throw new Error(rows.stderr);
  return `${ddl.stdout}\n${rows.stdout}`;
}

describe('example app: every schema source builds the same schema', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'perf-audit-schema-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('migrations, dump and command agree', async () => {
    const byCommand = await withScratch(async (db) => {
      const r = await build(db, EXAMPLE, 'command', { command: 'php artisan migrate --force' });
      expect(r.problems).toEqual([]);
      expect(r.source).toBe('command');
      // Migrations run by the app may write rows and rebuild tables: the planner copies them.
      expect(r.pristine).toBe(false);
      const dumpFile = join(tmp, 'example-dump.sql');
      writeFileSync(dumpFile, await dumpSchema(db, false));
      return { schema: r.schema, dumpFile };
    });
    const byDump = await withScratch(async (db) => {
      const r = await build(db, EXAMPLE, 'dump', { dump: byCommand.dumpFile });
      expect(r.problems).toEqual([]);
      expect(r.source).toBe('dump');
      expect(r.pristine).toBe(false);
      return r.schema;
    });
    const byMigrations = await withScratch(async (db) => {
      const r = await build(db, EXAMPLE, 'migrations');
      expect(r.problems).toEqual([]);
      expect(r.source).toBe('migrations');
      // Folded without raw SQL: only CREATE TABLE and foreign keys ran, so the planner may plan in place.
      expect(r.pristine).toBe(true);
      return r.schema;
    });
    const expected = comparable(byCommand.schema);
    expect(Object.keys(expected).length).toBeGreaterThan(5);
    expect(comparable(byDump)).toEqual(expected);
    expect(comparable(byMigrations)).toEqual(expected);
  });

  it('auto without a schema dump folds the migrations', async () => {
    await withScratch(async (db) => {
      const r = await build(db, EXAMPLE, 'auto');
      expect(r.source).toBe('migrations');
      expect(r.schema.tables.map((t) => t.name)).toContain('users');
    });
  });
});

describe('schema: auto with a Laravel schema dump', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'perf-audit-auto-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('loads the dump, folds only the newer migrations on top, and matches Laravel', async () => {
    const files = readdirSync(CORPUS)
      .filter((n) => n.endsWith('.php'))
      .sort();
    const older = join(tmp, 'older');
    mkdirSync(older);
    // FidelityModels.php holds models, not a migration: it sorts after the migrations and is not counted.
    const migrations = files.filter((n) => n.includes('_'));
    for (const f of migrations.slice(0, 40)) copyFileSync(join(CORPUS, f), join(older, f));
    const app = join(tmp, 'app');
    mkdirSync(join(app, 'database', 'migrations'), { recursive: true });
    mkdirSync(join(app, 'database', 'schema'), { recursive: true });
    for (const f of files) copyFileSync(join(CORPUS, f), join(app, 'database', 'migrations', f));

    await withScratch(async (db) => {
      const res = await laravelMigrate(older, db);
      expect(res.errors).toEqual([]);
      writeFileSync(join(app, 'database', 'schema', 'mysql-schema.sql'), await dumpSchema(db, true));
    });
    const reference = await withScratch(async (db) => {
      expect((await laravelMigrate(CORPUS, db)).errors).toEqual([]);
      return introspectSchema(db.conn, db.name);
    });
    const ours = await withScratch(async (db) => {
      const r = await build(db, app, 'auto');
      expect(r.problems).toEqual([]);
      expect(r.note).toContain(`database/schema/mysql-schema.sql, then ${migrations.length - 40} migrations`);
      // The dump's rows (Laravel's migrations table) stay: never planned in place.
      expect(r.pristine).toBe(false);
      return r.schema;
    });
    expect(comparable(ours)).toEqual(comparable(reference));

    // Without a database, the same dump + newer migrations give the same tables, indexes and keys statically.
    const { app: appFiles, parsed } = await loadApp(app);
    const config = defaultConfig(app);
    const offline = staticSchema({ config, app: appFiles, parsed });
    expect(offline.problems).toEqual([]);
    const keys = (s: Schema) =>
      Object.fromEntries(
        s.tables
          .filter((t) => t.name !== 'migrations')
          .map((t) => [
            t.name,
            [
              ...t.indexes.map((i) => `${i.name}${i.unique ? '!' : ''}(${i.columns})`),
              ...t.foreignKeys.map((f) => `${f.name}->${f.refTable}`),
            ].sort(),
          ]),
      );
    expect(keys(offline.schema)).toEqual(keys(reference));
  });
});
