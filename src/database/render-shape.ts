/** Renders a query shape as EXPLAIN-able SQL, with placeholders filled by sample values typed by column. Pure. */

import type { Predicate, QueryShape } from '../project/model.js';
import type { Column, Schema, Table } from '../schema/model.js';
import { findTable, resolveColumn } from '../schema/model.js';
import { predicateRef } from '../schema/index-match.js';
import { instanceName, tableOfInstance } from './table-instance.js';
import { PRUNED_BEFORE_DAY } from './generate/distribution.js';

/** How many values an IN list is planned with (a list the code builds at run time has no known length). */
export const IN_LIST_PLANNED_VALUES = 3;

/**
 * `sql` is what EXPLAIN runs (sample values typed by column); `display` is the app's query as the report
 * shows it: literals the code spells, `?` for values it binds at run time (never a sample).
 */
export type Rendered = { sql: string; display: string; skippedPredicates: string[] } | { error: string };

const q = (name: string) => `\`${name.replace(/`/g, '``')}\``;
const str = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

type Kind = 'int' | 'decimal' | 'date' | 'datetime' | 'time' | 'year' | 'enum' | 'string' | 'json' | 'binary';

export function columnKind(type: string): Kind {
  const t = type.toLowerCase();
  if (/^(tinyint|smallint|mediumint|int|integer|bigint|bit|bool)/.test(t)) return 'int';
  if (/^(decimal|numeric|float|double|real)/.test(t)) return 'decimal';
  if (/^date$/.test(t)) return 'date';
  if (/^(datetime|timestamp)/.test(t)) return 'datetime';
  if (/^time/.test(t)) return 'time';
  if (/^year/.test(t)) return 'year';
  if (/^(enum|set)\(/.test(t)) return 'enum';
  if (/^json/.test(t)) return 'json';
  if (/^(binary|varbinary|blob|tinyblob|mediumblob|longblob)/.test(t)) return 'binary';
  return 'string';
}

/** The n-th sample value for a column (n varies values in IN and BETWEEN). */
export function sampleValue(column: Column, n = 0): string {
  switch (columnKind(column.type)) {
    case 'int':
      return String(n + 1);
    case 'decimal':
      return `${n + 1}.5`;
    case 'date':
      return str(`2026-01-${String(n + 1).padStart(2, '0')}`);
    case 'datetime':
      return str(`2026-01-${String(n + 1).padStart(2, '0')} 12:00:00`);
    case 'time':
      return str(`1${n}:00:00`);
    case 'year':
      return String(2026 + n);
    case 'enum': {
      const members = /^(?:enum|set)\((.*)\)$/i.exec(column.type)?.[1].match(/'(?:[^']|'')*'/g) ?? ["''"];
      return members[n % members.length];
    }
    case 'json':
      return str('{}');
    default:
      return str(`sample${n + 1}`);
  }
}

/**
 * The arguments after the column a function needs to be valid SQL: the shape keeps the column, not the rest
 * (a JSON path, a separator, a format), and any of them defeats an index on the column alike.
 */
const MORE_ARGUMENTS: Record<string, string> = {
  JSON_EXTRACT: "'$.a'",
  JSON_CONTAINS: "'1'",
  JSON_CONTAINS_PATH: "'one', '$.a'",
  JSON_SEARCH: "'one', 'a'",
  DATE_FORMAT: "'%Y'",
  IFNULL: "''",
  NULLIF: "''",
  LEFT: '1',
  RIGHT: '1',
  SUBSTRING: '1',
  SUBSTR: '1',
  LOCATE: "''",
  INSTR: "''",
  FIELD: "''",
  FIND_IN_SET: "''",
  MOD: '2',
  GREATEST: "''",
  LEAST: "''",
};

