/**
 * Leftmost-prefix matching of a query shape against a table's indexes, and the index Laravel would add.
 * Pure: no database. The planner (src/database/planner.ts) confirms or overturns these verdicts.
 */

import type { OrderTerm, Predicate, QueryShape } from '../project/model.js';
import type { Index, Schema, Table } from './model.js';
import { findColumn, findTable } from './model.js';
import { isBooleanLike, isFlagOrType } from './low-cardinality.js';
import { isReservedWord } from './reserved-words.js';

export type Verdict = 'served' | 'partial' | 'none';

/** What one table of a query asks of its indexes, in lower-case column names. */
export interface Demand {
  table: string;
  /** `=` and `IS NULL`: equality for the prefix and for the sort. */
  equality: string[];
  /** `IN (…)`: equality for the prefix, but the rows come back in several runs, so not for the sort. */
  inList: string[];
  /** `<`, `>`, BETWEEN, LIKE 'abc%': one of these can end a seek. */
  range: string[];
  /** ORDER BY terms, without the columns an `=` already fixes. */
  sort: OrderTerm[];
  /** GROUP BY columns, without the columns an `=` already fixes. */
  group: string[];
  /**
   * Soft-delete `deleted_at IS NULL`, and the wide filters of a bounded sorted read (`wide`): may ride in an
   * index (and fix its value), never justify one.
   */
  weak: string[];
  /**
   * Yes/no filters of a bounded sorted read (`draft = 0`, an OR group with a branch of them: a visibility
   * scope): each keeps a large share of the rows, so reading an index in sort order reaches the LIMIT after
   * a few rows and the index the query needs is the sort's. Also in `weak`.
   */
  wide: string[];
  /**
   * Equality columns only a global scope adds (a tenant's `company_id = ?` on every query): in `equality`
   * too, but a key many rows share, so an index seeking on them alone does not serve the query's own filters.
   */
  scoped: string[];
  /**
   * Equality columns the query fixes only with IS NULL (`payment_id IS NULL`: the rows with no value yet):
   * in `equality` too, but they keep an unknown share of the rows, so an index seeking on them alone does
   * not serve a query that also filters a column of its own by a value, a list or a range, and they follow
   * the columns compared with a value in a proposal.
   */
  nullOnly: string[];
  /** Predicates with a function around the column (whereDate, LOWER(col)…): no plain index can seek on them. */
  functions: Predicate[];
  /** Columns of WHERE predicates wrapped in a function: rewritten as a range, an index on them would serve. */
  functionFilters: string[];
  /** Predicates no B-tree can seek on (`!=`, NOT IN, LIKE '%x', raw fragments). */
  unsargable: Predicate[];
  /** Columns the query names that the table does not have (left out, never guessed). */
  unknownColumns: string[];
  /** An OR across columns: each needs its own index (index merge). */
  hasOr: boolean;
  /** The query reads a bounded number of rows (LIMIT, first(), find()). */
  bounded: boolean;
}

/** How one index can serve a demand. */
export interface IndexUse {
  index: Index;
  /** The index columns the query can seek on: the equality prefix, then at most one range column. */
  seek: string[];
  /** How many filter columns (equality, IN, range) the seek covers. */
  filterCovered: number;
  sortServed: boolean;
  groupServed: boolean;
  /** A unique key fully fixed by `=`: at most one row, nothing to sort. */
  singleRow: boolean;
}

export interface IndexProposal {
  table: string;
  columns: string[];
  /** The name Laravel gives it: `{table}_{col1}_{col2}_index` (shortened to MariaDB's 64 characters when needed). */
  name: string;
  sql: string;
  migration: string;
  /** Key length in characters of the TEXT and BLOB columns, which MariaDB indexes only by a prefix. */
  prefixes?: Record<string, number>;
}

export interface TableVerdict {
  table: string;
  /** `main` for the query's own table, `join` for a joined one. */
  role: 'main' | 'join';
  verdict: Verdict;
  reasons: string[];
  best: IndexUse | null;
  demand: Demand;
  /** The index that would serve the demand in full; null when nothing is missing. */
  proposal: IndexProposal | null;
}

export interface ShapeAnalysis {
  shape: QueryShape;
  /** The main table first, then joined tables. Tables missing from the schema are listed in `skipped`. */
  tables: TableVerdict[];
  skipped: string[];
}

