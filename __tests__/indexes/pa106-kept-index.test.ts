/**
 * PA106 keeps quiet about a shorter index a query still needs: InnoDB appends the primary key, so `(user_id)`
 * reads a user's rows in id order.
 */

import type { QueryPlace, QueryShape } from '../../src/project/model.js';
import { finalize } from '../../src/rules/finalize.js';
import { indexesRules } from '../../src/rules/groups/indexes.js';
import type { RuleContext } from '../../src/rules/rule.js';
import type { Schema } from '../../src/schema/model.js';
import { contextWith, shape } from './seed.js';
import { bareModel, extract, jobRunning, parseSource } from '../queries/helpers.js';

const rule = indexesRules.find((r) => r.id === 'PA106')!;
const findings = (ctx: RuleContext) => rule.check(ctx).map((d) => finalize(rule, d, ctx.config));

const schema: Schema = {
  source: 'static',
  tables: [
    {
      name: 'posts',
      columns: ['id', 'user_id', 'status', 'created_at'].map((name) => ({
        name,
        type: name === 'status' ? 'varchar(32)' : 'bigint(20) unsigned',
        nullable: false,
        default: null,
      })),
      indexes: [
        { name: 'PRIMARY', columns: ['id'], unique: true, primary: true },
        { name: 'posts_user_id_index', columns: ['user_id'], unique: false },
        { name: 'posts_user_id_created_at_index', columns: ['user_id', 'created_at'], unique: false },
      ],
      foreignKeys: [],
    },
  ],
};

const byUser = (over: Partial<QueryShape> = {}, place: QueryPlace = 'request') =>
  shape({ table: 'posts', where: [{ column: 'user_id', op: '=' }], place, ...over });

describe('PA106: a shorter index a query still needs', () => {
  it('is kept when a query reads one key in primary key order (latest by id, chunkById)', () => {
    expect(
      findings(contextWith({ shapes: [byUser({ orderBy: [{ column: 'id', direction: 'desc' }] })], schema })),
    ).toEqual([]);
    const chunk = byUser({
      where: [
        { column: 'user_id', op: '=' },
        { column: 'id', op: '>' },
      ],
    });
    expect(findings(contextWith({ shapes: [chunk], schema }))).toEqual([]);
  });

  it('is still redundant when the query fixes the longer index’s columns too, or sorts by another column', () => {
    const fixedToo = byUser({
      where: [
        { column: 'user_id', op: '=' },
        { column: 'created_at', op: '=' },
      ],
      orderBy: [{ column: 'id', direction: 'asc' }],
    });
    const byDate = byUser({ orderBy: [{ column: 'created_at', direction: 'desc' }] });
    for (const s of [fixedToo, byDate, byUser()])
      expect(findings(contextWith({ shapes: [s], schema }))).toMatchObject([
        { rule: 'PA106', severity: 'warning', columns: ['user_id'] },
      ]);
  });

  it('is redundant when another longer index gives the order: one whose extra columns the query fixes', () => {
    const withStatus: Schema = {
      source: 'static',
      tables: [
        {
          ...schema.tables[0]!,
          indexes: [
            ...schema.tables[0]!.indexes,
            { name: 'posts_user_id_status_index', columns: ['user_id', 'status'], unique: false },
          ],
        },
      ],
    };
    const byStatus = byUser({
      where: [
        { column: 'user_id', op: '=' },
        { column: 'status', op: '=' },
      ],
      orderBy: [{ column: 'id', direction: 'desc' }],
    });
    // (user_id, status) reads one user's rows of one status in id order: (user_id) is not needed for it…
    expect(findings(contextWith({ shapes: [byStatus], schema: withStatus }))).toMatchObject([
      { rule: 'PA106', columns: ['user_id'] },
    ]);
    // …while one user's rows of every status in id order only (user_id) gives.
    const latest = byUser({ orderBy: [{ column: 'id', direction: 'desc' }] });
    expect(findings(contextWith({ shapes: [latest], schema: withStatus }))).toEqual([]);
  });

  it('reads the key InnoDB clusters on: a unique NOT NULL key in place of a primary key, none on MyISAM', () => {
    const latest = byUser({ orderBy: [{ column: 'id', direction: 'desc' }] });
    const table = schema.tables[0]!;
    // No primary key: InnoDB clusters on the unique NOT NULL (id) and ends (user_id) with it.
    const clustered: Schema = {
      source: 'static',
      tables: [
        {
          ...table,
          indexes: [
            { name: 'posts_id_unique', columns: ['id'], unique: true },
            ...table.indexes.filter((i) => !i.primary),
          ],
        },
      ],
    };
    expect(findings(contextWith({ shapes: [latest], schema: clustered }))).toEqual([]);
    // MyISAM ends no secondary index with the key: (user_id) gives no id order the longer one lacks.
    const myisam: Schema = { source: 'static', tables: [{ ...table, engine: 'MyISAM' }] };
    expect(findings(contextWith({ shapes: [latest], schema: myisam }))).toMatchObject([
      { rule: 'PA106', columns: ['user_id'] },
    ]);
  });

  it('a test’s query in primary key order keeps nothing', () => {
    const inTest = byUser({ orderBy: [{ column: 'id', direction: 'asc' }] }, 'test');
    expect(findings(contextWith({ shapes: [inTest], schema }))).toHaveLength(1);
  });
});

