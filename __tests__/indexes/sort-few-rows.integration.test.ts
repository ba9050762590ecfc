/**
 * PA101 with the planner: an index that removes only a sort is proposed when the existing index leaves many
 * rows to sort, not when it already narrows the table to a few (sorting those is cheaper than one more index).
 */

import { createScratchDatabase, parseDbUrl } from '../../src/database/connection.js';
import { runPlannerPhase } from '../../src/database/planner.js';
import { renderCreateTable } from '../../src/schema/ddl.js';
import type { Schema, Table } from '../../src/schema/model.js';
import type { QueryShape } from '../../src/project/model.js';
import { finalize } from '../../src/rules/finalize.js';
import { indexesRules } from '../../src/rules/groups/indexes.js';
import { DB_URL, contextWith, seedConfig, shape } from './seed.js';

const column = (name: string, type: string) => ({ name, type, nullable: false, default: null });

function posts(indexes: [string, string[]][]): Schema {
  const table: Table = {
    name: 'posts',
    columns: [
      column('id', 'bigint(20) unsigned'),
      column('user_id', 'bigint(20) unsigned'),
      column('status', 'varchar(32)'),
      column('created_at', 'timestamp'),
    ],
    indexes: [
      { name: 'PRIMARY', columns: ['id'], unique: true, primary: true },
      ...indexes.map(([name, columns]) => ({ name, columns, unique: false, primary: false })),
    ],
    foreignKeys: [],
  };
  return { source: 'static', tables: [table] };
}

async function pa101(
  schema: Schema,
  shapes: QueryShape[],
  generateRows?: number,
  tables: Record<string, number> = {},
) {
  const db = await createScratchDatabase(parseDbUrl(DB_URL));
  try {
    for (const t of schema.tables) await db.conn.query(renderCreateTable(t));
    const config = { ...seedConfig(), queries: [] };
    if (generateRows !== undefined) config.database = { ...config.database, generateRows };
    config.database = { ...config.database, tables: { ...config.database.tables, ...tables } };
    const planner = await runPlannerPhase(db, { config, schema, shapes });
    const rule = indexesRules.find((r) => r.id === 'PA101')!;
    const ctx = contextWith({ shapes, schema, planner, config });
    return { findings: rule.check(ctx).map((d) => finalize(rule, d, ctx.config)), planner };
  } finally {
    await db.drop();
  }
}

const sorted = (where: QueryShape['where']) =>
  shape({
    table: 'posts',
    where,
    orderBy: [{ column: 'created_at', direction: 'desc' }],
    location: { file: 'app/Http/Controllers/PostController.php', line: 12 },
  });

test('an index already seeking on both equality columns (a few rows): no wider index for the sort', async () => {
  const q = sorted([
    { column: 'user_id', op: '=' },
    { column: 'status', op: '=' },
  ]);
  const { findings, planner } = await pa101(posts([['posts_user_id_status_index', ['user_id', 'status']]]), [
    q,
  ]);
  const before = planner.plans.find((p) => p.shapeId === q.id)!.before.accesses[0];
  // The premise: the planner reads a few rows through the existing index, then sorts them.
  expect(before).toMatchObject({ key: 'posts_user_id_status_index', filesort: true });
  expect(before.rows).toBeLessThanOrEqual(100);
  expect(findings).toEqual([]);
});

test('a scan and sort with no index at all: the index is proposed', async () => {
  const q = sorted([{ column: 'user_id', op: '=' }]);
  const { findings } = await pa101(posts([]), [q]);
  expect(findings.map((f) => f.columns)).toEqual([['user_id', 'created_at']]);
});

describe('without a database', () => {
  const check = (schema: Schema, q: QueryShape) => {
    const rule = indexesRules.find((r) => r.id === 'PA101')!;
    const ctx = contextWith({ shapes: [q], schema, planner: null });
    return rule.check(ctx).map((d) => d.columns);
  };
  test('an index seeking on every filter column leaves only the sort of one key: no wider index', () => {
    const q = sorted([{ column: 'user_id', op: '=' }]);
    expect(check(posts([['posts_user_id_index', ['user_id']]]), q)).toEqual([]);
  });
  test('an index seeking on some of the filter columns: the wider index is proposed', () => {
    const q = sorted([
      { column: 'user_id', op: '=' },
      { column: 'status', op: '=' },
    ]);
    expect(check(posts([['posts_user_id_index', ['user_id']]]), q)).toEqual([
      ['user_id', 'status', 'created_at'],
    ]);
  });
});