const MYSQL_IDENTIFIER_MAX = 64;
const STRICT_EQUALITY = new Set(['=', 'is null']);
const RANGE = new Set(['<', '>', '<=', '>=', 'between', 'like-prefix']);
const UNSARGABLE = new Set(['!=', 'not in', 'like', 'other']);

const lower = (s: string) => s.toLowerCase();
const unique = <T>(xs: T[]) => [...new Set(xs)];

/** `orders.user_id` → { table: 'orders', column: 'user_id' }; backticks dropped. */
export function splitColumn(ref: string): { table: string | null; column: string } {
  const parts = ref.replace(/`/g, '').split('.');
  const column = lower(parts[parts.length - 1].trim());
  return { table: parts.length > 1 ? lower(parts[parts.length - 2].trim()) : null, column };
}

/** A B-tree index: the only kind a seek or an ordered read can use (not FULLTEXT or SPATIAL). */
export function isBtree(index: Index): boolean {
  return (index.kind ?? 'btree') === 'btree';
}

/** A predicate's table (its own `table`, or the qualifier in `t.col`) and bare column. */
export function predicateRef(p: { column: string; table?: string }): {
  table: string | null;
  column: string;
} {
  const split = splitColumn(p.column);
  return { table: p.table ? lower(p.table) : split.table, column: split.column };
}

/** Soft deletes add `deleted_at IS NULL` to every query: it is true for most rows, so it never asks for an index. */
function isSoftDelete(p: Predicate, column: string): boolean {
  return p.via === 'SoftDeletes' || (p.op === 'is null' && column === 'deleted_at');
}

/** The demand a shape puts on one table: its own predicates (by qualifier), join columns, sorts and groups. */
export function demandOf(
  shape: QueryShape,
  table: Table,
  role: 'main' | 'join',
  opts: { lookedUpByJoin?: boolean } = {},
): Demand {
  const name = lower(table.name);
  const mine = (qualifier: string | null) => (qualifier === null ? role === 'main' : qualifier === name);
  const d: Demand = {
    table: table.name,
    equality: [],
    inList: [],
    range: [],
    sort: [],
    group: [],
    weak: [],
    scoped: [],
    nullOnly: [],
    functions: [],
    functionFilters: [],
    unsargable: [],
    unknownColumns: [],
    wide: [],
    hasOr: role === 'main' && !!shape.hasOr,
    bounded: shape.limit !== undefined || !!shape.single,
  };
  const known = (column: string) => {
    if (findColumn(table, column)) return true;
    d.unknownColumns.push(column);
    return false;
  };

  /** One AND-ed predicate on this table: what it asks of an index. */
  const demand = (p: Predicate, column: string): void => {
    if (p.fn) {
      d.functions.push(p);
      d.functionFilters.push(column);
    } else if (isSoftDelete(p, column)) {
      if (p.op === 'is null') d.weak.push(column);
    } else if (p.op === 'is not null')
      return; // true for most rows: never a reason for an index
    else if (STRICT_EQUALITY.has(p.op)) d.equality.push(column);
    else if (p.op === 'in') d.inList.push(column);
    else if (RANGE.has(p.op)) d.range.push(column);
    else if (UNSARGABLE.has(p.op) || p.op === 'fulltext') d.unsargable.push(p);
  };

  const groups = new Map<number, Predicate[]>();
  const byScope = new Set<string>();
  const ownFilters = new Set<string>();
  const byValue = new Set<string>();
  for (const p of shape.where) {
    if (p.group) {
      // An OR group AND-ed with the rest narrows no seek, unless it is one column's values (an IN).
      groups.set(p.group.id, [...(groups.get(p.group.id) ?? []), p]);
      continue;
    }
    const { table: q, column } = predicateRef(p);
    if (!mine(q) || !known(column)) continue;
    demand(p, column);
    if (!p.fn && p.op === 'is not null' && !isSoftDelete(p, column)) continue;
    if (STRICT_EQUALITY.has(p.op) && p.via?.startsWith('globalScope:')) byScope.add(column);
    else ownFilters.add(column);
    if (p.fn || p.op !== 'is null') byValue.add(column);
  }

  if (role === 'main' && !d.hasOr && d.bounded && shape.orderBy.length > 0) {
    const wide = wideFilters(table, d, [...groups.values()], mine);
    if (wide) {
      d.wide = wide;
      d.weak.push(...d.equality);
      d.equality = [];
      groups.clear();
    }
  }

  for (const preds of groups.values()) {
    const refs = new Set(preds.map((p) => `${predicateRef(p).table ?? ''}.${predicateRef(p).column}`));
    const { table: q, column } = predicateRef(preds[0]);
    if (refs.size !== 1 || !mine(q) || !findColumn(table, column)) continue;
    if (preds.every((p) => (p.op === '=' || p.op === 'in') && !p.fn)) d.inList.push(column);
  }
  // `(a = ? or b = ?) and deleted_at is null`: with nothing else to seek on, the one OR group is what an
  // index merge must serve, as a top-level OR is.
  const mineGroups = [...groups.values()].filter((preds) =>
    preds.every((p) => mine(predicateRef(p).table) && findColumn(table, predicateRef(p).column)),
  );
  if (
    role === 'main' &&
    !d.hasOr &&
    groups.size === 1 &&
    mineGroups.length === 1 &&
    d.equality.length + d.inList.length + d.range.length === 0 &&
    new Set(mineGroups[0].map((p) => predicateRef(p).column)).size > 1
  ) {
    d.hasOr = true;
    for (const p of mineGroups[0]) {
      const { column } = predicateRef(p);
      if (p.fn) d.functions.push(p);
      else if (p.op === 'is not null') continue;
      else if (STRICT_EQUALITY.has(p.op)) d.equality.push(column);
      else if (p.op === 'in') d.inList.push(column);
      else if (RANGE.has(p.op)) d.range.push(column);
      else d.unsargable.push(p);
    }
  }

  if (role === 'join') {
    const lookedUp = opts.lookedUpByJoin !== false;
    for (const j of shape.joins) {
      if (lower(j.table) !== name) continue;
      // The joined table is looked up by its join column once per row of the other side.
      if (lookedUp)
        for (const on of j.on) {
          const left = splitColumn(on.left);
          const right = splitColumn(on.right);
          const own = right.table === name ? right : left;
          if ((own.table === null || own.table === name) && known(own.column)) d.equality.push(own.column);
        }
      // ON conditions with a value on this table are part of that lookup (b(a_id, kind) serves
      // `on b.a_id = a.id and b.kind = ?`); an inner join's may also drive it, as a WHERE would.
      if (lookedUp || j.type === 'inner')
        for (const p of j.where ?? []) {
          const { table: q, column } = predicateRef(p);
          if ((q === null || q === name) && known(column)) demand(p, column);
        }
    }
  }

  const fixed = new Set([...d.equality, ...d.weak]);
  if (role === 'main') {
    for (const o of shape.orderBy) {
      const { table: q, column } = predicateRef(o);
      if (!mine(q)) continue;
      if (o.fn) {
        d.functions.push({ column, op: 'other', fn: o.fn });
        continue;
      }
      if (known(column) && !fixed.has(column)) d.sort.push({ column, direction: o.direction });
    }
    for (const g of shape.groupBy) {
      const { table: q, column } = splitColumn(g);
      if (mine(q) && known(column) && !fixed.has(column)) d.group.push(column);
    }
  }
  d.equality = unique(d.equality);
  d.scoped = d.equality.filter((c) => byScope.has(c) && !ownFilters.has(c));
  d.nullOnly = d.equality.filter((c) => ownFilters.has(c) && !byValue.has(c));
  d.functionFilters = unique(d.functionFilters);
  d.inList = unique(d.inList.filter((c) => !fixed.has(c)));
  d.range = unique(d.range.filter((c) => !fixed.has(c)));
  d.weak = unique(d.weak);
  d.group = unique(d.group);
  d.unknownColumns = unique(d.unknownColumns);
  return d;
}

/**
 * The columns of a bounded sorted read's filters when every one of them keeps a large share of the rows: `=`
 * on yes/no columns, and OR groups with a branch made only of those (`draft = 0 or (draft = 1 and owned_by =
 * ?)`). Null when a filter may narrow (any other column, a range, IN, a function, LIKE) or there is none.
 */
function wideFilters(
  table: Table,
  d: Demand,
  groups: Predicate[][],
  mine: (qualifier: string | null) => boolean,
): string[] | null {
  if (d.inList.length + d.range.length + d.functions.length + d.unsargable.length > 0) return null;
  const yesNo = (column: string) => {
    const c = findColumn(table, column);
    return !!c && isBooleanLike(c);
  };
  if (!d.equality.every(yesNo)) return null;
  const cols = [...d.equality];
  for (const preds of groups) {
    if (!preds.every((p) => mine(predicateRef(p).table))) return null;
    const branches = new Map<number, Predicate[]>();
    for (const p of preds) branches.set(p.group!.branch, [...(branches.get(p.group!.branch) ?? []), p]);
    const wideBranch = [...branches.values()].some((b) =>
      b.every((p) => p.op === '=' && !p.fn && yesNo(predicateRef(p).column)),
    );
    if (!wideBranch) return null;
    cols.push(...preds.map((p) => predicateRef(p).column));
  }
  return cols.length > 0 ? unique(cols) : null;
}

function filterColumns(d: Demand): string[] {
  return unique([...d.equality, ...d.inList, ...d.range]);
}

/** ORDER BY a, b in one direction is served when the index continues its `=`-fixed prefix with a, b. */
function servesOrder(columns: string[], fixed: Set<string>, sort: OrderTerm[]): boolean {
  if (sort.length === 0) return true;
  if (new Set(sort.map((s) => s.direction)).size > 1) return false;
  let pos = 0;
  while (pos < columns.length && fixed.has(columns[pos])) pos++;
  return sort.every((s, k) => columns[pos + k] === s.column);
}

/** GROUP BY a, b is served when the index continues its `=`-fixed prefix with a and b, in any order. */
function servesGroup(columns: string[], fixed: Set<string>, group: string[]): boolean {
  if (group.length === 0) return true;
  let pos = 0;
  while (pos < columns.length && fixed.has(columns[pos])) pos++;
  const next = new Set(columns.slice(pos, pos + group.length));
  return group.every((g) => next.has(g));
}

/**
 * The primary key's columns, or those of the index InnoDB clusters on in its place (implicitPrimary): InnoDB
 * ends every secondary index with them (other engines do not). The engine may carry table options after its
 * name (`InnoDB ROW_FORMAT=COMPRESSED`, a connection's `engine`).
 */
export function clusteredKey(table: Table): string[] {
  const engine = table.engine?.trim().split(/\s+/)[0]?.toLowerCase();
  if (engine && engine !== 'innodb') return [];
  const primary = table.indexes.find((i) => i.primary) ?? implicitPrimary(table);
  return primary?.columns.map(lower) ?? [];
}

/**
 * The index InnoDB clusters a table on when it declares no primary key: the first unique index whose
 * columns are all NOT NULL and whole (no prefix length). Without one, rows hang off a hidden row id.
 */
export function implicitPrimary(table: Table): Index | null {
  if (table.indexes.some((i) => i.primary)) return null;
  const notNull = (c: string) => findColumn(table, c)?.nullable === false;
  return (
    table.indexes.find(
      (i) =>
        i.unique &&
        isBtree(i) &&
        i.columns.length > 0 &&
        i.columns.every(notNull) &&
        (i.subParts ?? []).every((p) => p === null || p === undefined),
    ) ?? null
  );
}

/** The columns (bare, lower case) are the table's clustered key, in its order. */
export function isClusteredKey(table: Table, columns: string[]): boolean {
  const key = clusteredKey(table);
  return key.length > 0 && columns.length === key.length && columns.every((c, k) => c === key[k]);
}

/**
 * How one index serves the demand: leftmost prefix of equality columns (IN included), then one range column.
 * `key` is the table's clustered key, which a secondary index holds after its own columns: `(company_id)`
 * reads one company's rows in id order.
 */
export function useOf(index: Index, d: Demand, key: string[]): IndexUse {
  const columns = index.columns.map(lower);
  const ordered = index.primary ? columns : [...columns, ...key.filter((c) => !columns.includes(c))];
  const prefixable = new Set([...d.equality, ...d.inList, ...d.weak]);
  const seek: string[] = [];
  let i = 0;
  while (i < columns.length && prefixable.has(columns[i])) seek.push(columns[i++]);
  if (i < columns.length && d.range.includes(columns[i])) seek.push(columns[i]);
  const filters = new Set(filterColumns(d));
  // Only `=` (and IS NULL) keeps one ordered run of rows; IN does not.
  const fixed = new Set([...d.equality, ...d.weak]);
  const singleRow = index.unique && columns.every((c) => d.equality.includes(c));
  return {
    index,
    seek,
    filterCovered: seek.filter((c) => filters.has(c)).length,
    sortServed: d.sort.length > 0 && servesOrder(ordered, fixed, d.sort),
    groupServed: d.group.length > 0 && servesGroup(ordered, fixed, d.group),
    singleRow,
  };
}

/** The filter columns the query names itself, not only through a global scope. */
function ownFilterColumns(d: Demand): string[] {
  return filterColumns(d).filter((c) => !d.scoped.includes(c));
}

/** The query's own filter columns that narrow: not a flag or a `*_type` column, not one fixed only by IS NULL. */
function selectiveOwnColumns(table: Table, d: Demand): string[] {
  return ownFilterColumns(d).filter((c) => !isFlagOrType(table, c) && !d.nullOnly.includes(c));
}

/** Filter columns that narrow little: a global scope's key, flags and `*_type` columns, IS NULL. */
function coarseKind(table: Table, d: Demand, seek: string[]): string {
  const kinds: string[] = [];
  if (seek.some((c) => d.scoped.includes(c))) kinds.push("a global scope's key");
  if (seek.some((c) => isFlagOrType(table, c))) kinds.push('columns of few values');
  if (seek.some((c) => d.nullOnly.includes(c))) kinds.push('IS NULL, which keeps every row without a value');
  if (seek.some((c) => d.weak.includes(c))) kinds.push('filters most rows pass');
  return kinds.join(', and ') || 'columns of few values';
}

/**
 * An index read that seeks only on columns that narrow little, a global scope's key (one tenant's share)
 * and columns of few values (flags, `*_type`), for a query with a selective filter of its own: it narrows to
 * a large share of the table, not to the rows the query asks for. The static match and the planner's plan
 * (the key parts it used) are judged alike.
 */
export function seeksOnlyCoarseKeys(table: Table, d: Demand, seek: string[]): boolean {
  const own = selectiveOwnColumns(table, d);
  const parts = seek.map(lower);
  return own.length > 0 && parts.length > 0 && !parts.some((c) => own.includes(c));
}

/** How many of the query's own filter columns an index seeks on. */
function ownCovered(u: IndexUse, d: Demand): number {
  const own = new Set(ownFilterColumns(d));
  return u.seek.filter((c) => own.has(c)).length;
}

function score(table: Table, u: IndexUse, d: Demand): number {
  if (u.singleRow) return 1e6;
  const sortOk = d.sort.length === 0 || u.sortServed;
  const groupOk = d.group.length === 0 || u.groupServed;
  // A selective column of the query's own counts most, then its flags and `*_type` columns, then a global
  // scope's tenant key: `(document_id)` is the index for `document_id IN (…) AND type = ?`, not `(type)`.
  const own = ownCovered(u, d);
  const selective = new Set(selectiveOwnColumns(table, d));
  const narrow = u.seek.filter((c) => selective.has(c)).length;
  return (
    narrow * 100 +
    (own - narrow) * 50 +
    (u.filterCovered - own) * 40 +
    (sortOk ? 10 : 0) +
    (groupOk ? 10 : 0) +
    (u.index.unique ? 1 : 0)
  );
}

function bestUse(table: Table, d: Demand): IndexUse | null {
  let best: IndexUse | null = null;
  const key = clusteredKey(table);
  for (const index of table.indexes.filter(isBtree)) {
    const u = useOf(index, d, key);
    if (!best || score(table, u, d) > score(table, best, d)) best = u;
  }
  return best;
}

/** Judges one table's demand against its indexes: served, partly served, or not served at all. */
export function judgeDemand(
  table: Table,
  d: Demand,
): { verdict: Verdict; reasons: string[]; best: IndexUse | null } {
  const reasons: string[] = [];
  for (const c of d.unknownColumns) reasons.push(`column ${c} is not in ${table.name}: left out`);
  for (const f of d.functions) reasons.push(`${f.fn}(${predicateRef(f).column}) cannot use a plain index`);
  if (d.wide.length > 0)
    reasons.push(
      `the filters on ${d.wide.join(', ')} keep a large share of the rows, so reading in ORDER BY order reaches the LIMIT after a few rows`,
    );
  const filters = filterColumns(d);
  const best = bestUse(table, d);

  if (filters.length === 0 && d.functionFilters.length > 0 && d.sort.length === 0 && d.group.length === 0) {
    reasons.push(`no index can seek on ${d.functionFilters.join(', ')} as written`);
    return { verdict: 'none', reasons, best };
  }
  if (filters.length === 0 && d.sort.length === 0 && d.group.length === 0) {
    reasons.push('nothing to seek, sort or group on');
    return { verdict: 'served', reasons, best: null };
  }
  if (best?.singleRow) {
    reasons.push(`unique key ${best.index.name} finds at most one row`);
    return { verdict: 'served', reasons, best };
  }

  if (d.hasOr) {
    // OR across columns: MariaDB can merge one index per column, so each column needs one that starts with it.
    const leads = new Set(table.indexes.filter(isBtree).map((i) => lower(i.columns[0] ?? '')));
    const missing = filters.filter((c) => !leads.has(c));
    if (missing.length === 0) {
      reasons.push('every OR-ed column leads an index (index merge)');
      return { verdict: 'served', reasons, best };
    }
    reasons.push(`OR across columns: no index starts with ${missing.join(', ')}`);
    return { verdict: missing.length === filters.length ? 'none' : 'partial', reasons, best };
  }

  const byKey = sortsByKeyOnly(table, d);
  const sortOk = d.sort.length === 0 || !!best?.sortServed;
  const groupOk = d.group.length === 0 || !!best?.groupServed;
  const sortText = d.sort.map((s) => `${s.column} ${s.direction}`).join(', ');

  if (filters.length > 0) {
    if (!best || best.filterCovered === 0) {
      reasons.push(`no index starts with ${filters.join(', ')}`);
      return { verdict: 'none', reasons, best };
    }
    // `(company_id)` narrows to one tenant's rows and `(type)` to one kind of them, not to the rows a
    // query with a selective column of its own asks for.
    if (seeksOnlyCoarseKeys(table, d, best.seek)) {
      const own = selectiveOwnColumns(table, d);
      const why = coarseKind(table, d, best.seek);
      reasons.push(
        `index ${best.index.name} seeks only on ${best.seek.join(', ')} (${why}); no index starts with ${own.join(', ')}`,
      );
      return { verdict: 'none', reasons, best };
    }
    reasons.push(`index ${best.index.name} seeks on ${best.seek.join(', ')}`);
    if (!sortOk && byKey)
      reasons.push(
        `then sorts by the primary key, which no index gives after ${best.seek.join(', ')} (see PA103)`,
      );
    else if (!sortOk) reasons.push(`but not in ORDER BY ${sortText} order (filesort)`);
    if (!groupOk) reasons.push(`but not grouped by ${d.group.join(', ')} (temporary table)`);
    return { verdict: (sortOk || byKey) && groupOk ? 'served' : 'partial', reasons, best };
  }

  if (sortOk && groupOk && best) {
    reasons.push(`index ${best.index.name} reads rows in ${d.sort.length ? 'ORDER BY' : 'GROUP BY'} order`);
    return { verdict: 'served', reasons, best };
  }
  if (groupOk && !d.bounded) {
    // Every row is read either way: walking an index in order costs more than sorting once.
    reasons.push(`reads every row sorted by ${sortText}: an index would not spare the work (see PA103)`);
    return { verdict: 'served', reasons, best };
  }
  if (!sortOk) reasons.push(`no index reads rows in ORDER BY ${sortText} order (filesort)`);
  if (!groupOk) reasons.push(`no index groups by ${d.group.join(', ')} (temporary table)`);
  return { verdict: 'none', reasons, best };
}

/**
 * An unbounded read sorted by nothing but the primary key: an index that fixes the key's place by `=` gives
 * that order already (see useOf), and after a range or IN none can; the query reads every row it finds, so
 * the sort is not an index's to spare (PA103 reports it with a database).
 */
function sortsByKeyOnly(table: Table, d: Demand): boolean {
  if (d.bounded || d.group.length > 0) return false;
  return isClusteredKey(
    table,
    d.sort.map((s) => s.column),
  );
}

/** Laravel's Blueprint::createIndexName: `{table}_{columns}_{type}`, lower case, `-` and `.` as `_`. */
export function laravelIndexName(table: string, columns: string[], type = 'index'): string {
  return `${table}_${columns.join('_')}_${type}`.toLowerCase().replace(/[-.]/g, '_');
}

const PLAIN_IDENTIFIER = /^[a-z_][a-z0-9_$]*$/i;

/** Quotes an identifier only when MariaDB needs it, so the SQL reads like the hand audit's. */
export function sqlIdentifier(name: string): string {
  return PLAIN_IDENTIFIER.test(name) && !isReservedWord(name) ? name : `\`${name.replace(/`/g, '``')}\``;
}

