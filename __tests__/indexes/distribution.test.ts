import {
  literalsByColumn,
  MIN_ROWS,
  planGeneration,
  prefixValues,
  plannedColumn,
  rowsPerTable,
  tablesToFill,
  typeOf,
} from '../../src/database/generate/distribution.js';
import type { GenerationInput, TablePlan } from '../../src/database/generate/distribution.js';
import { insertSql } from '../../src/database/generate/insert-sql.js';
import type { Column, Schema, Table } from '../../src/schema/model.js';
import { shape } from './seed.js';

const col = (name: string, type: string, nullable = false, extra: Partial<Column> = {}): Column => ({
  name,
  type,
  nullable,
  default: null,
  ...extra,
});
const pk = (table: string) => ({ name: 'PRIMARY', columns: ['id'], unique: true, primary: true, table });

const users: Table = {
  name: 'users',
  columns: [col('id', 'bigint(20) unsigned'), col('email', 'varchar(255)'), col('pin', 'char(3)')],
  indexes: [
    pk('users'),
    { name: 'users_email_unique', columns: ['email'], unique: true },
    { name: 'users_pin_unique', columns: ['pin'], unique: true },
  ],
  foreignKeys: [],
};
const orders: Table = {
  name: 'orders',
  columns: [
    col('id', 'bigint(20) unsigned'),
    col('user_id', 'bigint(20) unsigned'),
    col('buyer_id', 'bigint(20) unsigned', true),
    col('paid', 'tinyint(1)'),
    col('requestable', 'tinyint(4)', false, { default: '0' }),
    col('is_gift', 'int(11)'),
    col('quantity', 'tinyint(3) unsigned'),
    col('size', "enum('s','m','l')"),
    col('status', 'varchar(20)'),
    col('source', 'varchar(40)'),
    col('total', 'decimal(5,2)'),
    col('shipped_at', 'timestamp', true),
    col('deleted_at', 'timestamp', true),
    col('created_at', 'timestamp', true),
    col('total_x2', 'decimal(6,2)', false, { generated: { expression: 'total * 2', stored: false } }),
  ],
  indexes: [pk('orders')],
  foreignKeys: [
    { name: 'orders_buyer_id_foreign', columns: ['buyer_id'], refTable: 'users', refColumns: ['id'] },
  ],
};
const roleUser: Table = {
  name: 'role_user',
  columns: [
    col('role_id', 'int(10) unsigned'),
    col('user_id', 'bigint(20) unsigned'),
    col('active', 'bit(1)'),
  ],
  indexes: [{ name: 'role_user_unique', columns: ['role_id', 'user_id'], unique: true }],
  foreignKeys: [],
};
const roles: Table = {
  name: 'roles',
  columns: [col('id', 'int(10) unsigned'), col('name', 'varchar(40)')],
  indexes: [pk('roles')],
  foreignKeys: [],
};
const places: Table = {
  name: 'places',
  columns: [col('id', 'bigint(20) unsigned'), col('location', 'point')],
  indexes: [pk('places')],
  foreignKeys: [],
};
const logs: Table = {
  name: 'logs',
  columns: [col('id', 'bigint(20)')],
  indexes: [pk('logs')],
  foreignKeys: [],
};
const schema: Schema = { source: 'migrations', tables: [users, orders, roleUser, roles, places, logs] };

const shapes = [
  shape({
    table: 'orders',
    where: [
      { column: 'status', op: '=', value: 'paid' },
      { column: 'orders.status', op: '!=', value: 'void' },
      { column: 'source', op: '=', value: 'web' },
      { column: 'deleted_at', op: 'is null', via: 'SoftDeletes' },
    ],
    joins: [{ table: 'users', on: [{ left: 'users.id', right: 'orders.user_id' }], type: 'inner' }],
  }),
  shape({ table: 'role_user', where: [{ column: 'user_id', op: '=' }] }),
  shape({ table: 'places', where: [{ column: 'id', op: '=' }] }),
];

const input = (over: Partial<GenerationInput> = {}): GenerationInput => ({
  schema,
  shapes,
  maxRows: 50_000,
  rowsOf: (t) => ({ roles: 12, users: 30_000 })[t] ?? 1_000_000,
  ...over,
});
const planOf = (plans: TablePlan[], t: string) => plans.find((p) => p.table === t)!;

describe('which tables get rows', () => {
  it('the tables the shapes read, joined ones included; not those no query reads', () => {
    expect(tablesToFill(shapes, schema)).toEqual(['orders', 'places', 'role_user', 'users']);
  });

  it('leaves a table empty, with the reason, when a NOT NULL column cannot be generated', () => {
    const { plans, skipped } = planGeneration(input());
    expect(skipped).toEqual([{ table: 'places', reason: expect.stringMatching(/location \(point\)/) }]);
    expect(plans.map((p) => p.table).sort()).toEqual(['orders', 'role_user', 'users']);
  });

  it('generates nothing when generate-rows is 0', () => {
    expect(planGeneration(input({ maxRows: 0 }))).toEqual({ plans: [], skipped: [] });
  });
});

