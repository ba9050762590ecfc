/**
 * A sort or grouping by a name the select list gives is by that column, or by a computed value no index
 * orders (then left out, and the shape says so): real PHP parser, and raw SQL through node-sql-parser.
 */

import type { QueryShape } from '../../src/project/model.js';
import { shapesFromSql } from '../../src/project/sql/shapes.js';
import { aggregateAlias } from '../../src/project/laravel/queries/select-aliases.js';
import { extract, orders, parseSource } from './helpers.js';

const CALLS = [
  "Tag::query()->select('*', DB::raw('count(*) as count'))->groupBy('name')->orderBy('count', 'desc')->take(5)->get()",
  "Post::select('posts.*', 'users.name as author')->join('users', 'users.id', '=', 'posts.user_id')->orderBy('author')->get()",
  "Post::withCount('comments')->where('status', 'open')->orderBy('comments_count', 'desc')->orderBy('id')->get()",
  "Post::withCount('comments as replies')->orderBy('replies')->get()",
  "Post::where('status', 'open')->selectRaw('YEAR(created_at) as year')->groupBy('year')->get()",
  "Post::where('status', 'open')->orderBy('title')->get()",
  "$tag->posts()->orderBy('pivot_position')->get()",
  "Post::addSelect(['last_comment_at' => Comment::select('created_at')->whereColumn('post_id', 'posts.id')->latest()->take(1)])->orderByDesc('last_comment_at')->get()",
  "Post::where('journal_id', 1)->select(DB::raw(SQLHelper::year('written_at') . ' as year'))->orderBy('year', 'desc')->get()",
  "Post::selectRaw(SQLHelper::month('written_at') . ' AS month')->groupBy('month')->get()",
  "Post::select(DB::raw(SQLHelper::year('written_at')))->orderBy('year')->get()",
];
const FIRST = 11;

const files = [
  parseSource(
    'app/Http/Controllers/PostController.php',
    `<?php
namespace App\\Http\\Controllers;
use App\\Models\\Comment;
use App\\Models\\Post;
use App\\Models\\Tag;
use Illuminate\\Support\\Facades\\DB;
class PostController extends Controller
{
    public function index(Tag $tag)
    {
${CALLS.map((c) => `        ${c};`).join('\n')}
    }
}
`,
  ),
  ...['Post', 'Comment'].map((name) =>
    parseSource(
      `app/Models/${name}.php`,
      `<?php
namespace App\\Models;
use Illuminate\\Database\\Eloquent\\Model;
class ${name} extends Model
{
    public function comments() { return $this->hasMany(Comment::class); }
}
`,
    ),
  ),
  parseSource(
    'app/Models/Tag.php',
    `<?php
namespace App\\Models;
use Illuminate\\Database\\Eloquent\\Model;
class Tag extends Model
{
    public function posts() { return $this->belongsToMany(Post::class)->withPivot('position'); }
}
`,
  ),
];
const { queries } = extract(files);
const call = (n: number, table: string): QueryShape => {
  const found = queries.filter((q) => q.location.line === FIRST + n && q.table === table);
  if (found.length !== 1) throw new Error(`call ${n}: ${found.length} shapes on ${table}`);
  return found[0];
};

test('a computed alias is no index order: the sort is left out, the grouping kept, the shape says why', () => {
  const tags = call(0, 'tags');
  expect(tags.orderBy).toEqual([]);
  expect(tags.groupBy).toEqual(['name']);
  expect(tags.partialReasons).toContain('the sort by count is by a computed value');
  const years = call(4, 'posts');
  expect(years.groupBy).toEqual([]);
  expect(years.partialReasons).toContain('the grouping by year is by a computed value');
});

test('an expression a helper builds, named by a literal `as` after it, is a computed value', () => {
  const years = call(8, 'posts');
  expect(years.orderBy).toEqual([]);
  expect(years.partialReasons).toContain('the sort by year is by a computed value');
  const months = call(9, 'posts');
  expect(months.groupBy).toEqual([]);
  expect(months.partialReasons).toContain('the grouping by month is by a computed value');
  // No literal alias: the sort names a column.
  expect(orders(call(10, 'posts'))).toEqual(['year asc']);
});

test('an alias of a column sorts by that column, on its table', () => {
  expect(call(1, 'posts').orderBy).toEqual([{ column: 'name', table: 'users', direction: 'asc' }]);
});

test("withCount's and a subquery's names are computed; the sort after them is cut too", () => {
  const counted = call(2, 'posts');
  expect(orders(counted)).toEqual([]);
  expect(counted.partialReasons).toContain('the sort by comments_count is by a computed value');
  expect(call(3, 'posts').partialReasons).toContain('the sort by replies is by a computed value');
  expect(call(7, 'posts').orderBy).toEqual([]);
});

test('must not: a sort by a real column, and a pivot column of a many-to-many relation', () => {
  const plain = call(5, 'posts');
  expect(orders(plain)).toEqual(['title asc']);
  expect(plain.partial).toBeUndefined();
  const pivot = queries.find((q) => q.location.line === FIRST + 6 && q.orderBy.length > 0)!;
  expect(pivot.orderBy[0]).toMatchObject({ column: 'position', table: 'post_tag' });
});

test('raw SQL: ORDER BY and GROUP BY resolve select aliases first', () => {
  const { shapes } = shapesFromSql(
    'SELECT status AS state, SUM(total) AS amount FROM orders GROUP BY state ORDER BY amount DESC, state',
    { file: 'app/Reports.php', line: 1 },
  );
  expect(shapes[0].groupBy).toEqual(['status']);
  expect(shapes[0].orderBy).toEqual([]);
  expect(shapes[0].partialReasons).toContain('the sort or grouping by amount is by a computed value');
});

test("Laravel's aggregate names", () => {
  expect(aggregateAlias('comments', 'count', null)).toBe('comments_count');
  expect(aggregateAlias('orderItems', 'sum', 'total')).toBe('order_items_sum_total');
  expect(aggregateAlias('comments as replies', 'count', null)).toBe('replies');
});