/**
 * The index for the columns: Laravel's name (shortened past 64 characters), ALTER TABLE and migration line.
 * `prefixes` gives a key length to TEXT and BLOB columns (`path(191)`), which MariaDB indexes only by a prefix;
 * Blueprint has no key lengths, so such an index is migrated with a statement.
 */
export function indexProposal(
  table: string,
  columns: string[],
  prefixes: Record<string, number> = {},
): IndexProposal {
  const laravelName = laravelIndexName(table, columns);
  const tooLong = laravelName.length > MYSQL_IDENTIFIER_MAX;
  // Laravel would fail to migrate such a name; propose an explicit shorter one instead.
  const name = tooLong ? shortName(table, columns) : laravelName;
  const cols = columns.map((c) => `'${c}'`);
  const arg = columns.length === 1 ? cols[0] : `[${cols.join(', ')}]`;
  const kept = Object.fromEntries(columns.filter((c) => prefixes[c]).map((c) => [c, prefixes[c]]));
  const parts = columns.map((c) => (kept[c] ? `${sqlIdentifier(c)}(${kept[c]})` : sqlIdentifier(c)));
  const add = `ALTER TABLE ${sqlIdentifier(table)} ADD INDEX ${sqlIdentifier(name)} (${parts.join(', ')})`;
  const prefixed = Object.keys(kept).length > 0;
  return {
    table,
    columns,
    name,
    sql: `${add};`,
    migration: prefixed
      ? `DB::statement('${add.replace(/'/g, "\\'")}');`
      : tooLong
        ? `$table->index(${arg}, '${name}');`
        : `$table->index(${arg});`,
    ...(prefixed ? { prefixes: kept } : {}),
  };
}

