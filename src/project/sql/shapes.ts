/**
 * Query shapes from SQL text (raw SQL in the code, critical queries of the config file), read with
 * node-sql-parser in its MariaDB dialect. Also reads the SQL fragments of whereRaw/orderByRaw.
 */

import { SqlParser } from './dialects.js';
import { mapUnquoted, quotedParts } from './quoted-parts.js';
import type { Location } from '../../findings.js';
import type { JoinTerm, Operator, OrderTerm, Predicate, Problem, QueryShape } from '../model.js';
import { comparisonOperator, mirrored } from '../operators.js';

const parser = new SqlParser();
const DIALECT = { database: 'MariaDB' };
/**
 * node-sql-parser's MariaDB grammar rejects some ordinary column names (`WHERE status = 1` fails there
 * but parses in its MySQL grammar, of which MariaDB's SQL is a superset here): fall back to it.
 */
const FALLBACK_DIALECT = { database: 'MySQL' };

type SqlNode = Record<string, unknown>;

const asNode = (v: unknown): SqlNode | null =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as SqlNode) : null;
const asArray = (v: unknown): SqlNode[] => (Array.isArray(v) ? v.filter((x) => asNode(x) !== null) : []);

/** A stable id: table, predicates (order-insensitive), sorts, joins and grouping — never the line. */
export function shapeId(
  s: Pick<QueryShape, 'table' | 'where' | 'orderBy' | 'joins' | 'groupBy' | 'hasOr' | 'existsIn' | 'prunes'>,
): string {
  const col = (c: { column: string; table?: string; fn?: string }) => {
    const name = c.table ? `${c.table}.${c.column}` : c.column;
    return c.fn ? `${c.fn.toLowerCase()}(${name})` : name;
  };
  // An OR group's predicates are tagged by their place in it; plain and top-level-OR predicates are not.
  // Groups are numbered by first appearance: the same query read twice is one shape, whatever ids it got.
  const groups = new Map<number, number>();
  for (const p of s.where) if (p.group && !groups.has(p.group.id)) groups.set(p.group.id, groups.size + 1);
  const tag = (p: Predicate) => (p.group ? ` |${groups.get(p.group.id)}.${p.group.branch}` : '');
  const where = [...new Set(s.where.map((p) => `${col(p)} ${p.op}${tag(p)}`))].sort().join(',');
  const order = s.orderBy.map((o) => `${col(o)} ${o.direction}`).join(',');
  const joins = s.joins
    .map((j) => {
      const on = [
        ...j.on.map((o) => `${o.left}=${o.right}`),
        ...(j.where ?? []).map((p) => `${col(p)} ${p.op}`),
      ];
      return `${j.type}:${j.table}(${on.join(',')})`;
    })
    .join(',');
  const parts = [s.table, `w[${where}]`];
  if (s.hasOr) parts.push('or');
  if (order) parts.push(`o[${order}]`);
  if (joins) parts.push(`j[${joins}]`);
  if (s.groupBy.length) parts.push(`g[${s.groupBy.join(',')}]`);
  // The same filters with and without a whereHas on a related key read different rows: two shapes.
  if (s.existsIn?.length)
    parts.push(`x[${s.existsIn.map((e) => `${e.table}(${e.columns.join(',')})`).join(',')}]`);
  // A pruning delete reads only the rows past its cutoff: planned apart from a read of the same filters.
  if (s.prunes) parts.push('prune');
  return parts.join(' ');
}

/** Tables visible in one SELECT: alias or name → table name. */
type Aliases = Map<string, string>;

interface ColumnRef {
  column: string;
  table: string | null;
  fn?: string;
}

function columnName(v: unknown): string | null {
  if (typeof v === 'string') return v;
  const n = asNode(v);
  const expr = asNode(n?.expr);
  if (expr && (typeof expr.value === 'string' || typeof expr.value === 'number')) return String(expr.value);
  return null;
}

