/** Statements that send no read: inserts through a relation, and methods that return what the builder knows. */

import { join } from 'node:path';
import { extractModels } from '../../src/project/laravel/models.js';
import { extractQueries } from '../../src/project/laravel/queries/index.js';
import { FIXTURES, extract, parseDir, preds } from './helpers.js';

const FILE = 'app/Http/Controllers/PostController.php';
const { queries, models } = extract(parseDir(join(FIXTURES, 'queries/no-read')));
const lines = (from: number, to: number) =>
  queries
    .filter((q) => q.location.file === FILE && q.location.line >= from && q.location.line <= to)
    .map((q) => `${q.location.line} ${q.table} ${preds(q).join(' & ')}`)
    .sort();

test('the fixture models are read', () => {
  expect(models.map((m) => m.table).sort()).toEqual(['comments', 'posts', 'tags']);
});

test('attach(), save(), saveMany(), createMany() and create() on a relation are no reads', () => {
  expect(lines(12, 21)).toEqual([]);
});

test('detach(), sync(), updateExistingPivot() and a read filter on the relation key', () => {
  expect(lines(24, 31)).toEqual([
    '26 tags post_tag.post_id =',
    '27 tags post_tag.post_id =',
    '28 tags post_tag.post_id =',
    '29 tags post_tag.post_id =',
    '30 comments post_id =',
  ]);
});

test('the inserts still count as writes that make the tables grow', () => {
  const files = parseDir(join(FIXTURES, 'queries/no-read'));
  const { writes } = extractQueries(files, extractModels(files));
  const at = writes
    .filter((w) => w.location.line >= 12 && w.location.line <= 21)
    .map((w) => `${w.location.line} ${w.table} ${w.method}`);
  expect(at).toEqual([
    '14 post_tag attach',
    '15 post_tag attach',
    '16 comments save',
    '17 comments savemany',
    '18 comments createmany',
    '19 comments create',
    '20 tags save',
    '20 post_tag save',
  ]);
});

test("methods that return the builder's SQL, bindings, model or keys send no read", () => {
  expect(lines(35, 44)).toEqual([]);
});

test('a read after them is read: allRelatedIds(), and a new query of the model getModel() gave', () => {
  expect(lines(45, 46)).toEqual(['45 tags post_tag.post_id =', '46 comments body =']);
});

test('a method built on a relation that runs it (`->first()`) sends its read at the call; saving the row updates it', () => {
  const [q] = queries.filter((s) => s.location.file === FILE && s.location.line === 52);
  expect(q).toBeDefined();
  expect(preds(q)).toEqual(['post_id =', 'hidden_at is null']);
  expect(q).toMatchObject({ table: 'comments', limit: 1 });
  expect(lines(53, 54)).toEqual([]);
  // One ending in count() or get() sends it too, and the rows get() gave are existing ones.
  expect(lines(55, 58)).toEqual([
    '55 comments post_id = & hidden_at is null',
    '56 comments post_id = & hidden_at is null',
  ]);
  const files = parseDir(join(FIXTURES, 'queries/no-read'));
  const { writes } = extractQueries(files, extractModels(files));
  expect(
    writes.filter((w) => w.location.file === FILE && w.location.line >= 52 && w.location.line <= 58),
  ).toEqual([]);
});

test('save(new Model) and saveMany([new Model, …]) on a receiver of unknown type add rows to that model', () => {
  const files = parseDir(join(FIXTURES, 'queries/no-read'));
  const { writes } = extractQueries(files, extractModels(files));
  const at = writes
    .filter((w) => w.location.file === FILE && w.location.line >= 62)
    .map((w) => `${w.location.line} ${w.table} ${w.method}`);
  expect(at).toEqual(['64 comments save', '65 comments savemany', '65 comments savemany']);
  expect(lines(62, 66)).toEqual([]);
});

test('toSql() of a query held in a variable leaves it to be sent where the code runs it', () => {
  expect(lines(69, 75)).toEqual(['71 comments body =']);
});
