/**
 * The schema phase: builds the app's schema in the scratch database from the configured source, then
 * introspects it. Failing statements become Problems at their file:line with MariaDB's message; the run
 * goes on. The caller owns (and always drops) the scratch database.
 */

import { readdir } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { SchemaMode } from '../config/model.js';
import { readRegularFile } from '../config/regular-file.js';
import type { Location } from '../findings.js';
import type { AppFile } from '../project/files.js';
import { appMigrations, type AppMigrationsInput } from '../project/laravel/migrations/app-migrations.js';
import { migrationName, schemaFromMigrations } from '../project/laravel/migrations/index.js';
import { dbConnectionFrom } from '../project/laravel/migrations/version.js';
import type { Problem, SchemaTouch } from '../project/model.js';
import { migrationsInDump } from '../project/sql/dump.js';
import { splitSql } from '../project/sql/split.js';
import { renderCreateTable, renderForeignKey, quoteIdent } from '../schema/ddl.js';
import { SchemaFold } from '../schema/fold.js';
import type { Schema, SchemaSource } from '../schema/model.js';
import type { RawStatement } from '../schema/raw-statement.js';
import { SCHEMA_DUMPS } from '../schema/static-source.js';
import { FatalPhaseError } from '../audit/phases.js';
import {
  applyIndependent,
  applyStatements,
  type ApplyOptions,
  type ApplyResult,
  type DdlStatement,
} from './apply.js';
import { connect } from './connection.js';
import type { ScratchDatabase } from './connection.js';
import { openAll } from './bounded.js';
import { introspectSchema } from './introspect.js';
import { commandEnv, runCommand } from './schema-command.js';

/** What the migrations need (the app, its parsed files and classes, the server's version), and the phase's own limits. */
export interface SchemaPhaseInput extends AppMigrationsInput {
  /** Limit for the `command` source (default COMMAND_TIMEOUT_MS). */
  commandTimeoutMs?: number;
  /** Told how many statements are applied (progress lines). */
  progress?: (done: number, total: number) => void;
}

export interface SchemaPhaseResult {
  schema: Schema;
  /** What MariaDB rejected or the guard refused while building it. */
  problems: Problem[];
  /**
   * What the migration fold did not understand, when the schema was folded from migrations (the project's
   * own fold reports the same constructs for all migrations; these are the ones this schema stands on).
   */
  foldProblems: Problem[] | null;
  source: SchemaSource;
  note: string;
  ms: number;
  /** Tables of the folded migrations whose CREATE TABLE MariaDB rejected (their verdicts stay static). */
  rejected: Schema['tables'];
  /**
   * The scratch database holds only tables as CREATE TABLE made them, and their foreign keys: migrations
   * folded without a dump or raw SQL, so no row, view, trigger or rebuilt table. A copy would be the same.
   */
  pristine: boolean;
}

/**
 * Connections creating a folded schema's tables side by side (bench: 210 tables in about half the time of
 * one connection), from this many tables on: fewer are not worth the connections.
 */
const CREATE_CONNECTIONS = 6;
const SIDE_BY_SIDE_TABLES = 20;

/** Laravel's own bookkeeping table: not part of the app's schema. */
const LARAVEL_MIGRATIONS_TABLE = 'migrations';

interface Built {
  source: SchemaSource;
  problems: Problem[];
  foldProblems?: Problem[];
  note: string;
  rejected?: Schema['tables'];
  pristine?: boolean;
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
  // A configured dump, SQL folder or command that yields no table is broken input, not an app without
  // tables: passing on it would hide every finding (fail closed).
  if (mode !== 'migrations' && mode !== 'auto' && schema.tables.length === 0) {
    const why = built.problems[0]?.message ?? built.note;
    throw new FatalPhaseError(`schema: ${mode} produced no table (${why})`);
  }
  return {
    schema,
    problems: built.problems,
    foldProblems: built.foldProblems ?? null,
    source: built.source,
    note: built.note,
    ms: Math.round(performance.now() - started),
    rejected: built.rejected ?? [],
    pristine: built.pristine ?? false,
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
    touches: touchOf(e.statement),
  }));
}

/** Raw statements the guard did not let run, each at its file:line. */
function refusedProblems(result: ApplyResult, fallback: Location): Problem[] {
  return result.refused.map((r) => ({
    location: r.statement.location ?? fallback,
    message: `not run \`${excerpt(r.statement.sql)}\`: ${r.reason}; repository SQL may only build the scratch schema`,
    construct: 'SQL',
    touches: touchOf(r.statement),
  }));
}

