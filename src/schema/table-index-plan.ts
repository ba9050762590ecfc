/**
 * One index plan per table: the smallest set of indexes that serves every query's need on it.
 * A composite index serves each of its leftmost prefixes, so `user_id = ?`, `user_id = ? AND status = ?` and
 * `user_id = ? ORDER BY created_at` can share indexes when their columns nest. Pure: no database; the planner
 * proves the merged indexes and PA101 reports one finding per index.
 */

import type { Table } from './model.js';
import { findColumn } from './model.js';
import type { Demand, IndexProposal } from './index-match.js';
import { clusteredKey, coveredByExisting, indexProposal, sharedKeys } from './index-match.js';
import { isFlagOrType } from './low-cardinality.js';

/** What one query needs of an index on one table, the way an index can give it. */
export interface IndexNeedSpec {
  /** Columns the query fixes (`=`, IS NULL, IN): an index serves them in any order. */
  equality: string[];
  /** Columns that must come right after, in this order: one range column, or the sort or group columns. */
  tail: string[];
  /**
   * Equality columns many rows share: a key only a global scope adds (a tenant's `company_id`), or one the
   * query fixes only with IS NULL. They follow the query's own columns in the index.
   */
  shared?: string[];
}

export interface IndexWant<T> extends IndexNeedSpec {
  /** What the caller attaches to the want (the query, its verdict…): handed back with the index that serves it. */
  item: T;
}

export interface PlannedTableIndex<T> {
  proposal: IndexProposal;
  /** Every want this index serves, in the order they were given. */
  serves: T[];
  /** How many leading columns of the index each want (same order as `serves`) uses. */
  parts: number[];
  /** Existing non-unique indexes whose columns lead the proposed one: it makes them redundant. */
  supersedes: string[];
}

const lower = (s: string) => s.toLowerCase();

/** The parts of a single query's proposal: the columns its demand fixes, then the ordered rest. */
export function needSpecOf(d: Demand, columns: string[]): IndexNeedSpec {
  const fixed = new Set([...d.equality, ...d.inList].map(lower));
  const cols = columns.map(lower);
  let k = 0;
  while (k < cols.length && fixed.has(cols[k])) k++;
  const coarse = new Set(sharedKeys(d).map(lower));
  const shared = cols.slice(0, k).filter((c) => coarse.has(c));
  return { equality: cols.slice(0, k), tail: cols.slice(k), ...(shared.length ? { shared } : {}) };
}

const STATUS_NAME = /(^|_)(status|state)$/i;

/**
 * How well a column narrows an equality lookup, from what the schema says (lower is more selective):
 * 0 unique, 1 a key of another row (`*_id`, foreign key, uuid), 2 anything else, 3 enum and status-like,
 * 4 boolean (a boolean type or an integer flag: low-cardinality.ts) and `*_type` (a handful of values:
 * never the lead of a composite index).
 */