describe('PA106 with the pages Laravel reads', () => {
  const run = (chain: string) =>
    findings(
      contextWith({ shapes: extract([bareModel('Post'), jobRunning(chain, 'Post')]).queries, schema }),
    );

  it('keeps the shorter index a job pages one key by the primary key through (chunkById, chunk)', () => {
    expect(run("Post::where('user_id', 7)->chunkById(100, fn ($rows) => null)")).toEqual([]);
    expect(run("Post::where('user_id', 7)->chunk(100, fn ($rows) => null)")).toEqual([]);
  });

  it('still reports it when the job reads the key’s rows at once', () => {
    expect(run("Post::where('user_id', 7)->get()")).toMatchObject([{ rule: 'PA106', columns: ['user_id'] }]);
  });
});

describe('PA106 next to an index that adds only the soft-delete column', () => {
  const trashable = {
    ...schema.tables[0]!,
    columns: [
      ...schema.tables[0]!.columns,
      { name: 'deleted_at', type: 'timestamp', nullable: true, default: null },
    ],
    indexes: [
      { name: 'PRIMARY', columns: ['id'], unique: true, primary: true },
      { name: 'posts_user_id_index', columns: ['user_id'], unique: false },
      // Listed first and first by name too: the soft-delete pair is still the one the finding names.
      { name: 'posts_user_id_created_at_index', columns: ['user_id', 'created_at'], unique: false },
      { name: 'posts_user_id_deleted_at_index', columns: ['user_id', 'deleted_at'], unique: false },
      { name: 'posts_status_index', columns: ['status'], unique: false },
      { name: 'posts_status_deleted_at_index', columns: ['status', 'deleted_at'], unique: false },
    ],
    foreignKeys: [
      { name: 'posts_user_id_foreign', columns: ['user_id'], refTable: 'users', refColumns: ['id'] },
    ],
  };
  const model = (uses: string) =>
    parseSource(
      'app/Models/Post.php',
      `<?php
namespace App\\Models;
use Illuminate\\Database\\Eloquent\\Model;
use Illuminate\\Database\\Eloquent\\SoftDeletes;
class Post extends Model { ${uses} }
`,
    );
  const run = (uses: string, tables = [trashable]) => {
    const ctx = contextWith({ shapes: [], schema: { source: 'static', tables } });
    ctx.project.models = extract([model(uses)]).models;
    return findings(ctx);
  };

  it('is info on a soft-deleting model: reads past the soft delete of a parent’s rows in id order still use the shorter one', () => {
    const [byUser, byStatus] = run('use SoftDeletes;');
    // A value like a status is no parent's key: its order within a value serves no list.
    expect(byStatus).toMatchObject({ rule: 'PA106', severity: 'warning', columns: ['status'] });
    expect([byUser]).toMatchObject([
      {
        rule: 'PA106',
        severity: 'info',
        columns: ['user_id'],
        evidence: { softDeleteSuffix: 'deleted_at', coveredBy: 'posts_user_id_deleted_at_index' },
        message: expect.stringContaining('withTrashed()'),
      },
    ]);
  });

  it('reads the parent the way the size classes do: a key Laravel names after a table points at it', () => {
    // No foreign key, no belongsTo: `user_id` still points at `users`, which the schema has.
    const users = { name: 'users', columns: [], indexes: [], foreignKeys: [] };
    const noForeignKey = { ...trashable, foreignKeys: [] };
    expect(run('use SoftDeletes;', [noForeignKey, users])[0]).toMatchObject({
      severity: 'info',
      columns: ['user_id'],
    });
    // Without a `users` table nothing says the key has a parent.
    expect(run('use SoftDeletes;', [noForeignKey])[0]).toMatchObject({
      severity: 'warning',
      columns: ['user_id'],
    });
  });

  it('stays a warning when the model does not soft delete', () => {
    const found = run('');
    expect(found).toMatchObject([
      {
        rule: 'PA106',
        severity: 'warning',
        columns: ['user_id'],
        evidence: { coveredBy: 'posts_user_id_created_at_index' },
      },
      { rule: 'PA106', severity: 'warning', columns: ['status'] },
    ]);
    for (const f of found) expect(f.evidence).not.toHaveProperty('softDeleteSuffix');
  });
});
