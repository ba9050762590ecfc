/**
 * Makes MariaDB's planner see production-size tables without production data.
 *
 * The planner works on twins of the audited tables (CREATE TABLE … LIKE, in a second scratch database), so
 * no verdict depends on how many rows CI happens to hold, and proposed indexes are tried without touching
 * the audited schema.
 *
 * Tables the query shapes read are filled with generated rows shaped like production (generate/): on an
 * empty InnoDB table `ref` and `range` estimates come from index dives, which no written statistic changes,
 * so a weak index (deleted_at, a boolean) looks perfect at "1 row". Their statistics come from ANALYZE of
 * those rows, and EXPLAIN's row counts are scaled from the rows generated to the rows assumed
 * (`sampled` → `rows`). The other tables stay empty with written statistics: ANALYZE TABLE … PERSISTENT
 * FOR ALL creates the rows, the table and index statistics are overwritten with the assumed production
 * cardinality and FLUSH TABLES makes the planner reload them (use_stat_tables=PREFERABLY_FOR_QUERIES,
 * 10.11's default). That path still serves the scan-versus-index choice of tables no shape reads (critical
 * queries from the config, captured queries), and of a filled table whose INSERT failed.
 */

import { chunks, onEach } from './parallel.js';
import { dropBatches } from './drop-batches.js';
import type { KeyValues } from './plan-pool.js';
import mysql from 'mysql2/promise';
import type { Connection, RowDataPacket } from 'mysql2/promise';
import { registerCleanup, shuttingDown } from '../lifecycle/cleanup.js';
import { openAll } from './bounded.js';
import { connect, createScratchDatabase } from './connection.js';
import type { ScratchDatabase } from './connection.js';
import { measuredFrequency } from '../stats/model.js';
import type { ProductionStats } from '../stats/model.js';
import { tableSize } from '../stats/sizes.js';
import type { QueryShape } from '../project/model.js';
import type { Schema } from '../schema/model.js';
import { planGeneration, prefixValues } from './generate/distribution.js';
import { fillTables } from './generate/fill.js';
import { measureIndexFrequencies } from './index-frequency.js';
import type { IndexFrequency } from './index-frequency.js';

export interface ScaleOptions {
  /** Rows assumed for every table (config.database.assumeRows). */
  assumeRows: number;
  /** Per-table overrides (config.database.tables). */
  tables: Record<string, number>;
  /** Measured production figures (`perf-audit stats`): table rows and index selectivity; tables override them. */
  stats?: ProductionStats | null;
  /** Single-statement connections to open for EXPLAINs run side by side (default 1). */
  connections?: number;
  /**
   * Plan in `source` itself instead of a twin: only when nothing reads its tables afterwards and they are
   * exactly as CREATE TABLE made them (empty, no trigger or view), so a copy would be the same tables.
   * Creating and dropping a twin of every table is then skipped; the caller still drops `source`. Tables
   * linked by foreign keys are dropped together (drop-batches.ts).
   */
  inPlace?: boolean;
  /** Fill the tables these shapes read with generated rows (absent: every twin stays empty). */
  generate?: {
    schema: Schema;
    shapes: QueryShape[];
    /** Most rows per table (database.generate-rows); 0 turns generation off. */
    maxRows: number;
    /** Distinct values of a column in production, from a statistics file. */
    distinctOf?: (table: string, column: string) => number | undefined;
    /** Rows of a parent its children's keys are spread over, when not its assumed rows. */
    parentRowsOf?: (table: string) => number | undefined;
  };
}

/** A proposed index whose production-size statistics are written at once with others. */
export interface IndexStatistics {
  table: string;
  name: string;
  columns: string[];
  types: string[];
}