/** A function around a column as SQL; a CAST's target type is not kept, and any cast defeats the index alike. */
function functionSql(fn: string, ref: string): string {
  const f = fn.toUpperCase();
  if (f === 'CAST') return `CAST(${ref} AS CHAR)`;
  // CONCAT_WS takes its separator first.
  if (f === 'CONCAT_WS') return `CONCAT_WS(' ', ${ref})`;
  const more = MORE_ARGUMENTS[f];
  return more ? `${f}(${ref}, ${more})` : `${f}(${ref})`;
}

/** Sample compared with a function's result: DATE() gives a date, YEAR()/MONTH() a number, LOWER() a string. */
function functionSample(fn: string, column: Column): string {
  const f = fn.toLowerCase();
  if (f === 'date') return str('2026-01-01');
  if (['year', 'month', 'day', 'dayofmonth', 'dayofweek', 'hour', 'minute', 'week', 'quarter'].includes(f))
    return '1';
  if (f === 'time') return str('12:00:00');
  if (['lower', 'upper', 'trim', 'ltrim', 'rtrim'].includes(f)) return str('sample1');
  return sampleValue(column);
}

/**
 * Columns of one table whose `DATE()` comparisons are rendered on the bare column: the proof of an index on
 * such a column plans the query as it must be written to use it (the finding says so).
 */
export interface BareDates {
  table: string;
  columns: string[];
}

/** `DATE(col) = d` as the range on the bare column that selects the same rows; null for other operators. */
function bareDateSql(op: Predicate['op'], ref: string): string | null {
  // The day functionSample() compares DATE() with, and the day after it.
  const day = str('2026-01-01');
  const next = str('2026-01-02');
  switch (op) {
    case '=':
      return `${ref} >= ${day} AND ${ref} < ${next}`;
    case '<':
      return `${ref} < ${day}`;
    case '>=':
      return `${ref} >= ${day}`;
    case '<=':
      return `${ref} < ${next}`;
    case '>':
      return `${ref} >= ${next}`;
    default:
      return null;
  }
}

const isBareDate = (p: Predicate, r: { table: Table; column: Column }, bare?: BareDates): boolean =>
  !!bare &&
  p.fn?.toLowerCase() === 'date' &&
  !p.compare &&
  tableOfInstance(r.table.name).toLowerCase() === bare.table.toLowerCase() &&
  bare.columns.some((c) => c.toLowerCase() === r.column.name.toLowerCase());

/**
 * A pruning query's moving cutoff (`created_at < now()->subDays(30)`, QueryShape.prunes), compared a week
 * into the generated dates: run on a schedule, it finds the rows that aged past the cutoff since the last
 * run, a sliver of the table, not every row older than the EXPLAIN samples' 2026-01-01.
 */
function agedPastSql(p: Predicate, ref: string, column: Column): string | null {
  if (!p.pastCutoff || p.fn || (p.op !== '<' && p.op !== '<=')) return null;
  const kind = columnKind(column.type);
  if (kind === 'date') return `${ref} ${p.op} ${str(PRUNED_BEFORE_DAY)}`;
  if (kind === 'datetime') return `${ref} ${p.op} ${str(`${PRUNED_BEFORE_DAY} 00:00:00`)}`;
  return null;
}

/** A value the code spells, as SQL; null when it binds something not known. */
function literalSql(v: Predicate['value']): string | null {
  if (typeof v === 'string') return str(v);
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'boolean') return v ? '1' : '0';
  return null;
}

