/**
 * Dropping a database perf-audit created, with everything MariaDB keeps about it elsewhere: connections
 * still using it (killed, so a running statement cannot hold the drop), its engine-independent statistics
 * rows in mysql.*_stats. Used at the end of a run, on a signal, and by `perf-audit cleanup`.
 */

import type { Connection, RowDataPacket } from 'mysql2/promise';

/** Only names perf-audit generates are ever dropped: `perf_audit_` and hex. */
export const RUN_NAME = /^perf_audit_[0-9a-f]{6,32}$/;

export const STATS_TABLES = ['table_stats', 'index_stats', 'column_stats'] as const;

/**
 * Connections working on `name`: those using it, and those whose running statement names it (the
 * statistics writer runs `INSERT INTO mysql.*_stats` for it from another database).
 */
async function usersOf(conn: Connection, name: string): Promise<number[]> {
  const [rows] = await conn.query<RowDataPacket[]>(
    'SELECT ID AS id FROM information_schema.PROCESSLIST WHERE (DB = ? OR INSTR(INFO, ?) > 0) AND ID <> CONNECTION_ID()',
    [name, name],
  );
  return rows.map((r) => Number(r.id));
}

/** How long a killed connection is waited for: KILL only flags it, and its statement may still write. */
const KILL_WAIT_MS = 1500;

export async function killUsers(conn: Connection, name: string): Promise<void> {
  const ids = await usersOf(conn, name);
  for (const id of ids) await conn.query(`KILL CONNECTION ${id}`).catch(() => undefined);
  // Statistics rows are not transactional: a killed INSERT that is still running writes after a DELETE
  // made now. Wait (bounded) until the killed connections are gone.
  const deadline = Date.now() + KILL_WAIT_MS;
  while (ids.length && Date.now() < deadline) {
    // A killed connection keeps its ID in the process list until its statement has stopped.
    const [rows] = await conn
      .query<RowDataPacket[]>('SELECT ID AS id FROM information_schema.PROCESSLIST')
      .catch(() => [[] as RowDataPacket[]]);
    const running = new Set(rows.map((r) => Number(r.id)));
    if (!ids.some((id) => running.has(id))) break;
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function deleteStatistics(conn: Connection, name: string): Promise<void> {
  for (const table of STATS_TABLES)
    await conn.query(`DELETE FROM mysql.${table} WHERE db_name = ?`, [name]).catch(() => undefined);
}

/** How long a forced drop keeps killing what still writes the database's statistics, and deleting them. */
const SETTLE_MS = 10_000;

/** Drops `name` (which must be a run's name) and its statistics rows; `force` kills its connections first. */
export async function dropRunDatabase(conn: Connection, name: string, force: boolean): Promise<void> {
  if (!RUN_NAME.test(name)) throw new Error(`refusing to drop ${name}: not a perf-audit database`);
  if (force) await killUsers(conn, name);
  await deleteStatistics(conn, name);
  await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
  // A killed ANALYZE may still have written rows between the delete and the drop.
  await deleteStatistics(conn, name);
  // On a signal, a statement still running for the name (slower to stop than KILL_WAIT_MS on a loaded
  // server, or sent just before the kill) writes after that: until none is left (bounded), again.
  const deadline = Date.now() + SETTLE_MS;
  while (force && Date.now() < deadline && (await usersOf(conn, name).catch(() => [])).length) {
    await killUsers(conn, name);
    await deleteStatistics(conn, name);
  }
}
