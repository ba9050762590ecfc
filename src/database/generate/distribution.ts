/**
 * Plans the rows generated into a planning twin: for every column, how many distinct values it takes, how
 * they are spread and how many rows are NULL, following what the schema and the code say about it. Pure.
 *
 * Why rows at all: on an empty InnoDB copy the `ref`/`range` estimates come from index dives, which ignore
 * mysql.index_stats and column_stats, so `status_id = ? AND deleted_at IS NULL` plans as `ref` on a
 * deleted_at index at "1 row" whatever the statistics say. A few thousand rows that follow the app's
 * distributions (booleans two values, soft deletes mostly NULL, foreign keys spread over the parent) make
 * the dives, and so the plans, look like production.
 */

import type { QueryShape } from '../../project/model.js';
import type { Column, Schema, Table } from '../../schema/model.js';
import { findTable } from '../../schema/model.js';
import { BOOLEAN_TYPE, isBooleanLike, STATUS_WORDS, TYPE_WORDS } from '../../schema/low-cardinality.js';

/** How a row's value index k (1..distinct) is drawn from the row number `seq` (1..rows). */
export type Draw =
  /** k = seq: distinct on every row (primary and unique keys). */
  | { kind: 'seq' }
  /** Uniform at random (a seeded generator per column: the same rows on every run). */
  | { kind: 'random'; seed: number };

/** What value index k becomes in the column's type. */
export type Render =
  /** An integer: k plus `offset` (booleans: k - 1, so 0 and 1). */
  | { kind: 'int'; offset: number }
  /** `k + 0.5` (decimals and floats: never an integer the samples hit by accident). */
  | { kind: 'decimal' }
  /** The k-th of these SQL literals (enum members, the literals the code compares the column to). */
  | { kind: 'list'; values: string[] }
  /** `sample<k>`, as the EXPLAIN samples spell strings, or plain digits when the column is too short. */
  | { kind: 'string'; prefix: boolean }
  /** Dates and times spread evenly from 2024-01-01 to 2026-01-31 (DATE_DAYS). */
  | { kind: 'date'; stepDays: number }
  | { kind: 'datetime'; stepSeconds: number }
  | { kind: 'time' }
  | { kind: 'year' }
  | { kind: 'json' };

export interface ColumnPlan {
  column: string;
  /** Values the column takes: k runs over 1..distinct. */
  distinct: number;
  pick: Draw;
  render: Render;
  /** Share of NULL rows (0..1). */
  nulls: number;
  /** Why this distribution, for tests and logs: `boolean`, `foreign key → users`, `soft delete`… */
  why: string;
}

export interface TablePlan {
  table: string;
  rows: number;
  columns: ColumnPlan[];
}

export interface SkippedTable {
  table: string;
  reason: string;
}

export interface GenerationInput {
  schema: Schema;
  shapes: QueryShape[];
  /** Rows of a table at production scale (assume-rows, database.tables, a statistics file). */
  rowsOf(table: string): number;
  /**
   * Rows of a parent table when the keys of its children are spread over it, where they differ from
   * `rowsOf`: a reference table the code keeps small has few rows, so each of its keys recurs often.
   */
  parentRowsOf?(table: string): number | undefined;
  /** Most rows generated into one table (database.generate-rows). */
  maxRows: number;
  /** Distinct values of a column in production, when a statistics file knows them. */
  distinctOf?: (table: string, column: string) => number | undefined;
}

/**
 * The rows generated across all tables of one run, in generate-rows: past this each table gets an equal
 * share (at least MIN_ROWS), so an app with hundreds of queried tables stays within the planner phase's
 * time budget (bench/planner.mjs: 6× cost 3.1× the empty-copy phase under load, 2× cost 2.2×).
 */
export const TOTAL_ROWS_FACTOR = 2;
/** Fewest rows a table of production size gets: enough to tell a 1-in-1,000 lookup from a scan. */
export const MIN_ROWS = 1_000;

/**
 * Dates run from 2024-01-01 to 2026-01-31: the EXPLAIN samples (2026-01-01…) sit near the end, as `now()`
 * does in production, so `created_at > ?` reads a recent slice and `expires_at < ?` most of the table.
 */
const DATE_DAYS = 761;
/** The first generated day: the date of value index 1. */
export const FIRST_GENERATED_DAY = '2024-01-01';
/**
 * A pruning query's cutoff (QueryShape.prunes) a week into the generated dates: about 1% of the rows are
 * older, the ones a scheduled run finds aged past it since the last run.
 */
