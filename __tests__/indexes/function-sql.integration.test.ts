/**
 * A function around a column is planned as SQL MariaDB takes: the shape keeps only the column, so the other
 * arguments a function needs (a JSON path, a separator) are filled in. Checked with EXPLAIN on the real server.
 */

import { renderShapeSql } from '../../src/database/render-shape.js';
import type { ScratchDatabase } from '../../src/database/connection.js';
import { SEED_SQL, scratchWith, seedSchema, shape } from './seed.js';

const FUNCTIONS = [
  'JSON_EXTRACT',
  'CONCAT_WS',
  'JSON_CONTAINS',
  'DATE_FORMAT',
  'IFNULL',
  'LEFT',
  'FIELD',
  'CAST',
  'BINARY',
  'LOWER',
  'DATE',
];

describe('functions around a column, rendered and EXPLAINed', () => {
  let db: ScratchDatabase;
  beforeAll(async () => {
    db = await scratchWith(SEED_SQL);
  }, 60_000);
  afterAll(async () => {
    await db.drop();
  });

  it.each(FUNCTIONS)('%s in WHERE and ORDER BY', async (fn) => {
    const rendered = renderShapeSql(
      shape({
        table: 'users',
        where: [{ column: 'email', op: '=', fn }],
        orderBy: [{ column: 'name', direction: 'asc', fn }],
      }),
      seedSchema(),
    );
    if ('error' in rendered) throw new Error(rendered.error);
    await expect(db.conn.query(`EXPLAIN ${rendered.sql}`)).resolves.toBeDefined();
  });
});
