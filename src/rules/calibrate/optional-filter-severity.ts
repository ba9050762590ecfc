/**
 * A list query sent only when the request asks for an optional filter (`if ($request->filled('city'))
 * $q->where('city', …)`, a `when($request->x, …)`) is one shape per filter a client may send: the request
 * that adds one such filter is rare next to the list's common path, so its index can warn, not block.
 * A list that offers a menu of such filters (an API list filterable by any of its columns) is info: each
 * request picks one or two of them, and which ones deserve an index is a choice only usage can make.
 * A table measured large (a statistics file or `database.tables`) keeps it critical: there one request
 * with the filter scans enough rows to hurt, and clients that poll with it (an `updated_at` sync) do.
 */

import type { ProjectModel, QueryPlace, QueryShape } from '../../project/model.js';
import type { TableSize } from './size-class.js';

/** From this many measured rows, a rarely sent filter still blocks. */
export const LARGE_MEASURED_ROWS = 100_000;

/** A query with this many optional filters the request chooses among offers a filter menu. */
export const FILTER_MENU = 3;

export interface OptionalFilterBound {
  cap: 'warning' | 'info';
  reason: string;
}

const menus = new WeakMap<ProjectModel, Map<string, number>>();
const at = (shape: QueryShape) => `${shape.location.file}:${shape.location.line}`;

/** How many distinct optional request filters the query at this shape's call site can add. */
export function optionalFiltersAt(project: ProjectModel, shape: QueryShape): number {
  let counts = menus.get(project);
  if (!counts) {
    const branches = new Map<string, Set<string>>();
    for (const s of project.queries) {
      if (!s.optionalBranch?.requestInput) continue;
      const k = at(s);
      if (!branches.has(k)) branches.set(k, new Set());
      branches.get(k)!.add(s.optionalBranch.columns.join('+'));
    }
    counts = new Map([...branches].map(([k, v]) => [k, v.size]));
    menus.set(project, counts);
  }
  return counts.get(at(shape)) ?? 0;
}

const list = (columns: string[]): string => columns.map((c) => `\`${c}\``).join(', ');

/** The bound for one query, or null when it runs on the list's common path (or the table is known large). */
export function optionalFilterBound(
  shape: QueryShape,
  place: QueryPlace,
  size: TableSize,
  filtersAtQuery = 1,
): OptionalFilterBound | null {
  const branch = shape.optionalBranch;
  // Only a request's own choice makes a branch rare: a test on the user or a setting may hold on most requests.
  if (!branch?.requestInput || place !== 'request') return null;
  // A single-row lookup under a branch is the endpoint's purpose, not an extra filter on a list.
  if (shape.single) return null;
  if (size.source !== 'code' && (size.rows ?? 0) >= LARGE_MEASURED_ROWS) return null;
  const what = branch.columns.length
    ? `the optional filter${branch.columns.length > 1 ? 's' : ''} ${list(branch.columns)}`
    : 'an optional clause';
  if (filtersAtQuery >= FILTER_MENU)
    return {
      cap: 'info',
      reason: `the query runs only when the request sends ${what}, one of the ${filtersAtQuery} optional filters the list at ${at(shape)} offers: which of them need an index depends on which ones clients send`,
    };
  return {
    cap: 'warning',
    reason: `the query runs only when the request sends ${what} (${at(shape)}), not on the list's common path`,
  };
}
