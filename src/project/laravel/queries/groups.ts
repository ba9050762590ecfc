/**
 * The AND/OR structure of a chain, as Laravel compiles it: each where carries its boolean, so
 * `where(a)->where(b)->orWhere(c)` is `a and b or c` (two top-level OR branches), and
 * `where(a)->where(fn ($q) => $q->where(b)->orWhere(c))` is `a and (b or c)` (an OR group AND-ed with a).
 * Predicates record it in `branch` (top level) and `group` (one parenthesised OR group deep).
 */

import type { Predicate } from '../../model.js';

/** The part of a query state that holds the structure. */
export interface Structured {
  where: Predicate[];
  /** The current top-level OR branch (0 until the first OR). */
  branch: number;
  /** Group ids, shared by a query and the nested groups read for it. */
  groupIds: { next: number };
  /** What could not be kept (the shape is then partial). */
  partial: string[];
}

/** An `or…` method starts a new top-level branch, unless it is the first condition (Laravel drops its OR). */
export function openOrBranch(state: Structured): number {
  if (state.where.length > 0) state.branch++;
  return state.branch;
}

/** The branch a predicate sits in (predicates added without one, like a relation's key, sit in the first). */
export const branchOf = (p: Predicate): number => p.branch ?? 0;

/**
 * Adds a nested group's predicates (read on a sub-query with its own branches) to `state`:
 * - an AND-only group joins the current branch;
 * - `orWhere(fn …)` with ORs inside adds its branches as top-level branches (OR is associative);
 * - `where(fn …)` with ORs inside becomes one OR group AND-ed with the rest.
 * An OR group inside an OR group is deeper than a shape records: it is left out and the shape is partial.
 */
export function mergeGroup(state: Structured, preds: Predicate[], subBranches: number, isOr: boolean): void {
  const top = isOr ? openOrBranch(state) : state.branch;
  if (subBranches === 0 || isOr) {
    for (const p of preds) {
      const copy = { ...p };
      delete copy.branch;
      const b = top + (isOr ? branchOf(p) : 0);
      if (b > 0 || p.branch !== undefined) copy.branch = b;
      state.where.push(copy);
    }
    if (isOr) state.branch = top + subBranches;
    return;
  }
  const id = state.groupIds.next++;
  let dropped = false;
  for (const p of preds) {
    if (p.group) {
      dropped = true;
      continue;
    }
    const copy: Predicate = { ...p, group: { id, branch: branchOf(p) } };
    delete copy.branch;
    if (top > 0) copy.branch = top;
    state.where.push(copy);
  }
  if (dropped) state.partial.push('an OR group nested inside another OR group is left out');
}

/**
 * Predicates a scope added from index `from` on (starting in branch `b0`): Laravel wraps a scope's wheres
 * in parentheses when they contain an OR, so they become one group instead of top-level branches.
 */
export function wrapSlice(state: Structured, from: number, b0: number): void {
  if (state.branch === b0) return;
  const slice = state.where.splice(from);
  const preds = slice.map((p) => {
    const copy = { ...p };
    if (copy.branch !== undefined) copy.branch -= b0;
    return copy;
  });
  const subBranches = state.branch - b0;
  state.branch = b0;
  mergeGroup(state, preds, subBranches, false);
}

/**
 * The wheres before a scope that added some (indexes below `from`, with `b0` top-level OR branches): Laravel's
 * callScope puts them in parentheses too when they hold an OR, so `where(a)->orWhere(b)->company()` is
 * `(a or b) and company_id = ?`, not `a or (b and company_id = ?)`. Call after wrapSlice.
 */
export function wrapBeforeScope(state: Structured, from: number, b0: number): void {
  if (b0 === 0 || state.where.length === from) return;
  const before = state.where.slice(0, from);
  // The scope's wheres sit in the last branch (wrapSlice made any OR of theirs a group): now the only one.
  const after = state.where.slice(from).map((p) => {
    const copy = { ...p };
    delete copy.branch;
    return copy;
  });
  state.where.length = 0;
  state.branch = 0;
  mergeGroup(state, before, b0, false);
  state.where.push(...after);
}

/** The columns of a set of predicates, qualified by their table. */
export function columnsOf(preds: Predicate[]): Set<string> {
  return new Set(preds.map((p) => `${p.table ?? ''}.${p.column}`));
}

/**
 * Final tags: without a top-level OR the `branch` tags go; an OR group over one column
 * (`status = 1 or status = 2`) keeps its tags, which demand reads as an IN on that column.
 */
export function finishStructure(where: Predicate[], branches: number): Predicate[] {
  return where.map((p) => {
    if (branches > 0) return p.branch === undefined ? { ...p, branch: 0 } : p;
    if (p.branch === undefined) return p;
    const copy = { ...p };
    delete copy.branch;
    return copy;
  });
}