describe('rows per table', () => {
  it('at most generate-rows, never more than the production size', () => {
    const rows = rowsPerTable(['a', 'b'], { maxRows: 50_000, rowsOf: (t) => (t === 'a' ? 300 : 1e6) });
    expect([rows.get('a'), rows.get('b')]).toEqual([300, 50_000]);
  });

  it('an equal share past twice generate-rows across tables, at least MIN_ROWS', () => {
    const many = Array.from({ length: 20 }, (_, i) => `t${i}`);
    expect(rowsPerTable(many, { maxRows: 50_000, rowsOf: () => 1e6 }).get('t0')).toBe(5_000);
    const lots = Array.from({ length: 1_000 }, (_, i) => `t${i}`);
    expect(rowsPerTable(lots, { maxRows: 50_000, rowsOf: () => 1e6 }).get('t0')).toBe(MIN_ROWS);
  });
});

describe('column distributions', () => {
  const { plans } = planGeneration(input());
  const o = planOf(plans, 'orders');
  const c = (name: string) => plannedColumn(o, name)!;

  it('primary and unique keys are distinct on every row, within the column length', () => {
    expect(c('id').pick).toEqual({ kind: 'seq' });
    const u = planOf(plans, 'users');
    expect(plannedColumn(u, 'email')!.pick).toEqual({ kind: 'seq' });
    // char(3) holds 999 distinct digits: the table is cut to what its unique key can hold.
    expect(plannedColumn(u, 'pin')!.render).toEqual({ kind: 'string', prefix: false });
    expect(u.rows).toBe(999);
  });

  it('booleans two values, enums their members', () => {
    expect(c('paid')).toMatchObject({ distinct: 2, render: { kind: 'int', offset: -1 } });
    expect(c('size')).toMatchObject({ distinct: 3, render: { kind: 'list', values: ["'s'", "'m'", "'l'"] } });
  });

  it('integer flags two values too: a tinyint defaulting to 0 or 1, an is_… integer', () => {
    for (const flag of ['requestable', 'is_gift'])
      expect(c(flag)).toMatchObject({
        distinct: 2,
        render: { kind: 'int', offset: -1 },
        why: 'boolean flag',
      });
    // A tinyint with no 0/1 default is a small number, not a flag.
    expect(c('quantity').distinct).toBeGreaterThan(2);
  });

  it('status-like columns: the literals the code compares them to, then other values', () => {
    const status = c('status');
    expect(status.render.kind).toBe('list');
    const values = (status.render as { values: string[] }).values;
    expect(values.slice(0, 2)).toEqual(["'paid'", "'void'"]);
    expect(values).toHaveLength(10);
    // One literal on a column whose name says nothing: an ordinary string (`slug = 'home'`); two: a list.
    expect(c('source').render.kind).toBe('string');
    const two = planGeneration(
      input({
        shapes: [
          shape({
            table: 'orders',
            where: [
              { column: 'source', op: '=', value: 'web' },
              { column: 'source', op: '!=', value: 'api' },
            ],
          }),
        ],
      }),
    );
    expect(plannedColumn(planOf(two.plans, 'orders'), 'source')!.render).toMatchObject({
      kind: 'list',
      values: expect.arrayContaining(["'web'", "'api'"]),
    });
  });

  it('soft deletes mostly NULL, other nullable timestamps mostly NULL, created_at always set', () => {
    expect(c('deleted_at').nulls).toBeGreaterThanOrEqual(0.98);
    expect(c('shipped_at').nulls).toBeGreaterThan(0.5);
    expect(c('shipped_at').nulls).toBeLessThan(c('deleted_at').nulls);
    expect(c('created_at').nulls).toBe(0);
    expect(c('paid').nulls).toBe(0);
  });

  it('foreign keys spread over the parent size: declared, or by name', () => {
    expect(c('buyer_id')).toMatchObject({ distinct: 30_000, why: 'foreign key → users' });
    expect(c('user_id')).toMatchObject({ distinct: 30_000, why: 'foreign key → users' });
    const pivot = planOf(plans, 'role_user');
    expect(plannedColumn(pivot, 'role_id')!.distinct).toBe(12);
  });

  it("a tenant key a global scope fixes takes a few values, not the parent's size", () => {
    const scoped = planGeneration(
      input({
        shapes: [
          ...shapes,
          shape({
            table: 'orders',
            where: [{ column: 'buyer_id', op: '=', via: 'globalScope:App\\Scopes\\Buyer' }],
          }),
        ],
      }),
    );
    const o2 = planOf(scoped.plans, 'orders');
    expect(plannedColumn(o2, 'buyer_id')).toMatchObject({ distinct: 10, why: 'tenant key → users' });
    expect(plannedColumn(o2, 'user_id')).toMatchObject({ distinct: 30_000, why: 'foreign key → users' });
  });

  it('composite unique keys: the widest column distinct on every row, the others keep their spread', () => {
    const pivot = planOf(plans, 'role_user');
    expect(plannedColumn(pivot, 'role_id')!).toMatchObject({ distinct: 12, pick: { kind: 'random' } });
    expect(plannedColumn(pivot, 'user_id')!.pick).toEqual({ kind: 'seq' });
    expect(plannedColumn(pivot, 'active')!.distinct).toBe(2);
  });

  it('decimals stay within their precision; generated columns are left to the server', () => {
    expect(c('total').distinct).toBeLessThanOrEqual(999);
    expect(plannedColumn(o, 'total_x2')).toBeUndefined();
  });

  it('follows a measured distinct count when a statistics file gives one', () => {
    const measured = planGeneration(
      input({ distinctOf: (t, column) => (column === 'status' ? 3 : undefined) }),
    );
    expect(plannedColumn(planOf(measured.plans, 'orders'), 'status')).toMatchObject({
      distinct: 3,
      why: 'string, measured',
    });
  });
});

