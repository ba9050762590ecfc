/**
 * The schema without a database: what the configured source declares, read statically (migrations folded
 * from the PHP AST; dumps and SQL files read with node-sql-parser). Runs with a database use the schema
 * phase instead, whose introspected schema wins. Pure: the app's files are already read.
 */

import type { Config } from '../config/model.js';
import type { AppFile, AppFiles } from '../project/files.js';
import {
  migrationName,
  orderMigrationFiles,
  schemaFromMigrations,
} from '../project/laravel/migrations/index.js';
import { findDefaultStringLength } from '../project/laravel/migrations/settings.js';
import { dbConnectionFrom, laravelMajorFrom } from '../project/laravel/migrations/version.js';
import type { ParsedPhp } from '../project/php/parse.js';
import type { Problem } from '../project/model.js';
import { migrationsInDump } from '../project/sql/dump.js';
import { schemaFromSql } from '../project/sql/schema.js';
import { SchemaFold } from './fold.js';
import type { Schema } from './model.js';
import type { RawStatement } from './raw-statement.js';

export const SCHEMA_DUMPS = ['database/schema/mysql-schema.sql', 'database/schema/mariadb-schema.sql'];

export interface StaticSchema {
  schema: Schema;
  raw: RawStatement[];
  problems: Problem[];
}

const under = (dir: string, path: string) =>
  path.startsWith(`${dir.replace(/^\.\//, '').replace(/\/$/, '')}/`);

export function staticSchema(input: { config: Config; app: AppFiles; parsed: ParsedPhp[] }): StaticSchema {
  const { config, app } = input;
  const dumpPath =
    config.database.dump ?? SCHEMA_DUMPS.find((p) => app.other.some((f) => f.path === p)) ?? null;
  const dump = dumpPath ? (app.other.find((f) => f.path === dumpPath) ?? null) : null;
  switch (config.database.schema) {
    case 'dump':
      return dump ? { ...schemaFromSql([dump]), raw: [] } : migrations(input, null);
    case 'sql': {
      const dir = config.database.sqlDir ?? '';
      const files: AppFile[] = app.other.filter((f) => f.path.endsWith('.sql') && under(dir, f.path));
      return { ...schemaFromSql(files), raw: [] };
    }
    case 'migrations':
    case 'command':
      // The app's own command runs its migrations: the static view is the same folding.
      return migrations(input, null);
    default:
      return migrations(input, dump && SCHEMA_DUMPS.includes(dump.path) ? dump : null);
  }
}

/** Migrations folded, on top of a Laravel schema dump when there is one (only the migrations it does not list). */
function migrations(
  input: { config: Config; app: AppFiles; parsed: ParsedPhp[] },
  dump: AppFile | null,
): StaticSchema {
  const problems: Problem[] = [];
  let files = orderMigrationFiles(input.parsed);
  let fold: SchemaFold | undefined;
  if (dump) {
    const fromDump = schemaFromSql([dump]);
    problems.push(...fromDump.problems);
    fold = SchemaFold.fromSchema({
      ...fromDump.schema,
      tables: fromDump.schema.tables.filter((t) => t.name !== 'migrations'),
    });
    const ran = new Set(migrationsInDump(dump.text));
    files = files.filter((f) => !ran.has(migrationName(f.path)));
  }
  const laravelMajor = laravelMajorFrom(input.app) ?? undefined;
  const result = schemaFromMigrations(files, {
    fold,
    defaultStringLength: findDefaultStringLength(input.parsed) ?? undefined,
    laravelMajor,
    mariadbGrammar:
      (laravelMajor ?? 8) >= 11 && dbConnectionFrom(input.app, input.config.envFile) === 'mariadb',
  });
  return { schema: result.schema, raw: result.raw, problems: [...problems, ...result.problems] };
}