function shortName(table: string, columns: string[]): string {
  let h = 0;
  for (const ch of `${table}.${columns.join('.')}`) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  const suffix = `_${h.toString(36)}_index`;
  return (
    `${table}_${columns.join('_')}`.toLowerCase().slice(0, MYSQL_IDENTIFIER_MAX - suffix.length) + suffix
  );
}

/** Whether an index already starts with these columns (then adding them again would be redundant). */
export function coveredByExisting(table: Table, columns: string[]): Index | undefined {
  return table.indexes.filter(isBtree).find((i) => {
    const cols = i.columns.map(lower);
    return columns.length <= cols.length && columns.every((c, k) => cols[k] === c);
  });
}

/** Equality columns many rows share: an IS NULL, a global scope's tenant key. They follow the query's own values. */
export function sharedKeys(d: Demand): string[] {
  return [...d.nullOnly, ...d.scoped];
}

/** The columns that serve a demand in full: equality columns, then one range column, else the sort or group columns. */
export function proposedColumns(d: Demand): string[] {
  if (d.hasOr) return [];
  const coarse = sharedKeys(d);
  const cols = [...d.equality.filter((c) => !coarse.includes(c)), ...d.inList, ...coarse];
  // A function filter (whereDate, whereYear) becomes a range once the query compares the bare column.
  const ranges = [...d.range, ...d.functionFilters.filter((c) => !cols.includes(c))];
  if (ranges.length > 0) {
    const sorted = ranges.find((r) => d.sort[0]?.column === r);
    cols.push(sorted ?? ranges[0]);
  } else if (d.sort.length > 0) {
    const uniform = new Set(d.sort.map((s) => s.direction)).size === 1;
    cols.push(...(uniform ? d.sort.map((s) => s.column) : [d.sort[0].column]));
  } else if (d.group.length > 0) {
    cols.push(...d.group);
  }
  return unique(cols);
}