function functionName(n: SqlNode): string | null {
  if (typeof n.name === 'string') return n.name.toUpperCase();
  const parts = asArray(asNode(n.name)?.name);
  const last = parts[parts.length - 1];
  return typeof last?.value === 'string' ? last.value.toUpperCase() : null;
}

function functionArgs(n: SqlNode): SqlNode[] {
  const args = asNode(n.args);
  if (!args) return [];
  if (Array.isArray(args.value)) return asArray(args.value);
  const one = asNode(args.value) ?? asNode(args.expr);
  return one ? [one] : [];
}

/** A column, possibly wrapped in one function (`LOWER(email)`, `DATE(created_at)`). */
function columnOf(expr: SqlNode | null, aliases: Aliases): ColumnRef | null {
  if (!expr) return null;
  if (expr.type === 'column_ref') {
    const column = columnName(expr.column);
    if (!column || column === '*') return null;
    // A quoted qualifier (`posts`.`id`) comes as a node with its text in `value`.
    const t = expr.table;
    const qualifier =
      typeof t === 'string' ? t : typeof asNode(t)?.value === 'string' ? String(asNode(t)!.value) : null;
    return { column, table: qualifier ? (aliases.get(qualifier.toLowerCase()) ?? qualifier) : null };
  }
  if (expr.type === 'function' || expr.type === 'aggr_func') {
    const name = functionName(expr);
    const inner = functionArgs(expr)
      .map((a) => columnOf(a, aliases))
      .find((c) => c !== null);
    if (!name || !inner || inner.fn) return null;
    return { ...inner, fn: name };
  }
  if (expr.type === 'cast') {
    const inner = columnOf(asNode(expr.expr), aliases);
    // `BINARY col` is `CAST(col AS BINARY)`: named as written, since the advice differs (cast the value).
    const target = asArray(expr.target)[0];
    const fn = String(target?.dataType ?? '').toUpperCase() === 'BINARY' ? 'BINARY' : 'CAST';
    return inner && !inner.fn ? { ...inner, fn } : null;
  }
  return null;
}

function valueOf(expr: SqlNode | null): string | number | boolean | null | undefined {
  if (!expr) return undefined;
  switch (expr.type) {
    case 'number':
      return typeof expr.value === 'number' ? expr.value : Number(expr.value);
    case 'single_quote_string':
    case 'double_quote_string':
    case 'string':
    case 'natural_string':
      return typeof expr.value === 'string' ? expr.value : undefined;
    case 'bool':
    case 'boolean':
      return Boolean(expr.value);
    case 'null':
      return null;
    case 'expr_list': {
      const first = asArray(expr.value)[0];
      return first ? valueOf(first) : undefined;
    }
    default:
      return undefined;
  }
}

/** What a WHERE / ON / HAVING expression says, as AND-ed predicates. */
interface Conditions {
  where: Predicate[];
  /** A top-level OR (`a OR b`); an OR in parentheses AND-ed with the rest is a group instead. */
  hasOr: boolean;
  /** Ids for OR groups (`a AND (b OR c)`). */
  groups?: number;
  /** What was left out (an OR group inside an OR group). */
  partial?: string[];
  /** Column = column comparisons (join conditions written in WHERE or ON), and where they sit. */
  pairs: { a: ColumnRef; b: ColumnRef; at?: Place }[];
  /** Subqueries met inside the expression. */
  subqueries: SqlNode[];
}

/** Where an expression sits in the AND/OR structure (see Predicate.branch and Predicate.group). */
interface Place {
  /** The expression is the whole WHERE (an OR here is a top-level OR). */
  root: boolean;
  branch?: number;
  group?: { id: number; branch: number };
}

const isOrOperator = (op: string) => op === 'OR' || op === '||' || op === 'XOR';

/** `a OR b OR c` → [a, b, c]. */
function disjuncts(expr: SqlNode): SqlNode[] {
  const op = String(expr.operator ?? '').toUpperCase();
  if (expr.type !== 'binary_expr' || !isOrOperator(op)) return [expr];
  return [asNode(expr.left), asNode(expr.right)]
    .filter((x): x is SqlNode => x !== null)
    .flatMap((x) => disjuncts(x));
}

