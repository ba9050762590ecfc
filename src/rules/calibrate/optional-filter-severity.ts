/**
 * A list query sent only when the request asks for an optional filter (`if ($request->filled('city'))
 * $q->where('city', …)`, a `when($request->x, …)`) is one shape per filter a client may send: the request
 * that adds one such filter is one client's choice next to the list's common path, and no maintainer
 * indexes every column a list lets its clients filter by, so its index is info. Of the 66 reviewed
 * findings of the corpus that only such filters serve, 1 was judged true (the asset maintenances tab of
 * the asset page, which sends its filter on every view). An optional clause that adds no
 * column of its own (`withTrashed()`, a join the request turns on) changes which rows the same filters read,
 * not which columns: its index can warn, not block. A table measured large (a statistics file or
 * `database.tables`) keeps either bound off: there one request with the filter scans enough rows to hurt,
 * and clients that poll with it (an `updated_at` sync) do.
 */

import type { QueryPlace, QueryShape } from '../../project/model.js';
import type { TableSize } from './size-class.js';
import { quotedColumns } from '../quoted-columns.js';

/** From this many measured rows, a rarely sent filter still blocks. */
export const LARGE_MEASURED_ROWS = 100_000;

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
  if (branch.columns.length > 0)
    return {
      cap: 'info',
      reason:
        menu > 1
          ? `the query runs only when the request sends ${what}, one of the ${menu} optional filters it accepts (${where})`
          : `the query runs only when the request sends ${what} (${where}), not on the list's common path`,
    };
  return {
    cap: 'warning',
    reason: `the query runs only when the request sends ${what} (${where}), not on the list's common path`,
  };
}
