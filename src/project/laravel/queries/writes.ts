/**
 * Which builder and model methods add rows, and to which table. Updates and deletes are left out: they do
 * not make a table grow. What a table's writes say about its size is rules/calibrate/size-class.ts.
 */

import type { QueryState } from './builder.js';

/** Builder and relation methods that insert (or may insert) rows into the query's table. */
const INSERTS = new Set([
  'create', 'forcecreate', 'createquietly', 'forcecreatequietly', 'createmany', 'createmanyquietly',
  'createorfirst', 'firstorcreate', 'updateorcreate', 'updateorinsert', 'insert', 'insertgetid',
  'insertorignore', 'insertusing', 'upsert', 'save', 'savequietly', 'savemany', 'savemanyquietly',
]); // prettier-ignore

/** belongsToMany methods that add pivot rows only. */
const PIVOT_INSERTS = new Set([
  'attach', 'sync', 'syncwithoutdetaching', 'syncwithpivotvalues', 'toggle',
]); // prettier-ignore

/** Builder methods that return the model they create. */
export const RETURNS_CREATED = new Set(['create', 'forcecreate', 'createquietly', 'forcecreatequietly']);

/** Methods of a model instance that write the row, a new one when the instance is new. */
export const MODEL_SAVES = new Set(['save', 'savequietly', 'saveorfail', 'push', 'pushquietly']);

export function addsRows(method: string): boolean {
  const m = method.toLowerCase();
  return INSERTS.has(m) || PIVOT_INSERTS.has(m);
}

/**
 * The tables a method adds rows to: the query's table, and for a many-to-many relation its pivot too
 * (`$user->roles()->create(…)` inserts the role and the pivot row; `attach()` only the pivot row).
 */
export function writtenTables(state: QueryState, method: string): string[] {
  const pivot = state.pivot;
  if (PIVOT_INSERTS.has(method.toLowerCase())) return pivot ? [pivot] : [];
  return pivot ? [state.table, pivot] : [state.table];
}