export function selectivityRank(table: Table, column: string): number {
  const name = lower(column);
  const col = findColumn(table, name);
  const type = col?.type ?? '';
  if (isFlagOrType(table, name)) return 4;
  if (/^(enum|set)\(/i.test(type) || STATUS_NAME.test(name)) return 3;
  if (
    table.indexes.some(
      (i) => i.unique && !i.primary && i.columns.length === 1 && lower(i.columns[0]) === name,
    )
  )
    return 0;
  const referencing =
    table.foreignKeys.some((fk) => fk.columns.some((c) => lower(c) === name)) ||
    /(_id|_uuid|^uuid)$/.test(name);
  return referencing ? 1 : 2;
}

/** A shared key (a global scope's tenant key, an IS NULL) ranks after the other columns a query fixes, before booleans. */
const SHARED_RANK = 3.5;

/** A column's rank in one plan: its own, or no better than SHARED_RANK when many rows share it. */
function rankIn(table: Table, column: string, shared: Set<string>): number {
  const own = selectivityRank(table, column);
  return shared.has(lower(column)) ? Math.max(SHARED_RANK, own) : own;
}

/** A low-selectivity column (boolean, `*_type`): it may lead an index only when nothing better can. */
export function isLowSelectivity(table: Table, column: string): boolean {
  return isFlagOrType(table, column);
}

/**
 * An index under construction: ordered blocks of columns. Within a block the order is still free (all of
 * them are equality columns of the same queries); between blocks it is fixed. A want is served when the
 * union of some leading blocks is exactly its equality set and the next blocks are its tail, one by one.
 */
interface Chain<T> {
  blocks: string[][];
  serves: { want: IndexWant<T>; order: number }[];
}

function isSubset(a: string[], b: Set<string>): boolean {
  return a.every((c) => b.has(c));
}

/**
 * Fits a want into the chain, splitting a block or appending columns when that keeps every want already
 * served; returns the new blocks, or null when the want cannot share this index.
 */
function fit(table: Table, blocks: string[][], want: IndexNeedSpec): string[][] | null {
  const out = blocks.map((b) => [...b]);
  const eq = new Set(want.equality);
  const acc = new Set<string>();
  let i = 0;
  while (acc.size < eq.size) {
    const rest = [...eq].filter((c) => !acc.has(c));
    if (i >= out.length) {
      out.push(rest);
      rest.forEach((c) => acc.add(c));
      i++;
      break;
    }
    const block = out[i];
    if (isSubset(block, eq)) {
      block.forEach((c) => acc.add(c));
      i++;
      continue;
    }
    if (!isSubset(rest, new Set(block))) return null;
    out.splice(
      i,
      1,
      rest,
      block.filter((c) => !eq.has(c)),
    );
    rest.forEach((c) => acc.add(c));
    i++;
  }
  for (const column of want.tail) {
    if (eq.has(column)) return null;
    if (i >= out.length) {
      out.push([column]);
    } else {
      const block = out[i];
      if (!block.includes(column)) return null;
      if (block.length > 1)
        out.splice(
          i,
          1,
          [column],
          block.filter((c) => c !== column),
        );
    }
    i++;
  }
  // A boolean or `*_type` column never leads when the index has a better column to lead with.
  const lead = out[0] ?? [];
  const before = blocks[0] ?? [];
  const lowLead = lead.length > 0 && lead.every((c) => isLowSelectivity(table, c));
  if (lowLead && before.some((c) => !isLowSelectivity(table, c))) return null;
  return out;
}

/** Whether the chain already serves the want as it stands. */
function serves(blocks: string[][], want: IndexNeedSpec): boolean {
  const eq = new Set(want.equality);
  const acc = new Set<string>();
  let i = 0;
  while (acc.size < eq.size) {
    const block = blocks[i];
    if (!block || !isSubset(block, eq)) return false;
    block.forEach((c) => acc.add(c));
    i++;
  }
  return want.tail.every((c, k) => blocks[i + k]?.length === 1 && blocks[i + k][0] === c);
}

/** Columns in index order: blocks in their order, each block by selectivity (ties keep the first seen). */
function flatten(table: Table, blocks: string[][], shared: Set<string>): string[] {
  return blocks.flatMap((b) =>
    b
      .map((c, k) => ({ c, k, rank: rankIn(table, c, shared) }))
      .sort((x, y) => x.rank - y.rank || x.k - y.k)
      .map((x) => x.c),
  );
}

/** InnoDB appends the primary key to every secondary index: a trailing run of its leading columns is implied. */
export function withoutImpliedPrimaryKey(table: Table, columns: string[]): string[] {
  const pk = clusteredKey(table);
  if (pk.length === 0) return columns;
  for (let n = Math.min(pk.length, columns.length); n > 0; n--) {
    const head = columns.slice(0, columns.length - n);
    const trailing = columns.slice(columns.length - n);
    if (trailing.every((c, k) => c === pk[k]) && !head.some((c) => pk.includes(c))) return head;
  }
  return columns;
}

function existingExactly(table: Table, columns: string[]): boolean {
  return table.indexes.some(
    (i) =>
      (i.kind ?? 'btree') === 'btree' &&
      i.columns.length === columns.length &&
      i.columns.every((c, k) => lower(c) === columns[k]),
  );
}

/** InnoDB's largest key (DYNAMIC rows): an index past it cannot be created. */
const MAX_KEY_BYTES = 3072;
/**
 * At most this many equality columns, the most selective first: past them a lookup is already narrow,
 * and every extra column widens the index and each write to it.
 */
const MAX_EQUALITY_COLUMNS = 3;

/** Bytes a column takes in an index key (utf8mb4: 4 per character); Infinity when it needs a prefix length. */
export function keyBytes(table: Table, column: string): number {
  const type = (findColumn(table, column)?.type ?? '').toLowerCase();
  const chars = /^(?:var)?char\((\d+)\)/.exec(type);
  if (chars) return Number(chars[1]) * 4 + 2;
  const bytes = /^(?:var)?binary\((\d+)\)/.exec(type);
  if (bytes) return Number(bytes[1]) + 2;
  if (/^(tiny|medium|long)?(text|blob)\b|^json\b|^geometry/.test(type)) return Infinity;
  if (/^(enum|set)\(/.test(type)) return 2;
  if (/^decimal/.test(type)) return 16;
  return 8;
}

/**
 * Characters of a TEXT or BLOB column an index keeps: MariaDB indexes such a column only by a prefix. 191 is
 * the most a utf8mb4 key part took before large prefixes (767 bytes), the length Laravel apps know.
 */
export const PREFIX_CHARS = 191;
const PREFIXABLE = /^(tiny|medium|long)?(text|blob)\b/;

/** A TEXT or BLOB column, which an equality lookup can seek through a prefix of it. */
export function prefixable(table: Table, column: string): boolean {
  return PREFIXABLE.test((findColumn(table, column)?.type ?? '').toLowerCase());
}

/** Bytes a column takes as an equality key part: a TEXT or BLOB column by its prefix. */
function equalityKeyBytes(table: Table, column: string): number {
  const bytes = keyBytes(table, column);
  if (Number.isFinite(bytes) || !prefixable(table, column)) return bytes;
  return /blob/.test((findColumn(table, column)?.type ?? '').toLowerCase())
    ? PREFIX_CHARS + 2
    : PREFIX_CHARS * 4 + 2;
}

/** The key lengths the proposal gives its TEXT and BLOB columns. */
export function prefixesOf(table: Table, columns: string[]): Record<string, number> {
  return Object.fromEntries(columns.filter((c) => prefixable(table, c)).map((c) => [c, PREFIX_CHARS]));
}

/**
 * The part of a need an index can take: the most selective equality columns (at most three, within the
 * key length), then the tail. Fixing fewer columns still serves the tail: the rows of the fixed prefix come
 * out in the tail's order and the other filters are checked on them. null when the tail cannot be indexed.
 */
export function indexablePart(
  table: Table,
  need: IndexNeedSpec,
  shared: Set<string> = new Set(),
): IndexNeedSpec | null {
  const tailBytes = need.tail.reduce((n, c) => n + keyBytes(table, c), 0);
  if (!Number.isFinite(tailBytes) || tailBytes > MAX_KEY_BYTES) return null;
  const ranked = need.equality
    .map((c, k) => ({
      c,
      k,
      rank: rankIn(table, c, shared),
      // A prefix may not tell values apart: a column the index holds whole goes first.
      whole: prefixable(table, c) ? 1 : 0,
      bytes: equalityKeyBytes(table, c),
    }))
    .filter((x) => Number.isFinite(x.bytes))
    .sort((x, y) => x.rank - y.rank || x.whole - y.whole || x.k - y.k);
  const equality: string[] = [];
  let bytes = tailBytes;
  for (const x of ranked) {
    if (equality.length === MAX_EQUALITY_COLUMNS || bytes + x.bytes > MAX_KEY_BYTES) break;
    equality.push(x.c);
    bytes += x.bytes;
  }
  // Dropping an equality column the tail needed fixed is fine; dropping all of them is not when there were some.
  if (equality.length === 0 && need.equality.length > 0 && need.tail.length === 0) return null;
  // Nor is keeping only booleans or `*_type` columns when the query also compared a better one (a JSON
  // column no index can hold): such an index would not narrow the lookup.
  const kept = equality.length + need.tail.length;
  const onlyLow = kept > 0 && [...equality, ...need.tail].every((c) => isLowSelectivity(table, c));
  if (onlyLow && need.equality.some((c) => !isLowSelectivity(table, c))) return null;
  return { equality: need.equality.filter((c) => equality.includes(c)), tail: need.tail };
}

const specKey = (w: IndexNeedSpec) => `${[...w.equality].sort().join(',')}|${w.tail.join(',')}`;

/**
 * The smallest set of indexes (greedy, most specific needs first) that serves every want on the table.
 * The result does not depend on the order of the wants. Indexes an existing index already covers are left
 * out, and so are their wants (the existing index serves them).
 */
export function planTableIndexes<T>(table: Table, wants: IndexWant<T>[]): PlannedTableIndex<T>[] {
  const shared = new Set(wants.flatMap((w) => w.shared ?? []).map(lower));
  const specs = wants
    .map((w, order) => {
      const part = indexablePart(
        table,
        { equality: [...new Set(w.equality.map(lower))], tail: w.tail.map(lower) },
        shared,
      );
      return { want: part ? { ...w, ...part } : null, order };
    })
    .filter(
      (x): x is { want: IndexWant<T>; order: number } =>
        !!x.want && x.want.equality.length + x.want.tail.length > 0,
    );
  specs.sort(
    (a, b) =>
      b.want.equality.length + b.want.tail.length - (a.want.equality.length + a.want.tail.length) ||
      b.want.tail.length - a.want.tail.length ||
      specKey(a.want).localeCompare(specKey(b.want)),
  );
  const chains: Chain<T>[] = [];
  for (const s of specs) {
    const exact = chains.find((c) => serves(c.blocks, s.want));
    if (exact) {
      exact.serves.push(s);
      continue;
    }
    let placed = false;
    for (const c of chains) {
      const blocks = fit(table, c.blocks, s.want);
      if (!blocks) continue;
      c.blocks = blocks;
      c.serves.push(s);
      placed = true;
      break;
    }
    if (placed) continue;
    const blocks = fit(table, [], s.want);
    if (blocks) chains.push({ blocks, serves: [s] });
  }

  const out: PlannedTableIndex<T>[] = [];
  const byColumns = new Map<
    string,
    { proposal: IndexProposal; supersedes: string[]; orders: number[]; widths: Map<number, number> }
  >();
  for (const c of chains) {
    const full = flatten(table, c.blocks, shared);
    const columns = withoutImpliedPrimaryKey(table, full);
    if (columns.length === 0 || coveredByExisting(table, full)) continue;
    // Without its trailing key columns, only an index of exactly these columns has the key right after them.
    if (columns.length < full.length && existingExactly(table, columns)) continue;
    if (columns.length === full.length && coveredByExisting(table, columns)) continue;
    const k = columns.join(',');
    const widths = new Map(
      c.serves.map((x) => [x.order, Math.min(columns.length, x.want.equality.length + x.want.tail.length)]),
    );
    const entry = byColumns.get(k);
    if (entry) {
      entry.orders.push(...c.serves.map((x) => x.order));
      for (const [o, w] of widths) entry.widths.set(o, w);
      continue;
    }
    const supersedes = table.indexes
      .filter(
        (i) =>
          !i.unique &&
          !i.primary &&
          (i.kind ?? 'btree') === 'btree' &&
          i.columns.length < columns.length &&
          i.columns.every((col, n) => lower(col) === columns[n]),
      )
      .map((i) => i.name);
    byColumns.set(k, {
      proposal: indexProposal(table.name, columns, prefixesOf(table, columns)),
      supersedes,
      orders: c.serves.map((x) => x.order),
      widths,
    });
  }
  // In the order of the first want each serves, so the plan reads like the code.
  const ordered = [...byColumns.values()].sort((a, b) => Math.min(...a.orders) - Math.min(...b.orders));
  for (const p of ordered) {
    const orders = [...new Set(p.orders)].sort((a, b) => a - b);
    out.push({
      proposal: p.proposal,
      serves: orders.map((o) => wants[o].item),
      parts: orders.map((o) => p.widths.get(o)!),
      supersedes: p.supersedes,
    });
  }
  return out;
}
