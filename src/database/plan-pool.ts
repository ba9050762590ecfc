/**
 * Runs many EXPLAINs on a few connections to the planning twin at once: each distinct statement is
 * EXPLAINed once, and the server plans on both cores while the client reads the JSON of the last answer.
 */

import type { Connection, RowDataPacket } from 'mysql2/promise';
import { QueryTimeoutError } from './bounded.js';
import { parseExplainJson } from './explain.js';
import { scrubDbError } from './scrub-error.js';
import type { Plan } from './types.js';

/**
 * EXPLAIN FORMAT=JSON of one statement; errors become the plan's `error`, except a server that stopped
 * answering (QueryTimeoutError): the connection is closed and no later EXPLAIN can run, so the caller's
 * phase fails instead of ending with every plan an error. With `scaling`, row counts of the filled tables
 * are scaled up to the assumed size (scaleAccessRows).
 */
export async function explain(conn: Connection, sql: string, scaling?: Scaling): Promise<Plan> {
  const tableRows = scaling?.rows;
  const sampled = scaling?.sampled;
  try {
    const [rows] = await conn.query<RowDataPacket[]>(`EXPLAIN FORMAT=JSON ${sql}`);
    const first = rows[0] ?? {};
    const plan = parseExplainJson(sql, first.EXPLAIN ?? Object.values(first)[0]);
    if (tableRows) {
      const byLower = lowerCased(tableRows);
      const sampledLower = sampled && sampled.size ? lowerCased(sampled) : null;
      for (const a of plan.accesses) {
        const n = byLower.get(a.table.toLowerCase());
        if (n === undefined) continue;
        a.tableRows = n;
        const s = sampledLower?.get(a.table.toLowerCase());
        if (s === undefined) continue;
        a.sampledRows = a.rows;
        a.rows = scaleAccessRows(a, s, n, scaling?.keyValues?.(a.table, a.usedKeyParts));
      }
    }
    return plan;
  } catch (err) {
    if (err instanceof QueryTimeoutError) throw err;
    const e = err as { code?: string; sqlMessage?: string; message?: string };
    // The statement is the repository's (or the config's): its error may quote what it computed.
    const { user, database } =
      (conn as unknown as { config?: { user?: string; database?: string } }).config ?? {};
    const message = scrubDbError(e.sqlMessage ?? e.message ?? String(err), e.code ?? null, {
      statement: sql,
      known: [user ?? '', database ?? ''],
    });
    return {
      sql,
      accesses: [],
      error: e.code && !message.includes(e.code) ? `${message} (${e.code})` : message,
    };
  }
}

/** Accesses that read one row by a unique key whatever the table's size: never scaled. */
const SINGLE_ROW = new Set(['system', 'const', 'eq_ref', 'unique_subquery']);

/** Distinct values of a filled table's key prefix at production size, as its rows were generated. */
export type KeyValues = (table: string, columns: string[]) => number | undefined;

/** How plans on the planning database stand for production. */
export interface Scaling {
  /** Rows assumed per table at production size. */
  rows: Map<string, number>;
  /** Rows generated into the filled tables. */
  sampled?: Map<string, number>;
  keyValues?: KeyValues;
}

/**
 * Rows of one value in the sample up to which a lookup is taken to be of a typical value of a key with more
 * values than the sample has rows (each such value is in the sample once at most): more, and the value is
 * one the rows share (NULL, a default), as frequent in production as in the sample.
 */
const TYPICAL_VALUE_ROWS = 2;

/**
 * The rows an access of a table holding `sampled` generated rows would read at `assumed` rows: estimates
 * grow with the table (a scan, a lookup of a value that repeats), except unique lookups and a full-index
 * read cut short by a LIMIT (fewer than half the rows: its count is the LIMIT's, not the table's).
 * A `ref` lookup reads the rows of one value: of a key that takes more values than the sample has rows
 * (`keyValues` at production size: a key into a large parent, a column distinct per row), a typical value
 * is `assumed / keyValues` rows in production. A key of few values (a flag, a tenant) repeats in the
 * sample as in production: linear.
 */
export function scaleAccessRows(
  a: { access: string; rows: number },
  sampled: number,
  assumed: number,
  keyValues?: number,
): number {
  if (sampled <= 0 || assumed <= sampled || SINGLE_ROW.has(a.access)) return a.rows;
  if (a.access === 'index' && a.rows < sampled / 2) return a.rows;
  if (a.access === 'ref' && keyValues !== undefined && keyValues > sampled && a.rows <= TYPICAL_VALUE_ROWS)
    return Math.max(1, Math.round((a.rows * assumed) / keyValues));
  return Math.max(1, Math.round((a.rows * assumed) / sampled));
}

const lowerCache = new WeakMap<Map<string, number>, Map<string, number>>();

/** The rows map keyed by lower-case table name, built once per map (thousands of EXPLAINs share it). */
function lowerCased(tableRows: Map<string, number>): Map<string, number> {
  let byLower = lowerCache.get(tableRows);
  if (!byLower) {
    byLower = new Map([...tableRows].map(([t, n]) => [t.toLowerCase(), n]));
    lowerCache.set(tableRows, byLower);
  }
  return byLower;
}

/** One statement to EXPLAIN: `run` is sent to the server, `sql` is what the plan shows (without hints). */
export interface ExplainJob {
  run: string;
  sql: string;
}

/**
 * The plans of the jobs, in their order. Jobs sending the same text share one EXPLAIN (and one Plan
 * object when they also show the same SQL); plans are only read afterwards, never changed.
 */
export async function explainMany(
  conns: Connection[],
  jobs: ExplainJob[],
  scaling?: Scaling,
  progress?: (done: number, total: number) => void,
): Promise<Plan[]> {
  const distinct = [...new Set(jobs.map((j) => j.run))];
  const planned = new Map<string, Plan>();
  let next = 0;
  progress?.(0, distinct.length);
  await Promise.all(
    conns.map(async (conn) => {
      while (next < distinct.length) {
        const run = distinct[next++];
        planned.set(run, await explain(conn, run, scaling));
        progress?.(planned.size, distinct.length);
      }
    }),
  );
  return jobs.map((j) => {
    const plan = planned.get(j.run)!;
    return plan.sql === j.sql ? plan : { ...plan, sql: j.sql };
  });
}
