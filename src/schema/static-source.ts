/**
 * The schema without a database: what the configured source declares, read statically (migrations folded
 * from the PHP AST; dumps and SQL files read with node-sql-parser). Runs with a database use the schema
 * phase instead, whose introspected schema wins. Pure: the app's files are already read.
 */

import type { Config } from '../config/model.js';
import type { AppFile, AppFiles } from '../project/files.js';
import { appMigrations } from '../project/laravel/migrations/app-migrations.js';
import { migrationName, schemaFromMigrations } from '../project/laravel/migrations/index.js';
import type { ClassIndex } from '../project/php/class-index.js';
import type { EvalHost } from '../project/php/evaluate.js';
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

export interface StaticSchemaInput {
  config: Config;
  app: AppFiles;
  /** The migrations and service providers (parsed); other files are ignored. */
  parsed: ParsedPhp[];
  /** The app's classes and evaluator host, when the project was loaded with them. */
  index?: ClassIndex;
  host?: EvalHost;
}

export function staticSchema(input: StaticSchemaInput): StaticSchema {
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
function migrations(input: StaticSchemaInput, dump: AppFile | null): StaticSchema {
  const app = appMigrations(input);
  const problems: Problem[] = [...app.problems];
  let files = app.files;
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
  const result = schemaFromMigrations(files, { ...app.options, fold });
  return { schema: result.schema, raw: result.raw, problems: [...problems, ...result.problems] };
}
