/**
 * A LIKE pattern built in a local before the query (`$term = '%' . $q . '%'`) keeps the shape the code gives
 * it: a leading wildcard no index can seek, or a fixed start one can. A local assigned anything else stays
 * an unknown pattern. On __tests__/fixtures/query-shapes (whose SQL the Laravel parity test checks).
 */

import { join } from 'node:path';
import { FIXTURES, at, extract, parseDir } from './helpers.js';

const FILE = 'app/Http/Controllers/ShapesController.php';
const { queries } = extract(parseDir(join(FIXTURES, 'query-shapes')));
const titleAt = (line: number) => {
  const [q] = at(queries, FILE, line);
  return q?.where.find((p) => p.column === 'title');
};

describe('LIKE patterns read from a local', () => {
  test("'%' . $q . '%' in a local: a leading wildcard", () => {
    expect(titleAt(348)).toMatchObject({ op: 'like', wildcardFirst: true });
  });

  test("a closure's own local, assigned in a loop: a leading wildcard", () => {
    expect(titleAt(359)).toMatchObject({ op: 'like', wildcardFirst: true });
  });

  test('"{$q}%" in a local: a prefix an index can seek', () => {
    const p = titleAt(354);
    expect(p).toMatchObject({ op: 'like-prefix' });
    expect(p).not.toHaveProperty('wildcardFirst');
  });
});