function predicateSql(
  p: Predicate,
  ref: string,
  column: Column,
  display: boolean,
  other?: string,
): string | null {
  const lhs = p.fn ? functionSql(p.fn, ref) : ref;
  const known = literalSql(p.value);
  // EXPLAIN runs with the literal the code spells too: the planning copy's generated rows hold those
  // literals (generate/distribution.ts), and two samples could contradict (`state = x AND state <> x`).
  const v = (n = 0) =>
    n === 0 && known !== null && !p.fn
      ? known
      : display
        ? '?'
        : p.fn
          ? functionSample(p.fn, column)
          : sampleValue(column, n);
  if (p.compare) return other ? `${lhs} ${p.compare.operator} ${other}` : null;
  // A LIKE pattern the code spells is sent as is; an unknown one keeps only its kind (never shown as SQL).
  const pattern = typeof p.value === 'string' ? str(p.value) : null;
  switch (p.op) {
    case '=':
    case '!=':
    case '<':
    case '>':
    case '<=':
    case '>=':
      return `${lhs} ${p.op === '!=' ? '<>' : p.op} ${v()}`;
    case 'in':
      // IN_LIST_PLANNED_VALUES values: the planner's estimate is for that many keys.
      return display ? `${lhs} IN (?)` : `${lhs} IN (${v(0)}, ${v(1)}, ${v(2)})`;
    case 'not in':
      return display ? `${lhs} NOT IN (?)` : `${lhs} NOT IN (${v(0)}, ${v(1)}, ${v(2)})`;
    case 'between':
      return display ? `${lhs} BETWEEN ? AND ?` : `${lhs} BETWEEN ${v(0)} AND ${v(1)}`;
    case 'is null':
      return `${lhs} IS NULL`;
    case 'is not null':
      return `${lhs} IS NOT NULL`;
    case 'like':
      return `${lhs} LIKE ${pattern ?? (display ? '?' : `'%sample%'`)}`;
    case 'like-prefix':
      // Every generated string starts with `sample`, so `'sample%'` would match them all and the planner
      // would rightly scan. A prefix the code does not show finds few rows, as an equality's sample does:
      // `sample0` starts no generated value (k counts from 1).
      return `${lhs} LIKE ${pattern ?? (display ? '?' : `'sample0%'`)}`;
    default:
      // MATCH … AGAINST needs a FULLTEXT index to even parse; raw fragments are unknown.
      return null;
  }
}

/** Resolves `col` or `table.col` against the query's tables: main table first for unqualified names. */
function resolve(
  ref: string | { column: string; table?: string },
  tables: Table[],
): { table: Table; column: Column } | null {
  const { table: qualifier, column } = predicateRef(typeof ref === 'string' ? { column: ref } : ref);
  return resolveColumn(tables, qualifier, column);
}

const refOf = (r: { table: Table; column: Column }) => `${q(r.table.name)}.${q(r.column.name)}`;

/**
 * Indexes the planner must not consider, per table (as named in the schema): the planner phase adds every
 * proposed index at once and proves each one with the others hidden by IGNORE INDEX.
 */
export type IgnoredIndexes = (table: string) => string[];

/** A table of the FROM or JOIN clause: its name, the alias of a repeated instance, the hidden indexes. */
function tableRef(t: Table, ignored?: IgnoredIndexes): string {
  const name = tableOfInstance(t.name);
  const ref = name === t.name ? q(name) : `${q(name)} AS ${q(t.name)}`;
  const hidden = ignored?.(name) ?? [];
  return hidden.length ? `${ref} IGNORE INDEX (${hidden.map(q).join(', ')})` : ref;
}

/**
 * The table a join reads: the schema's table, or a copy named as its next instance when the query already
 * reads that table (a self-join, or one table joined under two aliases).
 */
function joinedInstance(t: Table, tables: Table[]): Table {
  const earlier = tables.filter((x) => tableOfInstance(x.name).toLowerCase() === t.name.toLowerCase()).length;
  return earlier === 0 ? t : { ...t, name: instanceName(t.name, earlier + 1) };
}

/** A column of the join's own condition, named by its table: it is that join's instance of the table. */
function onJoined<R extends { column: string; table?: string }>(ref: R, joined: Table): R {
  const table = ref.table && ref.table.toLowerCase() === tableOfInstance(joined.name).toLowerCase();
  return table ? { ...ref, table: joined.name } : ref;
}

