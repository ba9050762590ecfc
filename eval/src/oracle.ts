/**
 * The schema-fidelity oracle: the schema Laravel itself builds for an app (eval/oracle/laravel-migrate.php,
 * run in a scratch database), read back with the same introspection perf-audit uses.
 */

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createScratchDatabase, parseDbUrl } from '../../src/database/connection.js';
import { introspectSchema } from '../../src/database/introspect.js';
import type { Schema } from '../../src/schema/model.js';

export interface OracleFailure {
  /** Relative to the app directory. */
  file: string;
  error: string;
  /** Tables to leave out of the comparison: those it touched but had not built whole when it failed. */
  tables: string[];
  /** Every table the failed migration names (Schema:: calls) or sent SQL to. */
  touched: string[];
  /** Of those, the ones it had built whole before failing (created by a statement that ran, named once). */
  complete: string[];
}

export interface OracleFile {
  file: string;
  status: 'ok' | 'failed' | 'in-dump';
  ms: number;
  error?: string;
  /** Failed files: every table touched, and those built whole (with the connection's prefix). */
  tables?: string[];
  complete?: string[];
  sql: string[];
}

export interface OracleResult {
  /** Wall time of the whole run (PHP, database, introspection). */
  ms: number;
  /** Migration files that ran without error. */
  ran: number;
  failed: OracleFailure[];
  /** The tables to leave out of the comparison: every failed migration's tables but those it completed. */
  excluded: string[];
  schema: Schema;
  /** SQL each migration file sent, in order, keyed by file relative to the app. */
  sqlByFile: Record<string, string[]>;
  /** Migrations recorded by the app's schema dump, so not run. */
  inDump: number;
  /** The schema dump loaded first, and its error when it did not load. */
  dump: { file: string; error: string | null } | null;
  /**
   * The app's table prefix (config/database.php). The schema and the failed tables are given without it,
   * as the app's code and perf-audit name them; the SQL keeps it (pass it to attributeDiffs).
   */
  prefix: string;
  /** Every migration file in order, with status and time. */
  files: OracleFile[];
  /** What the PHP side learnt of the app: connection options, default string length, config problems. */
  settings: Record<string, unknown>;
  /**
   * Set when the run as a whole did not complete (PHP crashed, time limit, schema dump not loaded); the
   * schema is then what was built.
   */
  error: string | null;
}

export interface OracleOptions {
  /**
   * Extra migration folders, relative to the app or absolute; glob patterns allowed. The folders the app's
   * providers register with loadMigrationsFrom() (bagisto's packages) are found without them.
   */
  paths?: string[];
  /** Limit for the whole PHP run; default 10 minutes. */
  timeoutMs?: number;
  /** Limit per migration file, seconds; default 120. */
  fileTimeoutS?: number;
}

/** eval/oracle/laravel-migrate.php, found from this module whether it runs from eval/src or build-eval. */
export function oracleScript(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'eval', 'oracle', 'laravel-migrate.php');
    if (existsSync(candidate)) return candidate;
    const sibling = join(dir, 'oracle', 'laravel-migrate.php');
    if (existsSync(sibling)) return sibling;
    dir = dirname(dir);
  }
  throw new Error(
    'eval/oracle/laravel-migrate.php not found above ' + dirname(fileURLToPath(import.meta.url)),
  );
}

