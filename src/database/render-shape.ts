/** Renders a query shape as EXPLAIN-able SQL, with placeholders filled by sample values typed by column. Pure. */

import type { Predicate, QueryShape } from '../project/model.js';
import type { Column, Schema, Table } from '../schema/model.js';
import { findColumn, findTable } from '../schema/model.js';
import { predicateRef } from '../schema/index-match.js';

export type Rendered = { sql: string; skippedPredicates: string[] } | { error: string };

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

function predicateSql(p: Predicate, ref: string, column: Column): string | null {
  const lhs = p.fn ? `${p.fn.toUpperCase()}(${ref})` : ref;
  const v = (n = 0) => (p.fn ? functionSample(p.fn, column) : sampleValue(column, n));
  switch (p.op) {
    case '=':
    case '!=':
    case '<':
    case '>':
    case '<=':
    case '>=':
      return `${lhs} ${p.op === '!=' ? '<>' : p.op} ${v()}`;
    case 'in':
      return `${lhs} IN (${v(0)}, ${v(1)}, ${v(2)})`;
    case 'not in':
      return `${lhs} NOT IN (${v(0)}, ${v(1)}, ${v(2)})`;
    case 'between':
      return `${lhs} BETWEEN ${v(0)} AND ${v(1)}`;
    case 'is null':
      return `${lhs} IS NULL`;
    case 'is not null':
      return `${lhs} IS NOT NULL`;
    case 'like':
      return `${lhs} LIKE '%sample%'`;
    case 'like-prefix':
      return `${lhs} LIKE 'sample%'`;
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
  for (const t of tables) {
    if (qualifier !== null && t.name.toLowerCase() !== qualifier) continue;
    const c = findColumn(t, column);
    if (c) return { table: t, column: c };
    if (qualifier === null) return null;
  }
  return null;
}

const refOf = (r: { table: Table; column: Column }) => `${q(r.table.name)}.${q(r.column.name)}`;

/**
 * Indexes the planner must not consider, per table (as named in the schema): the planner phase adds every
 * proposed index at once and proves each one with the others hidden by IGNORE INDEX.
 */
export type IgnoredIndexes = (table: string) => string[];

function tableRef(t: Table, ignored?: IgnoredIndexes): string {
  const hidden = ignored?.(t.name) ?? [];
  return hidden.length ? `${q(t.name)} IGNORE INDEX (${hidden.map(q).join(', ')})` : q(t.name);
}

export function renderShapeSql(shape: QueryShape, schema: Schema, ignored?: IgnoredIndexes): Rendered {
  const main = findTable(schema, shape.table);
  if (!main) return { error: `table ${shape.table} is not in the schema` };
  const tables: Table[] = [main];
  const joins: string[] = [];
  for (const j of shape.joins) {
    const t = findTable(schema, j.table);
    if (!t) return { error: `joined table ${j.table} is not in the schema` };
    tables.push(t);
    const on: string[] = [];
    for (const pair of j.on) {
      const left = resolve(pair.left, [t, ...tables.slice(0, -1)]);
      const right = resolve(pair.right, tables);
      if (!left || !right)
        return { error: `join condition ${pair.left} = ${pair.right} names an unknown column` };
      on.push(`${refOf(left)} = ${refOf(right)}`);
    }
    const kind =
      j.type === 'left'
        ? 'LEFT JOIN'
        : j.type === 'right'
          ? 'RIGHT JOIN'
          : j.type === 'cross'
            ? 'CROSS JOIN'
            : 'JOIN';
    joins.push(
      on.length
        ? `${kind} ${tableRef(t, ignored)} ON ${on.join(' AND ')}`
        : `${kind} ${tableRef(t, ignored)}`,
    );
  }

  const skippedPredicates: string[] = [];
  const where: string[] = [];
  const always: string[] = [];
  for (const p of shape.where) {
    const r = resolve(p, tables);
    if (!r)
      return {
        error: `column ${p.table ? `${p.table}.` : ''}${p.column} is not in ${tables.map((t) => t.name).join(', ')}`,
      };
    const sql = predicateSql(p, refOf(r), r.column);
    // Soft deletes stay AND-ed to an OR-ed chain, as Laravel wraps the user's wheres in parentheses.
    if (sql && shape.hasOr && p.via === 'SoftDeletes') always.push(sql);
    else if (sql) where.push(sql);
    else skippedPredicates.push(`${p.column} ${p.op}`);
  }

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
    const ref = o.fn ? `${o.fn.toUpperCase()}(${refOf(r)})` : refOf(r);
    order.push(`${ref} ${o.direction === 'desc' ? 'DESC' : 'ASC'}`);
  }

  const select = group.length ? `${group.join(', ')}, COUNT(*)` : `${q(main.name)}.*`;
  const parts = [`SELECT ${select} FROM ${tableRef(main, ignored)}`, ...joins];
  const conditions = [
    ...(where.length
      ? [where.length > 1 && shape.hasOr ? `(${where.join(' OR ')})` : where.join(' AND ')]
      : []),
    ...always,
  ];
  if (conditions.length) parts.push(`WHERE ${conditions.join(' AND ')}`);
  if (group.length) parts.push(`GROUP BY ${group.join(', ')}`);
  if (order.length) parts.push(`ORDER BY ${order.join(', ')}`);
  const limit = shape.single ? 1 : shape.limit;
  if (limit !== undefined && limit > 0) parts.push(`LIMIT ${Math.floor(limit)}`);
  return { sql: parts.join(' '), skippedPredicates };
}
