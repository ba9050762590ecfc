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

export const MIGRATIONS_DIR = 'database/migrations';

/** Laravel's Migrator: database/migrations/*_*.php (top level only), ordered by file name. */
export function isMigrationPath(path: string): boolean {
  if (!path.startsWith(`${MIGRATIONS_DIR}/`)) return false;
  const name = path.slice(MIGRATIONS_DIR.length + 1);
  return !name.includes('/') && name.endsWith('.php') && name.includes('_');
}

export function migrationName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.php$/, '');
}

export function orderMigrationFiles<T extends { path: string }>(files: T[]): T[] {
  return files
    .filter((f) => isMigrationPath(f.path))
    .sort((a, b) => {
      const x = migrationName(a.path);
      const y = migrationName(b.path);
      return x < y ? -1 : x > y ? 1 : 0;
    });
}

export interface MigrationsResult {
  schema: Schema;
  raw: RawStatement[];
  problems: Problem[];
}

export interface MigrationOptions {
  /** Schema::defaultStringLength(n) set by the app (e.g. in AppServiceProvider); 255 otherwise. */
  defaultStringLength?: number;
  /** Start from this schema (e.g. a schema dump loaded before the newer migrations). */
  fold?: SchemaFold;
  /** The app's Laravel major version (composer.lock); 8 when unknown. */
  laravelMajor?: number;
  /** The app uses Laravel 11+'s `mariadb` connection driver. */
  mariadbGrammar?: boolean;
  /**
   * The app's classes, the migrations' included: constants, property defaults, traits and parents the
   * migrations use. An index of the migration files alone when absent.
   */
  index?: ClassIndex;
  /** What the evaluator knows of the app's Laravel (config(), env()); both stay unknown when absent. */
  host?: EvalHost;
}

/** Folds the migrations (already in order, see orderMigrationFiles) into the final schema. Pure. */
export function schemaFromMigrations(files: ParsedPhp[], options: MigrationOptions = {}): MigrationsResult {
  const fold = options.fold ?? new SchemaFold();
  const problems: Problem[] = [];
  const raw: RawStatement[] = [];
  const settings: BuilderSettings = {
    defaultStringLength: options.defaultStringLength ?? 255,
    defaultMorphKeyType: 'int',
    laravelMajor: options.laravelMajor ?? 8,
    mariadbGrammar: options.mariadbGrammar ?? false,
  };
  const budget = new WorkBudget();
  const ordered = orderMigrationFiles(files);
  const host = options.host ?? defaultHost();
  const index = options.index ?? indexOfFiles(ordered, host);
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
  return { schema: fold.toSchema('static'), raw, problems };
}

export type { AppFile };
