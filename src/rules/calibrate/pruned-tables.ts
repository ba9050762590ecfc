/**
 * Tables the code keeps to a short window: a pruning query deletes every row older than a cutoff of a day
 * or less (`DB::table('password_resets')->where('created_at', '<', now()->subHours(12))->delete()`), so the
 * table holds at most that window's rows, however fast they come. Pure.
 */

import type { QueryShape } from '../../project/model.js';
import { placeOfShape, runsInProduction } from './place-severity.js';

/** The longest window a pruned table is taken to stay small for. */
export const SHORT_WINDOW_SECONDS = 86_400;

/** Table (lower case) → why it stays small: the pruning query and its window. */
export function prunedTables(queries: QueryShape[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const q of queries) {
    const window = shortWindow(q);
    if (window === null || !runsInProduction(placeOfShape(q))) continue;
    const t = q.table.toLowerCase();
    if (!out.has(t))
      out.set(
        t,
        `the code deletes its rows older than ${spellWindow(window)} (${q.location.file}:${q.location.line}), ` +
          'so it holds at most that window of rows',
      );
  }
  return out;
}

/**
 * The window a pruning query keeps, when every filter it has is its cutoff (soft deletes aside: a prune of
 * one kind of row leaves the others to pile up) and the cutoff is a day or less; else null.
 */
function shortWindow(q: QueryShape): number | null {
  if (!q.prunes || q.hasOr || q.joins.length) return null;
  const filters = q.where.filter((p) => p.via !== 'SoftDeletes');
  if (!filters.length || !filters.every((p) => p.pastCutoff && p.cutoffSeconds !== undefined)) return null;
  const window = Math.max(...filters.map((p) => p.cutoffSeconds!));
  return window <= SHORT_WINDOW_SECONDS ? window : null;
}

function spellWindow(seconds: number): string {
  const [size, unit] =
    seconds % 3_600 === 0
      ? [seconds / 3_600, 'hour']
      : seconds % 60 === 0
        ? [seconds / 60, 'minute']
        : [seconds, 'second'];
  return `${size.toLocaleString('en-US')} ${unit}${size === 1 ? '' : 's'}`;
}
