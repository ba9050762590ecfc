/**
 * What a finding says about sorts the request chooses (QueryShape.alsoSortable): the query was checked with
 * its default sort; the other sortable columns are listed, never each proposed an index of its own.
 */

import type { QueryShape } from '../project/model.js';

/** The other sorts of the given queries, in order, once each. */
export function alsoSortable(shapes: QueryShape[]): string[] {
  return [...new Set(shapes.flatMap((s) => s.alsoSortable ?? []))];
}

/** A sentence for the message, or '' when no query lets the request choose its sort. */
export function alsoSortableNote(shapes: QueryShape[]): string {
  const others = alsoSortable(shapes);
  if (!others.length) return '';
  return (
    ` The request may also sort by: ${others.join('; ')}. Only the default sort (what a request naming none ` +
    'gets) is checked: an index per sortable column of a list is not proposed.'
  );
}
