/**
 * The general_log / log_output values a capture found, saved to a file before it changes them. A run killed
 * with SIGKILL cannot restore them; the next capture on the same server (or `perf-audit cleanup`) finds the
 * file and restores the values it holds, instead of taking the ON that the killed run left as the original.
 * The file is removed once the values are back.
 */

import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Connection, RowDataPacket } from 'mysql2/promise';

export interface SavedGeneralLog {
  generalLog: boolean;
  logOutput: string;
}

/** PERF_AUDIT_STATE_DIR, else ~/.cache/perf-audit (kept across runs on a self-hosted runner). */
export function stateDir(): string {
  return process.env['PERF_AUDIT_STATE_DIR'] || join(homedir(), '.cache', 'perf-audit');
}

/** One file per server: the same server reached as localhost or 127.0.0.1 has one key. */
export async function serverKey(conn: Connection): Promise<string> {
  const [rows] = await conn.query<RowDataPacket[]>(
    'SELECT @@hostname AS h, @@port AS p, @@datadir AS d, @@socket AS s',
  );
  const r = rows[0];
  return createHash('sha256')
    .update(`${String(r.h)}|${String(r.p)}|${String(r.d)}|${String(r.s)}`)
    .digest('hex')
    .slice(0, 16);
}

function statePath(key: string): string {
  return join(stateDir(), `general-log-${key}.json`);
}

export async function readSavedGeneralLog(key: string): Promise<SavedGeneralLog | null> {
  let text: string;
  try {
    text = await readFile(statePath(key), 'utf8');
  } catch {
    return null;
  }
  try {
    const v = JSON.parse(text) as Partial<SavedGeneralLog>;
    // Only values MariaDB accepts for log_output are restored; anything else is ignored.
    if (typeof v.generalLog !== 'boolean' || typeof v.logOutput !== 'string') return null;
    if (!/^(NONE|FILE|TABLE)(,(FILE|TABLE))*$/i.test(v.logOutput)) return null;
    return { generalLog: v.generalLog, logOutput: v.logOutput };
  } catch {
    return null;
  }
}

/** Written whole (temp file + rename) before anything is changed on the server. */
export async function saveGeneralLog(key: string, s: SavedGeneralLog): Promise<void> {
  await mkdir(stateDir(), { recursive: true, mode: 0o700 });
  const tmp = `${statePath(key)}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify({ ...s, savedAt: new Date().toISOString(), pid: process.pid })}\n`, {
    mode: 0o600,
  });
  await rename(tmp, statePath(key));
}

export async function clearSavedGeneralLog(key: string): Promise<void> {
  await rm(statePath(key), { force: true });
}
