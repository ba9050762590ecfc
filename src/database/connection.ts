/** Connects to MariaDB and owns the scratch database: created by us, always dropped by us, nothing else touched. */

import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';
import type { Connection } from 'mysql2/promise';
import { DEFAULT_QUERY_TIMEOUT_MS } from '../config/ranges.js';
import { bound } from './bounded.js';

export interface DbUrl {
  host: string;
  port: number;
  user: string;
  password: string;
  /** The database named in the URL (used only to connect; never written). */
  database: string | null;
  /** Time limit of each statement (database.query-timeout-ms); see bounded.ts. */
  queryTimeoutMs?: number;
}

/** Parses mysql://user:pass@host:port[/db] (mariadb:// too). Throws with a message that hides the password. */
export function parseDbUrl(url: string): DbUrl {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('database URL is not a URL; expected mysql://user:pass@host:port[/db]');
  }
  if (parsed.protocol !== 'mysql:' && parsed.protocol !== 'mariadb:') {
    throw new Error(`database URL must start with mysql:// or mariadb:// (got ${parsed.protocol}//)`);
  }
  const db = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  return {
    host: parsed.hostname || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 3306,
    user: decodeURIComponent(parsed.username || 'root'),
    password: decodeURIComponent(parsed.password || ''),
    database: db || null,
  };
}

/** The URL with its password replaced, for logs and reports. */
export function redactDbUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable database URL)';
  }
}

export async function connect(url: DbUrl, database?: string): Promise<Connection> {
  const conn = await mysql.createConnection({
    host: url.host,
    port: url.port,
    user: url.user,
    password: url.password,
    database: database ?? url.database ?? undefined,
    multipleStatements: true,
    connectTimeout: 5000,
    dateStrings: true,
    supportBigNumbers: true,
    bigNumberStrings: false,
  });
  return bound(conn, url.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS);
}

/** Errors that a server still starting gives; anything else (access denied…) is final. */
function isTransient(err: unknown): boolean {
  const code = (err as { code?: string }).code ?? '';
  return (
    [
      'ECONNREFUSED',
      'ECONNRESET',
      'ETIMEDOUT',
      'EHOSTUNREACH',
      'EAI_AGAIN',
      'PROTOCOL_CONNECTION_LOST',
      'ER_CON_COUNT_ERROR',
      'ER_SERVER_SHUTDOWN',
    ].includes(code) || code === ''
  );
}

/** Waits for the server to answer (CI services start slowly); resolves the server version. */
export async function waitForServer(url: DbUrl, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let delay = 200;
  let lastError: unknown;
  for (;;) {
    try {
      const conn = await connect(url);
      try {
        const [rows] = await conn.query('SELECT VERSION() AS v');
        return String((rows as { v: string }[])[0].v);
      } finally {
        await conn.end();
      }
    } catch (err) {
      lastError = err;
      // A wrong password or unknown database will not fix itself: say so at once.
      if (!isTransient(err)) break;
      if (Date.now() + delay > deadline) break;
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 2000);
    }
  }
  const msg = lastError instanceof Error ? lastError.message : String(lastError);
  const transient = isTransient(lastError);
  throw new Error(
    transient
      ? `MariaDB at ${url.host}:${url.port} did not answer within ${timeoutMs} ms: ${msg}`
      : `MariaDB at ${url.host}:${url.port} refused the connection: ${msg}`,
  );
}

/** A database that perf-audit created for this run and will drop. */
export interface ScratchDatabase {
  name: string;
  url: DbUrl;
  /** A connection with the scratch database selected (multipleStatements on). */
  conn: Connection;
  drop(): Promise<void>;
}

export const SCRATCH_PREFIX = 'perf_audit_';

export async function createScratchDatabase(url: DbUrl): Promise<ScratchDatabase> {
  const name = `${SCRATCH_PREFIX}${randomBytes(6).toString('hex')}`;
  const admin = await connect(url);
  try {
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await admin.end();
  }
  const conn = await connect(url, name);
  let dropped = false;
  return {
    name,
    url,
    conn,
    async drop() {
      if (dropped) return;
      dropped = true;
      await conn.end().catch(() => undefined);
      const c = await connect(url);
      try {
        // Only ever drops the name it generated above.
        await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
      } finally {
        await c.end();
      }
    },
  };
}
