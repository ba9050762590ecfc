/**
 * Runs DDL against the scratch database, one statement per query on a single-statement connection: a
 * statement can never carry a second one. Raw statements from the repository are checked first (see
 * statement-guard.ts); refused and failing ones are reported with their file:line and the run goes on.
 * MariaDB's messages are scrubbed of anything the statement did not itself contain.
 */

import type { Connection } from 'mysql2/promise';
import type { Location } from '../findings.js';
import { scrubDbError } from './scrub-error.js';
import { deniedCall, guardStatement } from './statement-guard.js';
import { QueryTimeoutError } from './bounded.js';

export interface DdlStatement {
  sql: string;
  /** Where the statement comes from (migration file:line, dump line), for the error report. */
  location?: Location;
  /** Text from the repository as written (raw migration SQL, dump, .sql file): checked before it runs. */
  raw?: boolean;
  /** The table the statement builds, when known: a failure makes that table uncertain. */
  table?: string;
}

export interface StatementError {
  statement: DdlStatement;
  index: number;
  code: string | null;
  message: string;
}

export interface RefusedStatement {
  statement: DdlStatement;
  index: number;
  reason: string;
}

export interface ApplyResult {
  errors: StatementError[];
  /** Raw statements not run: they are not DDL/DML on the scratch schema. */
  refused: RefusedStatement[];
  roundTrips: number;
}

export interface ApplyOptions {
  /** The scratch database raw statements may touch (needed when any statement is raw). */
  scratch?: string;
  /** Loadable functions on the server (refused in raw statements). */
  udfs?: Set<string>;
  /** Names perf-audit made (databases, account) that may appear in error messages. */
  known?: string[];
  /** Told after each statement: how many of this call's statements are done. */
  progress?: (done: number, total: number) => void;
}

const stripTerminator = (sql: string) => sql.trim().replace(/;\s*$/, '');

export async function applyStatements(
  conn: Connection,
  statements: DdlStatement[],
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const errors: StatementError[] = [];
  const refused: RefusedStatement[] = [];
  let roundTrips = 0;
  // Rows of a dump (Laravel's migrations table…) go in one transaction per run of INSERTs: one log flush
  // instead of one per row. Any other statement ends the run first.
  let inTransaction = false;
  const endTransaction = async () => {
    if (!inTransaction) return;
    inTransaction = false;
    roundTrips++;
    await conn.query('COMMIT').catch(() => undefined);
  };
  for (let index = 0; index < statements.length; index++) {
    options.progress?.(index, statements.length);
    const statement = statements[index];
    let sql = stripTerminator(statement.sql);
    if (statement.raw) {
      const verdict = guardStatement(sql, options.scratch ?? '', options.udfs);
      if (!verdict.ok) {
        refused.push({ statement, index, reason: verdict.reason });
        continue;
      }
      sql = verdict.sql;
    } else {
      // Rendered DDL carries the repository's default and generated-column expressions.
      const reason = deniedCall(sql, options.udfs);
      if (reason) {
        refused.push({ statement, index, reason });
        continue;
      }
    }
    const insert = /^(insert|replace)\s/i.test(sql);
    if (!insert) await endTransaction();
    else if (!inTransaction) {
      roundTrips++;
      inTransaction = await conn.query('START TRANSACTION').then(
        () => true,
        () => false,
      );
    }
    try {
      roundTrips++;
      await conn.query(sql);
    } catch (err) {
      // The server stopped answering and the connection is closed: nothing more can run on it.
      if (err instanceof QueryTimeoutError) throw err;
      const e = err as { code?: string; sqlMessage?: string; message?: string };
      const code = e.code ?? null;
      // Names in the scratch schema (keys, columns) were written by the repository: they may be quoted back.
      const names = options.scratch ? await scratchNames(conn, options.scratch) : [];
      errors.push({
        statement,
        index,
        code,
        message: scrubDbError(e.sqlMessage ?? e.message ?? String(err), code, {
          statement: sql,
          known: [...(options.known ?? []), 'PRIMARY', ...names],
        }),
      });
    }
  }
  await endTransaction();
  options.progress?.(statements.length, statements.length);
  return { errors, refused, roundTrips };
}

/** Table, column, index and constraint names of the scratch database (empty when they cannot be read). */
async function scratchNames(conn: Connection, database: string): Promise<string[]> {
  try {
    const [rows] = await conn.query(
      `SELECT TABLE_NAME AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?
       UNION SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ?
       UNION SELECT INDEX_NAME FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ?
       UNION SELECT CONSTRAINT_NAME FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = ?`,
      [database, database, database, database],
    );
    return (rows as { n: string }[]).map((r) => String(r.n));
  } catch {
    return [];
  }
}

/**
 * Statements that do not depend on each other (the folded schema's CREATE TABLEs: each names one new table
 * and no other) spread over connections, each taking the next when it is free: MariaDB creates tables side
 * by side while each waits on its own file writes. `prelude` (session settings) runs on every connection
 * first. The result is applyStatements' for prelude + statements, with the same indexes.
 */
export async function applyIndependent(
  conns: Connection[],
  prelude: DdlStatement[],
  statements: DdlStatement[],
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  if (conns.length <= 1) return applyStatements(conns[0], [...prelude, ...statements], options);
  const { progress, ...quiet } = options;
  const errors: StatementError[] = [];
  const refused: RefusedStatement[] = [];
  let roundTrips = 0;
  let next = 0;
  let done = 0;
  const at = <T extends { index: number }>(xs: T[], index: number) => xs.map((x) => ({ ...x, index }));
  // Counted as one applyStatements call over prelude + statements would count them.
  const total = prelude.length + statements.length;
  progress?.(0, total);
  await Promise.all(
    conns.map(async (conn, c) => {
      const set = await applyStatements(conn, prelude, quiet);
      roundTrips += set.roundTrips;
      if (c === 0) {
        errors.push(...set.errors);
        refused.push(...set.refused);
      }
      while (next < statements.length) {
        const i = next++;
        const one = await applyStatements(conn, [statements[i]], quiet);
        roundTrips += one.roundTrips;
        errors.push(...at(one.errors, prelude.length + i));
        refused.push(...at(one.refused, prelude.length + i));
        progress?.(prelude.length + ++done, total);
      }
    }),
  );
  const byIndex = (a: { index: number }, b: { index: number }) => a.index - b.index;
  return { errors: errors.sort(byIndex), refused: refused.sort(byIndex), roundTrips };
}
