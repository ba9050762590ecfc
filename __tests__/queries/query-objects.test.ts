/**
 * Query objects that build in one method and finish in another (__tests__/fixtures/queries/query-objects):
 * a scope hands its query to a filter object, which keeps it in a property, narrows it through a method the
 * subclass overrides and adds the filter each request input names.
 */

import { join } from 'node:path';
import type { QueryShape } from '../../src/project/model.js';
import { FIXTURES, extract, parseDir, preds } from './helpers.js';

const { queries } = extract(parseDir(join(FIXTURES, 'queries/query-objects')));
const FILE = 'app/Http/Controllers/QuoteController.php';
const at = (line: number): QueryShape[] =>
  queries.filter((q) => q.location.file === FILE && q.location.line === line);
const show = (q: QueryShape) =>
  `${preds(q).join(', ')} → ${
    q.optionalBranch
      ? `${q.optionalBranch.requestInput ? 'input' : 'other'} [${q.optionalBranch.columns.join(',')}]`
      : 'common'
  }`;

test("the filter object's tenant scope is on the common path; each filter the request names is an input branch", () => {
  expect(at(15).map(show)).toEqual([
    'company_id =, number = → common',
    'company_id =, status_id =, number = → input [status_id]',
    'company_id =, updated_at >=, number = → input [updated_at]',
  ]);
  // withTrashed() in apply(): no soft-delete filter, though Quote uses SoftDeletes.
  for (const q of at(15)) expect(q.partial).toBeUndefined();
});

test('a filter object whose class the code does not state: the rest is kept, the shape partial', () => {
  const [q, ...more] = at(20);
  expect(more).toEqual([]);
  expect(preds(q)).toEqual(['total >']);
  expect(q.partialReasons).toEqual(['what apply() adds is not read']);
});

test('a filter adding an OR group in parentheses, or a top-level OR, is an input branch; only the latter ORs the query', () => {
  expect(at(43).map(show)).toEqual([
    'company_id = → common',
    'company_id =, number like, po_number like → input [number,po_number]',
    'company_id =, status = → input [status]',
    'company_id =, updated_at >= → input [updated_at]',
  ]);
  const grouped = at(43)[1]
    .where.filter((p) => p.group)
    .map((p) => `${p.column} ${p.group!.branch}`);
  expect(grouped).toEqual(['number 0', 'po_number 1']);
  expect(at(43).map((q) => q.hasOr ?? false)).toEqual([false, false, true, false]);
  for (const q of at(43)) expect(q.partial).toBeUndefined();
});

test('a scope handing its query to a helper of the model: read; a helper ORing over unnamed columns: one piece', () => {
  expect(at(48).map(show)).toEqual(['created_at >=, status = → common']);
  expect(at(48)[0].partial).toBeUndefined();
  const [q] = at(50);
  expect(preds(q)).toEqual(['status =']);
  expect(q.partialReasons).toEqual(['what searchColumns() adds is not read']);
});

test('a scope called directly, and a dynamic call in an object holding no query, are as before', () => {
  expect(at(25).map(show)).toEqual(['company_id =, deleted_at is null → common']);
  expect(at(30).map(show)).toEqual(['status = → common']);
  expect(at(30)[0].partial).toBeUndefined();
});
