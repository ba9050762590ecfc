/**
 * The query builder's own where… methods are not dynamic wheres: `whereHasMorph()` filters no `has_morph`
 * column. Each reads as Laravel compiles it (real PHP parser, the builder's method names as Laravel 8–12 spell them).
 */

import type { QueryShape } from '../../src/project/model.js';
import { bareModel, extract, parseSource, preds } from './helpers.js';

const CALLS = [
  "Document::where('is_public', true)->whereHasMorph('documentable', [Credit::class], fn ($q) => $q->where('x', 1))->get()",
  "Document::where('is_public', true)->orWhereDoesntHaveMorph('documentable', [Credit::class])->get()",
  "Document::whereAny(['name', 'email'], 'like', '%' . $term . '%')->where('status', 'open')->get()",
  "Document::whereAll(['owner_id', 'editor_id'], $userId)->get()",
  "Document::whereNone(['name', 'email'], 'like', 'spam%')->get()",
  "Document::whereToday('created_at')->wherePast('expires_at')->get()",
  "Document::whereTodayOrAfter(['published_at'])->whereNowOrFuture('embargo_at')->get()",
  "Document::whereNotLike('name', 'tmp%')->whereNotMorphedTo('documentable', $credit)->get()",
  "Document::whereJsonContainsKey('meta->color')->get()",
  "Document::whereValueBetween(now(), ['starts_at', 'ends_at'])->get()",
  "Document::where('team_id', $team)->whereDoesntHaveRelation('comments', 'approved', false)->get()",
  "Document::whereNested(function ($q) { $q->where('a', 1)->orWhere('b', 2); })->get()",
  "$user->documents()->wherePivot('role', 'owner')->wherePivotNull('revoked_at')->get()",
];

const FIRST_LINE = 9;
const source = parseSource(
  'app/Http/Controllers/DocumentController.php',
  `<?php
namespace App\\Http\\Controllers;
use App\\Models\\Credit;
use App\\Models\\Document;
class DocumentController extends Controller
{
    public function index($term, $userId, $credit, $team, $user)
    {
${CALLS.map((c) => `        ${c};`).join('\n')}
    }
}
`,
);
const user = parseSource(
  'app/Models/User.php',
  `<?php
namespace App\\Models;
use Illuminate\\Database\\Eloquent\\Model;
class User extends Model
{
    public function documents() { return $this->belongsToMany(Document::class); }
}
`,
);
const document = parseSource(
  'app/Models/Document.php',
  `<?php
namespace App\\Models;
use Illuminate\\Database\\Eloquent\\Model;
class Document extends Model
{
    public function comments() { return $this->hasMany(Comment::class); }
}
`,
);
const { queries } = extract([source, user, document, bareModel('Credit'), bareModel('Comment')]);

const call = (n: number): QueryShape => {
  const found = queries.filter((q) => q.location.line === FIRST_LINE + n && q.table === 'documents');
  if (found.length !== 1) throw new Error(`expected one documents query for call ${n}, got ${found.length}`);
  return found[0];
};

test('whereHasMorph and whereDoesntHaveMorph are EXISTS over the relation, no column of this table', () => {
  expect(preds(call(0))).toEqual(['is_public =']);
  expect(call(1).where.map((p) => p.column)).toEqual(['is_public']);
  expect(call(1).hasOr).toBe(true);
});

test('whereAny is one OR group over its columns, whereAll ANDs them, whereNone negates them', () => {
  const any = call(2);
  expect(preds(any)).toEqual(['name like', 'email like', 'status =']);
  expect(any.where[0].group).toEqual(any.where[1].group && { ...any.where[1].group, branch: 0 });
  expect(any.where[1].group?.branch).toBe(1);
  expect(any.where[2].group).toBeUndefined();
  expect(preds(call(3))).toEqual(['owner_id =', 'editor_id =']);
  expect(preds(call(4))).toEqual(['name other', 'email other']);
});

test("Laravel 11's date shortcuts: DATE() against today, the bare column against now", () => {
  expect(preds(call(5))).toEqual(['DATE(created_at) =', 'expires_at <']);
  expect(preds(call(6))).toEqual(['DATE(published_at) >=', 'embargo_at >=']);
});

test('negations, JSON keys and a value between two columns', () => {
  expect(preds(call(7))).toEqual(['name other']);
  expect(preds(call(8))).toEqual(['JSON_EXTRACT(meta) other']);
  expect(preds(call(9))).toEqual(['starts_at <=', 'ends_at >=']);
});

test('whereDoesntHaveRelation follows the relation; whereNested is a group; wherePivot filters the pivot', () => {
  expect(preds(call(10))).toEqual(['team_id =']);
  expect(queries.some((q) => q.table === 'comments')).toBe(true);
  const nested = call(11);
  expect(preds(nested)).toEqual(['a =', 'b =']);
  expect(nested.where[1].group?.branch).toBe(1);
  const pivot = queries.filter((q) => q.location.line === FIRST_LINE + 12);
  expect(pivot.flatMap(preds).some((p) => p.startsWith('pivot'))).toBe(false);
});
