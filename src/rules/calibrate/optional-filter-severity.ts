/**
 * A list query sent only when the request asks for an optional filter (`if ($request->filled('city'))
 * $q->where('city', …)`, a `when($request->x, …)`) is one shape per filter a client may send: the request
 * that adds one such filter is rare next to the list's common path, so its index can warn, not block.
 * A filter among many (a search form over most of a table's columns: country, zip, website, notes…) is
 * one client's rare choice among them, and no maintainer indexes every column such a form offers: its
 * index is info. A table measured large (a statistics file or `database.tables`) keeps either bound off:
 * there one request with the filter scans enough rows to hurt, and clients that poll with it (an
 * `updated_at` sync) do.
 */

import type { QueryPlace, QueryShape } from '../../project/model.js';
import type { TableSize } from './size-class.js';
import { quotedColumns } from '../quoted-columns.js';

/** From this many measured rows, a rarely sent filter still blocks. */
export const LARGE_MEASURED_ROWS = 100_000;

/**
 * From this many optional filters on one query, each is one of a menu: more than a list's usual status
 * and date range (from, to).
 */
export const MENU_FILTERS = 4;

export interface OptionalFilterBound {
  cap: 'warning' | 'info';
  reason: string;
}

/** The bound for one query, or null when it runs on the list's common path (or the table is known large). */
export function optionalFilterBound(
  shape: QueryShape,
  place: QueryPlace,
  size: TableSize,
): OptionalFilterBound | null {
  const branch = shape.optionalBranch;
  // Only a request's own choice makes a branch rare: a test on the user or a setting may hold on most requests.
  if (!branch?.requestInput || place !== 'request') return null;
  // A single-row lookup under a branch is the endpoint's purpose, not an extra filter on a list.
  if (shape.single) return null;
  if (size.source !== 'code' && (size.rows ?? 0) >= LARGE_MEASURED_ROWS) return null;
  const what = branch.columns.length
    ? `the optional filter${branch.columns.length > 1 ? 's' : ''} ${quotedColumns(branch.columns)}`
    : 'an optional clause';
  const where = `${shape.location.file}:${shape.location.line}`;
  const menu = branch.menu ?? 0;
  if (menu >= MENU_FILTERS)
    return {
      cap: 'info',
      reason: `the query runs only when the request sends ${what}, one of the ${menu} optional filters it accepts (${where})`,
    };
  return {
    cap: 'warning',
    reason: `the query runs only when the request sends ${what} (${where}), not on the list's common path`,
  };
}
