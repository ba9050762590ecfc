/**
 * The database the app itself uses: its default connection (`database.default`, DB_CONNECTION) and that
 * connection's driver, as config/database.php and the env files resolve them. An app whose default
 * connection is PostgreSQL or SQL Server is not a MariaDB app: its index verdicts would be about a
 * database it does not run.
 */

import type { PhpValue } from '../php/value.js';

export interface AppDatabase {
  connection: string;
  /** `mysql`, `mariadb`, `pgsql`, `sqlite`, `sqlsrv`… */
  driver: string;
}

/** Drivers of other database servers. SQLite is left out: it is Laravel 11's placeholder default. */
const OTHER_SERVERS: Record<string, string> = { pgsql: 'PostgreSQL', sqlsrv: 'SQL Server' };

/** The default connection and its driver, or null when the app's config does not say (then MariaDB is assumed). */
export function appDatabase(config: (key: string) => PhpValue | undefined): AppDatabase | null {
  const connection = config('database.default');
  if (typeof connection !== 'string' || connection === '') return null;
  const driver = config(`database.connections.${connection}.driver`);
  // A connection named like a driver (`pgsql`) without a readable entry uses that driver in Laravel's stock config.
  const known = typeof driver === 'string' && driver !== '' ? driver : connection;
  return { connection, driver: known.toLowerCase() };
}

/** The other server's name when the app's database is not MariaDB/MySQL, else null. */
export function otherDatabaseServer(db: AppDatabase | null | undefined): string | null {
  return db ? (OTHER_SERVERS[db.driver] ?? null) : null;
}
