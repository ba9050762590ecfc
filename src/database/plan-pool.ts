/**
 * Runs many EXPLAINs on a few connections to the planning twin at once: each distinct statement is
 * EXPLAINed once, and the server plans on both cores while the client reads the JSON of the last answer.
 */

import type { Connection, RowDataPacket } from 'mysql2/promise';
import { parseExplainJson } from './explain.js';
import { scrubDbError } from './scrub-error.js';
import type { Plan } from './types.js';

/** EXPLAIN FORMAT=JSON of one statement; errors become the plan's `error`, never a thrown run. */
export async function explain(conn: Connection, sql: string, tableRows?: Map<string, number>): Promise<Plan> {
  try {
    const [rows] = await conn.query<RowDataPacket[]>(`EXPLAIN FORMAT=JSON ${sql}`);
    const first = rows[0] ?? {};
    const plan = parseExplainJson(sql, first.EXPLAIN ?? Object.values(first)[0]);
    if (tableRows) {
      const byLower = lowerCased(tableRows);
      for (const a of plan.accesses) {
        const n = byLower.get(a.table.toLowerCase());
        if (n !== undefined) a.tableRows = n;
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
        planned.set(run, await explain(conn, run, tableRows));
        progress?.(planned.size, distinct.length);
      }
    }),
  );
  return jobs.map((j) => {
    const plan = planned.get(j.run)!;
    return plan.sql === j.sql ? plan : { ...plan, sql: j.sql };
  });
}
