/**
 * PA101 on a key into a reference table (`supplier_id` → a lookup of tens of rows): the key holds as many values
 * as the lookup has rows, so an index of it alone is info, as one of a status is. A lookup counted in the
 * thousands, a table of unknown size, or a selective column in the index keep the finding.
 */

import { finalize } from '../../src/rules/finalize.js';
import { indexesRules } from '../../src/rules/groups/indexes.js';
import type { ModelInfo, QueryShape } from '../../src/project/model.js';
import type { Column, Schema } from '../../src/schema/model.js';
import { contextWith, seedConfig, shape } from './seed.js';

const col = (name: string, type: string): Column => ({ name, type, nullable: false, default: null });
const primary = { name: 'PRIMARY', columns: ['id'], unique: true, primary: true };

// Written for this test.
const schema: Schema = {
  source: 'static',
  tables: [
    {
      name: 'repairs',
      columns: [
        col('id', 'bigint(20) unsigned'),
        col('supplier_id', 'int(10) unsigned'),
        col('currency_code', 'varchar(3)'),
        col('serial', 'varchar(64)'),
      ],
      indexes: [primary],
      foreignKeys: [],
    },
    {
      name: 'suppliers',
      columns: [col('id', 'int(10) unsigned'), col('name', 'varchar(191)')],
      indexes: [primary],
      foreignKeys: [],
    },
    {
      name: 'currencies',
      columns: [col('id', 'int(10) unsigned'), col('code', 'varchar(3)')],
      indexes: [primary],
      foreignKeys: [],
    },
  ],
};
const at = (line: number) => ({ file: 'app/Http/Controllers/RepairController.php', line });
const bySupplier = shape({
  table: 'repairs',
  place: 'request',
  where: [{ column: 'supplier_id', op: '=' }],
  location: at(10),
});
const byCurrency = shape({
  table: 'repairs',
  place: 'request',
  where: [{ column: 'currency_code', op: '=' }],
  location: at(11),
});
const bySupplierAndSerial = shape({
  table: 'repairs',
  place: 'request',
  where: [
    { column: 'supplier_id', op: '=' },
    { column: 'serial', op: '=' },
  ],
  location: at(12),
});
const repair: ModelInfo = {
  className: 'Repair',
  fqcn: 'App\\Models\\Repair',
  table: 'repairs',
  file: 'app/Models/Repair.php',
  relations: {
    currency: {
      kind: 'belongsTo',
      related: 'App\\Models\\Currency',
      table: 'currencies',
      foreignKey: 'currency_code',
      ownerKey: 'code',
    },
  },
} as unknown as ModelInfo;

const pa101 = indexesRules.find((r) => r.id === 'PA101')!;
function findings(tables: Record<string, number>, shapes: QueryShape[]) {
  const config = seedConfig();
  config.database.tables = tables;
  const ctx = contextWith({ shapes, schema, planner: null, config });
  ctx.project.models = [repair];
  return pa101.check(ctx).map((d) => finalize(pa101, d, config));
}
const on = (fs: ReturnType<typeof findings>, columns: string[]) =>
  fs.find((f) => f.columns.join(',') === columns.join(','));

