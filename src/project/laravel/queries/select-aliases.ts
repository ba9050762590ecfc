/**
 * Names a query's select list gives: `select('users.name as author')`, `DB::raw('SUM(views) as view_count')`,
 * `selectRaw('count(*) as count')`, `addSelect(['last_played_at' => $subquery])`, `withCount('comments')`'s
 * `comments_count`, and a many-to-many relation's `pivot_*` columns. MariaDB resolves a sort or grouping by
 * such a name to the select list first: to a column, or to a computed value no index can give in order.
 */

import { arrayEntries, type PhpNode } from '../../php/ast.js';
import { selectAliasesFromFragment } from '../../sql/shapes.js';
import type { OrderTerm } from '../../model.js';

/** A plain column the alias stands for, or null for a computed value. */
export interface AliasedColumn {
  column: string;
  table?: string;
}

/** Lower-case alias → what it names. */
export type SelectAliases = Map<string, AliasedColumn | null>;

/** Records the aliases of a select list's SQL text (a string argument or a DB::raw() fragment). */
export function aliasesOfSql(aliases: SelectAliases, sql: string, table: string): void {
  const read = selectAliasesFromFragment(sql, table);
  if ('error' in read) return;
  for (const [alias, ref] of read.aliases) aliases.set(alias.toLowerCase(), ref);
}

/**
 * `select()` / `addSelect()` arguments: strings and raw expressions through their SQL, arrays entry by entry,
 * and a keyed entry (`'latest' => Post::select(…)`) names a subquery's value.
 */
export function aliasesOfSelect(
  aliases: SelectAliases,
  args: PhpNode[],
  table: string,
  textOf: (n: PhpNode) => string | null,
  keyOf: (n: PhpNode) => string | null,
): void {
  const one = (n: PhpNode) => {
    if (n.kind === 'array') {
      for (const e of arrayEntries(n)) {
        const key = e.key ? keyOf(e.key) : null;
        if (key !== null) aliases.set(key.toLowerCase(), null);
        else one(e.value);
      }
      return;
    }
    const sql = textOf(n);
    if (sql !== null) aliasesOfSql(aliases, sql, table);
  };
  for (const a of args) one(a);
}

/** `withCount('comments')` → comments_count; `withSum('orders', 'total')` → orders_sum_total; `'x as y'` → y. */
export function aggregateAlias(relation: string, fn: string, column: string | null): string {
  const as = /\s+as\s+(\w+)\s*$/i.exec(relation);
  if (as) return as[1].toLowerCase();
  const words = [relation.trim(), fn, column && column !== '*' ? column : '']
    .join(' ')
    .replace(/[^\w\s]/g, '')
    .trim();
  return words
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .replace(/\s+/g, '_')
    .toLowerCase();
}

/**
 * A sort's terms with aliases resolved: an alias of a column sorts by that column; from the first alias of a
 * computed value on, the order is no index's (the terms are cut, like a sort column the code does not show).
 */
export function resolveSortAliases(
  terms: OrderTerm[],
  aliases: SelectAliases,
  pivot: string | undefined,
): { terms: OrderTerm[]; cut: string | null } {
  const out: OrderTerm[] = [];
  for (const t of terms) {
    const named = t.table || t.fn ? undefined : aliasOf(aliases, pivot, t.column);
    if (named === null) return { terms: out, cut: t.column };
    out.push(named ? { ...t, column: named.column, ...(named.table ? { table: named.table } : {}) } : t);
  }
  return { terms: out, cut: null };
}

/** A grouping's columns with aliases resolved; the computed ones are left out and named. */
export function resolveGroupAliases(
  columns: string[],
  aliases: SelectAliases,
  pivot: string | undefined,
): { columns: string[]; computed: string[] } {
  const out: string[] = [];
  const computed: string[] = [];
  for (const c of columns) {
    const named = c.includes('.') ? undefined : aliasOf(aliases, pivot, c);
    if (named === null) computed.push(c);
    else out.push(named ? (named.table ? `${named.table}.${named.column}` : named.column) : c);
  }
  return { columns: out, computed };
}

/** What a bare name stands for: an alias (a column, or null when computed), undefined when it is no alias. */
function aliasOf(
  aliases: SelectAliases,
  pivot: string | undefined,
  name: string,
): AliasedColumn | null | undefined {
  const key = name.toLowerCase();
  if (aliases.has(key)) return aliases.get(key) ?? null;
  // BelongsToMany selects its pivot's columns as `pivot_<column>`.
  if (pivot && key.startsWith('pivot_')) return { column: name.slice('pivot_'.length), table: pivot };
  return undefined;
}