function place(p: Predicate, at: Place): Predicate {
  if (at.branch !== undefined) p.branch = at.branch;
  if (at.group) p.group = { ...at.group };
  return p;
}

function readConditions(
  expr: SqlNode | null,
  aliases: Aliases,
  out: Conditions,
  at: Place = { root: true },
): void {
  if (!expr) return;
  if (expr.type === 'binary_expr') {
    const op = String(expr.operator ?? '').toUpperCase();
    const left = asNode(expr.left);
    const right = asNode(expr.right);
    if (op === 'AND' || op === '&&') {
      readConditions(left, aliases, out, { ...at, root: false });
      readConditions(right, aliases, out, { ...at, root: false });
      return;
    }
    if (isOrOperator(op)) {
      const parts = disjuncts({ ...expr, parentheses: false });
      if (at.group) {
        // Deeper than a shape records: left out, and said so.
        (out.partial ??= []).push('an OR group nested inside another OR group is left out');
        return;
      }
      if (at.root) {
        out.hasOr = true;
        parts.forEach((d, i) => readConditions(d, aliases, out, { root: false, branch: i }));
        return;
      }
      const id = (out.groups = (out.groups ?? 0) + 1);
      parts.forEach((d, j) =>
        readConditions(d, aliases, out, { root: false, branch: at.branch, group: { id, branch: j } }),
      );
      return;
    }
    collectSubqueries(right, out);
    const lcol = columnOf(left, aliases);
    const rcol = columnOf(right, aliases);
    if (lcol && rcol && !lcol.fn && !rcol.fn && op === '=') {
      out.pairs.push({ a: lcol, b: rcol, at });
      return;
    }
    if (lcol && rcol && ['<', '>', '<=', '>=', '!=', '<>'].includes(op)) {
      // A column against a column (`updated_at > created_at`) seeks nothing; it is kept as a comparison.
      out.where.push(place(columnComparison(lcol, rcol, op), at));
      return;
    }
    let col = lcol;
    let valueExpr = right;
    let operator = comparisonOperator(op, valueOf(right));
    if (!lcol && rcol) {
      col = rcol;
      valueExpr = left;
      operator = mirrored(comparisonOperator(op));
    }
    if (!col) return;
    const value = valueOf(valueExpr);
    if ((op === 'IS' || op === 'IS NOT') && valueExpr?.type !== 'null') operator = 'other';
    if (op === 'NOT LIKE' || op === 'REGEXP' || op === 'RLIKE') operator = 'other';
    out.where.push(place(predicate(col, operator, value), at));
    return;
  }
  if (expr.type === 'unary_expr' && String(expr.operator).toUpperCase() === 'NOT') {
    const inner: Conditions = { where: [], hasOr: false, pairs: [], subqueries: [] };
    readConditions(asNode(expr.expr), aliases, inner);
    // NOT (…): nothing inside can seek, whatever its structure; it sits where the NOT sits.
    for (const p of inner.where) {
      const copy: Predicate = { ...p, op: 'other' };
      delete copy.branch;
      delete copy.group;
      out.where.push(place(copy, at));
    }
    out.subqueries.push(...inner.subqueries);
    return;
  }
  if (expr.type === 'fulltext_search') {
    for (const c of asArray(asNode(expr.columns)?.value ?? expr.columns)) {
      const col = columnOf(c, aliases);
      if (col) out.where.push(place(predicate(col, 'fulltext', undefined), at));
    }
    return;
  }
  collectSubqueries(expr, out);
}

function collectSubqueries(expr: SqlNode | null, out: Conditions): void {
  if (!expr) return;
  const ast = asNode(expr.ast);
  if (ast) out.subqueries.push(ast);
  if (expr.type === 'select') out.subqueries.push(expr);
  if (expr.type === 'expr_list') for (const v of asArray(expr.value)) collectSubqueries(v, out);
  // `EXISTS (SELECT …)` is a function over a subquery.
  if (expr.type === 'function') collectSubqueries(asNode(expr.args), out);
}

