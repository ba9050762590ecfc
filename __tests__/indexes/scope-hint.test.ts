/**
 * PA101 names an existing index the query would use if it also filtered by the app's tenant: a unique
 * (company_id, number) under a lookup by number alone, in a schema where most tables point at companies.
 * Not when the query filters by the tenant, when the leading key is no tenant's (a pivot's other side), or
 * when the index goes on with another column than the proposal.
 */

import type { Index, Schema, Table } from '../../src/schema/model.js';
import { finalize } from '../../src/rules/finalize.js';
import { indexesRules } from '../../src/rules/groups/indexes.js';
import { scopeHint } from '../../src/rules/scope-hint.js';
import { contextWith, seedConfig, shape } from './seed.js';

function table(name: string, columns: string[], indexes: Index[], tenant = true): Table {
  return {
    name,
    columns: ['id', ...columns].map((c) => ({
      name: c,
      type: c.endsWith('_id') || c === 'id' ? 'bigint unsigned' : 'varchar(191)',
      nullable: false,
      default: null,
    })),
    indexes: [{ name: 'PRIMARY', columns: ['id'], unique: true, primary: true }, ...indexes],
    foreignKeys: tenant
      ? [
          {
            name: `${name}_company_id_foreign`,
            columns: ['company_id'],
            refTable: 'companies',
            refColumns: ['id'],
          },
        ]
      : [],
  } as Table;
}

const expenses = table(
  'expenses',
  ['company_id', 'number', 'status', 'amount'],
  [
    { name: 'expenses_company_id_index', columns: ['company_id'], unique: false },
    { name: 'expenses_company_id_number_unique', columns: ['company_id', 'number'], unique: true },
  ],
);
const groupUser = table(
  'group_user',
  ['user_id', 'group_id'],
  [{ name: 'group_user_user_id_group_id_unique', columns: ['user_id', 'group_id'], unique: true }],
  false,
);
const schema: Schema = {
  tables: [
    table('companies', ['name'], [], false),
    expenses,
    groupUser,
    ...['invoices', 'clients', 'payments', 'products'].map((t) =>
      table(t, ['company_id'], [{ name: `${t}_company_id_index`, columns: ['company_id'], unique: false }]),
    ),
  ],
} as Schema;

const lookup = (tableName: string, columns: string[]) =>
  shape({
    table: tableName,
    place: 'request',
    where: columns.map((column) => ({ column, op: '=' as const })),
    location: { file: 'app/Rules/UniqueNumber.php', line: 20 },
    code: `Model::where(…)->exists()`,
  });

function pa101(tableName: string, columns: string[]) {
  const rule = indexesRules.find((r) => r.id === 'PA101')!;
  return rule
    .check(contextWith({ shapes: [lookup(tableName, columns)], schema }))
    .map((d) => finalize(rule, d, seedConfig()))
    .filter((f) => f.table === tableName);
}

const isCompanyKey = (c: string) => c === 'company_id';

it('a lookup by number alone names the (company_id, number) unique and the missing tenant filter', () => {
  const [f] = pa101('expenses', ['number']);
  expect(f!.columns).toEqual(['number']);
  expect(f!.message).toContain(
    'expenses_company_id_number_unique (company_id, number) already holds number after the tenant key ' +
      'company_id: if the query should be limited to one company (a tenant scope it leaves out), filtering on ' +
      'company_id lets that index serve it, with no new index.',
  );
  expect(f!.evidence?.scopedIndex).toEqual({
    index: 'expenses_company_id_number_unique',
    scope: ['company_id'],
  });
});

it("not on a pivot's other side: user_id is no tenant key", () => {
  const [f] = pa101('group_user', ['group_id']);
  expect(f!.columns).toEqual(['group_id']);
  expect(f!.message).not.toContain('already holds');
  expect(f!.evidence?.scopedIndex).toBeUndefined();
});

it('not when the query filters by the tenant, nor when the index goes on with another column', () => {
  expect(
    scopeHint(expenses, ['number'], lookup('expenses', ['company_id', 'number']), isCompanyKey),
  ).toBeNull();
  // A query that removed the tenant's global scope reads across companies on purpose.
  const everyCompany = { ...lookup('expenses', ['number']), withoutGlobalScopes: true as const };
  expect(scopeHint(expenses, ['number'], everyCompany, isCompanyKey)).toBeNull();
  expect(
    scopeHint(expenses, ['number', 'status'], lookup('expenses', ['number']), isCompanyKey),
  ).toMatchObject({
    index: 'expenses_company_id_number_unique',
  });
  const wider: Table = {
    ...expenses,
    indexes: [
      { name: 'expenses_company_number_amount', columns: ['company_id', 'number', 'amount'], unique: false },
    ],
  };
  expect(scopeHint(wider, ['number', 'status'], lookup('expenses', ['number']), isCompanyKey)).toBeNull();
});
