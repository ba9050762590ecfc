import { join } from 'node:path';
import { extractModels } from '../../src/project/laravel/models.js';
import type { ModelInfo } from '../../src/project/model.js';
import { FIXTURES, parseDir, parseSource, predText } from './helpers.js';

const models = extractModels(parseDir(join(FIXTURES, 'queries/app')));
const model = (name: string): ModelInfo => {
  const m = models.find((x) => x.className === name);
  if (!m) throw new Error(`model ${name} not found among ${models.map((x) => x.className).join(', ')}`);
  return m;
};

describe('extractModels', () => {
  test('finds classes whose parent chain ends in Eloquent, not abstract bases or plain classes', () => {
    const names = models.map((m) => m.className).sort();
    expect(names).toContain('Invoice'); // extends an in-app abstract BaseModel
    expect(names).toContain('User'); // Authenticatable
    expect(names).toContain('RoleAssignment'); // Pivot
    expect(names).not.toContain('BaseModel');
    expect(names).not.toContain('NotAModel');
  });

  test('tables: $table, getTable(), Laravel snake-plural, pivots singular', () => {
    expect(model('Customer').table).toBe('crm_customers');
    expect(model('LegacyPerson').table).toBe('tbl_people');
    expect(model('DiscordPractice').table).toBe('discord_practices');
    expect(model('Person').table).toBe('people');
    expect(model('InvoiceLine').table).toBe('invoice_lines');
    expect(model('RoleAssignment').table).toBe('role_assignment');
  });

  test("Laravel 13's #[Table] and #[PrimaryKey] name the table and its key; another package's Table does not", () => {
    const read = (name: string, attributes: string, use = 'Illuminate\\Database\\Eloquent\\Attributes') =>
      extractModels([
        parseSource(
          `app/Models/${name}.php`,
          `<?php
namespace App\\Models;
use Illuminate\\Database\\Eloquent\\Model;
use ${use}\\Table;
use Illuminate\\Database\\Eloquent\\Attributes\\PrimaryKey;
${attributes}
class ${name} extends Model {}
`,
        ),
      ])[0]!;
    expect(read('Setting', "#[Table(key: 'key', keyType: 'string', timestamps: false)]")).toMatchObject({
      table: 'settings',
      primaryKey: 'key',
    });
    expect(read('Person', "#[Table('tbl_people')]")).toMatchObject({ table: 'tbl_people', primaryKey: 'id' });
    expect(read('Person', "#[Table(name: 'tbl_people')]\n#[PrimaryKey('uuid')]")).toMatchObject({
      table: 'tbl_people',
      primaryKey: 'uuid',
    });
    expect(read('Person', "#[Table('tbl_people')]", 'Vendor\\Orm')).toMatchObject({ table: 'people' });
  });

  test('fqcn, location, primary key and timestamp columns', () => {
    const inv = model('Invoice');
    expect(inv.fqcn).toBe('App\\Models\\Invoice');
    expect(inv.location).toEqual({ file: 'Models/Invoice.php', line: 7 });
    expect(inv.primaryKey).toBe('invoice_no');
    expect(inv.createdAtColumn).toBe('created_on'); // inherited constant
    expect(model('Order').primaryKey).toBe('id');
  });

  test('SoftDeletes directly, through an in-app trait, with a custom DELETED_AT', () => {
    expect(model('Order').softDeletes).toBe(true);
    expect(model('Order').deletedAtColumn).toBe('deleted_at');
    expect(model('Invoice').softDeletes).toBe(true);
    expect(model('Invoice').deletedAtColumn).toBe('archived_at');
    expect(model('Customer').softDeletes).toBe(false);
  });

  test('local scopes with their predicates and sorts, including scopes that call scopes', () => {
    const order = model('Order');
    expect(order.scopes.paid.where.map(predText)).toEqual(['status =']);
    expect(order.scopes.paid.where[0].value).toBe('paid');
    expect(order.scopes.recent.where.map(predText)).toEqual(['created_at >']);
    expect(order.scopes.recent.orderBy).toEqual([{ column: 'created_at', direction: 'desc' }]);
    const inv = model('Invoice');
    expect(inv.scopes.overdue.where.map(predText)).toEqual(['paid_on is null', 'due_on <']);
    expect(inv.scopes.overdue.orderBy).toEqual([{ column: 'due_on', direction: 'asc' }]);
    expect(inv.scopes.sortedBy.opaque).toBe(true);
  });

  test('relations with conventional keys', () => {
    const user = model('User');
    expect(user.relations.orders).toMatchObject({
      kind: 'hasMany',
      related: 'App\\Models\\Order',
      table: 'orders',
      foreignKey: 'user_id',
      ownerKey: 'id',
    });
    expect(user.relations.roles).toMatchObject({
      kind: 'belongsToMany',
      table: 'roles',
      pivotTable: 'role_user',
      foreignKey: 'user_id',
      relatedPivotKey: 'role_id',
    });
    expect(model('Order').relations.user).toMatchObject({
      kind: 'belongsTo',
      table: 'users',
      foreignKey: 'user_id',
      ownerKey: 'id',
    });
    expect(model('Comment').relations.subject).toMatchObject({ kind: 'morphTo', table: null });
  });

  test('relations with explicit keys, morphs, through, pivot models and constraints', () => {
    const inv = model('Invoice');
    expect(inv.relations.customer).toMatchObject({
      kind: 'belongsTo',
      table: 'crm_customers',
      foreignKey: 'client_id',
      ownerKey: 'uuid',
    });
    expect(inv.relations.lines).toMatchObject({
      kind: 'hasMany',
      table: 'invoice_lines',
      foreignKey: 'invoice_ref',
      ownerKey: 'invoice_no',
    });
    const c = model('Customer');
    expect(c.relations.comments).toMatchObject({
      kind: 'morphMany',
      table: 'comments',
      foreignKey: 'subject_id',
      morphType: 'subject_type',
      morphClass: 'App\\Models\\Customer',
    });
    expect(c.relations.tags).toMatchObject({
      kind: 'morphToMany',
      table: 'tags',
      pivotTable: 'taggables',
      foreignKey: 'taggable_id',
      relatedPivotKey: 'tag_id',
      morphType: 'taggable_type',
    });
    expect(c.relations.invoiceLines).toMatchObject({
      kind: 'hasManyThrough',
      table: 'invoice_lines',
      through: { table: 'invoices', firstKey: 'client_id', secondKey: 'invoice_ref', localKey: 'invoice_no' },
    });
    expect(model('Tag').relations.customers).toMatchObject({
      kind: 'morphedByMany',
      table: 'crm_customers',
      pivotTable: 'taggables',
      foreignKey: 'tag_id',
      relatedPivotKey: 'taggable_id',
    });
    const roles = model('Person').relations.roles;
    expect(roles).toMatchObject({
      kind: 'belongsToMany',
      pivotTable: 'role_assignment',
      foreignKey: 'person_id',
      relatedPivotKey: 'role_id',
    });
    expect(roles.where?.map(predText)).toEqual(['role_assignment.active =']);
    expect(model('User').relations.certificates.where?.map(predText)).toEqual(['revoked =']);
    expect(model('User').relations.paidOrders).toMatchObject({
      kind: 'hasMany',
      table: 'orders',
      foreignKey: 'user_id',
    });
    expect(model('User').relations.paidOrders.where?.map(predText)).toEqual(['status =']);
    expect(model('User').relations.orders.where).toBeUndefined();
    expect(model('User').relations.certificates.orderBy).toEqual([
      { column: 'created_at', direction: 'desc' },
    ]);
  });

  test('a model outside any namespace, with a namespaced parent written fully qualified', () => {
    const [m] = extractModels([
      parseSource(
        'legacy/Widget.php',
        '<?php\nclass Widget extends \\Illuminate\\Database\\Eloquent\\Model {}\n',
      ),
    ]);
    expect(m).toMatchObject({ className: 'Widget', fqcn: 'Widget', table: 'widgets' });
  });
});