function columnComparison(a: ColumnRef, b: ColumnRef, operator: string): Predicate {
  const p = predicate(a, 'other', undefined);
  p.compare = { column: b.column, operator };
  if (b.table) p.compare.table = b.table;
  return p;
}

function predicate(col: ColumnRef, op: Operator, value: unknown): Predicate {
  const p: Predicate = { column: col.column, op };
  if (col.fn) p.fn = col.fn;
  if (col.table) p.table = col.table;
  if (value !== undefined && (value === null || ['string', 'number', 'boolean'].includes(typeof value))) {
    p.value = value as Predicate['value'];
  }
  return p;
}

/** Drops the qualifier of columns on the shape's own table. */
function own<T extends { table?: string }>(items: T[], table: string): T[] {
  return items.map((it) => {
    if (it.table && it.table.toLowerCase() === table.toLowerCase()) {
      const copy = { ...it };
      delete copy.table;
      return copy;
    }
    return it;
  });
}

function joinType(raw: unknown): JoinTerm['type'] {
  const t = String(raw ?? '').toUpperCase();
  if (t.startsWith('LEFT')) return 'left';
  if (t.startsWith('RIGHT')) return 'right';
  if (t.startsWith('CROSS')) return 'cross';
  return 'inner';
}

interface PartialShape {
  table: string;
  where: Predicate[];
  hasOr: boolean;
  partial?: string[];
  joins: JoinTerm[];
  orderBy: OrderTerm[];
  groupBy: string[];
  limit?: number;
}

