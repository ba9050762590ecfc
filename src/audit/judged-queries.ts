/**
 * The queries the planner and the rules judge: every shape the project read, less the ones the app never sends
 * as read (unsendable-branches.ts) and the reads of MariaDB's own schemas (`information_schema.…`, `mysql.…`):
 * server metadata, whose tables no migration declares and no index of the app's serves. Pure.
 */

import type { QueryShape } from '../project/model.js';
import type { Schema } from '../schema/model.js';
import { withoutUnsendableBranches } from './unsendable-branches.js';

const SERVER_SCHEMAS = new Set(['information_schema', 'mysql', 'performance_schema', 'sys']);

/** `information_schema.KEY_COLUMN_USAGE`: a table of one of the server's own schemas. */
export function readsServerSchema(shape: Pick<QueryShape, 'table'>): boolean {
  const dot = shape.table.indexOf('.');
  return dot > 0 && SERVER_SCHEMAS.has(shape.table.slice(0, dot).replace(/`/g, '').toLowerCase());
}

export function judgedQueries(queries: QueryShape[], schema: Schema): QueryShape[] {
  const app = queries.filter((q) => !readsServerSchema(q));
  return withoutUnsendableBranches(app.length === queries.length ? queries : app, schema);
}
