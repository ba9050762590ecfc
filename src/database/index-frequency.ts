/**
 * Measures a filled table's indexes as ANALYZE TABLE … PERSISTENT FOR COLUMNS () INDEXES (…) would, with
 * one read-only SELECT, for mysql.index_stats. MariaDB's avg_frequency of a k-column prefix
 * (sql_statistics.cc, Index_prefix_calc) is the number of index entries without a NULL in those k columns
 * over the number of distinct k-tuples among them: SUM(all k NOT NULL) / COUNT(DISTINCT c1, …, ck), as
 * COUNT(DISTINCT) skips tuples with a NULL and compares in the column's collation, as the index does. It is
 * unknown (NULL) from the first column the index holds only a prefix of, and a non-unique secondary InnoDB
 * index goes on with the primary key columns it lacks (extended keys), whose prefixes are measured too.
 *
 * Why not ANALYZE: it also recomputes and commits the engine's statistics of every index of the table and
 * waits on the statistics tables' locks; after the planner's ALTER TABLEs that took longer than the
 * ALTER TABLEs themselves (bench/RESULTS.md). The new indexes' engine statistics were computed by the
 * ALTER TABLE that built them.
 */

import type { Connection, RowDataPacket } from 'mysql2/promise';
import { sqlIdentifier as q } from '../schema/index-match.js';

export interface IndexPart {
  column: string;
  /** The index holds only the first SUB_PART characters (or bytes) of the column. */
  partial: boolean;
}

export interface IndexDefinition {
  name: string;
  unique: boolean;
  parts: IndexPart[];
}

/** One mysql.index_stats row: avg_frequency of the first `arity` parts, null when MariaDB leaves it unknown. */
export interface IndexFrequency {
  index: string;
  arity: number;
  frequency: number | null;
}

/** Rows of information_schema.STATISTICS for one table, in SEQ_IN_INDEX order. */
export interface StatisticsRow {
  index: string;
  nonUnique: boolean;
  column: string;
  subPart: number | null;
  kind: string;
}

/** Index definitions from STATISTICS rows (B-tree indexes only: the others have no prefix statistics). */
export function indexDefinitions(rows: StatisticsRow[]): Map<string, IndexDefinition> {
  const out = new Map<string, IndexDefinition>();
  for (const r of rows) {
    if (r.kind.toUpperCase() !== 'BTREE') continue;
    const def = out.get(r.index) ?? { name: r.index, unique: !r.nonUnique, parts: [] };
    def.parts.push({ column: r.column, partial: r.subPart !== null });
    out.set(r.index, def);
  }
  return out;
}

/**
 * The parts MariaDB measures: a non-unique secondary index is extended with the primary key columns it
 * does not hold whole (TABLE_SHARE's ext_key_parts, with optimizer_switch extended_keys=on, the default),
 * unless it holds a column only in part.
 */
export function measuredParts(index: IndexDefinition, primary: IndexDefinition | undefined): IndexPart[] {
  // An index holding only a prefix of a column is not extended (seen on MariaDB 10.11).
  if (index.name === 'PRIMARY' || index.unique || !primary || index.parts.some((p) => p.partial))
    return index.parts;
  const whole = new Set(index.parts.filter((p) => !p.partial).map((p) => p.column.toLowerCase()));
  return [...index.parts, ...primary.parts.filter((p) => !whole.has(p.column.toLowerCase()))];
}

interface Slot {
  index: string;
  arity: number;
  /** Column positions in the SELECT (entries, distinct), or null when MariaDB leaves the prefix unknown. */
  at: [number, number] | null;
}

/** The SELECT that measures the indexes' prefixes, and where each prefix's figures are in its one row. */
export function frequencySql(
  table: string,
  indexes: IndexDefinition[],
  primary: IndexDefinition | undefined,
): { sql: string; slots: Slot[] } {
  const exprs: string[] = [];
  const slots: Slot[] = [];
  for (const index of indexes) {
    // A single-column primary key is measured as 1 without a scan (Index_prefix_calc's is_single_comp_pk).
    if (index.name === 'PRIMARY' && index.parts.length === 1) {
      slots.push({ index: index.name, arity: 1, at: null });
      continue;
    }
    const parts = measuredParts(index, primary);
    const cut = parts.findIndex((p) => p.partial);
    parts.forEach((_, i) => {
      if (cut !== -1 && i >= cut) {
        slots.push({ index: index.name, arity: i + 1, at: null });
        return;
      }
      const cols = parts.slice(0, i + 1).map((p) => q(p.column));
      exprs.push(`SUM(${cols.map((c) => `${c} IS NOT NULL`).join(' AND ')})`);
      exprs.push(`COUNT(DISTINCT ${cols.join(', ')})`);
      slots.push({ index: index.name, arity: i + 1, at: [exprs.length - 2, exprs.length - 1] });
    });
  }
  const select = exprs.length ? exprs.map((e, i) => `${e} AS m${i}`).join(', ') : '1 AS m0';
  return { sql: `SELECT ${select} FROM ${q(table)}`, slots };
}

/** The frequencies from the SELECT's row (values may come back as strings: SUM is DECIMAL). */
export function frequenciesFrom(
  slots: Slot[],
  row: Record<string, unknown>,
  singlePrimary: boolean,
): IndexFrequency[] {
  return slots.map((s) => {
    if (!s.at) {
      const known = s.index === 'PRIMARY' && singlePrimary && s.arity === 1;
      return { index: s.index, arity: s.arity, frequency: known ? 1 : null };
    }
    const entries = Number(row[`m${s.at[0]}`] ?? 0);
    const distinct = Number(row[`m${s.at[1]}`] ?? 0);
    return { index: s.index, arity: s.arity, frequency: distinct > 0 ? entries / distinct : null };
  });
}

/**
 * Measures the named indexes of `table` on `conn` (read-only). Returns null when the table has no
 * primary key: which key InnoDB extends the others with is then MariaDB's choice, so ANALYZE must tell.
 */
export async function measureIndexFrequencies(
  conn: Connection,
  database: string,
  table: string,
  names: string[],
): Promise<IndexFrequency[] | null> {
  const [rows] = await conn.query<RowDataPacket[]>(
    'SELECT INDEX_NAME AS i, NON_UNIQUE AS nu, COLUMN_NAME AS c, SUB_PART AS sp, INDEX_TYPE AS kind FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? ORDER BY INDEX_NAME, SEQ_IN_INDEX',
    [database, table],
  );
  const defs = indexDefinitions(
    rows.map((r) => ({
      index: String(r.i),
      nonUnique: Number(r.nu) !== 0,
      column: String(r.c),
      subPart: r.sp === null || r.sp === undefined ? null : Number(r.sp),
      kind: String(r.kind),
    })),
  );
  const primary = defs.get('PRIMARY');
  if (!primary) return null;
  const wanted = names.map((n) => defs.get(n)).filter((d): d is IndexDefinition => d !== undefined);
  if (wanted.length !== names.length) return null;
  const { sql, slots } = frequencySql(table, wanted, primary);
  const [result] = await conn.query<RowDataPacket[]>(sql);
  return frequenciesFrom(slots, result[0] ?? {}, primary.parts.length === 1);
}