interface PhpRun {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

function runPhp(args: string[], env: Record<string, string>, timeoutMs: number): Promise<PhpRun> {
  return new Promise((resolve) => {
    // Own process group, so a time limit also ends the forked children.
    const child = spawn('php', args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-20000)));
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.on('error', (e) => {
      stderr += `\n${e.message}`;
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}

interface PhpReport {
  ran?: number;
  inDump?: number;
  dump?: { file: string; error: string | null } | null;
  files?: OracleFile[];
  error?: string;
  [key: string]: unknown;
}

function lastJsonLine(stdout: string): PhpReport | null {
  const lines = stdout.trim().split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i].trim();
    if (!line.startsWith('{')) continue;
    try {
      return JSON.parse(line) as PhpReport;
    } catch {
      return null;
    }
  }
  return null;
}

const strip = (name: string, prefix: string): string =>
  prefix && name.startsWith(prefix) ? name.slice(prefix.length) : name;

function unprefixed(schema: Schema, prefix: string): Schema {
  if (!prefix) return schema;
  return {
    ...schema,
    tables: schema.tables.map((t) => ({
      ...t,
      name: strip(t.name, prefix),
      foreignKeys: t.foreignKeys.map((f) => ({ ...f, refTable: strip(f.refTable, prefix) })),
    })),
  };
}

/**
 * A table a failed migration left whole is compared, unless another failed migration touched it too
 * (that one may have stopped before changing it).
 */
export function excludedTables(failed: OracleFailure[]): string[] {
  const out = new Set<string>();
  for (const f of failed) for (const t of f.tables) out.add(t);
  for (const f of failed)
    for (const t of f.complete) if (failed.some((g) => g !== f && g.touched.includes(t))) out.add(t);
  return [...out].sort();
}

export async function runOracle(
  appDir: string,
  dbUrl: string,
  opts: OracleOptions = {},
): Promise<OracleResult> {
  const started = performance.now();
  const url = parseDbUrl(dbUrl);
  const db = await createScratchDatabase(url);
  try {
    const args = [oracleScript(), appDir, '--file-timeout', String(opts.fileTimeoutS ?? 120)];
    for (const p of opts.paths ?? []) args.push('--path', p);
    const php = await runPhp(
      args,
      {
        ORACLE_DB_HOST: url.host,
        ORACLE_DB_PORT: String(url.port),
        ORACLE_DB_DATABASE: db.name,
        ORACLE_DB_USERNAME: url.user,
        ORACLE_DB_PASSWORD: url.password,
      },
      opts.timeoutMs ?? 600_000,
    );
    const report = lastJsonLine(php.stdout);
    let error: string | null = null;
    if (php.timedOut) error = `the oracle did not finish within ${opts.timeoutMs ?? 600_000} ms`;
    else if (!report)
      error = `the oracle gave no report (exit ${php.code}): ${php.stderr.trim().slice(-2000)}`;
    else if (report.error) error = report.error;
    // Without its dump the app's schema is only what the later migrations add: not the app as run.
    else if (report.dump?.error)
      error = `the schema dump ${report.dump.file} did not load: ${report.dump.error}`;
    const files = report?.files ?? [];
    const prefix = String((report?.connection as { prefix?: unknown } | undefined)?.prefix ?? '');
    const schema = unprefixed(await introspectSchema(db.conn, db.name, 'migrations'), prefix);
    const failed = files
      .filter((f) => f.status === 'failed')
      .map((f) => {
        const touched = [...new Set((f.tables ?? []).map((t) => strip(t, prefix)))];
        const complete = [...new Set((f.complete ?? []).map((t) => strip(t, prefix)))];
        return {
          file: f.file,
          error: f.error ?? 'failed',
          tables: touched.filter((t) => !complete.includes(t)),
          touched,
          complete,
        };
      });
    const sqlByFile: Record<string, string[]> = {};
    for (const f of files) if (f.status !== 'in-dump') sqlByFile[f.file] = f.sql;
    const {
      files: _files,
      ran: _ran,
      inDump: _inDump,
      dump: _dump,
      error: _error,
      ...settings
    } = report ?? {};
    return {
      ms: Math.round(performance.now() - started),
      ran: files.filter((f) => f.status === 'ok').length,
      failed,
      excluded: excludedTables(failed),
      schema,
      sqlByFile,
      inDump: files.filter((f) => f.status === 'in-dump').length,
      dump: report?.dump ?? null,
      prefix,
      files,
      settings,
      error,
    };
  } finally {
    await db.drop();
  }
}
