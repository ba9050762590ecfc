/**
 * A request filter branch on a column its table lacks is never sent as read (MariaDB would refuse it): left
 * out before the planner and the rules. Shapes read from real PHP: one controller's optional filters over
 * two models, only one of which has the column.
 */

import { withoutUnsendableBranches } from '../../src/audit/unsendable-branches.js';
import type { Schema, Table } from '../../src/schema/model.js';
import { bareModel, extract, parseSource } from '../queries/helpers.js';

const controller = parseSource(
  'app/Http/Controllers/ListController.php',
  `<?php
namespace App\\Http\\Controllers;
use App\\Models\\Design;
use App\\Models\\Invoice;
use Illuminate\\Http\\Request;
class ListController extends Controller
{
    public function designs(Request $request)
    {
        $q = Design::where('company_id', 1);
        if ($request->filled('client_id')) {
            $q->where('client_id', $request->client_id);
        }
        return $q->get();
    }
    public function invoices(Request $request)
    {
        $q = Invoice::where('company_id', 1);
        if ($request->filled('client_id')) {
            $q->where('client_id', $request->client_id);
        }
        return $q->get();
    }
}
`,
);

const table = (name: string, ...columns: string[]): Table => ({
  name,
  columns: ['id', 'company_id', ...columns].map((c) => ({
    name: c,
    type: 'bigint',
    nullable: false,
    default: null,
  })),
  indexes: [],
  foreignKeys: [],
});
const schema: Schema = {
  source: 'static',
  tables: [table('designs', 'name'), table('invoices', 'client_id')],
};
const { queries } = extract([controller, bareModel('Design'), bareModel('Invoice')]);

test('the branch filtering designs on a column designs lacks is left out; the path without it stays', () => {
  const before = queries.filter((q) => q.table === 'designs');
  expect(before.map((q) => q.where.map((p) => p.column))).toEqual([
    ['company_id'],
    ['company_id', 'client_id'],
  ]);
  const kept = withoutUnsendableBranches(queries, schema).filter((q) => q.table === 'designs');
  expect(kept.map((q) => q.where.map((p) => p.column))).toEqual([['company_id']]);
});

test('must not: the same branch on a table that has the column, or a table the schema does not know', () => {
  const invoices = withoutUnsendableBranches(queries, schema).filter((q) => q.table === 'invoices');
  expect(invoices).toHaveLength(2);
  const unknown: Schema = { source: 'static', tables: [table('invoices', 'client_id')] };
  expect(withoutUnsendableBranches(queries, unknown)).toHaveLength(queries.length);
});
