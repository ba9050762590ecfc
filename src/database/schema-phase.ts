/**
 * The schema phase: builds the app's schema in the scratch database from the configured source, then
 * introspects it. Failing statements become Problems at their file:line with MariaDB's message; the run
 * goes on. The caller owns (and always drops) the scratch database.
 */

import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Config, SchemaMode } from '../config/model.js';
import { readRegularFile } from '../config/regular-file.js';
import type { Location } from '../findings.js';
import type { AppFile, AppFiles } from '../project/files.js';
import type { ParsedPhp } from '../project/laravel/php.js';
import {
  migrationName,
  orderMigrationFiles,
  schemaFromMigrations,
} from '../project/laravel/migrations/index.js';
import { findDefaultStringLength } from '../project/laravel/migrations/settings.js';
import { dbConnectionFrom, laravelMajorFrom } from '../project/laravel/migrations/version.js';
import type { Problem } from '../project/model.js';
import { migrationsInDump } from '../project/sql/dump.js';
import { splitSql } from '../project/sql/split.js';
import { renderCreateTable, renderForeignKey, quoteIdent } from '../schema/ddl.js';
import { SchemaFold } from '../schema/fold.js';
import type { Schema, SchemaSource } from '../schema/model.js';
import type { RawStatement } from '../schema/raw-statement.js';
import { SCHEMA_DUMPS } from '../schema/static-source.js';
import { applyStatements, type DdlStatement } from './apply.js';
import type { ScratchDatabase } from './connection.js';
import { introspectSchema } from './introspect.js';

export interface SchemaPhaseInput {
  config: Config;
  app: AppFiles;
  parsed: ParsedPhp[];
  /** Limit for the `command` source (default COMMAND_TIMEOUT_MS). */
  commandTimeoutMs?: number;
}

export interface SchemaPhaseResult {
  schema: Schema;
  problems: Problem[];
  source: SchemaSource;
  note: string;
  ms: number;
}

/** Laravel's own bookkeeping table: not part of the app's schema. */
const LARAVEL_MIGRATIONS_TABLE = 'migrations';

interface Built {
  source: SchemaSource;
  problems: Problem[];
  note: string;
}

export async function runSchemaPhase(
  db: ScratchDatabase,
  input: SchemaPhaseInput,
): Promise<SchemaPhaseResult> {
  const started = performance.now();
  const mode: SchemaMode = input.config.database.schema;
  let built: Built;
  switch (mode) {
    case 'migrations':
      built = await fromMigrations(db, input, null);
      break;
    case 'dump':
      built = await fromDump(db, input);
      break;
    case 'sql':
      built = await fromSqlDir(db, input);
      break;
    case 'command':
      built = await fromCommand(db, input);
      break;
    default: {
      const dump = input.app.other.find((f) => SCHEMA_DUMPS.includes(f.path));
      built = await fromMigrations(db, input, dump ?? null);
    }
  }
  const introspected = await introspectSchema(db.conn, db.name, built.source);
  const schema: Schema = {
    ...introspected,
    tables: introspected.tables.filter((t) => t.name !== LARAVEL_MIGRATIONS_TABLE),
  };
  return {
    schema,
    problems: built.problems,
    source: built.source,
    note: built.note,
    ms: Math.round(performance.now() - started),
  };
}

function errorProblems(
  errors: Awaited<ReturnType<typeof applyStatements>>['errors'],
  fallback: Location,
): Problem[] {
  return errors.map((e) => ({
    location: e.statement.location ?? fallback,
    message: `MariaDB rejected \`${excerpt(e.statement.sql)}\`: ${e.message}${e.code ? ` (${e.code})` : ''}`,
    construct: 'schema statement',
  }));
}

/** Whether a MariaDB message names this identifier ('size' or `size`). */
function mentions(message: string, name: string): boolean {
  return message.includes(`'${name}'`) || message.includes(`\`${name}\``);
}

