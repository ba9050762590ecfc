/**
 * The queries the planner and the rules judge: every shape the project read, less the ones the app never sends
 * as read (unsendable-branches.ts), the reads of MariaDB's own schemas (`information_schema.…`, `mysql.…`):
 * server metadata, whose tables no migration declares and no index of the app's serves, and the queries of a
 * base model class on a table it does not have (baseModelTables); a whereHas subquery is judged without the
 * outer row's columns it compares (withoutOuterColumns). Pure.
 */

import type { ModelInfo, QueryShape } from '../project/model.js';
import { findTable, type Schema } from '../schema/model.js';
import { withoutUnsendableBranches } from './unsendable-branches.js';

const SERVER_SCHEMAS = new Set(['information_schema', 'mysql', 'performance_schema', 'sys']);

/** `information_schema.KEY_COLUMN_USAGE`: a table of one of the server's own schemas. */
export function readsServerSchema(shape: Pick<QueryShape, 'table'>): boolean {
  const dot = shape.table.indexOf('.');
  return dot > 0 && SERVER_SCHEMAS.has(shape.table.slice(0, dot).replace(/`/g, '').toLowerCase());
}

/**
 * The conventional tables of model classes other models extend (`BaseModel`, `StaticModel`) that the schema
 * lacks: such a class is a base in all but name, and `$this->where(…)` in its methods runs on each subclass's
 * table (a `resolveRouteBinding()` every model inherits), never on `base_models`.
 */
export function baseModelTables(models: ModelInfo[], schema: Schema): Set<string> {
  const extended = new Set(models.map((m) => m.parent?.toLowerCase()).filter((p): p is string => !!p));
  return new Set(
    models
      .filter((m) => extended.has(m.fqcn.toLowerCase()) && !findTable(schema, m.table))
      .map((m) => m.table.toLowerCase()),
  );
}

/**
 * A whereHas subquery with its outer row's columns taken out: `where('owner_id', '<>', $id)` inside
 * `whereHas('owner', …)` on users, which have no `owner_id`, compares the outer `songs.owner_id`, as SQL
 * resolves a column the subquery's table lacks. For each outer row it is a constant, no filter of users.
 */
export function withoutOuterColumns(shape: QueryShape, schema: Schema): QueryShape {
  if (!shape.outer?.length) return shape;
  const own = findTable(schema, shape.table);
  const outer = shape.outer.map((t) => findTable(schema, t)).filter((t) => !!t);
  if (!own || !outer.length) return shape;
  const has = (t: NonNullable<typeof own>, c: string) =>
    t.columns.some((x) => x.name.toLowerCase() === c.toLowerCase());
  const joined = new Set([shape.table, ...shape.joins.map((j) => j.table)].map((t) => t.toLowerCase()));
  const isOuter = (p: QueryShape['where'][number]) =>
    p.table
      ? !joined.has(p.table.toLowerCase()) &&
        outer.some((t) => t.name.toLowerCase() === p.table!.toLowerCase())
      : !has(own, p.column) && outer.some((t) => has(t, p.column));
  const where = shape.where.filter((p) => !isOuter(p));
  return where.length === shape.where.length ? shape : { ...shape, where };
}

export function judgedQueries(queries: QueryShape[], schema: Schema, models: ModelInfo[] = []): QueryShape[] {
  const bases = baseModelTables(models, schema);
  const app = queries
    .filter((q) => !readsServerSchema(q) && !bases.has(q.table.toLowerCase()))
    .map((q) => withoutOuterColumns(q, schema));
  const same = app.length === queries.length && app.every((q, i) => q === queries[i]);
  return withoutUnsendableBranches(same ? queries : app, schema);
}
