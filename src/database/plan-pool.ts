/**
 * Runs many EXPLAINs on a few connections to the planning twin at once: each distinct statement is
 * EXPLAINed once, and the server plans on both cores while the client reads the JSON of the last answer.
 */

import type { Connection, RowDataPacket } from 'mysql2/promise';
import { parseExplainJson } from './explain.js';
import { scrubDbError } from './scrub-error.js';
import type { Plan } from './types.js';

/**
 * EXPLAIN FORMAT=JSON of one statement; errors become the plan's `error`, never a thrown run.
 * `tableRows` are the rows assumed per table; `sampled` the rows generated into the filled ones, whose
 * row counts are scaled up to the assumed size (scaleAccessRows).
 */
export async function explain(
  conn: Connection,
  sql: string,
  tableRows?: Map<string, number>,
  sampled?: Map<string, number>,
): Promise<Plan> {
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
        a.rows = scaleAccessRows(a, s, n);
      }
    }
    return plan;
  } catch (err) {
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

/**
 * The rows an access of a table holding `sampled` generated rows would read at `assumed` rows: estimates
 * grow with the table (a scan, a lookup of a value that repeats), except unique lookups and a full-index
 * read cut short by a LIMIT (fewer than half the rows: its count is the LIMIT's, not the table's).
 */
export function scaleAccessRows(
  a: { access: string; rows: number },
  sampled: number,
  assumed: number,
): number {
  if (sampled <= 0 || assumed <= sampled || SINGLE_ROW.has(a.access)) return a.rows;
  if (a.access === 'index' && a.rows < sampled / 2) return a.rows;
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
  tableRows?: Map<string, number>,
  sampled?: Map<string, number>,
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
        planned.set(run, await explain(conn, run, tableRows, sampled));
        progress?.(planned.size, distinct.length);
      }
    }),
  );
  return jobs.map((j) => {
    const plan = planned.get(j.run)!;
    return plan.sql === j.sql ? plan : { ...plan, sql: j.sql };
  });
}
