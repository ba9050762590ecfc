/**
 * Runs DDL against the scratch database in few round trips: statements go in batches (multi-statement
 * queries), each preceded by `SET @pa_stmt = n` so that when MariaDB stops at a failing statement we know
 * which one it was, report it, and go on with the next.
 */

import type { Connection } from 'mysql2/promise';
import type { Location } from '../findings.js';
import { QueryTimeoutError } from './bounded.js';

export interface DdlStatement {
  sql: string;
  /** Where the statement comes from (migration file:line, dump line), for the error report. */
  location?: Location;
}

export interface StatementError {
  statement: DdlStatement;
  index: number;
  code: string | null;
  message: string;
}

export interface ApplyResult {
  errors: StatementError[];
  roundTrips: number;
}

export interface ApplyOptions {
  /** Most statements per round trip. */
  maxStatements?: number;
  /** Most characters per round trip (well under max_allowed_packet). */
  maxChars?: number;
}

function batches(statements: DdlStatement[], from: number, opts: Required<ApplyOptions>): [number, number] {
  let chars = 0;
  let end = from;
  while (end < statements.length && end - from < opts.maxStatements) {
    chars += statements[end].sql.length + 32;
    if (chars > opts.maxChars && end > from) break;
    end++;
  }
  return [from, end];
}

const stripTerminator = (sql: string) => sql.trim().replace(/;\s*$/, '');

export async function applyStatements(
  conn: Connection,
  statements: DdlStatement[],
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const opts = { maxStatements: options.maxStatements ?? 1000, maxChars: options.maxChars ?? 4_000_000 };
  const errors: StatementError[] = [];
  let roundTrips = 0;
  let next = 0;
  while (next < statements.length) {
    const [from, to] = batches(statements, next, opts);
    const parts: string[] = [];
    for (let i = from; i < to; i++) parts.push(`SET @pa_stmt = ${i}`, stripTerminator(statements[i].sql));
    try {
      roundTrips++;
      await conn.query(parts.join(';\n'));
      next = to;
    } catch (err) {
      // The server stopped answering and the connection is closed: nothing more can run on it.
      if (err instanceof QueryTimeoutError) throw err;
      const e = err as { code?: string; sqlMessage?: string; message?: string };
      roundTrips++;
      const [rows] = await conn.query('SELECT @pa_stmt AS i');
      const failed = Number((rows as { i: number | null }[])[0]?.i ?? from);
      const index = Number.isFinite(failed) && failed >= from && failed < to ? failed : from;
      errors.push({
        statement: statements[index],
        index,
        code: e.code ?? null,
        message: e.sqlMessage ?? e.message ?? String(err),
      });
      next = index + 1;
    }
  }
  return { errors, roundTrips };
}