export const PRUNED_BEFORE_DAY = '2024-01-08';
const DATE_SECONDS = DATE_DAYS * 86_400;
/** Soft-deleted rows are few; other nullable timestamps (read_at, cancelled_at…) are mostly unset. */
const SOFT_DELETE_NULLS = 0.99;
const TIMESTAMP_NULLS = 0.8;
const OTHER_NULLS = 0.1;
/**
 * A status-like column takes the code's literals and other values, this many in all: one value is a tenth
 * of the table, so an existing index on it is still used, while a boolean (half) or a soft delete (all
 * but a few) is not.
 */
const STATUS_VALUES = 10;
/**
 * Values of a tenant key (a foreign key a global scope fixes on every query, `company_id`): a tenant owns a
 * large share of the rows, not the few a key spread over the parent's size would give it.
 */
const TENANT_VALUES = 10;
/** Rows per value of a number the schema says nothing more about. */
const ROWS_PER_VALUE = 10;

/** The rule's status and type names, and names that also take a few values the code seldom spells. */
const STATUS_LIKE = new RegExp(
  `(^|_)(${[...STATUS_WORDS, ...TYPE_WORDS, 'locale', 'currency', 'channel', 'provider', 'driver', 'tier'].join('|')})$`,
);
const AUDIT_TIMESTAMPS = new Set(['created_at', 'updated_at']);

const str = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
const lower = (s: string) => s.toLowerCase();

/** The schema tables the shapes read (their own, joined, and those their predicates or sorts name). */
export function tablesToFill(shapes: QueryShape[], schema: Schema): string[] {
  const names = new Set<string>();
  const add = (name: string | undefined) => {
    const t = name ? findTable(schema, name) : undefined;
    if (t) names.add(t.name);
  };
  for (const s of shapes) {
    add(s.table);
    for (const j of s.joins) add(j.table);
    for (const p of s.where) add(p.table ?? qualifierOf(p.column));
    for (const o of s.orderBy) add(o.table ?? qualifierOf(o.column));
  }
  return [...names].sort();
}

function qualifierOf(column: string): string | undefined {
  const dot = column.lastIndexOf('.');
  return dot > 0 ? column.slice(0, dot) : undefined;
}

/** `table.column` (lower case) → the literal values the code compares it to. */
export function literalsByColumn(shapes: QueryShape[]): Map<string, (string | number)[]> {
  const out = new Map<string, (string | number)[]>();
  for (const s of shapes) {
    for (const p of [...s.where, ...s.joins.flatMap((j) => j.where ?? [])]) {
      if (typeof p.value !== 'string' && typeof p.value !== 'number') continue;
      if (!['=', '!=', 'in', 'not in'].includes(p.op) || p.fn) continue;
      const dot = p.column.lastIndexOf('.');
      const table = p.table ?? (dot > 0 ? p.column.slice(0, dot) : s.table);
      const key = `${lower(table)}.${lower(dot > 0 ? p.column.slice(dot + 1) : p.column)}`;
      const list = out.get(key) ?? [];
      if (!list.includes(p.value)) list.push(p.value);
      out.set(key, list);
    }
  }
  return out;
}

/** Columns a soft-delete scope filters on (`via: SoftDeletes`), lower case `table.column`. */
function softDeleteColumns(shapes: QueryShape[]): Set<string> {
  const out = new Set<string>();
  for (const s of shapes)
    for (const p of s.where)
      if (p.via === 'SoftDeletes')
        out.add(`${lower(p.table ?? s.table)}.${lower(p.column.split('.').pop()!)}`);
  return out;
}

/** Columns a global scope fixes with `=` (a tenant key), lower case `table.column`. */
function tenantKeyColumns(shapes: QueryShape[]): Set<string> {
  const out = new Set<string>();
  for (const s of shapes)
    for (const p of s.where)
      if (p.via?.startsWith('globalScope:') && p.op === '=')
        out.add(`${lower(p.table ?? s.table)}.${lower(p.column.split('.').pop()!)}`);
  return out;
}

/** Rows to generate per table: at most maxRows and the production size, an equal share past the total. */
export function rowsPerTable(tables: string[], input: Pick<GenerationInput, 'rowsOf' | 'maxRows'>) {
  const total = input.maxRows * TOTAL_ROWS_FACTOR;
  const share = Math.max(Math.min(MIN_ROWS, input.maxRows), Math.floor(total / Math.max(1, tables.length)));
  return new Map(
    tables.map((t) => [t, Math.max(1, Math.min(input.maxRows, share, Math.round(input.rowsOf(t))))]),
  );
}