/** posts.user_id → users, a parent as large as posts, with the user_id index. */
function usersAndPosts(): Schema {
  const schema = posts([['posts_user_id_index', ['user_id']]]);
  schema.tables[0].foreignKeys.push({
    name: 'posts_user_id_foreign',
    columns: ['user_id'],
    refTable: 'users',
    refColumns: ['id'],
  });
  schema.tables.push({
    name: 'users',
    columns: [column('id', 'bigint(20) unsigned'), column('name', 'varchar(255)')],
    indexes: [{ name: 'PRIMARY', columns: ['id'], unique: true, primary: true }],
    foreignKeys: [],
  });
  return schema;
}

describe('rows per key read from generated rows', () => {
  test('a key spread over a parent as large as the table, all its rows read: no wider index for the sort', async () => {
    // user_id spreads over a parent as large as posts: each key matches about one row at production size
    // too, not the hundreds a linear scaling of one generated row would give.
    const q = sorted([{ column: 'user_id', op: '=' }]);
    const schema = usersAndPosts();
    // Few generated rows (a large app shares its budget over many tables).
    const { findings, planner } = await pa101(schema, [q], 5_000);
    const before = planner.plans.find((p) => p.shapeId === q.id)!.before.accesses[0];
    expect(before).toMatchObject({ key: 'posts_user_id_index', filesort: true });
    expect(before.sampledRows).toBeLessThanOrEqual(1);
    expect(before.rows).toBeLessThanOrEqual(2);
    expect(findings).toEqual([]);
  });

  test('the same key read with a LIMIT: a page of one parent of a few rows needs no index either', async () => {
    const q = { ...sorted([{ column: 'user_id', op: '=' }]), limit: 15 };
    const { findings } = await pa101(usersAndPosts(), [q], 5_000);
    expect(findings).toEqual([]);
  });

  test('a smaller parent (users: 500 rows) leaves thousands of rows per key: the sort index is proposed', async () => {
    const q = { ...sorted([{ column: 'user_id', op: '=' }]), limit: 15 };
    const { findings, planner } = await pa101(usersAndPosts(), [q], 5_000, { users: 500 });
    const before = planner.plans.find((p) => p.shapeId === q.id)!.before.accesses[0];
    expect(before.rows).toBeGreaterThan(1_000);
    expect(findings.map((f) => f.columns)).toEqual([['user_id', 'created_at']]);
  });

  test('a key that repeats in the generated rows (a status): the index for the sort is proposed', async () => {
    const q = { ...sorted([{ column: 'status', op: '=' }]), limit: 20 };
    const { findings, planner } = await pa101(posts([['posts_status_index', ['status']]]), [q], 5_000);
    const before = planner.plans.find((p) => p.shapeId === q.id)!.before.accesses[0];
    expect(before).toMatchObject({ key: 'posts_status_index', filesort: true });
    expect(before.sampledRows).toBeGreaterThan(1);
    expect(findings.map((f) => f.columns)).toEqual([['status', 'created_at']]);
  });
});

describe('rows per key of an IN list', () => {
  const listed = () =>
    shape({
      table: 'posts',
      where: [{ column: 'user_id', op: 'in' }],
      orderBy: [
        { column: 'user_id', direction: 'asc' },
        { column: 'created_at', direction: 'asc' },
      ],
      location: { file: 'app/Exports/PostsExport.php', line: 30 },
    });

  test('each listed key held once by the generated rows: no wider index for the sort', async () => {
    // A batch read `whereIn('user_id', $ids)->orderBy('user_id')->orderBy('created_at')`: the planner reads
    // the listed keys' few rows each and sorts them.
    const q = listed();
    const { findings, planner } = await pa101(usersAndPosts(), [q], 5_000);
    const before = planner.plans.find((p) => p.shapeId === q.id)!.before.accesses[0];
    expect(before).toMatchObject({ access: 'range', key: 'posts_user_id_index', filesort: true });
    expect(before.sampledRows).toBeGreaterThan(1);
    expect(before.sampledRows).toBeLessThanOrEqual(3);
    expect(findings).toEqual([]);
  });

  test('the same list read with a LIMIT: the index that stops the read after the first rows is proposed', async () => {
    const q = { ...listed(), limit: 50 };
    const { findings } = await pa101(usersAndPosts(), [q], 5_000);
    expect(findings.map((f) => f.columns)).toEqual([['user_id', 'created_at']]);
  });
});
