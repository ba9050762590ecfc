/** One expectation per Eloquent / query-builder construct, on __tests__/fixtures/queries/app. */

import { join } from 'node:path';
import type { QueryShape } from '../../src/project/model.js';
import { FIXTURES, at, extract, orders, parseDir, preds } from './helpers.js';

const FILE = 'Http/Controllers/ConstructsController.php';
const { queries, problems } = extract(parseDir(join(FIXTURES, 'queries/app')));
const line = (n: number, table?: string): QueryShape => {
  const found = at(queries, FILE, n).filter((q) => !table || q.table === table);
  if (found.length !== 1) throw new Error(`expected one shape at line ${n}, found ${found.length}`);
  return found[0];
};

describe('filters', () => {
  test('array form, 2 and 3 arguments, sample values, SoftDeletes', () => {
    const q = line(17);
    expect(preds(q)).toEqual(['status =', 'total >', 'deleted_at is null']);
    expect(q.where[0].value).toBe('open');
    expect(q.where[1].value).toBe(10);
    expect(q.where[2].via).toBe('SoftDeletes');
    expect(q).toMatchObject({ table: 'orders', origin: 'eloquent', location: { file: FILE, line: 17 } });
  });
  test('orWhere over different columns sets hasOr; over one column it does not', () => {
    expect(line(18).hasOr).toBe(true);
    expect(line(19).hasOr).toBeUndefined();
  });
  test('whereNotIn / whereNull / whereNotNull / whereIn / whereBetween', () => {
    expect(preds(line(20))).toEqual([
      'status not in',
      'paid_at is null',
      'shipped_at is not null',
      'deleted_at is null',
    ]);
    expect(preds(line(21))).toEqual(['id in', 'deleted_at is null']);
    expect(preds(line(22))).toEqual(['total between', 'deleted_at is null']);
    expect(line(22).where[0].value).toBe(10);
  });
  test('whereTime / whereMonth put a function on the column', () => {
    expect(preds(line(23))).toEqual(['TIME(created_at) >', 'MONTH(created_at) =', 'deleted_at is null']);
  });
  test('LIKE with a fixed prefix versus a leading wildcard', () => {
    expect(preds(line(24))[0]).toBe('reference like-prefix');
    expect(preds(line(25))[0]).toBe('reference like');
  });
  test('null value, JSON path, DB::raw column', () => {
    expect(preds(line(26))[0]).toBe('note is null');
    expect(preds(line(27))[0]).toBe('JSON_EXTRACT(meta) =');
    expect(preds(line(28))[0]).toBe('LOWER(reference) =');
  });
  test('nested groups: an AND group merges, an OR group AND-ed with the rest stays a group', () => {
    const grouped = line(29);
    expect(preds(grouped)).toEqual(['status =', 'total >', 'priority =', 'deleted_at is null']);
    expect(grouped.where.map((p) => p.group)).toEqual([
      undefined,
      { id: 1, branch: 0 },
      { id: 1, branch: 1 },
      undefined,
    ]);
    expect(grouped.hasOr).toBeUndefined();
    expect(preds(line(32))).toEqual(['total >', 'priority =', 'deleted_at is null']);
  });
  test('dynamic where, when(), whereColumn', () => {
    expect(preds(line(33))).toEqual(['reference =', 'status =', 'deleted_at is null']);
    expect(line(34).where[0]).toMatchObject({ column: 'channel', op: '=', via: 'when()' });
    expect(preds(line(35))).toEqual(['paid_at other', 'status =', 'deleted_at is null']);
    expect(line(35).where[0].compare).toEqual({ column: 'created_at', operator: '>' });
  });
  test('whereRaw is read with the SQL parser; an OR in it marks the shape', () => {
    const q = line(36);
    expect(preds(q)).toContain('status =');
    expect(q.hasOr).toBe(true);
  });
});

describe('single rows', () => {
  test('find / findOrFail use the primary key', () => {
    expect(line(41)).toMatchObject({ single: true, limit: 1 });
    expect(preds(line(41))[0]).toBe('id =');
    expect(preds(line(42))[0]).toBe('id in');
    expect(preds(line(43))).toEqual(['invoice_no =', 'archived_at is null']);
  });
  test('firstWhere, firstOrCreate, value()', () => {
    expect(line(44)).toMatchObject({ single: true });
    expect(preds(line(44))[0]).toBe('reference =');
    expect(preds(line(45))[0]).toBe('reference =');
    expect(line(46).limit).toBe(1);
  });
});