/** The index that would serve the shape on this table; null when an index already does or nothing can. */
export function proposeIndex(
  shape: QueryShape,
  table: Table,
  role: 'main' | 'join' = 'main',
): IndexProposal | null {
  const d = demandOf(shape, table, role);
  return proposalFor(table, d);
}

/** The index that would serve a demand in full; null when an existing index already starts with it. */
export function proposalFor(table: Table, d: Demand): IndexProposal | null {
  let columns = proposedColumns(d);
  if (d.hasOr) {
    const leads = new Set(table.indexes.filter(isBtree).map((i) => lower(i.columns[0] ?? '')));
    const missing = filterColumns(d).find((c) => !leads.has(c));
    columns = missing ? [missing] : [];
  }
  if (columns.length === 0 || coveredByExisting(table, columns) || leadsWithUniqueKey(table, columns))
    return null;
  return indexProposal(table.name, columns);
}

/**
 * The leading columns already hold every column of a unique key (the primary key, say): each value is one
 * row, which that key finds, so nothing after it can narrow the read. `GROUP BY id, name` is grouping one
 * row per id: the remedy is grouping by the key alone, not an index.
 */
export function leadsWithUniqueKey(table: Table, columns: string[]): boolean {
  return uniqueKeyLeading(table, columns) !== null;
}

