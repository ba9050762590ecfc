/**
 * Every MariaDB connection perf-audit opens goes through here. Each statement has a time limit: a server
 * that stops answering mid-run (network gone, server frozen) ends the wait with a message instead of
 * hanging the run, and the connection is destroyed (mysql2 keeps a timed-out statement queued, so the
 * connection is useless afterwards). Open connections are tracked, so the ones a failure left behind
 * (another connect refused with "Too many connections") are closed at the end and never keep the process
 * alive after the report.
 */

import type { Connection } from 'mysql2/promise';

/** Closing a connection politely (COM_QUIT) waits at most this long before the socket is destroyed. */
const END_TIMEOUT_MS = 2000;

const open = new Set<Connection>();

/**
 * The run's total deadline for MariaDB (database.deadline-ms). Past it every statement fails at once, except
 * perf-audit's own cleanup (dropping what it created, restoring the general log, releasing its lock), which
 * keeps the per-statement limit so that a late run still leaves nothing behind.
 */
let deadline: { at: number; ms: number } | null = null;
const CLEANUP =
  /^\s*(DROP (DATABASE|TABLE|USER)\b|DELETE FROM mysql\.\w+_stats\b|SET GLOBAL (general_log|log_output)\b|SELECT RELEASE_LOCK\b)/i;

/** Starts the total deadline (null ends it). */
export function setDatabaseDeadline(ms: number | null): void {
  deadline = ms === null ? null : { at: Date.now() + ms, ms };
}

export class QueryTimeoutError extends Error {
  override name = 'QueryTimeoutError';
  readonly code = 'PA_QUERY_TIMEOUT';
}

interface Socket {
  destroy(): void;
  once(event: 'close', fn: () => void): void;
}

function socketOf(conn: Connection): Socket | undefined {
  return (conn as unknown as { connection?: { stream?: Socket } }).connection?.stream;
}

function destroy(conn: Connection): void {
  open.delete(conn);
  socketOf(conn)?.destroy();
}

function sqlOf(args: unknown[]): string {
  return (typeof args[0] === 'string' ? args[0] : (args[0] as { sql?: string } | undefined)?.sql) ?? '';
}

function firstLine(args: unknown[]): string {
  const line = sqlOf(args).replace(/\s+/g, ' ').trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

function within<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(onTimeout()), ms);
    work.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

/** Puts a time limit on every statement of `conn` and tracks it until it is closed. */
export function bound(conn: Connection, queryTimeoutMs: number): Connection {
  open.add(conn);
  socketOf(conn)?.once('close', () => open.delete(conn));
  // Once a wait timed out, every later statement on this connection says why, not "closed state".
  let timedOut: QueryTimeoutError | null = null;
  const limited = (method: 'query' | 'execute') => {
    const original = conn[method].bind(conn) as (...args: unknown[]) => Promise<unknown>;
    return (...args: unknown[]) => {
      if (timedOut) return Promise.reject(timedOut);
      const d = deadline && !CLEANUP.test(sqlOf(args)) ? deadline : null;
      if (d && Date.now() >= d.at)
        return Promise.reject(
          new QueryTimeoutError(
            `database.deadline-ms (${d.ms} ms) reached: ${firstLine(args) || 'statement'} not sent`,
          ),
        );
      const byDeadline = d !== null && d.at - Date.now() < queryTimeoutMs;
      const limit = byDeadline ? d.at - Date.now() : queryTimeoutMs;
      return within(original(...args), limit, () => {
        destroy(conn);
        const what = firstLine(args) ? ` to ${firstLine(args)}` : '';
        timedOut = new QueryTimeoutError(
          byDeadline
            ? `database.deadline-ms (${d.ms} ms) reached while waiting${what}: the connection was closed`
            : `MariaDB did not answer within ${queryTimeoutMs} ms (database.query-timeout-ms)${what}: the connection was closed`,
        );
        return timedOut;
      });
    };
  };
  Object.assign(conn, { query: limited('query'), execute: limited('execute') });
  const end = conn.end.bind(conn);
  conn.end = async () => {
    try {
      await within(end(), END_TIMEOUT_MS, () => new Error('no answer to QUIT'));
    } catch {
      // Already closed, or the server is gone: the socket goes either way.
    } finally {
      destroy(conn);
    }
  };
  return conn;
}

/**
 * Opens `n` connections; when one fails (e.g. "Too many connections") the others are closed before the
 * error is thrown, instead of being left open by Promise.all.
 */
export async function openAll(n: number, openOne: () => Promise<Connection>): Promise<Connection[]> {
  const settled = await Promise.allSettled(Array.from({ length: n }, openOne));
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  const opened = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  if (!failed) return opened;
  await Promise.all(opened.map((c) => c.end().catch(() => undefined)));
  throw failed.reason;
}

/** How many tracked connections are still open. */
export function openConnectionCount(): number {
  return open.size;
}

/** The connections open now: what a run leaves open is what is open at its end and not in this set. */
export function openConnections(): Set<Connection> {
  return new Set(open);
}

/**
 * Destroys every connection still open (the end of a run, any exit path), except those that were already
 * open before the run (`keep`: the caller's own); returns how many there were.
 */
export function closeAllConnections(keep: Set<Connection> = new Set()): number {
  const left = [...open].filter((c) => !keep.has(c));
  for (const conn of left) destroy(conn);
  return left.length;
}