describe('the INSERT', () => {
  it('one INSERT IGNORE … SELECT over seq_1_to_N naming every generated column', () => {
    const { plans } = planGeneration(input());
    const sql = insertSql(planOf(plans, 'role_user'));
    expect(sql).toMatch(/^INSERT IGNORE INTO `role_user` \(`role_id`, `user_id`, `active`\) SELECT /);
    // Four queried tables share twice generate-rows.
    expect(sql).toMatch(/FROM seq_1_to_25000$/);
    expect(sql).toContain('(1 + FLOOR(RAND(');
    expect(sql).toMatch(/SELECT \(1 \+ FLOOR\(RAND\(\d+\) \* 12\)\), seq, /);
  });
});

describe('literals', () => {
  it('are collected per table and column, qualified names resolved, functions ignored', () => {
    const lits = literalsByColumn([
      shape({
        table: 'orders',
        where: [
          { column: 'orders.status', op: '=', value: 'paid' },
          { column: 'status', op: 'in', value: 'void' },
          { column: 'created_at', op: '=', fn: 'date', value: '2026-01-01' },
          { column: 'role', op: '=', value: 'admin', table: 'users' },
        ],
      }),
    ]);
    expect(Object.fromEntries(lits)).toEqual({ 'orders.status': ['paid', 'void'], 'users.role': ['admin'] });
  });

  it('typeOf knows the integer ranges and refuses spatial types', () => {
    expect(typeOf('tinyint(3) unsigned')).toEqual({ kind: 'int', capacity: 255 });
    expect(typeOf('tinyint(1)')).toEqual({ kind: 'bool', capacity: 2 });
    expect(typeOf('point')).toBeNull();
  });
});

describe('values of a key prefix at production size', () => {
  const { plans } = planGeneration(input());

  it("a foreign key takes its parent's rows, a flag two, a unique key one per row", () => {
    const orders = planOf(plans, 'orders');
    expect(prefixValues(orders, 1_000_000, ['buyer_id'])).toBe(30_000);
    expect(prefixValues(orders, 1_000_000, ['paid'])).toBe(2);
    expect(prefixValues(planOf(plans, 'users'), 30_000, ['email'])).toBe(30_000);
  });

  it('a prefix takes the product of its columns, at most one value per row', () => {
    const orders = planOf(plans, 'orders');
    expect(prefixValues(orders, 1_000_000, ['paid', 'size'])).toBe(6);
    expect(prefixValues(orders, 1_000_000, ['buyer_id', 'paid', 'size'])).toBe(180_000);
    expect(prefixValues(orders, 1_000_000, ['buyer_id', 'created_at'])).toBe(1_000_000);
  });

  it('is unknown for a column that is not generated', () => {
    expect(prefixValues(planOf(plans, 'orders'), 1_000_000, ['total_x2'])).toBeUndefined();
  });
});

describe("a foreign key spread over its parent's rows", () => {
  it('follows the rows the parent is given for its children when they differ from its assumed rows', () => {
    const { plans } = planGeneration(input({ parentRowsOf: (t) => (t === 'users' ? 500 : undefined) }));
    const buyer = planOf(plans, 'orders').columns.find((c) => c.column === 'buyer_id')!;
    expect(buyer.distinct).toBe(500);
    expect(buyer.why).toBe('foreign key → users');
  });

  it("takes the parent's assumed rows otherwise", () => {
    const { plans } = planGeneration(input());
    expect(planOf(plans, 'orders').columns.find((c) => c.column === 'buyer_id')!.distinct).toBe(30_000);
  });
});
