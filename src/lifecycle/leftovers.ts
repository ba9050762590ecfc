/**
 * `perf-audit cleanup --db URL`: removes what a killed run (SIGKILL, a crashed runner) left on a server:
 * its `perf_audit_<hex>` databases, their statistics rows, its `perf_audit_<hex>` accounts, and the
 * general_log settings its capture changed (from the state file). A run still alive holds a named lock
 * with its database's name for its whole life; whatever belongs to a held lock is left alone.
 */

import type { Connection, RowDataPacket } from 'mysql2/promise';
import { connect, type DbUrl } from '../database/connection.js';
import { CAPTURE_LOCK, writeGeneralLogSettings } from '../database/capture.js';
import { clearSavedGeneralLog, readSavedGeneralLog, serverKey } from './general-log-state.js';
import { RUN_NAME, STATS_TABLES, dropRunDatabase } from './run-database.js';

export interface LeftoverReport {
  databases: string[];
  /** Statistics rows of databases that no longer exist. */
  statisticsRows: number;
  accounts: string[];
  /** Runs still alive (lock held): left alone. */
  alive: string[];
  generalLog: string | null;
  errors: string[];
}

async function lockHeld(conn: Connection, name: string): Promise<boolean> {
  const [rows] = await conn.query<RowDataPacket[]>('SELECT IS_USED_LOCK(?) AS id', [name]);
  return rows[0].id !== null;
}

/** `perf_audit_<hex>` databases, accounts and statistics owners, each named once. */
async function runNames(
  conn: Connection,
): Promise<{ dbs: string[]; users: { user: string; host: string }[] }> {
  const [dbs] = await conn.query<RowDataPacket[]>(
    "SELECT SCHEMA_NAME AS n FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'perf\\_audit\\_%'",
  );
  let users: { user: string; host: string }[] = [];
  try {
    const [rows] = await conn.query<RowDataPacket[]>(
      "SELECT User AS u, Host AS h FROM mysql.user WHERE User LIKE 'perf\\_audit\\_%'",
    );
    users = rows.map((r) => ({ user: String(r.u), host: String(r.h) }));
  } catch {
    // An account that cannot read mysql.user cannot drop accounts either: databases are still cleaned.
  }
  return { dbs: dbs.map((r) => String(r.n)).filter((n) => RUN_NAME.test(n)), users };
}

/** Removes the leftovers of dead runs; `dryRun` only lists them. */
export async function cleanupLeftovers(url: DbUrl, dryRun = false): Promise<LeftoverReport> {
  const out: LeftoverReport = {
    databases: [],
    statisticsRows: 0,
    accounts: [],
    alive: [],
    generalLog: null,
    errors: [],
  };
  const conn = await connect(url);
  const note = (what: string, err: unknown) =>
    out.errors.push(`${what}: ${err instanceof Error ? err.message : String(err)}`);
  try {
    const { dbs, users } = await runNames(conn);
    for (const name of dbs) {
      if (await lockHeld(conn, name)) {
        out.alive.push(name);
        continue;
      }
      try {
        if (!dryRun) await dropRunDatabase(conn, name, true);
        out.databases.push(name);
      } catch (err) {
        note(`drop ${name}`, err);
      }
    }
    for (const { user, host } of users) {
      // The account's name is its run's database name; a run whose lock is held is alive.
      if (!RUN_NAME.test(user) || (await lockHeld(conn, user))) continue;
      try {
        if (!dryRun) await conn.query('DROP USER IF EXISTS ?@?', [user, host]);
        out.accounts.push(`'${user}'@'${host}'`);
      } catch (err) {
        note(`drop user ${user}`, err);
      }
    }
    // Statistics rows whose database is gone (dropped by hand, or by an older version).
    for (const table of STATS_TABLES) {
      try {
        const [rows] = await conn.query<RowDataPacket[]>(
          `SELECT DISTINCT db_name AS n FROM mysql.${table} WHERE db_name LIKE 'perf\\_audit\\_%'`,
        );
        for (const r of rows) {
          const name = String(r.n);
          if (!RUN_NAME.test(name) || out.alive.includes(name) || (await lockHeld(conn, name))) continue;
          if (dbs.includes(name) && !out.databases.includes(name)) continue;
          if (dryRun) {
            const [c] = await conn.query<RowDataPacket[]>(
              `SELECT COUNT(*) AS c FROM mysql.${table} WHERE db_name = ?`,
              [name],
            );
            out.statisticsRows += Number(c[0].c);
          } else {
            const [res] = await conn.query(`DELETE FROM mysql.${table} WHERE db_name = ?`, [name]);
            out.statisticsRows += (res as { affectedRows: number }).affectedRows;
          }
        }
      } catch (err) {
        note(`mysql.${table}`, err);
      }
    }
    out.generalLog = await restoreGeneralLog(conn, dryRun).catch((err: unknown) => {
      note('general_log', err);
      return null;
    });
  } finally {
    await conn.end().catch(() => undefined);
  }
  return out;
}

/** A state file left by a killed capture: restore its values, unless a capture is running now. */
async function restoreGeneralLog(conn: Connection, dryRun: boolean): Promise<string | null> {
  const key = await serverKey(conn);
  const saved = await readSavedGeneralLog(key);
  if (!saved) return null;
  const [lock] = await conn.query<RowDataPacket[]>('SELECT GET_LOCK(?, 0) AS got', [CAPTURE_LOCK]);
  if (Number(lock[0].got) !== 1) return null;
  try {
    const what = `general_log=${saved.generalLog ? 'ON' : 'OFF'}, log_output=${saved.logOutput}`;
    if (dryRun) return what;
    await writeGeneralLogSettings(conn, saved);
    await clearSavedGeneralLog(key);
    return what;
  } finally {
    await conn.query('SELECT RELEASE_LOCK(?)', [CAPTURE_LOCK]).catch(() => undefined);
  }
}
