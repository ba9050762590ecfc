/**
 * The per-run MariaDB account: everything derived from the repository runs as it. It is created by the given
 * account, holds privileges on the run's scratch databases only (no global privilege, no routines, events,
 * triggers or files) and is dropped at the end of the run.
 */

import { randomBytes } from 'node:crypto';
import type { Connection } from 'mysql2/promise';
import type { DbUrl } from './connection.js';

/** What the account may do on each scratch database: DDL and DML, nothing that runs code or touches files. */
export const SCRATCH_PRIVILEGES =
  'SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, INDEX, ALTER, REFERENCES, CREATE TEMPORARY TABLES, LOCK TABLES, CREATE VIEW, SHOW VIEW';

/** Connections the account may hold at once: the planner's pool plus the schema command's. */
const MAX_CONNECTIONS = 40;

export interface RunAccount {
  /** `perf_audit_<hex>` for an account created for this run; the given user when it is already confined. */
  user: string;
  /** Credentials that repository-derived SQL connects with. */
  url: DbUrl;
  /** 'created': a per-run account; 'given': the given account holds rights on perf_audit_* databases only. */
  kind: 'created' | 'given';
  /** Loadable functions (UDFs) on the server: they run native code without a privilege check, so refused. */
  udfs: Set<string>;
  /** Gives the account its rights on one more scratch database. */
  grant(admin: Connection, database: string): Promise<void>;
  /** Drops the account (no-op for 'given'). Safe to call twice. */
  drop(admin: Connection): Promise<void>;
}

/** Thrown when repository SQL would have to run with rights beyond the scratch databases. */
export class ConfinementRefused extends Error {
  override name = 'ConfinementRefused';
}

/** A database name as a GRANT target: `_` and `%` are wildcards there. */
export function grantTarget(database: string): string {
  return `\`${database.replace(/`/g, '``').replace(/([_%\\])/g, '\\$1')}\`.*`;
}

const quoteString = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

async function loadableFunctions(admin: Connection): Promise<Set<string>> {
  try {
    const [rows] = await admin.query('SELECT name FROM mysql.func');
    return new Set((rows as { name: string }[]).map((r) => String(r.name).toLowerCase()));
  } catch {
    // Not readable: the guard's fixed deny-list still applies.
    return new Set();
  }
}

/**
 * Whether SHOW GRANTS says the account can do nothing outside `perf_audit_*` databases: USAGE on *.*, and
 * privileges only on database patterns that start with perf\_audit\_.
 */
export function grantsAreConfined(grants: string[]): boolean {
  return grants.every((g) => {
    const m = /^GRANT (.+?) ON (\S+) TO /i.exec(g);
    if (!m) return false;
    if (/WITH GRANT OPTION/i.test(g) || /^GRANT PROXY/i.test(g)) return false;
    const [, privileges, target] = m;
    if (target === '*.*') return privileges.trim().toUpperCase() === 'USAGE';
    return /^`perf\\_audit\\_[^`.]*`\.\*$/.test(target);
  });
}

function dbError(err: unknown): string {
  const e = err as { code?: string; sqlMessage?: string; message?: string };
  return `${e.sqlMessage ?? e.message ?? String(err)}${e.code ? ` (${e.code})` : ''}`;
}

/**
 * Creates `'perf_audit_<hex>'@'%'` with a random password. When the given account cannot create users, its
 * own grants decide: already confined to perf_audit_* databases → it is used (nothing it can reach is
 * outside them); otherwise ConfinementRefused, and no repository SQL runs.
 */
export async function createRunAccount(admin: Connection, url: DbUrl, hex: string): Promise<RunAccount> {
  const user = `perf_audit_${hex}`;
  const password = randomBytes(18).toString('base64url');
  const udfs = await loadableFunctions(admin);
  try {
    await admin.query(
      `CREATE USER ${quoteString(user)}@'%' IDENTIFIED BY ${quoteString(password)} WITH MAX_USER_CONNECTIONS ${MAX_CONNECTIONS}`,
    );
  } catch (err) {
    return givenAccount(admin, url, udfs, dbError(err));
  }
  let dropped = false;
  const account: RunAccount = {
    user,
    url: { ...url, user, password, database: null },
    kind: 'created',
    udfs,
    async grant(conn, database) {
      try {
        await conn.query(
          `GRANT ${SCRATCH_PRIVILEGES} ON ${grantTarget(database)} TO ${quoteString(user)}@'%'`,
        );
      } catch (err) {
        throw new ConfinementRefused(
          `the database account ${url.user} cannot give the per-run account its rights on ${database} ` +
            `(${dbError(err)}), so repository SQL is not run: static verdicts only (see docs/security.md)`,
        );
      }
    },
    async drop(conn) {
      if (dropped) return;
      await conn.query(`DROP USER IF EXISTS ${quoteString(user)}@'%'`);
      dropped = true;
    },
  };
  return account;
}

async function givenAccount(
  admin: Connection,
  url: DbUrl,
  udfs: Set<string>,
  why: string,
): Promise<RunAccount> {
  let grants: string[] = [];
  try {
    const [rows] = await admin.query('SHOW GRANTS FOR CURRENT_USER()');
    grants = (rows as Record<string, string>[]).map((r) => String(Object.values(r)[0]));
  } catch {
    // unknown grants count as unconfined
  }
  if (grants.length === 0 || !grantsAreConfined(grants)) {
    throw new ConfinementRefused(
      `the database account ${url.user} cannot create the per-run account (${why}) and holds rights beyond ` +
        'perf_audit_* databases, so repository SQL is not run with it: static verdicts only ' +
        '(give it CREATE USER, or use an account limited to perf\\_audit\\_% databases; see docs/security.md)',
    );
  }
  return {
    user: url.user,
    url: { ...url, database: null },
    kind: 'given',
    udfs,
    async grant() {
      // Its grants already cover every perf_audit_* database.
    },
    async drop() {},
  };
}