export function renderShapeSql(
  shape: QueryShape,
  schema: Schema,
  ignored?: IgnoredIndexes,
  bare?: BareDates,
): Rendered {
  const main = findTable(schema, shape.table);
  if (!main) return { error: `table ${shape.table} is not in the schema` };
  const tables: Table[] = [main];
  const joins: { sql: string[]; display: string[] } = { sql: [], display: [] };
  const skippedPredicates: string[] = [];
  for (const j of shape.joins) {
    const found = findTable(schema, j.table);
    if (!found) return { error: `joined table ${j.table} is not in the schema` };
    const t = joinedInstance(found, tables);
    tables.push(t);
    const on: string[] = [];
    for (const pair of j.on) {
      const left = resolve(pair.left, [t, ...tables.slice(0, -1)]);
      const right = resolve(pair.right, tables);
      if (!left || !right)
        return { error: `join condition ${pair.left} = ${pair.right} names an unknown column` };
      on.push(`${refOf(left)} = ${refOf(right)}`);
    }
    // ON conditions with a value (a join closure's where): rendered in ON, where Laravel sends them.
    const values: { sql: string | null; display: string | null }[] = [];
    for (const p of j.where ?? []) {
      const r = resolve(onJoined(p, t), [t, ...tables.slice(0, -1)]);
      if (!r)
        return {
          error: `join condition on ${p.table ? `${p.table}.` : ''}${p.column} names an unknown column`,
        };
      const c = p.compare ? resolve(p.compare, tables) : null;
      const other = c ? refOf(c) : undefined;
      const sql = predicateSql(p, refOf(r), r.column, false, other);
      if (!sql) skippedPredicates.push(`${p.column} ${p.op}`);
      values.push({ sql, display: predicateSql(p, refOf(r), r.column, true, other) });
    }
    const kind =
      j.type === 'left'
        ? 'LEFT JOIN'
        : j.type === 'right'
          ? 'RIGHT JOIN'
          : j.type === 'cross'
            ? 'CROSS JOIN'
            : 'JOIN';
    for (const form of ['sql', 'display'] as const) {
      const all = [...on, ...values.map((v) => v[form]).filter((x): x is string => !!x)];
      joins[form].push(
        all.length
          ? `${kind} ${tableRef(t, form === 'sql' ? ignored : undefined)} ON ${all.join(' AND ')}`
          : `${kind} ${tableRef(t, form === 'sql' ? ignored : undefined)}`,
      );
    }
  }

  const rendered = new Map<Predicate, { sql: string | null; display: string | null }>();
  for (const p of shape.where) {
    const r = resolve(p, tables);
    if (!r)
      return {
        error: `column ${p.table ? `${p.table}.` : ''}${p.column} is not in ${tables.map((t) => t.name).join(', ')}`,
      };
    const c = p.compare ? resolve(p.compare, tables) : null;
    if (p.compare && !c)
      return { error: `column ${p.compare.column} is not in ${tables.map((t) => t.name).join(', ')}` };
    const other = c ? refOf(c) : undefined;
    const sql =
      (isBareDate(p, r, bare) ? bareDateSql(p.op, refOf(r)) : null) ??
      (shape.prunes ? agedPastSql(p, refOf(r), r.column) : null) ??
      predicateSql(p, refOf(r), r.column, false, other);
    rendered.set(p, { sql, display: predicateSql(p, refOf(r), r.column, true, other) });
    if (!sql) skippedPredicates.push(`${p.column} ${p.op}`);
  }
  const whereOf = (kind: 'sql' | 'display') => conditionSql(shape, (p) => rendered.get(p)?.[kind] ?? null);

  const group: string[] = [];
  for (const g of shape.groupBy) {
    const r = resolve(g, tables);
    if (!r) return { error: `GROUP BY column ${g} is not in ${tables.map((t) => t.name).join(', ')}` };
    group.push(refOf(r));
  }
  const order: string[] = [];
  for (const o of shape.orderBy) {
    const r = resolve(o, tables);
    if (!r) return { error: `ORDER BY column ${o.column} is not in ${tables.map((t) => t.name).join(', ')}` };
    const ref = o.fn ? functionSql(o.fn, refOf(r)) : refOf(r);
    order.push(`${ref} ${o.direction === 'desc' ? 'DESC' : 'ASC'}`);
  }

  const select = group.length ? `${group.join(', ')}, COUNT(*)` : `${q(main.name)}.*`;
  const statement = (where: string, from: string, form: 'sql' | 'display') => {
    const parts = [`SELECT ${select} FROM ${from}`, ...joins[form]];
    if (where) parts.push(`WHERE ${where}`);
    if (group.length) parts.push(`GROUP BY ${group.join(', ')}`);
    if (order.length) parts.push(`ORDER BY ${order.join(', ')}`);
    const limit = shape.single ? 1 : shape.limit;
    if (limit !== undefined && limit > 0) parts.push(`LIMIT ${Math.floor(limit)}`);
    return parts.join(' ');
  };
  return {
    sql: statement(whereOf('sql'), tableRef(main, ignored), 'sql'),
    display: statement(whereOf('display'), q(main.name), 'display'),
    skippedPredicates,
  };
}