/**
 * Distinct values a key prefix takes at production size (`production` rows): the product of its columns'
 * values, as drawn independently, at most one per row; a column drawn once per row (a unique key) has one
 * value per production row. undefined when a column is not generated.
 */
export function prefixValues(plan: TablePlan, production: number, columns: string[]): number | undefined {
  let values = 1;
  for (const name of columns) {
    const c = plan.columns.find((x) => x.column.toLowerCase() === name.toLowerCase());
    if (!c) return undefined;
    values *= c.pick.kind === 'seq' ? production : c.distinct;
    if (values >= production) return production;
  }
  return values;
}

/** The generation plan of every queried table, and the tables left empty (with the reason). */
export function planGeneration(input: GenerationInput): { plans: TablePlan[]; skipped: SkippedTable[] } {
  if (input.maxRows <= 0) return { plans: [], skipped: [] };
  const tables = tablesToFill(input.shapes, input.schema);
  const rows = rowsPerTable(tables, input);
  const context: Context = {
    input,
    literals: literalsByColumn(input.shapes),
    softDeletes: softDeleteColumns(input.shapes),
    tenantKeys: tenantKeyColumns(input.shapes),
  };
  const plans: TablePlan[] = [];
  const skipped: SkippedTable[] = [];
  for (const name of tables) {
    const plan = planTable(findTable(input.schema, name)!, rows.get(name)!, context);
    if ('reason' in plan) skipped.push(plan);
    else plans.push(plan);
  }
  return { plans, skipped };
}

interface Context {
  input: GenerationInput;
  literals: Map<string, (string | number)[]>;
  softDeletes: Set<string>;
  tenantKeys: Set<string>;
}

type Kind = 'int' | 'bool' | 'decimal' | 'float' | 'date' | 'datetime' | 'time' | 'year' | 'list' | 'string';

interface Typed {
  kind: Kind;
  /** Largest value index the type holds (integer range, string length, enum members). */
  capacity: number;
  /** For strings: the declared length (null: text types, long enough). */
  length?: number | null;
  members?: string[];
}

const INT_MAX: Record<string, [number, number]> = {
  tinyint: [127, 255],
  smallint: [32_767, 65_535],
  mediumint: [8_388_607, 16_777_215],
  int: [2_147_483_647, 4_294_967_295],
  integer: [2_147_483_647, 4_294_967_295],
  bigint: [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};

/** What a COLUMN_TYPE can hold; null for types no value is generated for (spatial, unknown). */
export function typeOf(columnType: string): Typed | null {
  const t = lower(columnType).trim();
  if (BOOLEAN_TYPE.test(t)) return { kind: 'bool', capacity: 2 };
  const int = /^(tinyint|smallint|mediumint|int|integer|bigint)\b/.exec(t);
  if (int) return { kind: 'int', capacity: INT_MAX[int[1]][t.includes('unsigned') ? 1 : 0] };
  const bit = /^bit\((\d+)\)/.exec(t);
  if (bit) return { kind: 'int', capacity: 2 ** Math.min(50, Number(bit[1])) - 1 };
  const dec = /^(decimal|numeric)(?:\((\d+)(?:,\s*(\d+))?\))?/.exec(t);
  if (dec) {
    const digits = Number(dec[2] ?? 10) - Number(dec[3] ?? 0);
    return { kind: 'decimal', capacity: Math.max(0, 10 ** Math.min(15, digits) - 1) };
  }
  if (/^(float|double|real)/.test(t)) return { kind: 'float', capacity: Number.MAX_SAFE_INTEGER };
  if (/^date$/.test(t)) return { kind: 'date', capacity: DATE_DAYS };
  if (/^(datetime|timestamp)/.test(t)) return { kind: 'datetime', capacity: DATE_SECONDS };
  if (/^time/.test(t)) return { kind: 'time', capacity: 86_400 };
  if (/^year/.test(t)) return { kind: 'year', capacity: 50 };
  const e = /^(enum|set)\((.*)\)$/.exec(t);
  if (e) {
    // Members as MariaDB spells them (quoted, '' for a quote): used as SQL literals as they are.
    const members = columnType.trim().match(/'(?:[^']|'')*'/g) ?? [];
    return members.length ? { kind: 'list', capacity: members.length, members } : null;
  }
  if (/^(json|longtext|mediumtext|text|tinytext|longblob|mediumblob|blob|tinyblob)/.test(t)) {
    const len = /^tiny/.test(t) ? 255 : null;
    return t.startsWith('json')
      ? { kind: 'string', capacity: 1, length: null }
      : { kind: 'string', capacity: stringCapacity(len), length: len };
  }
  const s = /^(var)?(char|binary)\((\d+)\)/.exec(t);
  if (s) return { kind: 'string', capacity: stringCapacity(Number(s[3])), length: Number(s[3]) };
  return null;
}

