/**
 * Captures what the running app asks MariaDB, one request at a time, through the general log written
 * to mysql.general_log. The server's previous general_log / log_output settings are read first and
 * always put back (try/finally), also when a request or a query fails midway, and on SIGINT/SIGTERM (the
 * cleanup registry). They are saved to a state file first, so a run after a SIGKILL restores them too.
 *
 * This only works when perf-audit reaches the same MariaDB server the app uses, with an account that
 * may SET GLOBAL (SUPER or SYSTEM_VARIABLES_ADMIN) and read mysql.general_log. A named lock serializes
 * captures on one server, so two audits never restore each other's settings in the wrong order.
 */

import type { Connection, RowDataPacket } from 'mysql2/promise';
import { connect, type DbUrl, type ScratchDatabase } from './connection.js';
import type { CapturedRequest } from './types.js';
import { registerCleanup, shuttingDown } from '../lifecycle/cleanup.js';
import {
  clearSavedGeneralLog,
  readSavedGeneralLog,
  saveGeneralLog,
  serverKey,
} from '../lifecycle/general-log-state.js';
import { handleInterrupts } from '../lifecycle/signals.js';
import { appStatements, appThreadIds, normalizeStatement, type GeneralLogRow } from '../http/query-log.js';

export const CAPTURE_LOCK = 'perf_audit_general_log';

export interface GeneralLogSettings {
  generalLog: boolean;
  logOutput: string;
}

export interface CaptureOptions {
  /** The app's database: only its connections are kept. null = every connection but perf-audit's own. */
  database?: string | null;
  /** Pause after each request so statements the app sends after the last byte (terminable middleware) land in its window. */
  settleMs?: number;
  /** How long to wait for another capture on the same server to finish. */
  lockTimeoutS?: number;
}

export async function readGeneralLogSettings(conn: Connection): Promise<GeneralLogSettings> {
  const [rows] = await conn.query<RowDataPacket[]>(
    'SELECT @@GLOBAL.general_log AS general_log, @@GLOBAL.log_output AS log_output',
  );
  return { generalLog: Number(rows[0].general_log) === 1, logOutput: String(rows[0].log_output) };
}

export async function writeGeneralLogSettings(conn: Connection, s: GeneralLogSettings): Promise<void> {
  // general_log first, so the log never writes to a destination the previous settings did not have.
  await conn.query('SET GLOBAL general_log = ?', [s.generalLog ? 'ON' : 'OFF']);
  await conn.query('SET GLOBAL log_output = ?', [s.logOutput]);
}

/** Adds TABLE to the destinations; keeps FILE when it was there (someone may rely on the file log). */
export function withTableOutput(logOutput: string): string {
  const parts = logOutput
    .split(',')
    .map((p) => p.trim().toUpperCase())
    .filter((p) => p && p !== 'NONE');
  return [...new Set([...parts, 'TABLE'])].join(',');
}

async function serverNow(conn: Connection): Promise<string> {
  const [rows] = await conn.query<RowDataPacket[]>('SELECT NOW(6) AS now');
  return String(rows[0].now);
}

async function openThreads(conn: Connection, database: string | null): Promise<number[]> {
  if (database === null) return [];
  const [rows] = await conn.query<RowDataPacket[]>(
    'SELECT ID AS id FROM information_schema.PROCESSLIST WHERE DB = ? AND ID <> CONNECTION_ID()',
    [database],
  );
  return rows.map((r) => Number(r.id));
}

async function logRows(conn: Connection, from: string, to: string): Promise<GeneralLogRow[]> {
  const [rows] = await conn.query<RowDataPacket[]>(
    `SELECT thread_id, command_type, CONVERT(argument USING utf8mb4) AS argument
       FROM mysql.general_log
      WHERE event_time >= ? AND event_time <= ? AND thread_id <> CONNECTION_ID()
      ORDER BY event_time, thread_id`,
    [from, to],
  );
  return rows.map((r) => ({
    threadId: Number(r.thread_id),
    commandType: String(r.command_type),
    argument: r.argument === null ? '' : String(r.argument),
  }));
}

/**
 * Runs `fetchOnce` for each URL in turn with the general log on, and returns what the app's
 * connections sent during each request. `fetchOnce` failing ends the capture (settings restored) and
 * rejects with its error; report HTTP failures by resolving instead.
 */
export async function captureRequests(
  db: ScratchDatabase | { url: DbUrl },
  urls: string[],
  fetchOnce: (url: string) => Promise<void>,
  options: CaptureOptions = {},
): Promise<CapturedRequest[]> {
  const database = options.database ?? null;
  const conn = await connect(db.url);
  try {
    const [lock] = await conn.query<RowDataPacket[]>('SELECT GET_LOCK(?, ?) AS got', [
      CAPTURE_LOCK,
      options.lockTimeoutS ?? 60,
    ]);
    if (Number(lock[0].got) !== 1) throw new Error('another capture holds the general log on this server');
    const [idRow] = await conn.query<RowDataPacket[]>('SELECT CONNECTION_ID() AS id');
    // Ours: this connection, and the scratch database's own connection when one was passed in.
    const scratchThread = 'conn' in db ? db.conn.threadId : null;
    const ownThreads = [Number(idRow[0].id), ...(scratchThread ? [scratchThread] : [])];

    // We hold the capture lock, so a saved state is from a killed run: its values are the original ones.
    const key = await serverKey(conn);
    const previous = (await readSavedGeneralLog(key)) ?? (await readGeneralLogSettings(conn));
    // Nothing is changed on the server unless the original values are safe on disk first.
    await saveGeneralLog(key, previous).catch((err: unknown) => {
      throw new Error(
        `general_log left as it is: could not save its state first (${err instanceof Error ? err.message : String(err)})`,
      );
    });
    handleInterrupts();
    const unregister = registerCleanup('restore general_log', async () => {
      // A fresh connection: the capture's own may be busy.
      const c = await connect(db.url);
      try {
        await writeGeneralLogSettings(c, previous);
        await clearSavedGeneralLog(key);
      } finally {
        await c.end();
      }
    });
    try {
      if (shuttingDown()) throw new Error('perf-audit is stopping');
      await conn.query('SET GLOBAL log_output = ?', [withTableOutput(previous.logOutput)]);
      await conn.query('SET GLOBAL general_log = ON');
      const captured: CapturedRequest[] = [];
      for (const url of urls) {
        const known = await openThreads(conn, database);
        const from = await serverNow(conn);
        await fetchOnce(url);
        if (options.settleMs ?? 50) await new Promise((r) => setTimeout(r, options.settleMs ?? 50));
        const to = await serverNow(conn);
        const rows = await logRows(conn, from, to);
        const threads = appThreadIds(rows, database, ownThreads, known);
        const statements = appStatements(rows, threads);
        captured.push({
          url,
          statements,
          normalized: statements.map(normalizeStatement),
          threads: [...threads].filter((t) => rows.some((r) => r.threadId === t)).sort((a, b) => a - b),
        });
      }
      return captured;
    } finally {
      unregister();
      await writeGeneralLogSettings(conn, previous).catch((err: unknown) => {
        const why = err instanceof Error ? err.message : String(err);
        throw new Error(
          `could not restore general_log=${previous.generalLog ? 'ON' : 'OFF'}, log_output=${previous.logOutput}: ${why}`,
        );
      });
      await clearSavedGeneralLog(key);
    }
  } finally {
    await conn.query('SELECT RELEASE_LOCK(?)', [CAPTURE_LOCK]).catch(() => undefined);
    await conn.end().catch(() => undefined);
  }
}
