/**
 * An index made only of columns that hold a handful of values (booleans, integer flags, small enums,
 * status- and type-like columns, keys into a reference table) is info at most: an equality on them keeps a
 * large share of the table, so a maintainer would not add it to speed a lookup, whatever one query's plan
 * shows. The same columns after a selective one are fine: only the whole index is judged here.
 */

import type { QueryShape } from '../../project/model.js';
import type { RuleContext } from '../rule.js';
import { findTable } from '../../schema/model.js';
import { predicateRef } from '../../schema/index-match.js';
import { lowCardinalityOf, type LowCardinality } from '../../schema/low-cardinality.js';
import type { Calibrated } from './calibrate.js';
import { isTenantKey, referenceKeyOf } from './reference-keys.js';

/**
 * Why a column holds few values: its own kind, the reference table it is a key of, or the app's tenant key
 * (counted only beside one of the others, and where an index already leads with it: alone it is the index
 * of every per-tenant list).
 */
export type FewValues = LowCardinality | 'reference-key' | 'tenant-key';

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
): Record<string, FewValues> | null {
  return fewValuesOf(ctx, table, columns)?.kinds ?? null;
}

/** Each column's kind and, for a reference key, the table it points at; null when one column may narrow. */
function fewValuesOf(
  ctx: RuleContext,
  table: string,
  columns: string[],
): { kinds: Record<string, FewValues>; parents: Record<string, string> } | null {
  const t = findTable(ctx.schema, table);
  if (!t || columns.length === 0) return null;
  const kinds: Record<string, FewValues> = {};
  const parents: Record<string, string> = {};
  for (const c of columns) {
    const own = lowCardinalityOf(t, c);
    if (own) {
      kinds[c] = own;
      continue;
    }
    const ref = referenceKeyOf(ctx, table, c);
    if (ref) {
      kinds[c] = 'reference-key';
      parents[c] = ref.parent;
      continue;
    }
    // The tenant key counts only where an index already reaches one tenant's rows: without one, an index
    // on it is what every per-tenant query needs.
    const led = t.indexes.some((i) => i.columns[0]?.toLowerCase() === c.toLowerCase());
    if (!led || !isTenantKey(ctx, table, c)) return null;
    kinds[c] = 'tenant-key';
  }
  if (Object.values(kinds).every((k) => k === 'tenant-key')) return null;
  return { kinds, parents };
}

/** The calibrated severity, bounded to info when the index holds only low-cardinality columns. */
export function boundByCardinality(
  ctx: RuleContext,
  table: string,
  columns: string[],
  cal: Calibrated,
): Calibrated {
  if (cal.severity === null || cal.severity === 'info') return cal;
  const few = fewValuesOf(ctx, table, columns);
  if (!few) return cal;
  const low = few.kinds;
  const which = Object.entries(low)
    .map(([c, why]) =>
      why === 'reference-key'
        ? `${c} is a key of ${few.parents[c]}, a reference table`
        : why === 'tenant-key'
          ? `${c} is the tenant key`
          : `${c} is ${WHAT[why]}`,
    )
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
