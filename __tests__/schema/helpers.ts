/** Shared pieces of the schema tests: scratch databases, the Laravel reference runner, schema comparison. */

import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createScratchDatabase, parseDbUrl, type ScratchDatabase } from '../../src/database/connection.js';
import type { AppFile, AppFiles } from '../../src/project/files.js';
import { parsePhp, type ParsedPhp } from '../../src/project/php/parse.js';
import type { Schema } from '../../src/schema/model.js';

export const DB_URL = parseDbUrl(process.env.PERF_AUDIT_TEST_DB ?? 'mysql://root@127.0.0.1:3306');
export const RUNNER = join(__dirname_of(), '..', 'php', 'laravel-schema-runner.php');
export const CORPUS = join(__dirname_of(), '..', 'fixtures', 'migrations-corpus');

function __dirname_of(): string {
  return join(process.cwd(), '__tests__', 'schema');
}

export async function withScratch<T>(fn: (db: ScratchDatabase) => Promise<T>): Promise<T> {
  const db = await createScratchDatabase(DB_URL);
  try {
    return await fn(db);
  } finally {
    await db.drop();
  }
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function run(
  cmd: string,
  args: string[],
  env: Record<string, string>,
  cwd?: string,
): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, {
      env: { ...process.env, ...env },
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** Runs a migrations folder through Laravel's own Migrator into the given database. */
export async function laravelMigrate(
  dir: string,
  db: ScratchDatabase,
): Promise<{ ran: number; errors: string[] }> {
  const res = await run('php', [RUNNER, dir], {
    DB_HOST: db.url.host,
    DB_PORT: String(db.url.port),
    DB_DATABASE: db.name,
    DB_USERNAME: db.url.user,
    DB_PASSWORD: db.url.password,
  });
  const line = res.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as { ran: number; errors: string[] };
  } catch {
    throw new Error(`Laravel runner failed (exit ${res.code}): ${res.stdout}\n${res.stderr}`);
  }
}

/** A folder of migration files as the app would hold them (database/migrations/…), parsed. */
export function migrationApp(dir: string, root = '/nonexistent-app'): { app: AppFiles; parsed: ParsedPhp[] } {
  const php: AppFile[] = readdirSync(dir)
    .filter((n) => n.endsWith('.php'))
    .sort()
    .map((n) => ({ path: `database/migrations/${n}`, text: readFileSync(join(dir, n), 'utf8') }));
  const parsed: ParsedPhp[] = [];
  for (const f of php) {
    const r = parsePhp(f.path, f.text);
    if (!r.parsed) throw new Error(`${f.path}: ${r.problem?.message}`);
    parsed.push(r.parsed);
  }
  return { app: { root, php, other: [] }, parsed };
}

/** What the fidelity comparison looks at: per table, columns (type, nullability, default) and indexes. */
export function comparable(schema: Schema, ignore: string[] = ['migrations']): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const t of [...schema.tables].sort((a, b) => a.name.localeCompare(b.name))) {
    if (ignore.includes(t.name)) continue;
    out[t.name] = {
      engine: t.engine,
      collation: t.collation,
      comment: t.comment ?? '',
      columns: t.columns.map(
        (c) =>
          `${c.name} ${c.type}${c.nullable ? ' null' : ' not null'} default=${c.default}` +
          `${c.autoIncrement ? ' auto_increment' : ''}${c.onUpdate ? ` on update ${c.onUpdate}` : ''}` +
          `${c.generated ? ` as (${c.generated.expression})${c.generated.stored ? ' stored' : ''}` : ''}` +
          `${c.collation ? ` collate ${c.collation}` : ''}${c.comment ? ` comment ${c.comment}` : ''}`,
      ),
      indexes: [...t.indexes]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map(
          (i) =>
            `${i.name}${i.unique ? ' unique' : ''} ${i.kind ?? 'btree'} (${i.columns.map((c, n) => (i.subParts?.[n] ? `${c}(${i.subParts[n]})` : c)).join(', ')})`,
        ),
      foreignKeys: [...t.foreignKeys]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map(
          (f) =>
            `${f.name} (${f.columns.join(', ')}) -> ${f.refTable} (${f.refColumns.join(', ')}) delete ${f.onDelete} update ${f.onUpdate}`,
        ),
    };
  }
  return out;
}
