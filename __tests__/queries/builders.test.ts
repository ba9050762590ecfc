/** Builder macros and custom Eloquent builders: __tests__/fixtures/queries/builders. */

import { join } from 'node:path';
import type { QueryShape } from '../../src/project/model.js';
import { FIXTURES, extract, orders, parseDir, preds } from './helpers.js';

const { queries, models } = extract(parseDir(join(FIXTURES, 'queries/builders')));
const FILE = 'app/Http/Controllers/BuildersController.php';
const one = (line: number): QueryShape => {
  const found = queries.filter((q) => q.location.file === FILE && q.location.line === line);
  if (found.length !== 1) throw new Error(`expected one shape at line ${line}, found ${found.length}`);
  return found[0];
};

describe('builder macros registered by a service provider', () => {
  test("an Eloquent builder macro adds its closure's clauses ($this is the query)", () => {
    expect(one(17)).toMatchObject({ table: 'tickets' });
    expect(preds(one(17))).toEqual(['active =']);
  });
  test('macros chain, called statically on the model too; parameters take their defaults', () => {
    expect(preds(one(18))).toEqual(['active =']);
    expect(orders(one(18))).toEqual(['created_at desc']);
  });
  test("a macro's parameters are bound to the call's arguments", () => {
    expect(orders(one(19))).toEqual(['updated_at desc']);
    expect(one(19).limit).toBe(1);
  });
  test('a query-builder macro (imported under an alias) runs on DB::table() chains', () => {
    expect(one(20)).toMatchObject({ table: 'events' });
    expect(preds(one(20))).toEqual(['starts_at >=']);
  });
  test('a mixin: each method returning a closure is a macro, run on Eloquent chains too', () => {
    expect(preds(one(21))).toEqual(['team_id =', 'tenant_id =']);
  });
  test("a relation class's macro runs on the relation query", () => {
    expect(one(22)).toMatchObject({ table: 'replies' });
    expect(preds(one(22))).toEqual(['ticket_id =', 'visible =']);
  });
  test('a macro registered with a callable that is not a closure: one unknown piece, the rest kept', () => {
    expect(preds(one(23))).toEqual(['status =']);
    expect(one(23).partial).toBe(true);
    expect(one(23).partialReasons).toEqual(['what whereOpaque() adds is not read']);
  });
  test('a collection macro is not a query method: its body never reaches a query', () => {
    expect(preds(one(24))).toEqual(['priority =']);
    expect(one(24).partial).toBeUndefined();
  });
});

describe('custom Eloquent builders', () => {
  test('newEloquentBuilder(), #[UseEloquentBuilder] and static $builder name the builder class', () => {
    const builder = (name: string) => models.find((m) => m.className === name)?.builder;
    expect(builder('Post')).toBe('App\\Builders\\PostBuilder');
    expect(builder('Album')).toBe('App\\Builders\\AlbumBuilder');
    expect(builder('Song')).toBe('App\\Builders\\SongBuilder');
    expect(builder('Ticket')).toBeUndefined();
  });
  test("the app's own attribute of the same name and an instance $builder property pick nothing", () => {
    expect(models.find((m) => m.className === 'Playlist')?.builder).toBeUndefined();
    expect(preds(one(44))).toEqual(['owner_id =']);
  });
  test('a builder method adds what its body adds to $this; the chain goes on with what it returns', () => {
    expect(one(29)).toMatchObject({ table: 'posts' });
    expect(preds(one(29))).toEqual(['status =', 'author_id =']);
    expect(orders(one(29))).toEqual(['created_at desc']);
  });
  test('called statically (__callStatic), on newQuery(), on an instance and on a relation', () => {
    expect(preds(one(30))).toEqual(['status =']);
    expect(orders(one(31))).toEqual(['votes desc']);
    expect(preds(one(32))).toEqual(['status =']);
    expect(one(33)).toMatchObject({ table: 'posts' });
    expect(preds(one(33))).toEqual(['author_id =', 'status =']);
  });
  test('a builder method whose body cannot be read: that piece is unknown, the rest kept', () => {
    expect(preds(one(34))).toEqual(['author_id =']);
    expect(one(34).partialReasons).toEqual(['what whereDynamic() adds is not read']);
  });
  test("another model's builder method does not apply; a method never called adds nothing anywhere", () => {
    expect(preds(one(35))).toEqual(['priority =']);
    expect(queries.some((q) => q.where.some((p) => p.column === 'secret_flag'))).toBe(false);
  });
  test("a builder method overriding the framework's (decorating first()) is read as the framework's", () => {
    expect(preds(one(36))).toEqual(['status =']);
    expect(one(36)).toMatchObject({ single: true, limit: 1 });
  });
  test('#[UseEloquentBuilder] (Laravel 11) and static $builder', () => {
    expect(one(41)).toMatchObject({ table: 'albums', limit: 15 });
    expect(preds(one(41))).toEqual(['released_at is not null']);
    expect(orders(one(41))).toEqual(['released_at desc']);
    expect(preds(one(42))).toEqual(['genre =']);
    // A builder method calling a macro.
    expect(preds(one(43))).toEqual(['active =', 'length >']);
  });
  test('a group ORing with a subquery cannot narrow the query: that piece is unknown, the rest kept', () => {
    const [q] = queries.filter(
      (s) => s.location.file === FILE && s.location.line === 45 && s.table === 'albums',
    );
    expect(preds(q)).toEqual(['genre_id =']);
    expect(orders(q)).toEqual(['created_at desc']);
    expect(q.hasOr).toBeUndefined();
    expect(q.partialReasons).toEqual(['a where group ORs with a subquery or raw SQL: the group is not read']);
  });
  test('a join the builder names by a computed method, on a column built from `$this->model`', () => {
    const q = one(46);
    expect(q.joins).toEqual([
      {
        table: 'favorites',
        on: [{ left: 'favoriteable_id', right: 'albums.id' }],
        type: 'inner',
        where: [expect.objectContaining({ column: 'user_id', table: 'favorites', op: '=' })],
      },
    ]);
    expect(q.orderBy).toEqual([{ column: 'position', direction: 'asc', table: 'favorites' }]);
    expect(q.partial).toBeUndefined();
  });
});
