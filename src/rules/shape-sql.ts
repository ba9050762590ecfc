/** A query shape as the SQL a finding reports (`query`): the statement the planner is given for it. */

import { renderShapeSql } from '../database/render-shape.js';
import type { QueryShape } from '../project/model.js';
import type { Schema } from '../schema/model.js';

/** undefined when the shape names a table or column the schema lacks (no SQL to show). */
export function shapeSql(shape: QueryShape, schema: Schema): string | undefined {
  const rendered = renderShapeSql(shape, schema);
  return 'sql' in rendered ? rendered.sql : undefined;
}
