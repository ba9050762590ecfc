/**
 * A conditional branch (an `if` without `else`, a `when()`, a request filter method) that filters on a
 * column none of its query's tables has: MariaDB would refuse the query, so the app never sends it as read.
 * A generic filter every model's list offers (`client_id`, for a model without the column) is the usual
 * case. Such shapes are left out before the planner and the rules; the path without the branch is a shape
 * of its own. Pure.
 */

import type { QueryShape } from '../project/model.js';
import { findTable, resolveColumn, type Schema, type Table } from '../schema/model.js';
import { predicateRef } from '../schema/index-match.js';

export function withoutUnsendableBranches(queries: QueryShape[], schema: Schema): QueryShape[] {
  const kept = queries.filter((q) => !unsendable(q, schema));
  return kept.length === queries.length ? queries : kept;
}

function unsendable(shape: QueryShape, schema: Schema): boolean {
  const branch = shape.optionalBranch;
  if (!branch) return false;
  const names = [shape.table, ...shape.joins.map((j) => j.table)];
  const tables = names.map((name) => findTable(schema, name));
  // A table the schema does not know: nothing can be said about its columns.
  if (tables.some((t) => !t)) return false;
  const columns = new Set(branch.columns.map((c) => c.toLowerCase()));
  return shape.where
    .filter((p) => columns.has(p.column.toLowerCase()))
    .some((p) => {
      const { table, column } = predicateRef(p);
      // A qualifier that names no table of the query (an alias) is not judged.
      if (table !== null && !names.some((n) => n.toLowerCase() === table)) return false;
      return resolveColumn(tables as Table[], table, column) === null;
    });
}