/** A statement that failed leaves its table uncertain, or any table when it builds none that is known. */
function touchOf(statement: DdlStatement): SchemaTouch {
  return statement.table ? { tables: [statement.table], unknown: false } : { tables: [], unknown: true };
}

/** What went wrong in one apply, refused and rejected statements in statement order. */
function applyProblems(result: ApplyResult, fallback: Location): Problem[] {
  const refused = refusedProblems(result, fallback).map((p, i) => ({ p, at: result.refused[i].index }));
  const rejected = errorProblems(result.errors, fallback).map((p, i) => ({ p, at: result.errors[i].index }));
  return [...refused, ...rejected].sort((a, b) => a.at - b.at).map((x) => x.p);
}

/** How statements run in this scratch database: raw ones checked against it, errors scrubbed. */
function applyOptions(db: ScratchDatabase, progress?: ApplyOptions['progress']): ApplyOptions {
  return {
    scratch: db.name,
    udfs: db.account.udfs,
    known: [db.name, db.account.user],
    ...(progress ? { progress } : {}),
  };
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

/** Statements of a .sql text with their file:line, checked by the guard before they run. */
function sqlStatements(file: AppFile): DdlStatement[] {
  return splitSql(file.text).map((s) => ({
    sql: s.sql,
    location: { file: file.path, line: s.line },
    raw: true,
  }));
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
  // The providers' own problems (a folder that cannot be known) are the project's to report.
  const app = appMigrations(input);
  let migrations = app.files;
  let fold: SchemaFold | undefined;
  let dumpNote = '';
  let dumpTables: string[] = [];
  if (dump) {
    const loaded = await applyStatements(db.conn, sqlStatements(dump), applyOptions(db, input.progress));
    problems.push(...applyProblems(loaded, { file: dump.path, line: 1 }));
    const ran = new Set(migrationsInDump(dump.text));
    migrations = migrations.filter((m) => !ran.has(migrationName(m.path)));
    dumpNote = `${dump.path}, then `;
    if (migrations.length === 0) {
      // No migration is folded: the constructs of those the dump covers do not stand under this schema.
      return { source: 'dump', problems, foldProblems: [], note: `${dump.path} (no newer migrations)` };
    }
    // Newer migrations fold on top of what the dump built; the tables are then created once, folded.
    const current = await introspectSchema(db.conn, db.name, 'dump');
    current.tables = current.tables.filter((t) => t.name !== LARAVEL_MIGRATIONS_TABLE);
    for (const t of current.tables) t.origin = { file: dump.path, line: 1 };
    fold = SchemaFold.fromSchema(current);
    dumpTables = current.tables.map((t) => t.name);
  }
  const result = schemaFromMigrations(migrations, { ...app.options, fold });
  const statements: DdlStatement[] = [];
  if (dumpTables.length) {
    statements.push({ sql: 'SET FOREIGN_KEY_CHECKS = 0' });
    statements.push({ sql: `DROP TABLE ${dumpTables.map(quoteIdent).join(', ')}` });
    statements.push({ sql: 'SET FOREIGN_KEY_CHECKS = 1' });
  }
  const first = migrations[0]?.path ?? 'database/migrations';
  if (statements.length) {
    const cleared = await applyStatements(db.conn, statements, applyOptions(db, input.progress));
    problems.push(...errorProblems(cleared.errors, { file: dump?.path ?? first, line: 1 }));
  }
  const helpers =
    result.schema.tables.length >= SIDE_BY_SIDE_TABLES
      ? await openAll(CREATE_CONNECTIONS - 1, () => connect(db.account.url, db.name)).catch(() => [])
      : [];
  let applied;
  try {
    applied = await applyFolded(
      db.conn,
      result.schema,
      result.raw,
      applyOptions(db, input.progress),
      helpers,
    );
  } finally {
    await Promise.all(helpers.map((c) => c.end().catch(() => undefined)));
  }
  problems.push(
    ...applied.problems.map((p) => (p.location.line > 0 ? p : { ...p, location: { file: first, line: 1 } })),
  );
  const failed = applied.failed ? `, ${plural(applied.failed, 'statement')} failed` : '';
  return {
    source: 'migrations',
    problems,
    foldProblems: result.problems,
    pristine: !dump && result.raw.length === 0,
    rejected: result.schema.tables.filter((t) => applied.rejected.has(t.name.toLowerCase())),
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
  options: ApplyOptions = {},
  helpers: ScratchDatabase['conn'][] = [],
): Promise<{ problems: Problem[]; roundTrips: number; failed: number; rejected: Set<string> }> {
  const noWhere: Location = { file: '', line: 0 };
  const creates: DdlStatement[] = schema.tables.map((t) => ({
    sql: renderCreateTable(t),
    location: t.origin,
    table: t.name,
  }));
  // The tables have no foreign keys yet and name no other table: they are created side by side.
  const created = await applyIndependent(
    [conn, ...helpers],
    [{ sql: 'SET FOREIGN_KEY_CHECKS = 0' }],
    creates,
    options,
  );
  const failedTables = new Set(
    [...created.errors, ...created.refused].map((e) => schema.tables[e.index - 1]?.name.toLowerCase()),
  );
  // A rejected CREATE TABLE is reported where the column MariaDB names was defined, when it names one.
  for (const e of created.errors) {
    const table = schema.tables[e.index - 1];
    const column = table?.columns.find((c) => c.origin && mentions(e.message, c.name));
    if (column?.origin) e.statement = { ...e.statement, location: column.origin };
  }
  const problems = applyProblems(created, noWhere);
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
          touches: { tables: [t.name], unknown: false },
        });
        continue;
      }
      rest.push({ sql: renderForeignKey(t.name, fk), location, table: t.name });
    }
  }
  rest.push({ sql: 'SET FOREIGN_KEY_CHECKS = 1' });
  // DB::unprepared may hold several statements: each is checked and sent on its own, at its own line.
  for (const r of raw) {
    for (const part of splitSql(r.sql)) {
      const line = r.location.line > 0 ? r.location.line + part.line - 1 : 0;
      rest.push({ sql: part.sql, location: { ...r.location, line }, raw: true });
    }
  }
  const others = await applyStatements(conn, rest, options);
  problems.push(...applyProblems(others, noWhere));
  return {
    problems,
    roundTrips: created.roundTrips + others.roundTrips,
    failed: created.errors.length + created.refused.length + others.errors.length + others.refused.length,
    rejected: failedTables,
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
  const statements = sqlStatements(file);
  const applied = await applyStatements(db.conn, statements, applyOptions(db, input.progress));
  return {
    source: 'dump',
    problems: applyProblems(applied, { file: file.path, line: 1 }),
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
  for (const name of names) statements.push(...sqlStatements(await readConfigured(input, join(abs, name))));
  const applied = await applyStatements(db.conn, statements, applyOptions(db, input.progress));
  return {
    source: 'sql',
    problems: applyProblems(applied, { file: dir, line: 1 }),
    note: `${plural(names.length, 'SQL file')}, ${plural(statements.length, 'statement')} in ${plural(applied.roundTrips, 'round trip')}`,
  };
}

/** The app's own mysql/mariadb connection name (Laravel 11 apps may name `mariadb`); otherwise `mysql`. */
function connectionFor(input: SchemaPhaseInput): string {
  const fromEnv = dbConnectionFrom(input.app, input.config.envFile);
  return fromEnv === 'mariadb' || fromEnv === 'mysql' ? fromEnv : 'mysql';
}

/** Output kept for error messages, with the passwords masked and the length bounded. */
function redact(text: string, secrets: string[]): string {
  let masked = text;
  for (const secret of secrets) if (secret) masked = masked.split(secret).join('***');
  return masked.length > 4000 ? `…${masked.slice(-4000)}` : masked;
}

async function fromCommand(db: ScratchDatabase, input: SchemaPhaseInput): Promise<Built> {
  const command = input.config.database.command ?? 'php artisan migrate --force';
  const secrets = [db.url.password, db.account.url.password];
  const env = commandEnv(process.env, db.account.url, db.name, connectionFor(input), secrets);
  const { code, output, timedOut, ms } = await runCommand(command, {
    cwd: input.app.root,
    env,
    timeoutMs: input.config.database.commandTimeoutMs,
  });
  const shown = redact(command, secrets);
  const status = timedOut ? `was stopped after ${ms} ms (time limit)` : `exited with ${code}`;
  const problems: Problem[] =
    code === 0 && !timedOut
      ? []
      : [
          {
            location: { file: '.perf-audit.yml', line: 1 },
            message: `schema command \`${shown}\` ${status}: ${redact(output.trim(), secrets)}`,
            construct: 'schema command',
            touches: { tables: [], unknown: true },
          },
        ];
  return { source: 'command', problems, note: `\`${shown}\` ${status}` };
}
