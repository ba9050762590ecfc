/** Filters no B-tree index can seek (calibrate/unseekable-filters.ts), and the LIKE patterns the code shows. */

import type { Predicate } from '../../src/project/model.js';
import {
  leadsWithWildcard,
  onlyUnseekableFilters,
  unseekableFix,
  unseekableNote,
} from '../../src/rules/calibrate/unseekable-filters.js';
import { extract, parseSource } from '../queries/helpers.js';
import { shape } from './seed.js';

const MODEL = parseSource(
  'app/Models/Article.php',
  `<?php
namespace App\\Models;
use Illuminate\\Database\\Eloquent\\Model;
class Article extends Model {}
`,
);

/** The title predicate of `Article::where('title', 'like', <pattern>)->get()`. */
function titleLike(pattern: string): Predicate {
  const controller = parseSource(
    'app/Http/Controllers/ArticleController.php',
    `<?php
namespace App\\Http\\Controllers;
use App\\Models\\Article;
class ArticleController
{
    public function index($q)
    {
        return Article::where('title', 'like', ${pattern})->get();
    }
}
`,
  );
  const [q] = extract([MODEL, controller]).queries;
  return q.where[0];
}

describe('LIKE patterns as the code spells them', () => {
  it('a pattern the code starts with a wildcard leads with one, even when the rest is unknown', () => {
    expect(titleLike('"%{$q}%"')).toMatchObject({ op: 'like', wildcardFirst: true });
    expect(titleLike("'%' . $q . '%'")).toMatchObject({ op: 'like', wildcardFirst: true });
    expect(leadsWithWildcard(titleLike("'%abc'"))).toBe(true);
  });

  it('an unknown pattern, or one with a fixed start, does not', () => {
    expect(titleLike('$q')).toEqual({ column: 'title', op: 'like' });
    expect(leadsWithWildcard(titleLike('$q'))).toBe(false);
    expect(leadsWithWildcard(titleLike("$q . '%'"))).toBe(false);
    expect(leadsWithWildcard(titleLike("'abc%'"))).toBe(false);
  });
});

describe('a query whose only filters no index can seek', () => {
  const q = (where: Predicate[], extra: Parameters<typeof shape>[0] = { table: 'articles' }) =>
    shape({ ...extra, table: 'articles', where });
  const wildcard: Predicate = { column: 'title', op: 'like', wildcardFirst: true };

  it('is found for a leading-wildcard LIKE, != / NOT IN and a function of the column', () => {
    expect(onlyUnseekableFilters(q([wildcard]), 'articles')).toEqual([wildcard]);
    const mixed: Predicate[] = [
      { column: 'status', op: '!=', value: 'draft' },
      { column: 'created_at', op: '=', fn: 'YEAR' },
      { column: 'deleted_at', op: 'is null', via: 'SoftDeletes' },
    ];
    expect(onlyUnseekableFilters(q(mixed), 'articles')).toHaveLength(2);
    // `whereNull('deleted_at')` spelled out is the soft delete too: it narrows nothing.
    const spelled: Predicate[] = [wildcard, { column: 'deleted_at', op: 'is null' }];
    expect(onlyUnseekableFilters(q(spelled), 'articles')).toEqual([wildcard]);
    const fix = unseekableFix(onlyUnseekableFilters(q(mixed), 'articles')!);
    expect(fix).toMatch(/values kept/);
    expect(fix).toMatch(/bare column/);
    expect(unseekableNote([wildcard])).toMatch(/no B-tree index can seek title LIKE '%…'/);
  });

  it('is not found when a filter could seek, the pattern is unknown, nothing filters, or the query is partial', () => {
    expect(onlyUnseekableFilters(q([wildcard, { column: 'author_id', op: '=' }]), 'articles')).toBeNull();
    expect(onlyUnseekableFilters(q([{ column: 'title', op: 'like' }]), 'articles')).toBeNull();
    expect(onlyUnseekableFilters(q([{ column: 'title', op: 'other' }]), 'articles')).toBeNull();
    expect(
      onlyUnseekableFilters(q([{ column: 'deleted_at', op: 'is null', via: 'SoftDeletes' }]), 'articles'),
    ).toBeNull();
    expect(onlyUnseekableFilters(q([wildcard], { table: 'articles', partial: true }), 'articles')).toBeNull();
  });

  it('is not found for a table none of those filters is on (a joined table scanned for its lookup)', () => {
    const joined = q([wildcard], {
      table: 'articles',
      joins: [{ table: 'authors', type: 'inner', on: [{ left: 'authors.id', right: 'articles.author_id' }] }],
    });
    expect(onlyUnseekableFilters(joined, 'authors')).toBeNull();
    expect(onlyUnseekableFilters(joined, 'articles')).toEqual([wildcard]);
  });
});