/** One SELECT/UPDATE/DELETE → its shape (plus shapes of its subqueries and UNION branches). */
function readStatement(stmt: SqlNode, out: PartialShape[]): void {
  const type = String(stmt.type ?? '').toLowerCase();
  if (type !== 'select' && type !== 'update' && type !== 'delete') return;
  const sources = asArray(type === 'select' ? stmt.from : (stmt.from ?? stmt.table));
  const aliases: Aliases = new Map();
  for (const s of sources) {
    if (typeof s.table === 'string') {
      aliases.set(s.table.toLowerCase(), s.table);
      if (typeof s.as === 'string') aliases.set(s.as.toLowerCase(), s.table);
    }
    const sub = asNode(asNode(s.expr)?.ast);
    if (sub) readStatement(sub, out);
  }
  const main = sources[0];
  const next = asNode(stmt._next);
  if (next) readStatement(next, out);
  const conditions: Conditions = { where: [], hasOr: false, pairs: [], subqueries: [] };
  readConditions(asNode(stmt.where), aliases, conditions);
  for (const sub of conditions.subqueries) readStatement(sub, out);
  if (!main || typeof main.table !== 'string') return; // derived table: only its inner query is a shape
  const table = main.table;

  const joins: JoinTerm[] = [];
  for (const s of sources.slice(1)) {
    if (typeof s.table !== 'string') continue;
    const on: Conditions = { where: [], hasOr: false, pairs: [], subqueries: [] };
    readConditions(asNode(s.on), aliases, on);
    const joined = s.table.toLowerCase();
    const terms = on.pairs.map(({ a, b }) => {
      const [mine, other] = a.table?.toLowerCase() === joined ? [a, b] : [b, a];
      return { left: mine.column, right: other.table ? `${other.table}.${other.column}` : other.column };
    });
    // Conditions in ON that compare a column with a constant limit the joined rows (a LEFT JOIN keeps
    // every row of the other side): they stay on the join, not in WHERE. Inside an OR they seek nothing.
    const onWhere = on.where.map((p) => {
      const copy: Predicate = p.table ? { ...p } : { ...p, table: s.table as string };
      if (on.hasOr || p.group) copy.op = 'other';
      delete copy.branch;
      delete copy.group;
      return copy;
    });
    const usingCols = Array.isArray(s.using) ? s.using.filter((u): u is string => typeof u === 'string') : [];
    for (const u of usingCols) terms.push({ left: u, right: `${table}.${u}` });
    const term: JoinTerm = { table: s.table, on: terms, type: s.join ? joinType(s.join) : 'cross' };
    if (onWhere.length) term.where = onWhere;
    joins.push(term);
  }
  // `FROM a, b WHERE a.x = b.y`: comma joins compare columns in WHERE.
  const ownTables = new Set([...aliases.values()].map((t) => t.toLowerCase()));
  const isOwn = (c: ColumnRef) => c.table === null || ownTables.has(c.table.toLowerCase());
  for (const { a, b, at } of conditions.pairs) {
    const j = joins.find(
      (jt) =>
        jt.table.toLowerCase() === a.table?.toLowerCase() ||
        jt.table.toLowerCase() === b.table?.toLowerCase(),
    );
    if (!j) {
      // A correlated subquery (`EXISTS (SELECT … WHERE outer.id = inner.key)`) looks its rows up by its
      // own column once per outer row: an equality on that column.
      const [own, outer] = isOwn(a) && !isOwn(b) ? [a, b] : isOwn(b) && !isOwn(a) ? [b, a] : [null, null];
      if (own && outer) conditions.where.push(predicate(own, '=', undefined));
      // Two columns of the same row (`WHERE a = b`): a comparison that seeks nothing.
      else if (isOwn(a) && isOwn(b))
        conditions.where.push(place(columnComparison(a, b, '='), at ?? { root: false }));
      continue;
    }
    const [mine, other] = a.table?.toLowerCase() === j.table.toLowerCase() ? [a, b] : [b, a];
    j.on.push({ left: mine.column, right: other.table ? `${other.table}.${other.column}` : other.column });
    if (j.type === 'cross') j.type = 'inner';
  }

  // Names the select list gives: ORDER BY and GROUP BY resolve a bare name to them first.
  const named = selectNames(stmt, aliases);
  const computed: string[] = [];
  const byName = (col: ColumnRef | null): ColumnRef | null => {
    if (!col || col.table || col.fn || !named.has(col.column.toLowerCase())) return col;
    const ref = named.get(col.column.toLowerCase()) ?? null;
    if (!ref) computed.push(col.column);
    return ref;
  };
  const orderBy: OrderTerm[] = [];
  for (const o of asArray(stmt.orderby)) {
    const col = byName(columnOf(asNode(o.expr), aliases));
    // From a computed value on, the order is no index's.
    if (!col && computed.length) break;
    if (!col) continue;
    const term: OrderTerm = {
      column: col.column,
      direction: String(o.type).toUpperCase() === 'DESC' ? 'desc' : 'asc',
    };
    if (col.fn) term.fn = col.fn;
    if (col.table) term.table = col.table;
    orderBy.push(term);
  }
  const groupNode = stmt.groupby;
  const groupItems = Array.isArray(groupNode) ? asArray(groupNode) : asArray(asNode(groupNode)?.columns);
  // A joined table's column keeps its table (`GROUP BY t.locale`), as splitColumn reads it.
  const groupBy = groupItems
    .map((g) => byName(columnOf(g, aliases)))
    .filter((c): c is ColumnRef => c !== null)
    .map((c) =>
      c.table && c.table.toLowerCase() !== table.toLowerCase() ? `${c.table}.${c.column}` : c.column,
    );

  let limit: number | undefined;
  const lim = asNode(stmt.limit);
  const limValues = asArray(lim?.value);
  if (limValues.length) {
    const countNode = limValues.length === 2 && lim?.seperator === ',' ? limValues[1] : limValues[0];
    const v = valueOf(countNode);
    if (typeof v === 'number') limit = v;
  }

  const partial = [
    ...(conditions.partial ?? []),
    ...computed.map((c) => `the sort or grouping by ${c} is by a computed value`),
  ];
  out.push({
    table,
    where: own(conditions.where, table),
    hasOr: conditions.hasOr,
    partial: partial.length ? partial : conditions.partial,
    joins,
    orderBy: own(orderBy, table),
    groupBy,
    limit,
  });
}

