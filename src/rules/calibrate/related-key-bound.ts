/**
 * A query that keeps only rows with a related row of one key (`User::whereHas('companyUsers', fn ($q) =>
 * $q->where('company_id', $id))`) reads at most that key's related rows: MariaDB runs the EXISTS as a
 * semi-join, finds the related rows through an index of the related table that leads with the key, and comes
 * back to this table by its primary key. An index for the rest of the filter or for the sort is then not what
 * keeps the read small, so such a query's finding is info at most. A key of few values (a flag, an enum, a
 * `*_type`) matches too many related rows to bound anything, and a key no index leads with is itself a scan.
 */

import type { QueryShape } from '../../project/model.js';
import type { Schema } from '../../schema/model.js';
import { findTable } from '../../schema/model.js';
import { isBtree } from '../../schema/index-match.js';
import { isFlagOrType, lowCardinalityOf } from '../../schema/low-cardinality.js';

export interface RelatedKeyBound {
  cap: 'info';
  reason: string;
}

/** The bound for one query, or null when no whereHas of it fixes a selective, indexed related key. */
export function relatedKeyBound(schema: Schema, shape: QueryShape): RelatedKeyBound | null {
  for (const e of shape.existsIn ?? []) {
    const related = findTable(schema, e.table);
    if (!related) continue;
    for (const column of e.columns) {
      if (isFlagOrType(related, column) || lowCardinalityOf(related, column)) continue;
      const index = related.indexes.find((i) => isBtree(i) && i.columns[0]?.toLowerCase() === column);
      if (!index) continue;
      return {
        cap: 'info',
        reason:
          `the query keeps only ${shape.table} rows with a ${related.name} row of one ${column} ` +
          `(whereHas('${e.relation}') at ${shape.location.file}:${shape.location.line}): MariaDB finds those through ` +
          `${index.name} and reads ${shape.table} by its primary key`,
      };
    }
  }
  return null;
}
