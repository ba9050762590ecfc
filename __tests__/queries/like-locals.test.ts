/**
 * A LIKE pattern built in a local before the query (`$term = '%' . $q . '%'`) keeps the shape the code gives
 * it: a leading wildcard no index can seek, or a fixed start one can. A local assigned anything else stays
 * an unknown pattern. On __tests__/fixtures/query-shapes (whose SQL the Laravel parity test checks).
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, at, extract, parseDir } from './helpers.js';

const DIR = join(FIXTURES, 'query-shapes');
const FILE = 'app/Http/Controllers/ShapesController.php';
const { queries } = extract(parseDir(DIR));
const source = readFileSync(join(DIR, FILE), 'utf8').split('\n');
/** The LIKE on `title` of the query whose chain starts on the line that holds `text`. */
const titleAt = (text: string) => {
  const line = source.findIndex((l) => l.includes(text)) + 1;
  const [q] = at(queries, FILE, line);
  return q?.where.find((p) => p.column === 'title');
};

describe('LIKE patterns read from a local', () => {
  test("'%' . $q . '%' in a local: a leading wildcard", () => {
    expect(titleAt("Post::where('title', 'like', $term)->get()")).toMatchObject({
      op: 'like',
      wildcardFirst: true,
    });
  });

  test("a closure's own local, assigned in a loop: a leading wildcard", () => {
    expect(titleAt('return Post::where(function ($query) use ($terms) {')).toMatchObject({
      op: 'like',
      wildcardFirst: true,
    });
  });

  test('"{$q}%" in a local: a prefix an index can seek', () => {
    const p = titleAt("Post::where('title', 'like', $prefix)");
    expect(p).toMatchObject({ op: 'like-prefix' });
    expect(p).not.toHaveProperty('wildcardFirst');
  });
});