/** `SELECT a.x AS y, SUM(z) AS total`: alias → the plain column it names, or null for a computed value. */
function selectNames(stmt: SqlNode, aliases: Aliases): Map<string, ColumnRef | null> {
  const out = new Map<string, ColumnRef | null>();
  for (const c of asArray(stmt.columns)) {
    const as = columnName(c.as);
    if (!as) continue;
    const ref = columnOf(asNode(c.expr), aliases);
    out.set(as.toLowerCase(), ref && !ref.fn ? ref : null);
  }
  return out;
}

function parseError(err: unknown): string {
  const e = err as { message?: string };
  return (e.message ?? String(err)).split('\n')[0];
}

function parse(sql: string): SqlNode[] {
  let ast: unknown;
  try {
    ast = astify(sql);
  } catch (err) {
    // The grammar lacks MariaDB's `BINARY expr` operator on a column; it reads the CAST it stands for.
    const cast = binaryAsCast(sql);
    if (cast === sql) throw err;
    try {
      ast = astify(cast);
    } catch {
      throw err;
    }
  }
  return Array.isArray(ast) ? asArray(ast) : [asNode(ast)].filter((x): x is SqlNode => x !== null);
}

function astify(sql: string): unknown {
  try {
    return parser.astify(sql, DIALECT);
  } catch (err) {
    try {
      return parser.astify(sql, FALLBACK_DIALECT);
    } catch {
      throw err;
    }
  }
}

/** `BINARY` before a plain, possibly qualified name, within unquoted text. */
const BINARY_NAME = /\bBINARY\s+([A-Za-z_][\w$]*(?:\.[A-Za-z_][\w$]*)?)(?![\w$(.])/gi;
/** `BINARY` (and a plain qualifier) ending unquoted text, before a quoted name. */
const BINARY_BEFORE_NAME = /\bBINARY\s+(?:([A-Za-z_][\w$]*)\.)?$/i;

/**
 * `BINARY \`hash\` = ?` → `CAST(\`hash\` AS BINARY) = ?`: MariaDB defines the operator as that cast. Only a
 * column name after the keyword is rewritten, never text inside quotes.
 */
export function binaryAsCast(sql: string): string {
  const parts = quotedParts(sql);
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part.kind !== 'text') {
      out += part.text;
      continue;
    }
    const text = part.text.replace(BINARY_NAME, (_m, name: string) => `CAST(${name} AS BINARY)`);
    const tail = BINARY_BEFORE_NAME.exec(text);
    if (tail && parts[i + 1]?.kind === 'name') {
      let operand = `${tail[1] ? `${tail[1]}.` : ''}${parts[i + 1].text}`;
      let next = i + 2;
      if (parts[next]?.text === '.' && parts[next + 1]?.kind === 'name') {
        operand += `.${parts[next + 1].text}`;
        next += 2;
      }
      out += `${text.slice(0, tail.index)}CAST(${operand} AS BINARY)`;
      i = next - 1;
      continue;
    }
    out += text;
  }
  return out;
}