/**
 * The WHERE clause with the shape's AND/OR structure: top-level OR branches (`branch`), parenthesised OR
 * groups AND-ed with the rest (`group`), and the predicates AND-ed with everything (soft deletes, scopes).
 * A predicate that cannot be rendered is left out; an OR that loses a whole branch is left out too (what
 * remains must not narrow more than the query does).
 */
export function conditionSql(shape: QueryShape, one: (p: Predicate) => string | null): string {
  const tagged = shape.where.some((p) => p.branch !== undefined);
  // Shapes without tags (older or raw ones marked hasOr): every predicate but soft deletes is OR-ed.
  const branchOf = (p: Predicate): number | undefined =>
    tagged ? p.branch : shape.hasOr && p.via !== 'SoftDeletes' ? shape.where.indexOf(p) : undefined;
  const and = (items: (string | null)[]) => items.filter((x): x is string => !!x).join(' AND ');
  /** `(b1 OR b2 …)`, or null when a branch has nothing left (the OR would then narrow too much). */
  const or = (branches: (string | null)[][]): string | null => {
    const texts = branches.map(and);
    if (texts.some((t) => t === '')) return null;
    return texts.length === 1 ? texts[0] : `(${texts.join(' OR ')})`;
  };
  /** The AND of plain predicates and OR groups among `preds`. */
  const conjunction = (preds: Predicate[]): (string | null)[] => {
    // A group sits where its first predicate sits, as Laravel writes it.
    const slots: ({ sql: string | null } | Map<number, (string | null)[]>)[] = [];
    const groups = new Map<number, Map<number, (string | null)[]>>();
    for (const p of preds) {
      if (!p.group) {
        slots.push({ sql: one(p) });
        continue;
      }
      let g = groups.get(p.group.id);
      if (!g) {
        g = new Map<number, (string | null)[]>();
        groups.set(p.group.id, g);
        slots.push(g);
      }
      g.set(p.group.branch, [...(g.get(p.group.branch) ?? []), one(p)]);
    }
    return slots.map((slot) =>
      slot instanceof Map ? or([...slot.keys()].sort((a, b) => a - b).map((k) => slot.get(k)!)) : slot.sql,
    );
  };
  const always = shape.where.filter((p) => branchOf(p) === undefined);
  const branched = shape.where.filter((p) => branchOf(p) !== undefined);
  const parts: (string | null)[] = [];
  if (branched.length) {
    const byBranch = new Map<number, Predicate[]>();
    for (const p of branched) byBranch.set(branchOf(p)!, [...(byBranch.get(branchOf(p)!) ?? []), p]);
    parts.push(or([...byBranch.keys()].sort((a, b) => a - b).map((k) => conjunction(byBranch.get(k)!))));
  }
  parts.push(...conjunction(always));
  return and(parts);
}