function stringCapacity(length: number | null): number {
  return length === null || length >= 15 ? Number.MAX_SAFE_INTEGER : 10 ** length - 1;
}

/** Foreign keys the schema declares, else Laravel's naming (`user_id` → `users`): column → parent table. */
function parentsOf(table: Table, schema: Schema): Map<string, string> {
  const out = new Map<string, string>();
  for (const fk of table.foreignKeys)
    if (fk.columns.length === 1 && findTable(schema, fk.refTable)) out.set(lower(fk.columns[0]), fk.refTable);
  for (const c of table.columns) {
    const m = /^(.+)_id$/.exec(lower(c.name));
    if (!m || out.has(lower(c.name))) continue;
    const stem = m[1];
    const guess = [`${stem}s`, `${stem}es`, stem.endsWith('y') ? `${stem.slice(0, -1)}ies` : null, stem]
      .map((n) => (n ? findTable(schema, n) : undefined))
      .find((t) => t && lower(t.name) !== lower(table.name));
    if (guess) out.set(lower(c.name), guess.name);
  }
  return out;
}

/** A small stable number from a name: each column's generator gets its own seed. */
function seedOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h % 1_000_000_007;
}

function planTable(table: Table, rows: number, ctx: Context): TablePlan | SkippedTable {
  const { input } = ctx;
  const parents = parentsOf(table, input.schema);
  const unique = table.indexes.filter((i) => (i.unique || i.primary) && i.kind !== 'fulltext');
  const singleUnique = new Set(unique.filter((i) => i.columns.length === 1).map((i) => lower(i.columns[0])));
  const columns: ColumnPlan[] = [];
  let tableRows = rows;
  for (const column of table.columns) {
    if (column.generated) continue;
    // MariaDB spells JSON `longtext`: a text value would fail its json_valid() check and be dropped.
    const typed = typeOf(column.json ? 'json' : column.type);
    if (!typed) {
      if (!column.nullable && column.default === null)
        return { table: table.name, reason: `column ${column.name} (${column.type}) cannot be generated` };
      continue;
    }
    const plan = planColumn(table, column, typed, rows, parents, ctx);
    if (singleUnique.has(lower(column.name))) {
      plan.pick = { kind: 'seq' };
      plan.distinct = Math.min(rows, typed.capacity);
      plan.nulls = 0;
      plan.why = `unique (${plan.why})`;
      plan.render = renderOf(typed, plan.distinct);
      // A key the type cannot hold `rows` times over limits the table.
      tableRows = Math.min(tableRows, Math.max(1, typed.capacity));
    }
    columns.push(plan);
  }
  // Composite unique keys: the column with the most values is distinct on every row, which keeps the
  // combinations distinct while the others keep their spread (a pivot's role_id still repeats). Counting
  // the columns in a mixed radix instead would leave the later ones one constant value.
  const byName = new Map(columns.map((c) => [lower(c.column), c]));
  for (const index of unique.filter((i) => i.columns.length > 1)) {
    const parts = index.columns.map((n) => byName.get(lower(n))).filter((c) => c !== undefined);
    if (parts.length < index.columns.length || parts.some((c) => c.pick.kind === 'seq')) continue;
    const widest = parts.reduce((a, b) => (b.distinct >= a.distinct ? b : a));
    widest.pick = { kind: 'seq' };
    widest.why = `${widest.why}, distinct for unique ${index.name}`;
    for (const c of parts) c.nulls = 0;
  }
  return { table: table.name, rows: tableRows, columns };
}

