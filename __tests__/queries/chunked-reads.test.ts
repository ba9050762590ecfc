/**
 * Reads in pages send what Laravel adds: chunkById()/eachById()/lazyById() page through the key (`key > ?`
 * sorted by it, `<` descending), chunk()/each()/lazy() sort an unsorted Eloquent query by the key.
 */

import { bareModel, extract, jobRunning, orders, preds } from './helpers.js';

const MODEL = bareModel('Post');

function shapeOf(chain: string): string {
  const [q] = extract([MODEL, jobRunning(chain, 'Post')]).queries.filter((s) => s.table === 'posts');
  return q ? [...preds(q), ...orders(q).map((o) => `order ${o}`)].join(', ') : 'none';
}

test.each([
  ["Post::where('user_id', 1)->chunkById(100, fn ($rows) => null)", 'user_id =, id >, order id asc'],
  [
    "Post::where('user_id', 1)->orderBy('id', 'desc')->eachById(fn ($p) => null)",
    'user_id =, id >, order id asc',
  ],
  ["Post::where('user_id', 1)->chunkByIdDesc(100, fn ($rows) => null)", 'user_id =, id <, order id desc'],
  ["Post::where('user_id', 1)->lazyById(500, 'created_at')", 'user_id =, created_at >, order created_at asc'],
  ["Post::where('user_id', 1)->lazyByIdDesc()", 'user_id =, id <, order id desc'],
])('%s pages through the key', (chain, shape) => {
  expect(shapeOf(chain)).toBe(shape);
});

test.each([
  ["Post::where('user_id', 1)->chunk(100, fn ($rows) => null)", 'user_id =, order id asc'],
  ["Post::where('user_id', 1)->each(fn ($p) => null)", 'user_id =, order id asc'],
  ["Post::where('user_id', 1)->lazy()", 'user_id =, order id asc'],
  ["Post::where('user_id', 1)->latest()->chunk(100, fn ($rows) => null)", 'user_id =, order created_at desc'],
  [
    "DB::table('posts')->where('user_id', 1)->orderBy('title')->chunk(100, fn ($rows) => null)",
    'user_id =, order title asc',
  ],
  ["Post::where('user_id', 1)->get()->each(fn ($p) => null)", 'user_id ='],
])('%s sorts by the key only when nothing else sorts it', (chain, shape) => {
  expect(shapeOf(chain)).toBe(shape);
});
