/**
 * Sorts a request chooses: an admin list lets the user sort by any of a list of columns
 * (`orderBy(in_array($request->sort, $allowed) ? $request->sort : 'created_at')`, a `match` or a map of
 * sort keys, a `switch ($request->sort)` whose cases each add their own orderBy). No maintainer indexes
 * every sortable column of a list, and which one a request picks is unknown. The query is read as a request
 * that chooses none sends it (the default sort), and the other sorts are recorded on the shape
 * (`alsoSortable`) for the report, never each a query of its own.
 */

import type { OrderTerm } from '../../model.js';
import { ChoiceValue } from '../../php/choice.js';
import { entriesOf, type PhpValue } from '../../php/value.js';
import type { QueryState } from './builder.js';
import type { OptionalGroup, OptionalPart } from './optional.js';

/** `orderBy($choice)`: the fallback column is the query's sort; the other allowed ones are recorded. */
export function chosenSort(state: QueryState, v: PhpValue | undefined): string | null {
  if (!(v instanceof ChoiceValue)) return null;
  noteAlternatives(
    state,
    v.options.filter((o) => o !== v.fallback),
  );
  return v.fallback;
}

function noteAlternatives(state: QueryState, sorts: string[]): void {
  if (!sorts.length) return;
  state.alsoSortable = [...new Set([...(state.alsoSortable ?? []), ...sorts])];
}

/** A branch that only sorts (a switch case on the sort key): left joins for a related column's sort allowed. */
function sortsOnly(p: OptionalPart): boolean {
  return (
    (p.orderBy.length > 0 || !!p.orderCut) &&
    p.where.length === 0 &&
    p.groupBy.length === 0 &&
    p.joins.every((j) => j.type === 'left') &&
    p.limit === undefined &&
    !p.single &&
    !p.trashed &&
    !p.withoutScopes
  );
}

const termText = (o: OrderTerm) => (o.table ? `${o.table}.${o.column}` : o.column);

function sortText(p: OptionalPart): string {
  const terms = p.orderBy.map(termText);
  if (p.orderCut) terms.push('a column the code does not name');
  return terms.join(', ');
}

/**
 * Groups of a query whose every part only sorts, when there are two or more such parts in all: the request
 * picks one sort among several. Each group then keeps its common part (the switch's default) in every shape
 * and gives no shape per part; the state records the other sorts. Returns the groups taken.
 */
export function takeSortChoices(state: QueryState): Set<OptionalGroup> {
  const groups = (state.optional ?? []).filter((g) => g.parts.every(sortsOnly));
  if (groups.reduce((n, g) => n + g.parts.length, 0) < 2) return new Set();
  for (const g of groups) {
    const common = g.required ? g.parts[g.common ?? 0] : undefined;
    for (const t of common?.orderBy ?? []) t.chosen = true;
    noteAlternatives(state, g.parts.filter((p) => p !== common).map(sortText));
  }
  return new Set(groups);
}

/** Right-hand sides a local sort choice is made of: a list of columns, a ternary, a match, `??`. */
export const CHOICE_SOURCES = new Set(['array', 'retif', 'match', 'bin']);

/** A choice, or a list or map of strings it may be read from. */
export function keptForChoices(v: PhpValue): boolean {
  if (v instanceof ChoiceValue) return true;
  const entries = entriesOf(v);
  return !!entries?.length && entries.every(([, x]) => typeof x === 'string');
}

/**
 * A branch of the query (an optional filter) with a sort the request chooses: the request that adds the
 * filter may sort by any allowed column, so the default sort is no index order for it. It is read without
 * the chosen sort (and the terms after it), as a partial shape; only the common path, what a request
 * without choices sends, keeps the default sort. One index proposal per query site comes from the sort.
 */
export function withoutChosenSort(state: QueryState): void {
  const at = state.orderBy.findIndex((o) => o.chosen);
  if (at < 0) return;
  const cut = state.orderBy.slice(at).map(termText);
  state.orderBy = state.orderBy.slice(0, at);
  state.partial = [
    ...state.partial,
    `the request chooses the sort (${cut.join(', ')} by default): a branch is read without it`,
  ];
}