/** The database the planner EXPLAINs in: twins (or the tables themselves) with production-size statistics. */
export interface PlanningDatabase {
  name: string;
  /** Single-statement connection: a user's query can never smuggle a second statement in. */
  conn: Connection;
  /** `conn` and the other connections asked for (ScaleOptions.connections), all single-statement. */
  conns: Connection[];
  /** Table name (as MariaDB spells it) → rows assumed. */
  rows: Map<string, number>;
  /** Filled tables → rows generated into them: their EXPLAIN row counts are scaled by rows / sampled. */
  sampled: Map<string, number>;
  /** Distinct values of a filled table's key prefix at production size: a key lookup's rows follow them. */
  keyValues: KeyValues;
  /** False when the statistics could not be written: plans would then describe empty tables. */
  scaled: boolean;
  /** What could not be done (kept going); empty when everything was scaled. */
  warnings: string[];
  /** Writes production-size statistics for an index just added to a twin, and makes the planner read them. */
  addIndexStatistics(
    table: string,
    index: { name: string; columns: string[]; types: string[] },
  ): Promise<void>;
  /**
   * Measures indexes just added to a filled twin on its rows, on `conn` (nothing for an empty one): run
   * right after the table's ALTER TABLE, while other connections still alter theirs. The figures are
   * written by the next addIndexStatisticsBatch.
   */
  measureIndexes(conn: Connection, table: string, names: string[]): Promise<void>;
  /**
   * The rest of addIndexStatistics for many indexes (any tables) in one write and one FLUSH TABLES: the
   * filled tables' indexes must have been measured already (measureIndexes).
   */
  addIndexStatisticsBatch(indexes: IndexStatistics[]): Promise<void>;
  /** Forgets the statistics of an index dropped again. */
  dropIndexStatistics(table: string, index: string): Promise<void>;
  /**
   * Drops the twin database and every statistics row written for it (in place: closes the connections;
   * dropping `source` removes its statistics rows). Safe to call twice.
   */
  close(): Promise<void>;
}

/** Connections running DDL on different tables at once: the server overlaps their log flushes. */
const DDL_CONNECTIONS = 6;

const q = (name: string) => `\`${name.replace(/`/g, '``')}\``;

/** Rows assumed for a table: the per-table override (case-insensitive), else the measured rows, else assume-rows. */
export function assumedRows(table: string, opts: ScaleOptions): number {
  return tableSize(table, opts).rows;
}

/** How many distinct values a column of this type can hold at most (booleans 2, enums their members), else null. */
export function smallDomain(columnType: string): number | null {
  const t = columnType.toLowerCase();
  if (/^(tinyint\(1\)|bool|boolean|bit\(1\))/.test(t)) return 2;
  const e = /^(enum|set)\((.*)\)$/.exec(t);
  if (e) return Math.max(1, e[2].split(',').length);
  return null;
}

/**
 * Average rows per distinct prefix value (mysql.index_stats.avg_frequency): 1 once the prefix is unique,
 * rows / members for small domains, else ~10 rows per value for the first column, then 1.
 */
export function avgFrequency(rows: number, prefixTypes: string[], uniqueAtPrefix: boolean): number {
  if (uniqueAtPrefix) return 1;
  let distinct = 1;
  for (const type of prefixTypes) distinct *= smallDomain(type) ?? Math.max(1, rows / 10);
  return Math.max(1, rows / distinct);
}

interface IndexInfo {
  unique: boolean;
  columns: string[];
}

