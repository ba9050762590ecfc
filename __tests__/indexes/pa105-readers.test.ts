/**
 * PA105 reads who looks the child table up by the key column: a relation from the parent side or a query the
 * app sends keeps the warning; a column nothing reads is info; an app whose models were not read keeps the
 * plain warning (it cannot tell).
 */

import type { ModelInfo, QueryShape } from '../../src/project/model.js';
import { finalize } from '../../src/rules/finalize.js';
import { indexesRules } from '../../src/rules/groups/indexes.js';
import { keyReaders } from '../../src/rules/key-readers.js';
import { scanningReader } from '../../src/rules/pa105-unindexed-foreign-key.js';
import type { Schema, Table } from '../../src/schema/model.js';
import { contextWith, shape } from './seed.js';

const col = (name: string, type = 'bigint(20) unsigned') => ({ name, type, nullable: false, default: null });
const primary = { name: 'PRIMARY', columns: ['id'], unique: true, primary: true };
const table = (name: string, columns: string[]): Table => ({
  name,
  columns: ['id', ...columns].map((c) => col(c)),
  indexes: [primary],
  foreignKeys: [],
});
const schema: Schema = {
  source: 'static',
  tables: [table('users', []), table('teams', []), table('posts', ['user_id', 'team_id'])],
};

function model(className: string, tableName: string, relations: ModelInfo['relations'] = {}): ModelInfo {
  return {
    className,
    fqcn: `App\\Models\\${className}`,
    table: tableName,
    softDeletes: false,
    location: { file: `app/Models/${className}.php`, line: 5 },
    scopes: {},
    relations,
  };
}

const userPosts: ModelInfo['relations'] = {
  posts: {
    kind: 'hasMany',
    related: 'App\\Models\\Post',
    table: 'posts',
    foreignKey: 'user_id',
    ownerKey: 'id',
    location: { file: 'app/Models/User.php', line: 12 },
  },
};

function pa105(
  models: ModelInfo[] | null,
  queries: QueryShape[] = [],
  on: Schema = schema,
  tables: Record<string, number> = {},
) {
  const ctx = contextWith({ shapes: queries, schema: on, planner: null });
  if (models) ctx.project.models = models;
  ctx.config.database.tables = tables;
  const rule = indexesRules.find((r) => r.id === 'PA105')!;
  const found = rule.check(ctx).map((d) => finalize(rule, d, ctx.config));
  return Object.fromEntries(found.map((f) => [f.columns.join(','), f]));
}

describe('PA105 and who reads the key', () => {
  it('a hasMany from the parent side keeps the warning and names the relation', () => {
    const f = pa105([model('User', 'users', userPosts), model('Post', 'posts')]);
    expect(f['user_id']).toMatchObject({
      severity: 'warning',
      evidence: { readBy: { what: 'User::posts()', file: 'app/Models/User.php', line: 12 } },
    });
    expect(f['user_id'].message).toContain('User::posts() (app/Models/User.php:12) looks posts up by it');
  });

  it('a key no relation and no query reads is info, and says so', () => {
    const f = pa105([model('User', 'users', userPosts), model('Post', 'posts')]);
    expect(f['team_id']).toMatchObject({ severity: 'info', evidence: { readBy: null } });
    expect(f['team_id'].message).toContain('Info only: no relation from the parent side and no query');
  });

  it('a query the app sends counts as a reader, by a filter or a join; one in a test or a seeder does not', () => {
    const onRequest = shape({
      table: 'teams',
      joins: [{ table: 'posts', on: [{ left: 'team_id', right: 'teams.id' }], type: 'inner' }],
      place: 'request',
      location: { file: 'app/Http/Controllers/TeamController.php', line: 30 },
    });
    const filtered = shape({ table: 'posts', where: [{ column: 'user_id', op: '=' }], place: 'job' });
    const inTest = {
      ...filtered,
      id: 'posts-test',
      where: [{ column: 'team_id', op: '=' as const }],
      place: 'test' as const,
    };
    const readers = keyReaders([], [onRequest, filtered, inTest]);
    expect(readers.get('posts.team_id')).toMatchObject({
      file: 'app/Http/Controllers/TeamController.php',
      line: 30,
    });
    expect(readers.has('posts.user_id')).toBe(true);
    expect(keyReaders([], [inTest]).has('posts.team_id')).toBe(false);
  });

  it('a read key on a small table is info, and says why; on a growing one the warning stays', () => {
    const models = [model('User', 'users', userPosts), model('Post', 'posts')];
    const small = pa105(models, [], schema, { posts: 400 })['user_id'];
    expect(small).toMatchObject({ severity: 'info', evidence: { sizeClass: 'small', sizeSource: 'config' } });
    expect(small.message).toContain('Info only: a small table (database.tables gives 400 rows)');
    expect(pa105(models, [], schema, { posts: 4_000_000 })['user_id']).toMatchObject({
      severity: 'warning',
      evidence: { sizeClass: 'growing' },
    });
  });

  it('without models read, the warning stays for every unindexed key', () => {
    const f = pa105(null);
    expect(f['user_id'].severity).toBe('warning');
    expect(f['team_id'].severity).toBe('warning');
    expect(f['team_id'].evidence).not.toHaveProperty('readBy');
  });
});

