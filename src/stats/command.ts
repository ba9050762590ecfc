/**
 * `perf-audit stats --db URL [--database NAME] [--output FILE]`: writes the production statistics file the
 * planner scales its copies to. Reads information_schema and MariaDB's statistics tables only (collect.ts).
 */

import { writeFileSync } from 'node:fs';
import { dbSubcommandArgs } from '../lifecycle/db-subcommand.js';
import { DEFAULT_STATS_FILE, serializeStats } from './model.js';

export async function statsCommand(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const err = (line: string) => process.stderr.write(`${line}\n`);
  const args = await dbSubcommandArgs(
    'stats',
    argv,
    env,
    { db: { type: 'string' }, database: { type: 'string' }, output: { type: 'string' } },
    'mysql://user:pass@host:port/database',
  );
  if (typeof args === 'number') return args;
  const { url, parsed } = args;
  const values = args.values as { database?: string; output?: string };
  const [{ connect, redactDbUrl }, { collectStats }] = await Promise.all([
    import('../database/connection.js'),
    import('./collect.js'),
  ]);
  const database = values.database ?? parsed.database;
  if (!database) {
    err('perf-audit stats: name the database: --database NAME, or mysql://…/NAME in --db');
    return 2;
  }
  const output = values.output ?? DEFAULT_STATS_FILE;
  let conn;
  try {
    conn = await connect(parsed, database === parsed.database ? undefined : 'information_schema');
  } catch (e) {
    const code = (e as { code?: string }).code;
    err(`perf-audit stats: could not connect to ${redactDbUrl(url)} (${code ?? (e as Error).message})`);
    return 3;
  }
  let data;
  try {
    data = await collectStats(conn, database);
  } catch (e) {
    const code = (e as { code?: string }).code;
    err(`perf-audit stats: reading ${database} failed (${code ?? (e as Error).message})`);
    return 3;
  } finally {
    await conn.end().catch(() => undefined);
  }
  try {
    writeFileSync(output, serializeStats(data));
  } catch (e) {
    err(
      `perf-audit stats: cannot write ${output} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
    return 3;
  }
  const tables = Object.keys(data.tables).length;
  err(
    [
      `perf-audit stats: ${tables} table${tables === 1 ? '' : 's'} of ${database} written to ${output}`,
      ...data.skipped.map((s) => `  skipped: ${s}`),
    ].join('\n'),
  );
  return 0;
}
