/**
 * The extracted shape of each chain is the query Laravel's own builder sends for it: every method of
 * __tests__/fixtures/query-shapes/app/Http/Controllers/ShapesController.php runs through Debian's
 * Illuminate (MySQL grammar, pretend mode) in laravel-sql.php, and its SQL, read with the same SQL reader
 * as raw queries, must give the shape perf-audit extracts from the PHP source.
 */

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Predicate, QueryShape } from '../../src/project/model.js';
import { shapesFromSql } from '../../src/project/sql/shapes.js';
import { renderShapeSql } from '../../src/database/render-shape.js';
import { FIXTURES, extract, parseDir } from './helpers.js';

const DIR = join(FIXTURES, 'query-shapes');
const FILE = 'Http/Controllers/ShapesController.php';

interface LaravelQuery {
  sql: string;
  bindings: (string | number | boolean | null)[];
}
type LaravelRun = Record<string, { start: number; end: number; queries: LaravelQuery[] }>;

function runLaravel(): LaravelRun {
  const r = spawnSync('php', [join(DIR, 'laravel-sql.php')], { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`laravel-sql.php failed: ${r.stderr || r.stdout}`);
  return JSON.parse(r.stdout) as LaravelRun;
}

/** Laravel's SQL with its bindings in place of `?` (a LIKE pattern's shape lives in its binding). */
function bound(q: LaravelQuery): string {
  let i = 0;
  const sql = q.sql.replace(/\?/g, () => {
    const v = q.bindings[i++];
    if (typeof v === 'string') return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
    if (typeof v === 'boolean') return v ? '1' : '0';
    return v === null || v === undefined ? 'NULL' : String(v);
  });
  // `select exists(select …) as exists`: EXISTS stops at the first row, which the shape says as LIMIT 1.
  const exists = /^select exists\((select .*)\) as `exists`$/.exec(sql);
  return exists ? `${exists[1]} limit 1` : sql;
}

/**
 * A shape in a form both readers can agree on: predicates (column, operator, function) with their place
 * in the AND/OR structure, where a top-level OR AND-ed with soft deletes is the same as the parenthesised
 * group Laravel writes for it; group ids numbered by first appearance; sorts, joins and the row limit.
 */
function canonical(shape: QueryShape): string {
  const topBranches = new Set(shape.where.filter((p) => p.branch !== undefined).map((p) => p.branch));
  const place = (p: Predicate): string | null => {
    if (p.group) return `g${p.group.id}.${p.group.branch}`;
    if (p.branch !== undefined && topBranches.size > 1) return `gT.${p.branch}`;
    return null;
  };
  const ids = new Map<string, number>();
  // `col = ? and col is not null` (HasOneOrMany::addConstraints) selects what `col = ?` does.
  const key = (p: Predicate) => `${p.table ?? ''}.${p.column}`;
  const equal = new Set(shape.where.filter((p) => p.op === '=' && !p.branch && !p.group).map(key));
  const kept = shape.where.filter((p) => !(p.op === 'is not null' && equal.has(key(p))));
  const preds = kept.map((p) => {
    const at = place(p);
    const col = `${p.table ? `${p.table}.` : ''}${p.fn ? `${p.fn}(${p.column})` : p.column}`;
    if (!at) return `${col} ${p.op}`;
    const [g, b] = at.split('.');
    if (!ids.has(g)) ids.set(g, ids.size + 1);
    return `${col} ${p.op} in group ${ids.get(g)} branch ${b}`;
  });
  const limit = shape.single ? 1 : shape.limit;
  return JSON.stringify({
    table: shape.table,
    where: preds.sort(),
    orderBy: shape.orderBy.map((o) => `${o.column} ${o.direction}`),
    // A join's value conditions are part of its ON, not the WHERE (a LEFT JOIN keeps every row anyway).
    joins: shape.joins.map((j) => {
      const on = (j.where ?? []).map((p) => `${p.table ? `${p.table}.` : ''}${p.column} ${p.op}`).sort();
      return on.length ? `${j.type} ${j.table} on ${on.join(', ')}` : `${j.type} ${j.table}`;
    }),
    limit: limit ?? null,
  });
}

const laravel = runLaravel();
const { queries, problems } = extract(parseDir(join(DIR, 'app')));

function ours(method: string): QueryShape[] {
  const { start, end } = laravel[method];
  return queries.filter(
    (q) => q.location.file === FILE && q.location.line >= start && q.location.line <= end,
  );
}

function theirs(method: string): QueryShape[] {
  const loc = { file: FILE, line: laravel[method].start };
  return laravel[method].queries
    .flatMap((q) => shapesFromSql(bound(q), loc).shapes)
    .filter((s) => s.where.length || s.orderBy.length || s.groupBy.length || s.joins.length);
}

/** Laravel's statements MariaDB would refuse (PostgreSQL's ILIKE): not MariaDB queries. */
const FOREIGN = new Set(
  Object.entries(laravel)
    .filter(([, v]) => v.queries.some((q) => / ilike /i.test(q.sql)))
    .map(([k]) => k),
);

describe("each chain's shape is the SQL Laravel 8.83 builds for it", () => {
  const methods = Object.keys(laravel).filter((m) => !FOREIGN.has(m));
  test('the harness ran every method', () => {
    expect(methods.length).toBeGreaterThanOrEqual(20);
  });
  test.each(methods)('%s', (method) => {
    // A query sent on several runs of the method (laravel-sql.php) is one shape.
    const expected = [...new Set(theirs(method).map(canonical))].sort();
    const got = ours(method).map(canonical).sort();
    expect(got).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });
  test('a chain with ILIKE is not a MariaDB query: no shape', () => {
    expect([...FOREIGN]).toEqual(['ilikeOnly']);
    expect(ours('ilikeOnly')).toEqual([]);
  });
  test('the PostgreSQL branch of a driver switch is not read (its SQL would not parse)', () => {
    expect(problems).toEqual([]);
  });
});

test('withWhereHas (Laravel 9.16+): the whereHas lookup and the eager load, each with the constraint', () => {
  const shapes = queries.filter((q) => q.location.file === 'Http/Controllers/NewerController.php');
  expect(shapes.map(canonical).sort()).toEqual(
    [
      {
        table: 'posts',
        where: ['deleted_at is null', 'status =', 'user_id ='],
        orderBy: [],
        joins: [],
        limit: null,
      },
      {
        table: 'posts',
        where: ['deleted_at is null', 'status =', 'user_id in'],
        orderBy: [],
        joins: [],
        limit: null,
      },
    ]
      .map((x) => JSON.stringify(x))
      .sort(),
  );
});

describe('the SQL the report shows is the shape, never an invented value', () => {
  const schema = {
    tables: [
      {
        name: 'posts',
        columns: [
          'id',
          'user_id',
          'title',
          'status',
          'votes',
          'featured',
          'created_at',
          'updated_at',
          'deleted_at',
        ].map((name) => ({
          name,
          type: name === 'title' || name === 'status' ? 'varchar(255)' : 'bigint',
          nullable: true,
        })),
        indexes: [],
      },
    ],
  } as unknown as Parameters<typeof renderShapeSql>[1];
  const render = (method: string) => {
    const [shape] = ours(method);
    const r = renderShapeSql(shape, schema);
    if ('error' in r) throw new Error(r.error);
    return r;
  };
  test('a LIKE pattern the code spells is sent and shown as is', () => {
    const r = render('likeLiteralPrefix');
    expect(r.display).toContain("`posts`.`title` LIKE 'How to%'");
    expect(r.sql).toContain("LIKE 'How to%'");
  });
  test('a bound pattern is shown as ? (its kind kept for EXPLAIN), never as sample text', () => {
    for (const m of ['likeBoundContains', 'likeBoundPrefix']) {
      const r = render(m);
      expect(r.display).toContain('`posts`.`title` LIKE ?');
      expect(r.display).not.toMatch(/sample/);
    }
    expect(render('likeBoundContains').sql).toContain("LIKE '%sample%'");
    expect(render('likeBoundPrefix').sql).toContain("LIKE 'sample0%'");
  });
  test('the AND/OR structure and LIMIT reach the SQL the planner runs', () => {
    expect(render('nestedOrGroup').display).toBe(
      "SELECT `posts`.* FROM `posts` WHERE `posts`.`user_id` = 1 AND (`posts`.`status` = 'draft' OR `posts`.`votes` > 100) AND `posts`.`deleted_at` IS NULL",
    );
    expect(render('topLevelOr').display).toBe(
      "SELECT `posts`.* FROM `posts` WHERE (`posts`.`user_id` = 1 AND `posts`.`status` = 'draft' OR `posts`.`votes` > 100) AND `posts`.`deleted_at` IS NULL",
    );
    expect(render('simplePages').sql).toMatch(/ORDER BY `posts`.`id` ASC LIMIT 21$/);
    expect(render('firstOne').sql).toMatch(/LIMIT 1$/);
  });
});