describe('PA105 and an index led by columns every reader fixes', () => {
  // posts has (deleted_at, user_id): a lookup by user_id seeks through it only when deleted_at is fixed.
  const softSchema: Schema = {
    source: 'static',
    tables: [
      table('users', []),
      {
        ...table('posts', ['user_id', 'deleted_at']),
        indexes: [
          primary,
          { name: 'posts_deleted_at_user_id_index', columns: ['deleted_at', 'user_id'], unique: false },
        ],
      },
    ],
  };
  const softPost = { ...model('Post', 'posts'), softDeletes: true, deletedAtColumn: 'deleted_at' };

  it('serves the key when the related model soft-deletes: every relation read adds deleted_at IS NULL', () => {
    expect(pa105([model('User', 'users', userPosts), softPost], [], softSchema)['user_id']).toBeUndefined();
    // Nothing reads the key yet: a relation added later goes through the soft-deleting model too.
    expect(pa105([model('User', 'users'), softPost], [], softSchema)['user_id']).toBeUndefined();
  });

  it('does not serve it for a model without SoftDeletes, or when a reader does not fix deleted_at', () => {
    const plain = pa105([model('User', 'users', userPosts), model('Post', 'posts')], [], softSchema);
    expect(plain['user_id']).toMatchObject({ rule: 'PA105', severity: 'warning' });
    // withTrashed(): a query reads posts by user_id with no deleted_at condition, so not every reader fixes it.
    const withTrashed = shape({ table: 'posts', where: [{ column: 'user_id', op: '=' }], place: 'request' });
    const readers = keyReaders([model('User', 'users', userPosts), softPost], [withTrashed]);
    expect(readers.get('posts.user_id')?.fixed).toEqual([]);
    expect(keyReaders([model('User', 'users', userPosts), softPost], []).get('posts.user_id')?.fixed).toEqual(
      ['deleted_at'],
    );
  });

  it('counts the columns a query fixes by = or IS NULL on the table it reads', () => {
    const live = shape({
      table: 'posts',
      where: [
        { column: 'user_id', op: '=' },
        { column: 'deleted_at', op: 'is null', via: 'SoftDeletes' },
      ],
      place: 'request',
    });
    expect(keyReaders([], [live]).get('posts.user_id')?.fixed).toEqual(['user_id', 'deleted_at']);
    const trashed = { ...live, id: 'trashed', where: [{ column: 'user_id', op: '=' as const }] };
    expect(keyReaders([], [live, trashed]).get('posts.user_id')?.fixed).toEqual(['user_id']);
  });
});

