/**
 * What the attacks must leave alone: a sentinel database with a row, a sentinel user with its grants, a few
 * server globals, and files.
 * Each test takes a snapshot before and proves it unchanged after.
 */

import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';
import type { RowDataPacket } from 'mysql2/promise';

export const DB_URL = process.env.PERF_AUDIT_TEST_DB_URL ?? 'mysql://root@127.0.0.1:3306';

async function admin() {
  const u = new URL(DB_URL);
  return mysql.createConnection({
    host: u.hostname,
    port: Number(u.port || 3306),
    user: decodeURIComponent(u.username || 'root'),
    password: decodeURIComponent(u.password),
  });
}

const GLOBALS = ['max_connections', 'max_statement_time', 'sql_mode', 'wait_timeout'];

export interface Sentinel {
  name: string;
  /** Throws when the sentinel database, its row or a global changed. */
  check(): Promise<void>;
  /** Drops the sentinel, the given scratch databases and their statistics rows. */
  drop(scratch?: Iterable<string>, accounts?: Iterable<string>): Promise<void>;
}

export async function createSentinel(): Promise<Sentinel> {
  const name = `bounds_sentinel_${randomBytes(4).toString('hex')}`;
  const conn = await admin();
  let globals: Record<string, unknown>;
  let grants: string;
  try {
    await conn.query(`CREATE DATABASE \`${name}\``);
    await conn.query(`CREATE TABLE \`${name}\`.secret (v VARCHAR(50))`);
    await conn.query(`INSERT INTO \`${name}\`.secret VALUES ('untouched')`);
    await conn.query(`CREATE USER '${name}'@'localhost' IDENTIFIED BY 'sentinel-pw'`);
    await conn.query(`GRANT SELECT ON \`${name}\`.* TO '${name}'@'localhost'`);
    globals = await readGlobals(conn);
    grants = await readGrants(conn, name);
  } finally {
    await conn.end();
  }
  return {
    name,
    async check() {
      const c = await admin();
      try {
        const [rows] = await c.query<RowDataPacket[]>(`SELECT v FROM \`${name}\`.secret`);
        if (rows.length !== 1 || rows[0].v !== 'untouched') throw new Error('sentinel row changed');
        if ((await readGrants(c, name)) !== grants) throw new Error('sentinel user changed');
        const now = await readGlobals(c);
        if (JSON.stringify(now) !== JSON.stringify(globals))
          throw new Error(`globals changed: ${JSON.stringify(globals)} -> ${JSON.stringify(now)}`);
      } finally {
        await c.end();
      }
    },
    async drop(scratch = [], accounts = []) {
      const c = await admin();
      try {
        await c.query(`DROP USER IF EXISTS '${name}'@'localhost'`);
        for (const user of accounts) {
          if (/^perf_audit_[0-9a-f]+$/.test(user)) await c.query(`DROP USER IF EXISTS '${user}'@'%'`);
        }
        for (const db of [name, ...scratch]) {
          if (db !== name && !/^perf_audit_[0-9a-f]+$/.test(db)) continue;
          await c.query(`DROP DATABASE IF EXISTS \`${db}\``);
          for (const t of ['table_stats', 'index_stats', 'column_stats'])
            await c.query(`DELETE FROM mysql.${t} WHERE db_name = ?`, [db]);
        }
      } finally {
        await c.end();
      }
    },
  };
}

async function readGrants(conn: mysql.Connection, user: string): Promise<string> {
  const [rows] = await conn.query<RowDataPacket[]>(`SHOW GRANTS FOR '${user}'@'localhost'`);
  return rows.map((r) => String(Object.values(r)[0])).join('\n');
}

async function readGlobals(conn: mysql.Connection): Promise<Record<string, unknown>> {
  const [rows] = await conn.query<RowDataPacket[]>(
    `SELECT ${GLOBALS.map((g) => `@@GLOBAL.${g} AS ${g}`).join(', ')}`,
  );
  return { ...rows[0] };
}

/** Databases named perf_audit_* that exist now (to prove a run left none of its own behind). */
export async function databasesExisting(names: Iterable<string>): Promise<string[]> {
  const c = await admin();
  try {
    const [rows] = await c.query<RowDataPacket[]>('SHOW DATABASES');
    const all = new Set(rows.map((r) => String(Object.values(r)[0])));
    return [...names].filter((n) => all.has(n));
  } finally {
    await c.end();
  }
}