export async function preparePlanningDatabase(
  source: ScratchDatabase,
  opts: ScaleOptions,
): Promise<PlanningDatabase> {
  const [tableRows] = await source.conn.query<RowDataPacket[]>(
    "SELECT TABLE_NAME AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME",
    [source.name],
  );
  const tables = tableRows.map((r) => String(r.t));
  // In place, tables linked by foreign keys are dropped in one statement (drop-batches.ts): dropping them
  // side by side can leave MariaDB waiting on their metadata locks for good.
  const [keys] = opts.inPlace
    ? await source.conn.query<RowDataPacket[]>(
        'SELECT TABLE_NAME AS t, REFERENCED_TABLE_NAME AS r FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ? AND UNIQUE_CONSTRAINT_SCHEMA = ?',
        [source.name, source.name],
      )
    : [[]];
  const links = keys.map((k): [string, string] => [String(k.t), String(k.r)]);
  const inPlace = !!opts.inPlace;
  const twin = inPlace ? null : await createScratchDatabase(source.url, { account: source.account });
  const name = twin?.name ?? source.name;
  // perf-audit's own statistics writes and FLUSH TABLES need the given account; nothing from the repository
  // runs on this connection (the twin's tables are copied and planned as the run's account).
  let stats: Connection | null = null;
  let first: Connection | null = twin?.conn ?? null;
  let conns: Connection[] = [];
  const warnings: string[] = [];
  let closing: Promise<void> | null = null;
  // One close, whoever asks first; it stays registered until it is done, so a signal that arrives while
  // the run's own close is under way waits for it instead of exiting halfway.
  const close = () => (closing ??= closeTwin().finally(() => unregister()));
  // Dropping the tables side by side first halves the time DROP DATABASE would take alone (filled tables: a
  // fifth). In place too: `source` is dropped right after, by its owner (on a signal, at once).
  const drop = (c: Connection, batch: string[]) => c.query(`DROP TABLE IF EXISTS ${batch.map(q).join(', ')}`);
  const dropAll = (c: Connection, batch: string[]) => drop(c, batch).catch(() => undefined);
  const endAll = (list: (Connection | null)[]) =>
    Promise.all([...new Set(list)].map((c) => c?.end().catch(() => undefined)));

  /** The twin: its tables, its statistics rows, then the database itself. */
  const closeCopy = async (copy: ScratchDatabase, stopping: boolean) => {
    await onEach(conns, chunks(tables, 25), dropAll).catch(() => undefined);
    await endAll(conns);
    const admin = stats ?? (await connect(source.url).catch(() => null));
    for (const table of ['table_stats', 'index_stats', 'column_stats']) {
      await admin?.query(`DELETE FROM mysql.${table} WHERE db_name = ?`, [copy.name]).catch(() => undefined);
    }
    await admin?.end().catch(() => undefined);
    await copy.drop(stopping);
  };

  /**
   * In place: the tables only, linked ones together; its owner's drop of `source` deletes the statistics
   * rows written for it too (dropRunDatabase), and on a signal it drops everything at once.
   */
  const closeInPlace = async (stopping: boolean) => {
    let failure: { err: unknown } | null = null;
    if (!stopping && conns.length) {
      // One last statement drops what a failed batch left; its failure (a server gone) is the phase's, as
      // the twin's drop would be. Without the checks, a batch may drop a parent before its children.
      await Promise.all(conns.map((c) => c.query('SET SESSION foreign_key_checks = 0'))).catch(
        () => undefined,
      );
      await onEach(conns, dropBatches(tables, links, 25), dropAll).catch(() => undefined);
      await drop(conns[0], tables).catch((err: unknown) => (failure = { err }));
    }
    await endAll([first, ...conns, stats]);
    if (failure) throw (failure as { err: unknown }).err;
  };

  const closeTwin = async () => {
    // On a signal the statistics writer may be between two INSERTs: its connection goes first, so no row
    // is written after the DELETE of its rows, and the drop kills (and waits for) a statement still running.
    const stopping = shuttingDown();
    if (stopping) {
      stats?.destroy();
      stats = null;
    }
    await (twin ? closeCopy(twin, stopping) : closeInPlace(stopping));
  };
  // A signal or an error exit still removes the twin and its statistics rows.
  const unregister = registerCleanup(`close ${name}`, () => close());
  try {
    first ??= await connect(source.account.url, name);
    const byLower = new Map<string, string>();
    for (const t of tables) if (!byLower.has(t.toLowerCase())) byLower.set(t.toLowerCase(), t);
    const tableName = (t: string) => byLower.get(t.toLowerCase()) ?? t;
    const generation = opts.generate
      ? planGeneration({ ...opts.generate, rowsOf: (t) => assumedRows(t, opts) })
      : { plans: [], skipped: [] };
    for (const skip of generation.skipped)
      warnings.push(`${skip.table} left empty (${skip.reason}): planned on written statistics`);
    const plans = generation.plans
      .filter((p) => byLower.has(p.table.toLowerCase()))
      .map((p) => ({ ...p, table: tableName(p.table) }));
    // DDL on different tables overlaps well in the server (it waits on its own fsyncs): a few connections.
    const helperCount = tables.length > 50 ? DDL_CONNECTIONS - 1 : plans.length > 1 ? 1 : 0;
    const helpers = helperCount ? await openAll(helperCount, () => connect(source.account.url, name)) : [];
    let sampled = new Map<string, number>();
    try {
      const ddl = [first, ...helpers];
      // Each table is copied, filled and measured in turn on one connection, so the server fills one
      // table (CPU) while it creates another (waiting on its log): no step waits for all tables.
      sampled = await fillTables(ddl, plans, warnings, {
        tables: twin ? tables : [],
        create: (c, t) => c.query(`CREATE TABLE ${q(t)} LIKE ${q(source.name)}.${q(t)}`),
      });
      await onEach(
        ddl,
        chunks(
          tables.filter((t) => !sampled.has(t)),
          25,
        ),
        (c, batch) => c.query(`ANALYZE TABLE ${batch.map(q).join(', ')} PERSISTENT FOR ALL`),
      );
    } finally {
      await Promise.all(helpers.map((c) => c.end().catch(() => undefined)));
    }
    const rows = new Map(tables.map((t) => [t, assumedRows(t, opts)]));
    stats = await connect(source.url, name);
    const statsConn = stats;
    const empty = tables.filter((t) => !sampled.has(t));
    const scaled =
      empty.length === 0 || (await writeStatistics(statsConn, name, empty, rows, warnings, opts.stats));
    conns = [
      first,
      ...(await openAll(Math.max(1, opts.connections ?? 1) - 1, () => connect(source.account.url, name))),
    ];
    // Filled tables' new indexes, measured on their rows and written with the next statistics batch.
    const measured = new Map<string, string[]>();
    const measureIndexes = async (conn: Connection, table: string, names: string[]) => {
      // A filled table's new index is measured on its rows, like the table's own indexes.
      const t = tableName(table);
      if (!sampled.has(t) || names.length === 0) return;
      const frequencies = await measureIndexFrequencies(conn, name, t, names);
      if (frequencies)
        measured.set(t, [...(measured.get(t) ?? []), ...frequencyValues(name, t, frequencies)]);
      else
        await conn.query(
          `ANALYZE TABLE ${q(t)} PERSISTENT FOR COLUMNS () INDEXES (${names.map(q).join(', ')})`,
        );
    };
    const addIndexStatistics = async (
      table: string,
      index: { name: string; columns: string[]; types: string[] },
    ) => {
      await measureIndexes(conns[0], table, [index.name]);
      await addIndexStatisticsBatch([{ table, ...index }]);
    };
    const addIndexStatisticsBatch = async (indexes: IndexStatistics[]) => {
      if (indexes.length === 0) return;
      const values: string[] = [];
      for (const index of indexes) {
        const t = tableName(index.table);
        if (sampled.has(t)) {
          values.push(...(measured.get(t) ?? []));
          measured.delete(t);
          continue;
        }
        const info = {
          table: t,
          name: index.name,
          unique: false,
          columns: index.columns.map((c) => c.toLowerCase()),
        };
        values.push(...indexStatValues(name, info, rows.get(t) ?? opts.assumeRows, index.types, opts.stats));
      }
      for (const batch of chunks(values, 500)) {
        await statsConn.query(
          `REPLACE INTO mysql.index_stats (db_name, table_name, index_name, prefix_arity, avg_frequency) VALUES ${batch.join(', ')}`,
        );
      }
      await flushTables(statsConn, [...new Set(indexes.map((i) => tableName(i.table)))]);
    };
    const dropIndexStatistics = async (table: string, index: string) => {
      await statsConn.query(
        'DELETE FROM mysql.index_stats WHERE db_name = ? AND table_name = ? AND index_name = ?',
        [name, tableName(table), index],
      );
    };
    const planOf = new Map(plans.map((p) => [p.table.toLowerCase(), p]));
    const keyValues: KeyValues = (table, columns) => {
      const t = tableName(table);
      const plan = planOf.get(t.toLowerCase());
      return plan && sampled.has(t) ? prefixValues(plan, rows.get(t) ?? opts.assumeRows, columns) : undefined;
    };
    return {
      name,
      conn: conns[0],
      conns,
      rows,
      sampled,
      keyValues,
      scaled,
      warnings,
      addIndexStatistics,
      measureIndexes,
      addIndexStatisticsBatch,
      dropIndexStatistics,
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}

async function writeStatistics(
  conn: Connection,
  db: string,
  tables: string[],
  rows: Map<string, number>,
  warnings: string[],
  stats?: ProductionStats | null,
): Promise<boolean> {
  const tableValues = tables.map((t) => `(${mysql.escape(db)}, ${mysql.escape(t)}, ${rows.get(t)})`);
  try {
    await conn.query(
      `REPLACE INTO mysql.table_stats (db_name, table_name, cardinality) VALUES ${tableValues.join(', ')}`,
    );
    await writeIndexStatistics(conn, db, tables, rows, stats);
  } catch (err) {
    warnings.push(
      `could not write production-size statistics (${(err as Error).message}); planner verdicts skipped`,
    );
    return false;
  }
  try {
    await flushTables(conn, tables);
  } catch (err) {
    warnings.push(`FLUSH TABLES failed (${(err as Error).message}); statistics may apply late`);
  }
  return true;
}

/** mysql.index_stats rows for every prefix of an index (VALUES tuples). */
function indexStatValues(
  db: string,
  info: IndexInfo & { table: string; name: string },
  rows: number,
  types: string[],
  stats?: ProductionStats | null,
): string[] {
  // InnoDB appends the primary key to a non-unique index, which makes the longer prefix unique.
  const arity = info.unique ? info.columns.length : info.columns.length + 1;
  const out: string[] = [];
  for (let k = 1; k <= arity; k++) {
    const uniqueAtPrefix = k > info.columns.length || (info.unique && k === info.columns.length);
    const measured = uniqueAtPrefix
      ? null
      : measuredFrequency(stats, info.table, info.columns.slice(0, k), rows);
    const freq = measured ?? avgFrequency(rows, types.slice(0, k), uniqueAtPrefix);
    out.push(indexStatTuple(db, info.table, info.name, k, freq.toFixed(4)));
  }
  return out;
}

/**
 * mysql.index_stats VALUES tuples of measured frequencies (NULL: unknown, as ANALYZE leaves it); the column's
 * DECIMAL(12,4) rounds them as it rounds ANALYZE's.
 */
function frequencyValues(db: string, table: string, frequencies: IndexFrequency[]): string[] {
  return frequencies.map((f) =>
    indexStatTuple(db, table, f.index, f.arity, f.frequency === null ? 'NULL' : String(f.frequency)),
  );
}

/** One mysql.index_stats VALUES tuple (db_name, table_name, index_name, prefix_arity, avg_frequency). */
function indexStatTuple(db: string, table: string, index: string, arity: number, frequency: string): string {
  return `(${[db, table, index].map((v) => mysql.escape(v)).join(', ')}, ${arity}, ${frequency})`;
}

/** The planner reads persistent statistics when a table is opened: close the tables so they reopen with them. */
export async function flushTables(conn: Connection, tables: string[]): Promise<void> {
  for (const batch of chunks(tables, 50)) await conn.query(`FLUSH TABLES ${batch.map(q).join(', ')}`);
}

/**
 * Writes mysql.index_stats for every index of the tables as production data would have them. Without a
 * value (NULL after ANALYZE of an empty table) the planner ignores an index for ORDER BY … LIMIT.
 */
export async function writeIndexStatistics(
  conn: Connection,
  db: string,
  tables: string[],
  rows: Map<string, number>,
  stats?: ProductionStats | null,
): Promise<void> {
  if (tables.length === 0) return;
  const [cols] = await conn.query<RowDataPacket[]>(
    'SELECT TABLE_NAME AS t, COLUMN_NAME AS c, COLUMN_TYPE AS type FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME IN (?)',
    [db, tables],
  );
  const columnTypes = new Map(cols.map((r) => [`${r.t}.${String(r.c).toLowerCase()}`, String(r.type)]));
  const [stat] = await conn.query<RowDataPacket[]>(
    'SELECT TABLE_NAME AS t, INDEX_NAME AS i, NON_UNIQUE AS nu, COLUMN_NAME AS c, INDEX_TYPE AS kind FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? AND TABLE_NAME IN (?) ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX',
    [db, tables],
  );
  const indexes = new Map<string, IndexInfo & { table: string; name: string }>();
  for (const r of stat) {
    if (String(r.kind).toUpperCase() !== 'BTREE') continue;
    const key = `${r.t}.${r.i}`;
    const info = indexes.get(key) ?? {
      table: String(r.t),
      name: String(r.i),
      unique: Number(r.nu) === 0,
      columns: [],
    };
    info.columns.push(String(r.c).toLowerCase());
    indexes.set(key, info);
  }
  const values: string[] = [];
  for (const info of indexes.values()) {
    const types = info.columns.map((c) => columnTypes.get(`${info.table}.${c}`) ?? '');
    values.push(...indexStatValues(db, info, rows.get(info.table) ?? 1, types, stats));
  }
  await conn.query('DELETE FROM mysql.index_stats WHERE db_name = ? AND table_name IN (?)', [db, tables]);
  for (const batch of chunks(values, 500)) {
    await conn.query(
      `INSERT INTO mysql.index_stats (db_name, table_name, index_name, prefix_arity, avg_frequency) VALUES ${batch.join(', ')}`,
    );
  }
}

/** Runs `work` over the items, each connection taking the next item when it is free. */