describe('PA105 and readers that seek through another index', () => {
  const col = (name: string, type = 'bigint(20) unsigned') => ({
    name,
    type,
    nullable: false,
    default: null,
  });
  // send_logs is looked up by thread_id (indexed) and, within a thread, by user_id.
  const logs: Schema = {
    source: 'static',
    tables: [
      table('users', []),
      table('threads', []),
      {
        name: 'send_logs',
        columns: [
          col('id'),
          col('thread_id'),
          col('user_id'),
          col('status', 'tinyint(1)'),
          col('sent_at', 'timestamp'),
        ],
        indexes: [
          primary,
          { name: 'send_logs_thread_id_index', columns: ['thread_id'], unique: false },
          { name: 'send_logs_status_index', columns: ['status'], unique: false },
          { name: 'send_logs_sent_at_index', columns: ['sent_at'], unique: false },
        ],
        foreignKeys: [],
      },
    ],
  };
  const byThreadAndUser = shape({
    table: 'send_logs',
    where: [
      { column: 'thread_id', op: '=' },
      { column: 'user_id', op: '=' },
    ],
    place: 'job',
    code: "SendLog::where('thread_id', $id)->where('user_id', $user->id)",
    location: { file: 'app/Jobs/SendNotification.php', line: 116 },
  });

  it('is info when every reader also fixes a column another index starts with, and names that index', () => {
    const f = pa105([model('User', 'users'), model('SendLog', 'send_logs')], [byThreadAndUser], logs)[
      'user_id'
    ];
    expect(f).toMatchObject({
      severity: 'info',
      evidence: {
        readBy: { file: 'app/Jobs/SendNotification.php', line: 116 },
        readersSeekThrough: ['send_logs_thread_id_index'],
      },
    });
    expect(f.message).toContain('seeks through send_logs_thread_id_index');
  });

  it('a reader that also takes an IN list of keys (a bulk action by ids) seeks through the primary key', () => {
    const bulk = shape({
      table: 'send_logs',
      where: [
        { column: 'id', op: 'in' },
        { column: 'user_id', op: '=' },
      ],
      place: 'request',
      code: "SendLog::whereIn('id', $ids)->where('user_id', $user->id)",
    });
    const f = pa105([model('User', 'users'), model('SendLog', 'send_logs')], [bulk], logs)['user_id'];
    expect(f).toMatchObject({ severity: 'info', evidence: { readersSeekThrough: ['PRIMARY'] } });
  });

  it('stays a warning when one reader looks it up alone, or only with a flag or a timestamp', () => {
    // The relation from the parent side fixes nothing else: it scans.
    const userLogs: ModelInfo['relations'] = {
      sendLogs: { ...userPosts.posts, related: 'App\\Models\\SendLog', table: 'send_logs' },
    };
    const both = pa105(
      [model('User', 'users', userLogs), model('SendLog', 'send_logs')],
      [byThreadAndUser],
      logs,
    );
    expect(both['user_id']).toMatchObject({
      severity: 'warning',
      evidence: { readBy: { what: 'User::sendLogs()' } },
    });
    const flagged = shape({
      table: 'send_logs',
      where: [
        { column: 'status', op: '=' },
        { column: 'sent_at', op: 'is null' },
        { column: 'user_id', op: '=' },
      ],
      place: 'request',
    });
    // A flag and a timestamp's IS NULL narrow nothing: this reader scans (PA101 proposes its index).
    const read = keyReaders([], [flagged]).get('send_logs.user_id')!;
    expect(scanningReader(logs.tables[2], 'user_id', read)).toMatchObject({ fixed: ['status', 'sent_at'] });
    const seeking = keyReaders([], [byThreadAndUser]).get('send_logs.user_id')!;
    expect(scanningReader(logs.tables[2], 'user_id', seeking)).toBeNull();
  });

  it('a relation read through a tenant global scope seeks through the tenant index', () => {
    const tenantSchema: Schema = {
      source: 'static',
      tables: [
        table('users', []),
        {
          ...table('posts', ['user_id', 'company_id']),
          indexes: [primary, { name: 'posts_company_id_index', columns: ['company_id'], unique: false }],
        },
      ],
    };
    const scoped: ModelInfo = {
      ...model('Post', 'posts'),
      globalScopes: [{ name: 'company', where: [{ column: 'company_id', op: '=' }] }],
    } as ModelInfo;
    const f = pa105([model('User', 'users', userPosts), scoped], [], tenantSchema)['user_id'];
    expect(f).toMatchObject({
      severity: 'info',
      evidence: { readersSeekThrough: ['posts_company_id_index'] },
    });
  });
});