/** The unique key whose columns lead `columns` (in any order), else null. */
export function uniqueKeyLeading(table: Table, columns: string[]): Index | null {
  const cols = columns.map(lower);
  return (
    table.indexes.find((i) => {
      if (!i.unique || !isBtree(i) || i.columns.length === 0) return false;
      if (i.subParts?.some((p) => p !== null && p !== undefined)) return false;
      const key = new Set(i.columns.map(lower));
      return cols.length >= key.size && cols.slice(0, key.size).every((c) => key.has(c));
    }) ?? null
  );
}

/** Matches a shape against one table (its own or a joined one). */
export function matchShape(
  shape: QueryShape,
  table: Table,
  role: 'main' | 'join' = 'main',
  opts: { lookedUpByJoin?: boolean } = {},
): TableVerdict {
  const demand = demandOf(shape, table, role, opts);
  const { verdict, reasons, best } = judgeDemand(table, demand);
  return {
    table: table.name,
    role,
    verdict,
    reasons,
    best,
    demand,
    proposal: verdict === 'served' ? null : proposalFor(table, demand),
  };
}

/** The static verdict of a shape: its main table, then every joined table the schema knows. */
export function analyzeShape(shape: QueryShape, schema: Schema): ShapeAnalysis {
  const tables: TableVerdict[] = [];
  const skipped: string[] = [];
  const main = findTable(schema, shape.table);
  if (main) tables.push(matchShape(shape, main, 'main'));
  else skipped.push(shape.table);
  // A joined table with filters of its own drives the join when the main table has nothing to seek on:
  // then its filters alone must find the rows (a pivot keyed (role_id, user_id) does not serve user_id).
  const mainSeeks = !!tables[0] && tables[0].verdict !== 'none' && filterColumns(tables[0].demand).length > 0;
  for (const j of shape.joins) {
    const t = findTable(schema, j.table);
    if (!t) {
      skipped.push(j.table);
      continue;
    }
    const own = demandOf(shape, t, 'join', { lookedUpByJoin: false });
    const drives = !mainSeeks && filterColumns(own).length > 0;
    tables.push(matchShape(shape, t, 'join', { lookedUpByJoin: !drives }));
  }
  return { shape, tables, skipped };
}

