/**
 * Connects to MariaDB and owns the scratch database: created by us, always dropped by us, nothing else touched.
 * Every connection is single-statement: a statement can never smuggle a second one in.
 */

import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';
import type { Connection } from 'mysql2/promise';
import { registerCleanup, shuttingDown } from '../lifecycle/cleanup.js';
import { dropRunDatabase } from '../lifecycle/run-database.js';
import { ConfinementRefused, createRunAccount } from './run-account.js';
import type { RunAccount } from './run-account.js';
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
    multipleStatements: false,
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
  /** The given account: perf-audit's own SQL (creating and dropping databases, statistics, general_log). */
  url: DbUrl;
  /** The confined account that repository-derived SQL runs as (see run-account.ts). */
  account: RunAccount;
  /** A single-statement connection as `account`, with the scratch database selected. */
  conn: Connection;
  /** `force`: kill what still runs on the database first (on a signal). */
  drop(force?: boolean): Promise<void>;
}

export const SCRATCH_PREFIX = 'perf_audit_';

export interface ScratchOptions {
  /** The run's account, shared with the database that created it (the planning twin); else one is created. */
  account?: RunAccount;
}

/**
 * Creates `perf_audit_<hex>` with the given account, grants the run's account its rights there and connects
 * as that account. Without `options.account`, the account `perf_audit_<same hex>` is created here and dropped
 * with the database. Throws ConfinementRefused when no confined account can be had.
 */
export async function createScratchDatabase(
  url: DbUrl,
  options: ScratchOptions = {},
): Promise<ScratchDatabase> {
  if (shuttingDown()) throw new Error('perf-audit is stopping: no new scratch database');
  const hex = randomBytes(6).toString('hex');
  const name = `${SCRATCH_PREFIX}${hex}`;
  const admin = await connect(url);
  let account = options.account;
  const owned = !account;
  let conn: Connection | null = null;
  let dropping: Promise<void> | null = null;
  // One drop per database, whoever asks first (the run's end, a signal, a failed creation); others wait for it.
  const drop = (force: boolean) =>
    (dropping ??= (async () => {
      // Still registered while it runs: a signal during the run's own drop waits for it (the same promise).
      // On a signal the scratch connection may be mid-statement: it is killed by the drop instead.
      if (!force) await conn?.end().catch(() => undefined);
      try {
        // Only ever drops the name it generated above, and the account it created for it.
        try {
          await dropRunDatabase(admin, name, force);
        } finally {
          if (owned && account) await account.drop(admin);
        }
      } finally {
        if (force) conn?.destroy();
        await admin.end().catch(() => undefined);
        unregister();
      }
    })());
  // Registered before the database exists, so a signal at any point after this line drops it.
  const unregister = registerCleanup(`drop database ${name}`, () => drop(true));
  try {
    // Held for the run's life: `perf-audit cleanup` leaves a database alone while its lock is held.
    await admin.query('SELECT GET_LOCK(?, 0)', [name]);
    account ??= await createRunAccount(admin, url, hex);
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await account.grant(admin, name);
  } catch (err) {
    await drop(false).catch(() => undefined);
    throw err;
  }
  const runAccount = account;
  try {
    conn = await connect(runAccount.url, name);
  } catch (err) {
    await drop(false).catch(() => undefined);
    // Seen when an anonymous account (''@'localhost') shadows the new one: say so, and run nothing.
    throw new ConfinementRefused(
      `the per-run account ${runAccount.user} could not connect (${(err as Error).message}), so repository SQL ` +
        'is not run: static verdicts only (an anonymous MariaDB account can shadow it; see docs/security.md)',
    );
  }
  if (shuttingDown()) {
    await drop(true).catch(() => undefined);
    throw new Error('perf-audit is stopping: scratch database dropped again');
  }
  const scratchConn = conn;
  return { name, url, account: runAccount, conn: scratchConn, drop: (force = false) => drop(force) };
}
