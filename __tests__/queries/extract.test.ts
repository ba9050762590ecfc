/** Queries behind receivers, through methods and in jobs/commands/seeders/tests: __tests__/fixtures/queries/extract. */

import { join } from 'node:path';
import type { QueryShape } from '../../src/project/model.js';
import { FIXTURES, extract, orders, parseDir, parseSource, preds } from './helpers.js';

const { queries } = extract(parseDir(join(FIXTURES, 'queries/extract')));
const one = (file: string, line: number): QueryShape => {
  const found = queries.filter((q) => q.location.file === file && q.location.line === line);
  if (found.length !== 1) throw new Error(`expected one shape at ${file}:${line}, found ${found.length}`);
  return found[0];
};
const REPO = 'app/Repositories/BookRepository.php';
const SHELF = 'app/Queries/ShelfQuery.php';

describe('the repository pattern', () => {
  test('a promoted, constructor-injected model: its builder calls start a query', () => {
    expect(preds(one(REPO, 15))).toEqual(['isbn =']);
    expect(one(REPO, 15).table).toBe('books');
  });
  test('app(Model::class) and resolve(Model::class), with a local scope', () => {
    expect(preds(one(REPO, 20))).toEqual(['author_id =']);
    expect(orders(one(REPO, 20))).toEqual(['title asc']);
    expect(preds(one(REPO, 25))).toEqual(['published =', 'shelf_id =']);
  });
  test('Model::query() kept in a variable', () => {
    expect(preds(one(REPO, 30))).toEqual(['year =']);
  });
});

describe('base repositories: the model a subclass names', () => {
  const FIND = 'app/Repositories/Finders.php';
  test("a base class's finder runs for the caller, on the model its model() names (a contract: its one model)", () => {
    expect(one(FIND, 13).table).toBe('notes');
    expect(preds(one(FIND, 13))).toEqual(['notable_type =', 'visible =']);
    expect(preds(one(FIND, 14))).toEqual(['score >']);
  });
  test("$this->model, set from model() in the base constructor, with the caller's column", () => {
    expect(preds(one(FIND, 15))).toEqual(['author_id =']);
    expect(orders(one(FIND, 15))).toEqual(['created_at desc']);
  });
  test("a repository package's finders (prettus/l5-repository) are the builder calls they make", () => {
    expect(one(FIND, 16)).toMatchObject({ table: 'labels', where: [{ column: 'slug', op: 'in' }] });
    expect(preds(one(FIND, 17))).toEqual(['color =']);
  });
  test('a finder called on a class that names no model is not run for the caller', () => {
    expect(queries.filter((q) => q.location.file === 'app/Repositories/BaseRepository.php')).toEqual([]);
  });
});

describe('a closure a query runs', () => {
  const NOTES = 'app/Repositories/NoteRepository.php';
  test("its builder-typed parameter is the query's nested group, not a query of the repository's model", () => {
    expect(queries.filter((q) => q.location.file === NOTES).map((q) => q.location.line)).toEqual([16]);
    expect(preds(one(NOTES, 16))).toEqual(['archived_at is null', 'score between']);
  });
});

describe('one unknown piece keeps the rest', () => {
  test('orderBy($column): the filter stays, the sort from that term on is unknown', () => {
    const q = one(REPO, 37);
    expect(preds(q)).toEqual(['author_id =']);
    expect(orders(q)).toEqual([]);
  });
});

describe('builders passed through methods', () => {
  test('a typed Builder parameter: the method adds its clauses and returns the query', () => {
    const q = one(SHELF, 30);
    expect(preds(q)).toEqual(['published =', 'withdrawn_at is null']);
    expect(orders(q)).toEqual(['created_at desc']);
  });
  test('an untyped parameter changed in place, the query kept in a variable', () => {
    const q = one(SHELF, 35);
    expect(preds(q)).toEqual(['shelf_id =']);
    expect(orders(q)).toEqual(['title asc']);
  });
  test('a model in a constructor-injected property, passed to a method that returns the query it starts', () => {
    const q = one('app/Queries/LatestNotes.php', 22);
    expect(q.table).toBe('notes');
    expect(preds(q)).toEqual(['visible =']);
    expect(orders(q)).toEqual(['created_at desc']);
  });
  test('what a method adds that cannot be read is left out; the rest of the chain is kept', () => {
    const q = one(SHELF, 42);
    expect(preds(q)).toEqual(['author_id =']);
    expect(orders(q)).toEqual(['title asc']);
  });
});

describe('morph relations, keys in the order Laravel queries them', () => {
  test('morphMany: type, then id', () => {
    expect(preds(one(SHELF, 47))).toEqual(['notable_type =', 'notable_id =']);
  });
  test('morphToMany and morphedByMany: the pivot key, then the pivot type', () => {
    expect(preds(one(SHELF, 52))).toEqual(['labelables.labelable_id =', 'labelables.labelable_type =']);
    expect(preds(one(SHELF, 57))).toEqual(['labelables.label_id =', 'labelables.labelable_type =']);
  });
});

describe('admin resources name their model', () => {
  test("Filament: getEloquentQuery() from the parent, and a table's Builder-typed query callback", () => {
    const F = 'app/Filament/Resources/BookResource.php';
    expect(preds(one(F, 16))).toEqual(['archived =']);
    expect(one(F, 21)).toMatchObject({ table: 'books' });
    expect(preds(one(F, 21))).toEqual(['shelf_id =']);
    expect(orders(one(F, 21))).toEqual(['title asc']);
  });
  test("Nova: indexQuery's query is the resource model's", () => {
    expect(one('app/Nova/Note.php', 12)).toMatchObject({ table: 'notes' });
    expect(preds(one('app/Nova/Note.php', 12))).toEqual(['visible =']);
  });
});

describe('where a query runs', () => {
  test('request, job, console, seeder, test', () => {
    const place = (file: string) => queries.find((q) => q.location.file === file)?.place;
    expect(place(REPO)).toBe('request');
    expect(place('app/Jobs/ReindexBooks.php')).toBe('job');
    expect(place('app/Console/Commands/PruneBooks.php')).toBe('console');
    expect(place('database/seeders/BookSeeder.php')).toBe('seeder');
    expect(place('tests/Feature/BookTest.php')).toBe('test');
  });
});

describe('models behind an app copy of a framework class', () => {
  test("an app that ships Illuminate's Model itself (composer classmap overrides) still has models", () => {
    const files = [
      parseSource(
        'overrides/Model.php',
        `<?php
namespace Illuminate\\Database\\Eloquent;
abstract class Model {}
`,
      ),
      parseSource(
        'app/Visit.php',
        `<?php
namespace App;
use Illuminate\\Database\\Eloquent\\Model;
class Visit extends Model {}
`,
      ),
      parseSource(
        'app/Http/Controllers/VisitController.php',
        `<?php
namespace App\\Http\\Controllers;
use App\\Visit;
class VisitController
{
    public function index() { return Visit::where('path', '/')->get(); }
}
`,
      ),
    ];
    const got = extract(files);
    expect(got.models.map((m) => m.fqcn)).toEqual(['App\\Visit']);
    expect(got.queries.map((q) => [q.table, preds(q)])).toEqual([['visits', ['path =']]]);
  });
});