function excerpt(sql: string): string {
  const flat = sql.replace(/\s+/g, ' ').trim();
  return flat.length > 100 ? `${flat.slice(0, 100)}…` : flat;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Statements that would leave the scratch database (`USE other`, `CREATE DATABASE`, `DROP DATABASE`). */
const LEAVES_SCRATCH = /^(use\s|create\s+(database|schema)\s|drop\s+(database|schema)\s)/i;

/** Drops the statements that would leave the scratch database, reporting each where it was written. */
function inScratchOnly(statements: DdlStatement[], problems: Problem[]): DdlStatement[] {
  return statements.filter((s) => {
    if (!LEAVES_SCRATCH.test(s.sql)) return true;
    problems.push({
      location: s.location ?? { file: '', line: 0 },
      message: `skipped \`${excerpt(s.sql)}\`: the schema is built in a scratch database only`,
      construct: 'SQL',
    });
    return false;
  });
}

/** Statements of a .sql text with their file:line (minus those that would leave the scratch database). */
function sqlStatements(file: AppFile, problems: Problem[]): DdlStatement[] {
  const all = splitSql(file.text).map((s) => ({ sql: s.sql, location: { file: file.path, line: s.line } }));
  return inScratchOnly(all, problems);
}

/**
 * Migrations folded into the final schema, created once. With a schema dump (schema: auto), the dump is
 * loaded first and only the migrations it does not list run on top of it, as Laravel does.
 */
async function fromMigrations(
  db: ScratchDatabase,
  input: SchemaPhaseInput,
  dump: AppFile | null,
): Promise<Built> {
  const problems: Problem[] = [];
  let migrations = orderMigrationFiles(input.parsed);
  let fold: SchemaFold | undefined;
  let dumpNote = '';
  let dumpTables: string[] = [];
  if (dump) {
    const loaded = await applyStatements(db.conn, sqlStatements(dump, problems));
    problems.push(...errorProblems(loaded.errors, { file: dump.path, line: 1 }));
    const ran = new Set(migrationsInDump(dump.text));
    migrations = migrations.filter((m) => !ran.has(migrationName(m.path)));
    dumpNote = `${dump.path}, then `;
    if (migrations.length === 0) {
      return { source: 'dump', problems, note: `${dump.path} (no newer migrations)` };
    }
    // Newer migrations fold on top of what the dump built; the tables are then created once, folded.
    const current = await introspectSchema(db.conn, db.name, 'dump');
    current.tables = current.tables.filter((t) => t.name !== LARAVEL_MIGRATIONS_TABLE);
    for (const t of current.tables) t.origin = { file: dump.path, line: 1 };
    fold = SchemaFold.fromSchema(current);
    dumpTables = current.tables.map((t) => t.name);
  }
  const stringLength = findDefaultStringLength(input.parsed);
  const laravelMajor = laravelMajorFrom(input.app) ?? undefined;
  const mariadbGrammar =
    (laravelMajor ?? 8) >= 11 && dbConnectionFrom(input.app, input.config.envFile) === 'mariadb';
  const result = schemaFromMigrations(migrations, {
    fold,
    defaultStringLength: stringLength ?? undefined,
    laravelMajor,
    mariadbGrammar,
  });
  problems.push(...result.problems);
  const statements: DdlStatement[] = [];
  if (dumpTables.length) {
    statements.push({ sql: 'SET FOREIGN_KEY_CHECKS = 0' });
    statements.push({ sql: `DROP TABLE ${dumpTables.map(quoteIdent).join(', ')}` });
    statements.push({ sql: 'SET FOREIGN_KEY_CHECKS = 1' });
  }
  const first = migrations[0]?.path ?? 'database/migrations';
  if (statements.length) {
    const cleared = await applyStatements(db.conn, statements);
    problems.push(...errorProblems(cleared.errors, { file: dump?.path ?? first, line: 1 }));
  }
  const applied = await applyFolded(db.conn, result.schema, result.raw);
  problems.push(
    ...applied.problems.map((p) => (p.location.line > 0 ? p : { ...p, location: { file: first, line: 1 } })),
  );
  const failed = applied.failed ? `, ${plural(applied.failed, 'statement')} failed` : '';
  return {
    source: 'migrations',
    problems,
    note:
      `${dumpNote}${plural(migrations.length, 'migration')} folded into ${plural(result.schema.tables.length, 'table')}` +
      ` (${plural(result.raw.length, 'raw statement')}, ${plural(applied.roundTrips, 'round trip')}${failed})`,
  };
}

/**
 * The statements that build a folded schema: every table, then every foreign key (with FOREIGN_KEY_CHECKS
 * off, which lets InnoDB add a key without copying the table; type mismatches are still rejected because
 * every parent exists by then), then the raw SQL in migration order with checks back on.
 */
export function foldedStatements(schema: Schema, raw: RawStatement[]): DdlStatement[] {
  const out: DdlStatement[] = [{ sql: 'SET FOREIGN_KEY_CHECKS = 0' }];
  for (const t of schema.tables) out.push({ sql: renderCreateTable(t), location: t.origin });
  for (const t of schema.tables) {
    for (const fk of t.foreignKeys)
      out.push({ sql: renderForeignKey(t.name, fk), location: fk.origin ?? t.origin });
  }
  out.push({ sql: 'SET FOREIGN_KEY_CHECKS = 1' });
  out.push(...raw.map((r) => ({ sql: r.sql, location: r.location })));
  return out;
}

/**
 * Builds a folded schema in few round trips: the tables (one batch), then the foreign keys of tables whose
 * parent exists (a key to a table whose CREATE failed would be accepted silently with checks off, so it is
 * reported instead), then the raw SQL in migration order.
 */
export async function applyFolded(
  conn: ScratchDatabase['conn'],
  schema: Schema,
  raw: RawStatement[],
): Promise<{ problems: Problem[]; roundTrips: number; failed: number }> {
  const noWhere: Location = { file: '', line: 0 };
  const tables: DdlStatement[] = [{ sql: 'SET FOREIGN_KEY_CHECKS = 0' }];
  for (const t of schema.tables) tables.push({ sql: renderCreateTable(t), location: t.origin });
  const created = await applyStatements(conn, tables);
  const failedTables = new Set(created.errors.map((e) => schema.tables[e.index - 1]?.name.toLowerCase()));
  // A rejected CREATE TABLE is reported where the column MariaDB names was defined, when it names one.
  for (const e of created.errors) {
    const table = schema.tables[e.index - 1];
    const column = table?.columns.find((c) => c.origin && mentions(e.message, c.name));
    if (column?.origin) e.statement = { ...e.statement, location: column.origin };
  }
  const problems = errorProblems(created.errors, noWhere);
  const rest: DdlStatement[] = [];
  for (const t of schema.tables) {
    if (failedTables.has(t.name.toLowerCase())) continue;
    for (const fk of t.foreignKeys) {
      const location = fk.origin ?? t.origin ?? noWhere;
      if (failedTables.has(fk.refTable.toLowerCase())) {
        problems.push({
          location,
          message: `foreign key ${fk.name} references ${fk.refTable}, which could not be created`,
          construct: 'schema statement',
        });
        continue;
      }
      rest.push({ sql: renderForeignKey(t.name, fk), location });
    }
  }
  rest.push({ sql: 'SET FOREIGN_KEY_CHECKS = 1' });
  rest.push(
    ...inScratchOnly(
      raw.map((r) => ({ sql: r.sql, location: r.location })),
      problems,
    ),
  );
  const others = await applyStatements(conn, rest);
  problems.push(...errorProblems(others.errors, noWhere));
  return {
    problems,
    roundTrips: created.roundTrips + others.roundTrips,
    failed: created.errors.length + others.errors.length,
  };
}

async function readConfigured(input: SchemaPhaseInput, path: string): Promise<AppFile> {
  const root = input.app.root;
  const abs = isAbsolute(path) ? path : resolve(root, path);
  const rel = relative(root, abs).split(sep).join('/');
  const known = input.app.other.find((f) => f.path === rel);
  if (known) return known;
  return { path: rel.startsWith('..') ? abs : rel, text: await readRegularFile(abs, 'schema file') };
}

async function fromDump(db: ScratchDatabase, input: SchemaPhaseInput): Promise<Built> {
  const path =
    input.config.database.dump ?? SCHEMA_DUMPS.find((p) => input.app.other.some((f) => f.path === p));
  if (!path) {
    return {
      source: 'dump',
      problems: [
        {
          location: { file: '.perf-audit.yml', line: 1 },
          message: 'schema: dump needs database.dump (no database/schema/mysql-schema.sql found)',
        },
      ],
      note: 'no dump to load',
    };
  }
  let file: AppFile;
  try {
    file = await readConfigured(input, path);
  } catch (err) {
    return {
      source: 'dump',
      problems: [
        {
          location: { file: path, line: 1 },
          message: `cannot read the schema dump: ${(err as Error).message}`,
        },
      ],
      note: 'dump unreadable',
    };
  }
  const skipped: Problem[] = [];
  const statements = sqlStatements(file, skipped);
  const applied = await applyStatements(db.conn, statements);
  return {
    source: 'dump',
    problems: [...skipped, ...errorProblems(applied.errors, { file: file.path, line: 1 })],
    note: `${file.path}: ${plural(statements.length, 'statement')} in ${plural(applied.roundTrips, 'round trip')}`,
  };
}

async function fromSqlDir(db: ScratchDatabase, input: SchemaPhaseInput): Promise<Built> {
  const dir = input.config.database.sqlDir;
  if (!dir) {
    return {
      source: 'sql',
      problems: [
        { location: { file: '.perf-audit.yml', line: 1 }, message: 'schema: sql needs database.sql-dir' },
      ],
      note: 'no SQL folder',
    };
  }
  const abs = isAbsolute(dir) ? dir : resolve(input.app.root, dir);
  let names: string[];
  try {
    names = (await readdir(abs)).filter((n) => n.endsWith('.sql')).sort();
  } catch (err) {
    return {
      source: 'sql',
      problems: [
        {
          location: { file: dir, line: 1 },
          message: `cannot read the SQL folder: ${(err as Error).message}`,
        },
      ],
      note: 'SQL folder unreadable',
    };
  }
  const statements: DdlStatement[] = [];
  const skipped: Problem[] = [];
  for (const name of names)
    statements.push(...sqlStatements(await readConfigured(input, join(abs, name)), skipped));
  const applied = await applyStatements(db.conn, statements);
  return {
    source: 'sql',
    problems: [...skipped, ...errorProblems(applied.errors, { file: dir, line: 1 })],
    note: `${plural(names.length, 'SQL file')}, ${plural(statements.length, 'statement')} in ${plural(applied.roundTrips, 'round trip')}`,
  };
}

/** The app's own mysql/mariadb connection name (Laravel 11 apps may name `mariadb`); otherwise `mysql`. */
function connectionFor(input: SchemaPhaseInput): string {
  const fromEnv = dbConnectionFrom(input.app, input.config.envFile);
  return fromEnv === 'mariadb' || fromEnv === 'mysql' ? fromEnv : 'mysql';
}

/** Output kept for error messages, with the password masked and the length bounded. */
function redact(text: string, secret: string): string {
  const masked = secret ? text.split(secret).join('***') : text;
  return masked.length > 4000 ? `…${masked.slice(-4000)}` : masked;
}

async function fromCommand(db: ScratchDatabase, input: SchemaPhaseInput): Promise<Built> {
  const command = input.config.database.command ?? 'php artisan migrate --force';
  const env = {
    ...process.env,
    DB_CONNECTION: process.env.DB_CONNECTION ?? connectionFor(input),
    DB_HOST: db.url.host,
    DB_PORT: String(db.url.port),
    DB_DATABASE: db.name,
    DB_USERNAME: db.url.user,
    DB_PASSWORD: db.url.password,
  };
  const { code, output } = await new Promise<{ code: number | null; output: string }>((done) => {
    const child = spawn(command, {
      cwd: input.app.root,
      env,
      shell: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', (err) => done({ code: -1, output: `${out}${err.message}` }));
    child.on('close', (c) => done({ code: c, output: out }));
  });
  const problems: Problem[] =
    code === 0
      ? []
      : [
          {
            location: { file: '.perf-audit.yml', line: 1 },
            message: `schema command \`${redact(command, db.url.password)}\` exited with ${code}: ${redact(output.trim(), db.url.password)}`,
            construct: 'schema command',
          },
        ];
  return { source: 'command', problems, note: `\`${redact(command, db.url.password)}\` exited with ${code}` };
}