describe('sorts, grouping, limits', () => {
  test('latest / oldest, model CREATED_AT', () => {
    expect(orders(line(51))).toEqual(['created_at desc']);
    expect(orders(line(52))).toEqual(['paid_at asc']);
    expect(orders(line(53))).toEqual(['created_on desc']);
  });
  test('orderByDesc, orderBy, limit, orderByRaw', () => {
    expect(orders(line(54))).toEqual(['total desc', 'id asc']);
    expect(line(54).limit).toBe(5);
    expect(orders(line(55))).toEqual(['LOWER(reference) desc']);
  });
  test('paginate defaults to 15, take, groupBy', () => {
    expect(line(56).limit).toBe(15);
    expect(line(57).limit).toBe(3);
    expect(line(58)).toMatchObject({ groupBy: ['status', 'channel'], origin: 'builder', where: [] });
  });
});

describe('soft deletes and scopes', () => {
  test('withTrashed drops deleted_at, onlyTrashed inverts it, custom DELETED_AT', () => {
    expect(preds(line(63))).toEqual(['status =']);
    expect(preds(line(64))).toEqual(['status =', 'deleted_at is not null']);
    expect(preds(line(65))).toEqual(['total >', 'archived_at is null']);
  });
  test('local scopes add their predicates and sorts, nested scopes included', () => {
    const q = line(70);
    expect(preds(q)).toEqual(['status =', 'created_at >', 'deleted_at is null']);
    expect(q.where[0].via).toBe('scope:paid');
    expect(orders(q)).toEqual(['created_at desc']);
    expect(preds(line(71))).toEqual(['paid_on is null', 'due_on <', 'archived_at is null']);
  });
  test('scopes run with the arguments of the call bound to their parameters', () => {
    expect(orders(line(72))).toEqual(['total asc']);
    expect(line(181).where[0]).toEqual({ column: 'channel', op: '=', value: 'pos', via: 'scope:ofChannel' });
    expect(line(182).where[0].value).toBe('web'); // the parameter's default
    expect(line(183).where[0].value).toBeUndefined();
  });
  test('a scope that sorts on a column the caller does not name: only the sort is unknown, nothing left to index', () => {
    expect(at(queries, FILE, 180)).toEqual([]);
  });
});

describe('joins', () => {
  test("aliases, join closures (their where is the join's ON, not the query's WHERE), predicates on joined tables", () => {
    const q = line(77);
    expect(q.table).toBe('orders');
    expect(q.joins).toEqual([
      { table: 'users', on: [{ left: 'id', right: 'orders.user_id' }], type: 'inner' },
      {
        table: 'payments',
        on: [{ left: 'order_id', right: 'orders.id' }],
        type: 'left',
        where: [{ column: 'state', op: '=', table: 'payments', value: 'settled' }],
      },
    ]);
    expect(preds(q)).toEqual(['users.email =']);
    expect(orders(q)).toEqual(['created_at asc']);
  });
});

describe('relations', () => {
  test('hasMany via a typed parameter, method and property forms', () => {
    expect(line(89)).toMatchObject({ origin: 'relation', table: 'orders' });
    expect(preds(line(89))).toEqual(['user_id =', 'status =', 'deleted_at is null']);
    expect(line(89).where[0].via).toBe('relation:User::orders');
    expect(preds(line(90))).toEqual(['user_id =', 'deleted_at is null']);
  });
  test('belongsToMany, morphMany, morphToMany, hasManyThrough, pivot model with wherePivot', () => {
    expect(preds(line(91))).toEqual(['role_user.user_id =']);
    expect(line(91).joins[0]).toEqual({
      table: 'role_user',
      on: [{ left: 'role_id', right: 'roles.id' }],
      type: 'inner',
    });
    expect(preds(line(92))).toEqual(['subject_type =', 'subject_id =']);
    expect(line(92).where[0].value).toBe('App\\Models\\Customer');
    expect(preds(line(93))).toEqual(['taggables.taggable_id =', 'taggables.taggable_type =']);
    expect(preds(line(94))).toEqual(['invoices.client_id =']);
    expect(line(94).joins[0]).toEqual({
      table: 'invoices',
      on: [{ left: 'invoice_no', right: 'invoice_lines.invoice_ref' }],
      type: 'inner',
    });
    expect(preds(line(95))).toEqual(['role_assignment.person_id =', 'role_assignment.active =']);
  });
  test('the auth user, a found model, a new model', () => {
    expect(line(96)).toMatchObject({ table: 'orders', single: true });
    expect(orders(line(96))).toEqual(['created_at desc']);
    expect(preds(line(97))).toEqual(['user_id =', 'deleted_at is null']);
    expect(preds(line(98))).toEqual(['invoice_no =', 'archived_at is null']);
    expect(preds(line(99))).toEqual(['invoice_ref =']);
    expect(preds(line(100))).toEqual(['client_id =', 'archived_at is null']);
  });
  test('eager loads and whereHas become their own shapes on the related table', () => {
    expect(preds(line(101, 'users'))).toEqual(['id in']);
    expect(preds(line(101, 'orders'))).toEqual(['status =', 'deleted_at is null']);
    expect(preds(line(102, 'orders'))).toEqual(['user_id =', 'status =', 'deleted_at is null']);
  });
});