/** Shapes of every SELECT/UPDATE/DELETE in `sql`; a Problem (PA901) when the SQL cannot be read. */
export function shapesFromSql(
  sql: string,
  location: Location,
  name?: string,
): { shapes: QueryShape[]; problem: Problem | null } {
  let statements: SqlNode[];
  try {
    statements = parse(sql);
  } catch (err) {
    const label = name ? `query "${name}"` : 'raw SQL';
    return {
      shapes: [],
      problem: { location, message: `Could not parse ${label}: ${parseError(err)}`, construct: 'raw SQL' },
    };
  }
  const partials: PartialShape[] = [];
  for (const stmt of statements) readStatement(stmt, partials);
  const origin: QueryShape['origin'] = name !== undefined ? 'config' : 'raw';
  const shapes = partials.map((p) => {
    const shape: QueryShape = {
      id: '',
      table: p.table,
      where: p.where,
      joins: p.joins,
      orderBy: p.orderBy,
      groupBy: p.groupBy,
      location,
      origin,
      code: oneLine(sql),
      sql,
    };
    if (p.hasOr) shape.hasOr = true;
    if (p.partial?.length) {
      shape.partial = true;
      shape.partialReasons = [...new Set(p.partial)];
    }
    if (p.limit !== undefined) shape.limit = p.limit;
    if (p.limit === 1) shape.single = true;
    if (name !== undefined) shape.name = name;
    shape.id = shapeId(shape);
    return shape;
  });
  return { shapes, problem: null };
}

function oneLine(sql: string): string {
  const flat = sql.replace(/\s+/g, ' ').trim();
  return flat.length <= 160 ? flat : `${flat.slice(0, 159)}…`;
}

/** `whereRaw('LOWER(email) = ?')` → its predicates, read as `SELECT * FROM table WHERE <fragment>`. */
export function predicatesFromFragment(
  fragment: string,
  table: string,
): { where: Predicate[]; hasOr: boolean; partial?: string[] } | { error: string } {
  try {
    const { nodes, placeholders } = parseFragment(`SELECT * FROM \`${table}\` WHERE `, fragment);
    const partials: PartialShape[] = [];
    if (nodes[0]) readStatement(nodes[0], partials);
    const mine = partials[partials.length - 1];
    // The stand-in values for `?` are not the app's: they are dropped.
    if (mine && placeholders) for (const p of mine.where) delete p.value;
    return mine
      ? { where: mine.where, hasOr: mine.hasOr, partial: mine.partial }
      : { where: [], hasOr: false };
  } catch (err) {
    return { error: parseError(err) };
  }
}

/**
 * A fragment with `?` placeholders: the SQL grammar does not take one everywhere a value goes
 * (`title REGEXP ?`), so when it fails the placeholders (outside quotes) are read as NULL values.
 */
function parseFragment(prefix: string, fragment: string): { nodes: SqlNode[]; placeholders: boolean } {
  try {
    return { nodes: parse(prefix + fragment), placeholders: false };
  } catch (err) {
    const unbound = mapUnquoted(fragment, (text) => text.replace(/\?/g, "''"));
    if (unbound === fragment) throw err;
    return { nodes: parse(prefix + unbound), placeholders: true };
  }
}

/**
 * The names a select list gives (`users.name as author`, `SUM(views) as view_count`), read as
 * `SELECT <fragment> FROM table`: each is a plain column (`{ column, table? }`) or a computed value (null).
 */
export function selectAliasesFromFragment(
  fragment: string,
  table: string,
): { aliases: [string, { column: string; table?: string } | null][] } | { error: string } {
  try {
    const [stmt] = parse(`SELECT ${fragment} FROM \`${table}\``);
    const aliases: [string, { column: string; table?: string } | null][] = [];
    for (const [as, ref] of stmt ? selectNames(stmt, new Map()) : [])
      aliases.push([as, ref ? { column: ref.column, ...(ref.table ? { table: ref.table } : {}) } : null]);
    return { aliases };
  } catch (err) {
    return { error: parseError(err) };
  }
}

/** `orderByRaw('LOWER(name) desc')` → its sort terms. */
export function orderFromFragment(
  fragment: string,
  table: string,
): { orderBy: OrderTerm[] } | { error: string } {
  try {
    const [stmt] = parse(`SELECT * FROM \`${table}\` ORDER BY ${fragment}`);
    const partials: PartialShape[] = [];
    if (stmt) readStatement(stmt, partials);
    return { orderBy: partials[partials.length - 1]?.orderBy ?? [] };
  } catch (err) {
    return { error: parseError(err) };
  }
}
