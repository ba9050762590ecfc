/**
 * The queries the planner and the rules judge: every shape the project read, less the ones the app never sends
 * as read (unsendable-branches.ts), the reads of MariaDB's own schemas (`information_schema.…`, `mysql.…`):
 * server metadata, whose tables no migration declares and no index of the app's serves, and the queries of a
 * base model class on a table it does not have (baseModelTables). Pure.
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

export function judgedQueries(queries: QueryShape[], schema: Schema, models: ModelInfo[] = []): QueryShape[] {
  const bases = baseModelTables(models, schema);
  const app = queries.filter((q) => !readsServerSchema(q) && !bases.has(q.table.toLowerCase()));
  return withoutUnsendableBranches(app.length === queries.length ? queries : app, schema);
}