describe('builders kept in variables', () => {
  test('a conditional where is optional: the common path, and the branch with its where; later sorts join both', () => {
    const shapes = at(queries, FILE, 107);
    expect(shapes.map(preds)).toEqual([['deleted_at is null'], ['status =', 'deleted_at is null']]);
    for (const q of shapes) expect(orders(q)).toEqual(['created_at asc']);
  });
  test('a builder returned from a function is still a query', () => {
    expect(preds(line(114))).toEqual(['channel =', 'deleted_at is null']);
  });
});

describe('skipped, not guessed', () => {
  test('variable columns and tables, unknown receivers, no filter at all, inserts', () => {
    for (let n = 119; n <= 125; n++) expect(at(queries, FILE, n)).toEqual([]);
  });
});

describe('raw SQL', () => {
  test('DB::select with placeholders, IN, ORDER BY and LIMIT', () => {
    const q = line(131);
    expect(q).toMatchObject({ origin: 'raw', table: 'orders', limit: 10 });
    expect(preds(q)).toEqual(['user_id =', 'status in']);
    expect(orders(q)).toEqual(['created_at desc']);
    expect(q.sql).toContain('SELECT * FROM orders');
  });
  test('DB::selectOne with a join and aliases', () => {
    const q = line(132);
    expect(q.table).toBe('users');
    expect(q.joins).toEqual([
      { table: 'orders', on: [{ left: 'user_id', right: 'users.id' }], type: 'inner' },
    ]);
    expect(preds(q)).toEqual(['orders.total between']);
  });
  test('unparseable SQL becomes a Problem at its line; the chain is skipped', () => {
    expect(at(queries, FILE, 133)).toEqual([]);
    expect(at(queries, FILE, 134)).toEqual([]);
    expect(problems.map((p) => `${p.location.line} ${p.construct}`)).toEqual(['133 raw SQL', '134 whereRaw']);
    expect(problems[0].location.file).toBe(FILE);
  });
  test('update() and delete() keep their filters', () => {
    expect(preds(line(135))).toEqual(['status =']);
    expect(preds(line(136))).toEqual(['status =', 'deleted_at is null']);
  });
});

describe('inline silencing and ids', () => {
  test('perf-audit-ignore on the line(s) above', () => {
    expect(line(142).inlineIgnores).toEqual([{ rule: 'PA101', reason: 'reporting query, runs nightly' }]);
    expect(line(146).inlineIgnores).toEqual([
      { rule: 'PA101', reason: 'both known' },
      { rule: 'PA104', reason: 'both known' },
    ]);
    expect(line(89).inlineIgnores).toBeUndefined();
    // The comment sits above the statement; the chain starts two lines lower.
    expect(line(174).inlineIgnores).toEqual([{ rule: 'PA102', reason: 'cached for an hour' }]);
  });
  test('ids do not depend on the line; the same shape elsewhere shares the id', () => {
    expect(line(21).id).toBe(line(21).id);
    expect(line(97).id).toBe(line(90).id);
    expect(line(97).id).not.toContain('97');
    expect(new Set(queries.map((q) => q.id)).size).toBeGreaterThan(40);
  });
});

describe('fetched rows', () => {
  test('foreach over fetched models types the loop variable; derived relations keep their constraints', () => {
    const q = line(152);
    expect(preds(q)).toEqual(['user_id =', 'status =', 'deleted_at is null']);
    expect(orders(q)).toEqual(['paid_at desc']);
    expect(q.where[0].via).toBe('relation:User::paidOrders');
  });
  test('load() on a collection eager-loads; relation properties in loops are queries', () => {
    expect(preds(line(155))).toEqual(['role_user.user_id in']);
    expect(preds(line(157))).toEqual(['user_id =', 'deleted_at is null']);
    expect(preds(line(160))).toEqual(['role_user.user_id =']);
  });
});

describe('subqueries', () => {
  test('whereIn with a closure gives the subquery its own shape', () => {
    expect(preds(line(165, 'users'))).toEqual(['id in']);
    expect(preds(line(165, 'orders'))).toEqual(['total >']);
  });
});
