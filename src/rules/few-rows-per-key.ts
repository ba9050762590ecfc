/**
 * Whether an index lookup reads only a few rows, so sorting them costs less than a wider index.
 *
 * On a table filled with generated rows the estimate is scaled from those rows to the assumed size: a key
 * that matched one generated row reads as `assumed / generated` rows (200 at a million rows), however few
 * the production rows of that key are. When the query reads every row of the key (no LIMIT), those rows are
 * read with or without a wider index, which would only save sorting them: at one generated row per key
 * nothing says they are many, so that is no reason for an index. With a LIMIT the index order lets the read
 * stop after the first rows, a gain that grows with the key's production rows, which the generated rows
 * cannot rule out: the scaled estimate stands. A key that repeats in the generated rows (a small parent, a
 * status) keeps its scaled estimate too.
 */

import type { ExplainSummary } from '../database/types.js';

/** Rows the planner reads through the index below which a filesort is cheaper than one more index. */
export const FEW_ROWS_TO_SORT = 100;

/** Generated rows per key at or below which the key is as selective as the generated rows can show. */
const ONE_GENERATED_ROW = 1;

/**
 * `keys`: how many key values the lookup reads (an IN list is planned with several): the generated rows per
 * key are the access's sampled rows shared among them.
 */
export function fewRowsPerKey(a: ExplainSummary, bounded: boolean, keys = 1): boolean {
  if (a.rows <= FEW_ROWS_TO_SORT) return true;
  return !bounded && a.sampledRows !== undefined && a.sampledRows / Math.max(1, keys) <= ONE_GENERATED_ROW;
}
