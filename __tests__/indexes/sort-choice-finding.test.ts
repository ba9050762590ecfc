/**
 * A query whose sort the request chooses from a list (QueryShape.alsoSortable): PA101 checks its default
 * sort and lists the other sortable columns in the finding, never one finding per sortable column.
 */

import type { Schema } from '../../src/schema/model.js';
import { finalize } from '../../src/rules/finalize.js';
import { pa101MissingIndex } from '../../src/rules/pa101-missing-index.js';
import type { QueryShape } from '../../src/project/model.js';
import { contextWith, shape } from './seed.js';

const schema: Schema = {
  source: 'static',
  tables: [
    {
      name: 'vendors',
      columns: ['id', 'status', 'name', 'city', 'created_at'].map((name) => ({
        name,
        type: name === 'id' ? 'bigint(20) unsigned' : 'varchar(255)',
        nullable: false,
        default: null,
      })),
      indexes: [{ name: 'PRIMARY', columns: ['id'], unique: true, primary: true }],
      foreignKeys: [],
    },
  ],
};

const list = (extra: Partial<QueryShape>) =>
  shape({
    table: 'vendors',
    where: [{ column: 'status', op: '=' }],
    orderBy: [{ column: 'created_at', direction: 'desc' }],
    location: { file: 'app/Http/Controllers/VendorController.php', line: 20 },
    place: 'request',
    ...extra,
  });

function findings(shapes: QueryShape[]) {
  const ctx = contextWith({ shapes, schema });
  return pa101MissingIndex.check(ctx).map((d) => finalize(pa101MissingIndex, d, ctx.config));
}

test('a user-chosen sort: one finding on the default sort, the other sortable columns listed', () => {
  const fs = findings([list({ alsoSortable: ['name', 'city'] })]);
  expect(fs.map((f) => f.columns)).toEqual([['status', 'created_at']]);
  expect(fs[0].message).toContain('The request may also sort by: name; city.');
  const queries = fs[0].evidence.queries as { alsoSortable?: string[] }[];
  expect(queries[0].alsoSortable).toEqual(['name', 'city']);
});

test('a fixed sort is a normal finding, with no list of other sorts', () => {
  const fs = findings([list({ orderBy: [{ column: 'name', direction: 'asc' }] })]);
  expect(fs.map((f) => f.columns)).toEqual([['status', 'name']]);
  expect(fs[0].message).not.toContain('also sort by');
});
