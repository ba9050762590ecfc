/**
 * PA101 with the planner on a query a global scope narrows to one tenant: an existing index on the tenant key
 * alone reads that tenant's share of the table, which is no better than a scan for a query with a selective
 * filter of its own; the index proposed puts the query's own column first.
 */

import { createScratchDatabase, parseDbUrl } from '../../src/database/connection.js';
import { runPlannerPhase } from '../../src/database/planner.js';
import { renderCreateTable } from '../../src/schema/ddl.js';
import type { Schema, Table } from '../../src/schema/model.js';
import type { Predicate, QueryShape } from '../../src/project/model.js';
import { finalize } from '../../src/rules/finalize.js';
import { indexesRules } from '../../src/rules/groups/indexes.js';
import { DB_URL, contextWith, seedConfig, shape } from './seed.js';

const column = (name: string, type = 'bigint(20) unsigned') => ({
  name,
  type,
  nullable: false,
  default: null,
});
const primary = { name: 'PRIMARY', columns: ['id'], unique: true, primary: true };

function schema(): Schema {
  const companies: Table = {
    name: 'companies',
    columns: [column('id')],
    indexes: [primary],
    foreignKeys: [],
  };
  const invoices: Table = { name: 'invoices', columns: [column('id')], indexes: [primary], foreignKeys: [] };
  const totals: Table = {
    name: 'invoice_totals',
    columns: [column('id'), column('company_id'), column('invoice_id'), column('is_active', 'tinyint(1)')],
    indexes: [primary, { name: 'invoice_totals_company_id_index', columns: ['company_id'], unique: false }],
    foreignKeys: [
      {
        name: 'invoice_totals_company_id_foreign',
        columns: ['company_id'],
        refTable: 'companies',
        refColumns: ['id'],
      },
    ],
  };
  return { source: 'static', tables: [companies, invoices, totals] };
}

const tenant: Predicate = { column: 'company_id', op: '=', via: 'globalScope:App\\Scopes\\Company' };

async function pa101(shapes: QueryShape[]) {
  const s = schema();
  const db = await createScratchDatabase(parseDbUrl(DB_URL));
  try {
    for (const t of s.tables) await db.conn.query(renderCreateTable(t));
    const config = { ...seedConfig(), queries: [] };
    config.database = { ...config.database, generateRows: 20_000 };
    const planner = await runPlannerPhase(db, { config, schema: s, shapes });
    const rule = indexesRules.find((r) => r.id === 'PA101')!;
    const ctx = contextWith({ shapes, schema: s, planner, config });
    return rule.check(ctx).map((d) => finalize(rule, d, ctx.config));
  } finally {
    await db.drop();
  }
}

const at = { file: 'app/Http/Controllers/InvoicesController.php', line: 80 };

test('a selective filter of its own, read through the tenant key alone: the own column is proposed first', async () => {
  const q = shape({
    table: 'invoice_totals',
    where: [tenant, { column: 'invoice_id', op: '=' }],
    location: at,
  });
  const [f] = await pa101([q]);
  expect(f).toMatchObject({ columns: ['invoice_id', 'company_id'], evidence: { decidedBy: 'planner' } });
});

test('only the tenant key and a flag: the tenant key index is all the query can use, nothing is proposed', async () => {
  const q = shape({
    table: 'invoice_totals',
    where: [tenant, { column: 'is_active', op: '=' }],
    location: at,
  });
  expect(await pa101([q])).toEqual([]);
});