/** Indexes a function around a column defeats: the column leads the index, or follows only `=`-fixed columns. */
export interface DefeatedIndex {
  predicate: Predicate;
  index: Index;
  /** The index's columns before the wrapped one, each fixed by an equality of the query: it still seeks on them. */
  prefix: string[];
  /** The function wraps a sorted column only (`orderByRaw('INET_ATON(ip)')`), not a filter. */
  sortOnly: boolean;
}

export function defeatedIndexes(shape: QueryShape, table: Table): DefeatedIndex[] {
  const d = demandOf(shape, table, 'main');
  const fixed = new Set(d.equality);
  const filtered = new Set(shape.where.filter((p) => p.fn).map((p) => `${predicateRef(p).column}|${p.fn}`));
  const out: DefeatedIndex[] = [];
  for (const p of d.functions) {
    const column = predicateRef(p).column;
    let at = -1;
    const index = table.indexes.filter(isBtree).find((i) => {
      const cols = i.columns.map(lower);
      at = cols.indexOf(column);
      return at >= 0 && cols.slice(0, at).every((c) => fixed.has(c));
    });
    if (index)
      out.push({
        predicate: p,
        index,
        prefix: index.columns.slice(0, at).map(lower),
        sortOnly: !filtered.has(`${column}|${p.fn}`),
      });
  }
  return out;
}
