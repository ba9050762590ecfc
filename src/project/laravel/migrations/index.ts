/**
 * Laravel migrations → the final schema, statically: each file's up() is run against an in-memory fold in
 * Laravel's order, so every table can be created once with its indexes inline. SQL that cannot be folded
 * (DB::statement with anything but index DDL) is returned, in order, to be run as written.
 */

import type { AppFile } from '../../files.js';
import type { Problem } from '../../model.js';
import type { ParsedPhp } from '../../php/parse.js';
import type { Schema } from '../../../schema/model.js';
import { SchemaFold } from '../../../schema/fold.js';
import type { RawStatement } from '../../../schema/raw-statement.js';
import { foldSqlStatement } from '../../sql/fold-sql.js';
import { splitSql } from '../../sql/split.js';
import type { PhpNode } from '../../php/ast.js';
import type { ClassIndex } from '../../php/class-index.js';
import type { EvalHost } from '../../php/evaluate.js';
import type { BuilderSettings } from './blueprint.js';
import { WorkBudget } from './budget.js';
import { runMigration } from './interpret.js';
import { defaultHost } from './frame.js';
import { indexOfFiles } from '../../php/class-index.js';
import { modelKey } from './model-key.js';
import { withDriver } from './driver.js';
import { withVendorClasses } from './vendor-classes.js';
import { SERVER_DEFAULT_CONNECTION, type ConnectionOptions } from './connection.js';

export const MIGRATIONS_DIR = 'database/migrations';

/** Laravel's Migrator: `<folder>/*_*.php` (top level only) of database/migrations and the folders providers add. */
export function isMigrationPath(path: string, folders: readonly string[] = [MIGRATIONS_DIR]): boolean {
  const slash = path.lastIndexOf('/');
  const name = path.slice(slash + 1);
  return folders.includes(path.slice(0, Math.max(0, slash))) && name.endsWith('.php') && name.includes('_');
}

export function migrationName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.php$/, '');
}

/**
 * The migrations Laravel runs, in its order: every folder's files keyed by name (a later folder's file of
 * the same name replaces an earlier one), sorted by name across folders.
 */
export function orderMigrationFiles<T extends { path: string }>(
  files: T[],
  folders: readonly string[] = [MIGRATIONS_DIR],
): T[] {
  const rank = new Map(folders.map((folder, i) => [folder, i]));
  const byName = new Map<string, { file: T; rank: number }>();
  for (const file of files) {
    const r = rank.get(file.path.slice(0, Math.max(0, file.path.lastIndexOf('/'))));
    if (r === undefined || !isMigrationPath(file.path, folders)) continue;
    const name = migrationName(file.path);
    const before = byName.get(name);
    if (!before || before.rank <= r) byName.set(name, { file, rank: r });
  }
  return [...byName.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([, e]) => e.file);
}

export interface MigrationsResult {
  schema: Schema;
  raw: RawStatement[];
  problems: Problem[];
}

export interface MigrationOptions {
  /** The migrator's folders (providerSchemaSettings); database/migrations alone when absent. */
  folders?: readonly string[];
  /** Schema::defaultStringLength(n) set by the app (e.g. in AppServiceProvider); 255 otherwise. */
  defaultStringLength?: number;
  /** Schema::morphUsingUuids()/morphUsingUlids() set by the app; int otherwise. */
  defaultMorphKeyType?: 'int' | 'uuid' | 'ulid';
  /** Start from this schema (e.g. a schema dump loaded before the newer migrations). */
  fold?: SchemaFold;
  /** The app's Laravel major version (composer.lock); 8 when unknown. */
  laravelMajor?: number;
  /** Its minor version within that major, when known (Laravel 5 before 5.8 had other morphs()). */
  laravelMinor?: number;
  /** The app uses Laravel 11+'s `mariadb` connection driver. */
  mariadbGrammar?: boolean;
  /** VERSION() of the server the schema is built on, when a database is given (guards on it are decided). */
  serverVersion?: string | null;
  /** The default connection's options (sql_mode strictness, engine, charset, collation); the server's when absent. */
  connection?: ConnectionOptions;
  /**
   * The app's classes, the migrations' included: constants, property defaults, traits and parents the
   * migrations use. An index of the migration files alone when absent.
   */
  index?: ClassIndex;
  /** What the evaluator knows of the app's Laravel (config(), env()); both stay unknown when absent. */
  host?: EvalHost;
}

/** Laravel's bookkeeping table, as its migration repository creates it (`increments('id')` since 5.5): not the app's. */
const MIGRATIONS_TABLE = 'migrations';
const MIGRATIONS_TABLE_SQL =
  'CREATE TABLE `migrations` (`id` int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY, ' +
  '`migration` varchar(255) NOT NULL, `batch` int NOT NULL)';

/** Folds the migrations (already in order, see orderMigrationFiles) into the final schema. Pure. */
export function schemaFromMigrations(files: ParsedPhp[], options: MigrationOptions = {}): MigrationsResult {
  const fold = options.fold ?? new SchemaFold();
  const problems: Problem[] = [];
  const raw: RawStatement[] = [];
  const settings: BuilderSettings = {
    defaultStringLength: options.defaultStringLength ?? 255,
    defaultMorphKeyType: options.defaultMorphKeyType ?? 'int',
    laravelMajor: options.laravelMajor ?? 8,
    legacyMorphs:
      options.laravelMajor !== undefined &&
      (options.laravelMajor < 5 || (options.laravelMajor === 5 && (options.laravelMinor ?? 0) < 8)),
    mariadbGrammar: options.mariadbGrammar ?? false,
    connection: options.connection,
  };
  const connection = options.connection ?? SERVER_DEFAULT_CONNECTION;
  fold.mode = { strict: connection.strict, charset: connection.charset ?? fold.mode.charset };
  // The migrator creates its own table before the first migration runs, and a migration may alter it.
  if (!fold.hasTable(MIGRATIONS_TABLE)) foldSqlStatement(fold, MIGRATIONS_TABLE_SQL);
  const budget = new WorkBudget();
  const ordered = orderMigrationFiles(files, options.folders);
  const host = withDriver(
    options.host ?? defaultHost(),
    settings.mariadbGrammar ? 'mariadb' : 'mysql',
    options.serverVersion ?? null,
  );
  const index = withVendorClasses(options.index ?? indexOfFiles(ordered, host));
  settings.modelKey = (fqcn) => modelKey(index, fqcn, host);
  for (const file of ordered) {
    if (budget.spent) {
      problems.push({
        location: { file: file.path, line: 1 },
        message: 'not read: the work limit for all migrations was reached in an earlier file',
        construct: 'work limit',
      });
      continue;
    }
    runMigration(file.ast as unknown as PhpNode, {
      file: file.path,
      fold,
      settings,
      problems,
      budget,
      index,
      host,
      onRawSql(statement) {
        for (const part of splitSql(statement.sql)) {
          const location = { file: statement.location.file, line: statement.location.line + part.line - 1 };
          const result = foldSqlStatement(fold, part.sql, location);
          if (!result.folded) raw.push({ sql: part.sql, location });
          else if (result.error)
            problems.push({ location, message: result.error, construct: 'DB::statement' });
        }
      },
    });
  }
  // What stopped a whole file (no migration class, the work limit) may have touched any table.
  for (const p of problems) p.touches ??= { tables: [], unknown: true };
  const schema = fold.toSchema('static');
  return {
    schema: { ...schema, tables: schema.tables.filter((t) => t.name !== MIGRATIONS_TABLE) },
    raw,
    problems,
  };
}

export type { AppFile };
