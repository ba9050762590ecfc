/**
 * Filters no B-tree index can seek: a LIKE the code starts with a wildcard, `!=` / NOT IN, a function of the
 * column (whereDate, LOWER(email), a JSON search). A query whose only filters are such reads the table
 * whatever index exists, so its scan is info (PA102): the fix is a different search, not an index.
 */

import type { Predicate, QueryShape } from '../../project/model.js';
import { predicateRef } from '../../schema/index-match.js';

/** How a filter defeats every B-tree index; the kind picks the advice. */
export type UnseekableKind = 'wildcard-like' | 'negation' | 'function';

/**
 * A LIKE whose pattern starts with `%` or `_`, as the code spells it. A pattern the code does not show (a
 * bound value) may be a prefix search an index serves: it is never assumed to start with a wildcard.
 */
export function leadsWithWildcard(p: Predicate): boolean {
  if (p.op !== 'like') return false;
  if (p.wildcardFirst) return true;
  return typeof p.value === 'string' && (p.value.startsWith('%') || p.value.startsWith('_'));
}

/** Why no B-tree index can seek on this filter, or null when one might. */
export function unseekableKind(p: Predicate): UnseekableKind | null {
  if (p.fn) return 'function';
  if (p.op === '!=' || p.op === 'not in') return 'negation';
  if (leadsWithWildcard(p)) return 'wildcard-like';
  return null;
}

/**
 * Soft deletes (the trait's, or `whereNull('deleted_at')` spelled out) and IS NOT NULL keep most rows: they
 * narrow nothing, for an index or otherwise.
 */
export function narrows(p: Predicate): boolean {
  if (p.via === 'SoftDeletes' || p.op === 'is not null') return false;
  return !(p.op === 'is null' && !p.fn && predicateRef(p).column === 'deleted_at');
}

/** The query's filters that narrow its rows, in WHERE and in its joins' ON clauses. */
export function narrowingFilters(shape: QueryShape): Predicate[] {
  return [...shape.where, ...shape.joins.flatMap((j) => j.where ?? [])].filter(narrows);
}

/**
 * The filters of a query when none of them can seek and one is on `table` (the scanned one); null when the
 * query has a filter an index could serve (an equality, IN, a range, a prefix LIKE, an unknown pattern, a
 * raw or unread piece), or none at all. A join's lookup columns are not filters: they do not narrow.
 */
export function onlyUnseekableFilters(shape: QueryShape, table: string): Predicate[] | null {
  if (shape.partial) return null;
  const filters = narrowingFilters(shape);
  if (filters.length === 0 || filters.some((p) => unseekableKind(p) === null)) return null;
  const main = shape.table.toLowerCase();
  const name = table.toLowerCase();
  const onTable = filters.some((p) => (predicateRef(p).table ?? main) === name);
  return onTable ? filters : null;
}

/** `name LIKE '%…'`, `status !=`, `DATE(created_at)`: a filter as the message names it. */
export function describeFilter(p: Predicate): string {
  const col = p.fn ? `${p.fn}(${p.column})` : p.column;
  if (leadsWithWildcard(p)) return `${col} LIKE '%…'`;
  if (p.op === '!=') return `${col} !=`;
  if (p.op === 'not in') return `${col} NOT IN`;
  return col;
}

const ADVICE: Record<UnseekableKind, string> = {
  'wildcard-like':
    "For text search use a FULLTEXT index (`$table->fullText(…)`, `whereFullText`) or a search engine, or match a prefix (`LIKE 'term%'`), which an index can seek.",
  negation: 'Filter on the values kept (`=` or IN), which an index can seek, if there are few of them.',
  function:
    'Compare the bare column (a range such as `whereBetween` instead of `whereDate`), or index a generated column holding the value.',
};

const kindsOf = (filters: Predicate[]) => [
  ...new Set(filters.map(unseekableKind).filter((k): k is UnseekableKind => k !== null)),
];

/** What would serve such a query instead of a B-tree index. */
export function unseekableFix(filters: Predicate[]): string {
  return kindsOf(filters)
    .map((k) => ADVICE[k])
    .join(' ');
}

/** Why such a scan is info: no index can serve its filters. */
export function unseekableNote(filters: Predicate[]): string {
  const names = [...new Set(filters.map(describeFilter))].join(', ');
  const only = filters.length > 1 ? "the query's only filters" : "the query's only filter";
  return `Info only: no B-tree index can seek ${names}, ${only}, so no index makes this read narrower.`;
}
