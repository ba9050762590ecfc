/**
 * The database connection as migrations ask about it: `DB::getDriverName()`,
 * `DB::connection()->getDriverName()`, `Schema::getConnection()->getDriverName()` and
 * `->getConfig('driver')` answer the driver perf-audit builds for (mysql, or mariadb for Laravel 11+'s
 * mariadb connection), so driver checks and `switch` on the driver are decided as on the app's server.
 * `getTablePrefix()` (and a Blueprint's `getPrefix()`) is '' as the schema is built without a table
 * prefix (index and key names too).
 */

import type { EvalHost } from '../../php/evaluate.js';
import { HostValue, type PhpValue } from '../../php/value.js';

/** A database connection object (what `DB::connection()` returns). */
export class DbConnection extends HostValue {
  constructor(
    readonly driver: string,
    /** VERSION() of the server the schema is built on, when a database is given. */
    readonly serverVersion: string | null = null,
  ) {
    super();
  }
}

/** The Blueprint a closure receives, as a value: `$table->getTable()`, `$table->getPrefix()`. */
export class BlueprintRef extends HostValue {
  constructor(readonly table: string) {
    super();
  }
}

/** The connection's PDO object (`DB::connection()->getPdo()`). */
export class PdoHandle extends HostValue {
  constructor(readonly conn: DbConnection) {
    super();
  }
}

/** PDO::ATTR_DRIVER_NAME: PDO's driver is `mysql` for MySQL and MariaDB alike. */
const PDO_ATTR_DRIVER_NAME = 16;
/** PDO::ATTR_SERVER_VERSION: the server's VERSION() text (mysqlnd gives MariaDB's as VERSION() does). */
const PDO_ATTR_SERVER_VERSION = 4;

const DB = new Set(['db', 'illuminate\\support\\facades\\db']);
const SCHEMA = new Set(['schema', 'illuminate\\support\\facades\\schema']);

function connectionAnswer(conn: DbConnection, method: string, args: PhpValue[]): PhpValue | undefined {
  switch (method.toLowerCase()) {
    case 'getdrivername':
      return conn.driver;
    case 'getconfig':
      return args[0] === 'driver' ? conn.driver : args[0] === 'prefix' ? '' : undefined;
    case 'gettableprefix':
      return '';
    case 'getpdo':
    case 'getreadpdo':
      return new PdoHandle(conn);
    case 'getserverversion':
      return conn.serverVersion ?? undefined;
    default:
      return undefined;
  }
}

/** The host with the connection's driver known (and the server's version, when a database is given). */
export function withDriver(host: EvalHost, driver: string, serverVersion: string | null = null): EvalHost {
  const conn = new DbConnection(driver, serverVersion);
  return {
    ...host,
    callStatic(fqcn, method, args, node) {
      const cls = fqcn.toLowerCase();
      const m = method.toLowerCase();
      if (DB.has(cls) && m === 'connection') return conn;
      if (SCHEMA.has(cls) && (m === 'getconnection' || m === 'connection')) return conn;
      if (DB.has(cls)) {
        const v = connectionAnswer(conn, method, args);
        if (v !== undefined) return v;
      }
      return host.callStatic?.(fqcn, method, args, node);
    },
    callObject(target, method, args, node) {
      if (target instanceof BlueprintRef) {
        const m = method.toLowerCase();
        return m === 'gettable' ? target.table : m === 'getprefix' ? '' : undefined;
      }
      if (target instanceof PdoHandle) {
        if (method.toLowerCase() !== 'getattribute') return undefined;
        const { driver, serverVersion } = target.conn;
        if (args[0] === PDO_ATTR_DRIVER_NAME)
          return driver === 'mysql' || driver === 'mariadb' ? 'mysql' : undefined;
        if (args[0] === PDO_ATTR_SERVER_VERSION) return serverVersion ?? undefined;
        return undefined;
      }
      if (target instanceof DbConnection) {
        if (method.toLowerCase() === 'getconnection') return target;
        return connectionAnswer(target, method, args);
      }
      return host.callObject?.(target, method, args, node);
    },
  };
}

/** What the schema state answers: hasTable/hasColumn/hasColumns/hasIndex on the schema built so far. */
export interface SchemaState {
  hasTable(name: string): boolean;
  hasColumn(table: string, column: string): boolean;
  hasIndex(table: string, name: string): boolean;
}

/**
 * The host with `Schema::hasTable()` and the like answered from the migrations run so far, so a guard
 * passed as a value (`rescue_if(Schema::hasColumn('a', 'b'), …)`, `$exists = Schema::hasTable('a')`) is
 * decided as MariaDB would at that point.
 */
export function withSchemaState(host: EvalHost, state: SchemaState): EvalHost {
  return {
    ...host,
    callStatic(fqcn, method, args, node) {
      if (SCHEMA.has(fqcn.toLowerCase())) {
        const [table, second] = args;
        switch (method.toLowerCase()) {
          case 'hastable':
            if (typeof table === 'string') return state.hasTable(table);
            break;
          case 'hascolumn':
            if (typeof table === 'string' && typeof second === 'string')
              return state.hasColumn(table, second);
            break;
          case 'hascolumns':
            if (typeof table === 'string' && Array.isArray(second))
              return second.every((c) => state.hasColumn(table, String(c)));
            break;
          case 'hasindex':
            if (typeof table === 'string' && typeof second === 'string') return state.hasIndex(table, second);
            break;
        }
      }
      return host.callStatic?.(fqcn, method, args, node);
    },
    callObject(target, method, args, node) {
      const answer = doctrineAnswer(state, target, method.toLowerCase(), args);
      return answer !== undefined ? answer : host.callObject?.(target, method, args, node);
    },
  };
}

/** Doctrine DBAL's schema manager (`$connection->getDoctrineSchemaManager()`), as Laravel 10 and older give it. */
export class DoctrineSchemaManager extends HostValue {}

/** A table as Doctrine introspects it (`$sm->introspectTable('pages')`, `listTableDetails()`). */
export class DoctrineTable extends HostValue {
  constructor(readonly name: string) {
    super();
  }
}

/**
 * Doctrine's schema reads, answered from the schema so far as Schema::hasIndex() is: a migration that drops
 * an index only `if ($sm->introspectTable('pages')->hasIndex('search'))` is decided as on the app's server.
 */
function doctrineAnswer(
  state: SchemaState,
  target: HostValue,
  method: string,
  args: PhpValue[],
): PhpValue | undefined {
  const [first] = args;
  if (target instanceof DbConnection)
    return method === 'getdoctrineschemamanager' || method === 'createschemamanager'
      ? new DoctrineSchemaManager()
      : undefined;
  if (target instanceof DoctrineSchemaManager) {
    if ((method === 'introspecttable' || method === 'listtabledetails') && typeof first === 'string')
      return new DoctrineTable(first);
    if (method === 'tablesexist' && (typeof first === 'string' || Array.isArray(first)))
      return (Array.isArray(first) ? first : [first]).every((t) => state.hasTable(String(t)));
    return undefined;
  }
  if (target instanceof DoctrineTable) {
    if (method === 'hasindex' && typeof first === 'string') return state.hasIndex(target.name, first);
    if (method === 'hascolumn' && typeof first === 'string') return state.hasColumn(target.name, first);
    if (method === 'getname') return target.name;
  }
  return undefined;
}
