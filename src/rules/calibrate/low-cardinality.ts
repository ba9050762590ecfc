/**
 * An index made only of columns that hold a handful of values (booleans, integer flags, small enums,
 * status- and type-like columns) is info at most: an equality on them keeps a large share of the table, so a
 * maintainer would not add it to speed a lookup, whatever one query's plan shows. The same columns after a
 * selective one are fine: only the whole index is judged here.
 */

import type { QueryShape } from '../../project/model.js';
import type { RuleContext } from '../rule.js';
import { findTable } from '../../schema/model.js';
import { predicateRef } from '../../schema/index-match.js';
import { allLowCardinality, type LowCardinality } from '../../schema/low-cardinality.js';
import type { Calibrated } from './calibrate.js';

const WHAT: Record<LowCardinality, string> = {
  boolean: 'a boolean',
  enum: 'a small enum',
  'status-like': 'a status',
  'type-like': 'a type',
};

/** The columns' reasons when every one of them holds a handful of values, else null. */
export function lowCardinalityIndex(
  ctx: RuleContext,
  table: string,
  columns: string[],
): Record<string, LowCardinality> | null {
  const t = findTable(ctx.schema, table);
  return t ? allLowCardinality(t, columns) : null;
}

/** The calibrated severity, bounded to info when the index holds only low-cardinality columns. */
export function boundByCardinality(
  ctx: RuleContext,
  table: string,
  columns: string[],
  cal: Calibrated,
): Calibrated {
  if (cal.severity === null || cal.severity === 'info') return cal;
  const low = lowCardinalityIndex(ctx, table, columns);
  if (!low) return cal;
  const which = Object.entries(low)
    .map(([c, why]) => `${c} is ${WHAT[why]}`)
    .join(', ');
  return {
    ...cal,
    severity: 'info',
    notes: [
      ...cal.notes,
      `Info only: ${which}; an equality on such columns keeps a large share of the rows, so an index of them alone seldom pays for its writes.`,
    ],
    evidence: { ...cal.evidence, lowCardinality: low },
  };
}

/**
 * The query narrows its one table only by low-cardinality columns (`where('requestable', 1)`): it reads a
 * large share of the table with any index, so a full scan is its job, not a finding (PA102).
 */
export function narrowsOnlyByFewValues(ctx: RuleContext, shape: QueryShape, table: string): boolean {
  if (shape.joins.length > 0 || shape.table.toLowerCase() !== table.toLowerCase()) return false;
  // Sorting the large share such a filter keeps is a filesort worth reporting.
  if (shape.orderBy.length > 0) return false;
  const narrowing = shape.where.filter((p) => p.via !== 'SoftDeletes' && p.op !== 'is not null');
  if (narrowing.length === 0) return false;
  const own = narrowing.map((p) => predicateRef(p));
  if (own.some((r) => r.table !== null && r.table !== table.toLowerCase())) return false;
  return (
    lowCardinalityIndex(
      ctx,
      table,
      own.map((r) => r.column),
    ) !== null
  );
}
