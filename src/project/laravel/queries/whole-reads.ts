/**
 * Reads that load every row of a table: `Country::all()`, `Channel::orderBy('name')->get()`,
 * `Category::pluck('name', 'id')`, `DB::table('settings')->get()`, with no filter, no bound and no
 * pagination. An app does that for tables it expects to stay small (a dropdown's options, a settings cache),
 * but also for some that grow (an export of every asset, an admin list of every incident): on its own such a
 * read is a hint, which the size class takes only for a table nothing else points at (size-class.ts).
 */

import type { PhpNode } from '../../php/ast.js';
import type { QueryShape } from '../../model.js';
import type { QueryState } from './builder.js';

/** Terminals that hand back every row the query matches (not chunk/cursor/lazy: those are for big tables). */
const LOADS_ROWS = new Set(['get', 'all', 'pluck']);

/** Chains that start from the model or the query builder; a relation's rows are one parent's, not the table. */
const WHOLE_TABLE_ORIGINS = new Set<QueryShape['origin']>(['eloquent', 'builder']);

/**
 * Whether the query `method` ends reads the whole table: nothing filters it (a tenant's global scope neither),
 * bounds, joins or groups it, nothing of it was left unread, and no optional branch adds a filter.
 */
export function readsWholeTable(state: QueryState, method: string, args: PhpNode[]): boolean {
  const m = method.toLowerCase();
  return (
    LOADS_ROWS.has(m) &&
    eloquentArguments(m, args) &&
    WHOLE_TABLE_ORIGINS.has(state.origin) &&
    !!state.table &&
    !state.unknown &&
    !state.noRead &&
    !state.foreignDriver &&
    !state.pivot &&
    state.where.length === 0 &&
    state.limit === undefined &&
    !state.single &&
    state.joins.length === 0 &&
    state.groupBy.length === 0 &&
    state.partial.length === 0 &&
    !state.optional?.length &&
    !scoped(state)
  );
}

/** A global scope that filters (the tenant's rows: `company_id = ?`) reads one tenant's rows, not the table. */
function scoped(state: QueryState): boolean {
  if (state.withoutScopes === 'all') return false;
  const removed = new Set(state.withoutScopes ?? []);
  return (state.model?.globalScopes ?? []).some(
    (s) => s.where.length > 0 && !removed.has(s.name.toLowerCase()),
  );
}

/**
 * `get()`/`all()` take at most a list of columns and `pluck()` one or two column names: anything else
 * (`Setting::get('key')`) is the app's own method of that name, not Eloquent's.
 */
function eloquentArguments(method: string, args: PhpNode[]): boolean {
  if (method === 'pluck') return args.length === 1 || args.length === 2;
  return args.length === 0 || (args.length === 1 && args[0].kind === 'array');
}