function planColumn(
  table: Table,
  column: Column,
  typed: Typed,
  rows: number,
  parents: Map<string, string>,
  ctx: Context,
): ColumnPlan {
  const { input } = ctx;
  const name = lower(column.name);
  const key = `${lower(table.name)}.${name}`;
  const production = Math.max(1, input.rowsOf(table.name));
  const measured = input.distinctOf?.(table.name, column.name);
  const literals = ctx.literals.get(key) ?? [];
  const pick: Draw = { kind: 'random', seed: seedOf(key) };
  // Laravel's timestamps() are nullable, but every row written through Eloquent has them.
  const nulls =
    !column.nullable || AUDIT_TIMESTAMPS.has(name)
      ? 0
      : ctx.softDeletes.has(key) || name === 'deleted_at'
        ? SOFT_DELETE_NULLS
        : typed.kind === 'datetime' || typed.kind === 'date'
          ? TIMESTAMP_NULLS
          : OTHER_NULLS;
  const done = (distinct: number, render: Render, why: string): ColumnPlan => ({
    column: column.name,
    distinct: Math.max(1, Math.min(Math.round(distinct), typed.capacity)),
    pick,
    render,
    nulls,
    why: measured !== undefined ? `${why}, measured` : why,
  });

  // JSON holds '{}': any other value fails its check, whatever the column's name or literals suggest.
  if (typed.kind === 'string' && typed.capacity === 1) return done(1, { kind: 'json' }, 'json');
  if (typed.kind === 'bool') return done(2, { kind: 'int', offset: -1 }, 'boolean');
  // An integer flag (`tinyInteger('requestable')->default(0)`, `is_…`) is a boolean too, not a number.
  if (typed.kind === 'int' && measured === undefined && isBooleanLike(column))
    return done(2, { kind: 'int', offset: -1 }, 'boolean flag');
  if (typed.kind === 'list')
    return done(typed.members!.length, { kind: 'list', values: typed.members! }, 'enum');
  const statusLike = STATUS_LIKE.test(name) && !name.endsWith('_id');
  const listable = typed.kind === 'int' || typed.kind === 'string';
  if (listable && measured === undefined && (statusLike || new Set(literals).size >= 2)) {
    const values = literalList(literals, typed.kind === 'int');
    return done(
      values.length,
      { kind: 'list', values },
      literals.length ? 'literals the code compares it to' : 'status-like',
    );
  }
  const parent = parents.get(name);
  if (parent && (typed.kind === 'int' || typed.kind === 'string')) {
    // Spread over the parent's size: production rows per parent stay what they would be.
    const tenant = ctx.tenantKeys.has(key);
    const distinct =
      measured ??
      Math.max(
        1,
        Math.min(input.parentRowsOf?.(parent) ?? input.rowsOf(parent), tenant ? TENANT_VALUES : Infinity),
      );
    return done(distinct, renderOf(typed, distinct), `${tenant ? 'tenant key' : 'foreign key'} → ${parent}`);
  }
  const spread = (n: number) => measured ?? n;
  switch (typed.kind) {
    case 'int':
    case 'decimal':
    case 'float': {
      const distinct = spread(Math.max(1, production / ROWS_PER_VALUE));
      return done(distinct, renderOf(typed, distinct), 'number');
    }
    case 'date':
    case 'datetime':
    case 'time':
    case 'year': {
      const distinct = spread(typed.capacity);
      return done(distinct, renderOf(typed, distinct), typed.kind);
    }
    default: {
      const distinct = spread(production);
      return done(distinct, renderOf(typed, distinct), 'string');
    }
  }
}

/** How value index k is spelled in a type, the values spread over the whole range. */
function renderOf(typed: Typed, distinct: number): Render {
  const d = Math.max(1, Math.min(distinct, typed.capacity));
  switch (typed.kind) {
    case 'decimal':
    case 'float':
      return { kind: 'decimal' };
    case 'date':
      return { kind: 'date', stepDays: Math.max(1, Math.floor(DATE_DAYS / d)) };
    case 'datetime':
      return { kind: 'datetime', stepSeconds: Math.max(1, Math.floor(DATE_SECONDS / d)) };
    case 'time':
      return { kind: 'time' };
    case 'year':
      return { kind: 'year' };
    case 'string':
      if (typed.capacity === 1) return { kind: 'json' };
      // `sample<k>` fits when the column holds the prefix and the digits of the largest k.
      return {
        kind: 'string',
        prefix: typed.length === null || typed.length === undefined || typed.length >= 6 + String(d).length,
      };
    default:
      return { kind: 'int', offset: 0 };
  }
}

/** The code's literals, then the EXPLAIN samples (1, 2… or 'sample1'…) until there are STATUS_VALUES. */
function literalList(literals: (string | number)[], numeric: boolean): string[] {
  const out: string[] = [];
  for (const v of literals) {
    const sql = typeof v === 'number' ? String(v) : numeric && !/^-?\d+$/.test(v) ? null : str(v);
    if (sql !== null && !out.includes(sql)) out.push(sql);
  }
  const wanted = Math.max(STATUS_VALUES, out.length);
  for (let n = 1; out.length < wanted; n++) {
    const sample = numeric ? String(n) : str(`sample${n}`);
    if (!out.includes(sample)) out.push(sample);
  }
  return out;
}

/** The plan of one column (case-insensitive), for tests and notes. */
export function plannedColumn(plan: TablePlan, column: string): ColumnPlan | undefined {
  return plan.columns.find((c) => lower(c.column) === lower(column));
}