describe('PA101 on a key into a reference table', () => {
  it('is info when the key points at a lookup of tens of rows, by name or by a belongsTo relation', () => {
    const fs = findings({ suppliers: 12, currencies: 8, repairs: 500_000 }, [bySupplier, byCurrency]);
    const supplier = on(fs, ['supplier_id'])!;
    expect(supplier.severity).toBe('info');
    expect(supplier.message).toMatch(/supplier_id is a key of suppliers, a reference table/);
    expect(supplier.evidence).toMatchObject({ lowCardinality: { supplier_id: 'reference-key' } });
    expect(on(fs, ['currency_code'])!.severity).toBe('info');
  });

  it('keeps the finding with a selective column in the index', () => {
    const fs = findings({ suppliers: 12, currencies: 8, repairs: 500_000 }, [bySupplierAndSerial]);
    expect(on(fs, ['serial', 'supplier_id'])?.severity ?? on(fs, ['supplier_id', 'serial'])?.severity).toBe(
      'critical',
    );
  });

  it("reads a pivot's key through the belongsToMany relation that names it", () => {
    const pivot: Schema = {
      ...schema,
      tables: [
        ...schema.tables,
        {
          name: 'repair_tags',
          columns: [col('repair_id', 'int(10) unsigned'), col('label_id', 'int(10) unsigned')],
          indexes: [],
          foreignKeys: [],
        },
        {
          name: 'tags',
          columns: [col('id', 'int(10) unsigned'), col('name', 'varchar(191)')],
          indexes: [primary],
          foreignKeys: [],
        },
      ],
    };
    const tagged: ModelInfo = {
      ...repair,
      relations: {
        ...repair.relations,
        tags: {
          kind: 'belongsToMany',
          related: 'App\\Models\\Tag',
          table: 'tags',
          foreignKey: 'repair_id',
          ownerKey: 'id',
          pivotTable: 'repair_tags',
          relatedPivotKey: 'label_id',
        },
      },
    } as unknown as ModelInfo;
    const byLabel = shape({
      table: 'repair_tags',
      place: 'request',
      where: [{ column: 'label_id', op: '=' }],
      location: at(14),
    });
    const run = (tags: number) => {
      const config = seedConfig();
      config.database.tables = { tags, repair_tags: 500_000 };
      const ctx = contextWith({ shapes: [byLabel], schema: pivot, planner: null, config });
      ctx.project.models = [tagged];
      return pa101.check(ctx).map((d) => finalize(pa101, d, config))[0];
    };
    expect(run(15)).toMatchObject({ columns: ['label_id'], severity: 'info' });
    expect(run(15).message).toMatch(/label_id is a key of tags, a reference table/);
    expect(run(50_000).severity).toBe('critical');
  });

  it('keeps it for a key of the accounts people sign in with, however small the app makes them look', () => {
    const users: Schema = {
      ...schema,
      tables: [
        ...schema.tables.map((t) =>
          t.name === 'repairs' ? { ...t, columns: [...t.columns, col('user_id', 'int(10) unsigned')] } : t,
        ),
        {
          name: 'users',
          columns: [col('id', 'int(10) unsigned'), col('name', 'varchar(191)')],
          indexes: [primary],
          foreignKeys: [],
        },
      ],
    };
    const byUser = shape({
      table: 'repairs',
      place: 'request',
      where: [{ column: 'user_id', op: '=' }],
      location: at(13),
    });
    const config = seedConfig();
    config.database.tables = { users: 20, repairs: 500_000 };
    const ctx = contextWith({ shapes: [byUser], schema: users, planner: null, config });
    const [f] = pa101.check(ctx).map((d) => finalize(pa101, d, config));
    expect(f).toMatchObject({ columns: ['user_id'], severity: 'critical' });
  });

  it('keeps it when the lookup holds thousands of rows, or its size is not known', () => {
    expect(
      on(findings({ suppliers: 5_000, currencies: 8, repairs: 500_000 }, [bySupplier]), ['supplier_id'])!
        .severity,
    ).toBe('critical');
    expect(on(findings({ repairs: 500_000 }, [bySupplier]), ['supplier_id'])!.severity).toBe('critical');
  });
});

describe("PA101 on a reference key beside the app's tenant key", () => {
  const fk = (column: string, refTable: string) => ({
    name: `${column}_fk`,
    columns: [column],
    refTable,
    refColumns: ['id'],
  });
  const tenantSchema = (companyIndex: boolean): Schema => ({
    source: 'static',
    tables: [
      {
        name: 'invoices',
        columns: [
          col('id', 'bigint(20) unsigned'),
          col('company_id', 'int(10) unsigned'),
          col('currency_id', 'int(10) unsigned'),
        ],
        indexes: companyIndex
          ? [primary, { name: 'invoices_company_id_index', columns: ['company_id'], unique: false }]
          : [primary],
        foreignKeys: [fk('company_id', 'companies')],
      },
      { name: 'companies', columns: [col('id', 'int(10) unsigned')], indexes: [primary], foreignKeys: [] },
      { name: 'currencies', columns: [col('id', 'int(10) unsigned')], indexes: [primary], foreignKeys: [] },
      // Every table of the app belongs to a company: companies is the tenant.
      ...['clients', 'payments', 'products', 'vendors'].map((name) => ({
        name,
        columns: [col('id', 'int(10) unsigned'), col('company_id', 'int(10) unsigned')],
        indexes: [primary],
        foreignKeys: [fk('company_id', 'companies')],
      })),
    ],
  });
  const byCurrency = shape({
    table: 'invoices',
    place: 'request',
    where: [
      { column: 'company_id', op: '=', via: 'globalScope:company' },
      { column: 'currency_id', op: '=' },
    ],
    location: at(20),
  });
  const run = (companyIndex: boolean) => {
    const config = seedConfig();
    config.database.tables = { currencies: 8, invoices: 500_000 };
    const ctx = contextWith({
      shapes: [byCurrency],
      schema: tenantSchema(companyIndex),
      planner: null,
      config,
    });
    return pa101
      .check(ctx)
      .map((d) => finalize(pa101, d, config))
      .find((f) => f.table === 'invoices')!;
  };

  it('is info when an index already reaches one tenant’s rows', () => {
    const f = run(true);
    expect(f.severity).toBe('info');
    expect(f.message).toMatch(/company_id is the tenant key/);
    expect(f.evidence).toMatchObject({
      lowCardinality: { company_id: 'tenant-key', currency_id: 'reference-key' },
    });
  });

  it('keeps the finding when no index leads with the tenant key', () => {
    expect(run(false).severity).toBe('critical');
  });
});
