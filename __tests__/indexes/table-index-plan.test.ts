import type { Index, Table } from '../../src/schema/model.js';
import {
  indexablePart,
  keyBytes,
  PREFIX_CHARS,
  needSpecOf,
  planTableIndexes,
  selectivityRank,
  withoutImpliedPrimaryKey,
} from '../../src/schema/table-index-plan.js';
import type { IndexWant } from '../../src/schema/table-index-plan.js';
import { demandOf, proposalFor } from '../../src/schema/index-match.js';
import { shape } from './seed.js';

const idx = (name: string, columns: string[], unique = false, primary = false): Index => ({
  name,
  columns,
  unique,
  primary,
});

const TYPES: Record<string, string> = {
  id: 'bigint(20) unsigned',
  user_id: 'bigint(20) unsigned',
  team_id: 'bigint(20) unsigned',
  is_active: 'tinyint(1)',
  approved: 'tinyint(1)',
  commentable_type: 'varchar(255)',
  commentable_id: 'bigint(20) unsigned',
  status: 'varchar(32)',
  kind: "enum('a','b','c')",
  code: 'varchar(64)',
  email: 'varchar(255)',
  created_at: 'timestamp',
  published_at: 'timestamp',
  title: 'varchar(255)',
};

function table(indexes: Index[] = [idx('PRIMARY', ['id'], true, true)]): Table {
  return {
    name: 'posts',
    columns: Object.entries(TYPES).map(([name, type]) => ({ name, type, nullable: false, default: null })),
    indexes,
    foreignKeys: [],
  };
}

const want = (id: string, equality: string[], tail: string[] = []): IndexWant<string> => ({
  equality,
  tail,
  item: id,
});

const plan = (t: Table, wants: IndexWant<string>[]) =>
  planTableIndexes(t, wants).map((p) => ({ columns: p.proposal.columns, serves: p.serves }));

describe('one index plan per table', () => {
  it('serves nested equality sets with one composite (leftmost prefixes)', () => {
    expect(plan(table(), [want('a', ['user_id']), want('b', ['user_id', 'status'])])).toEqual([
      { columns: ['user_id', 'status'], serves: ['a', 'b'] },
    ]);
  });

  it('puts a range or sort right after the equality columns, and shares it with a longer equality set', () => {
    expect(
      plan(table(), [
        want('sorted', ['user_id'], ['created_at']),
        want('both', ['user_id', 'created_at']),
        want('alone', ['user_id']),
      ]),
    ).toEqual([{ columns: ['user_id', 'created_at'], serves: ['sorted', 'both', 'alone'] }]);
  });

  it('keeps two indexes when no column order serves both', () => {
    const out = plan(table(), [want('a', ['user_id'], ['created_at']), want('b', ['user_id', 'status'])]);
    expect(out.map((o) => o.columns)).toEqual([
      ['user_id', 'created_at'],
      ['user_id', 'status'],
    ]);
  });

  it('orders equality columns by selectivity: unique, keys, other, status/enum, boolean and *_type', () => {
    const t = table([idx('PRIMARY', ['id'], true, true), idx('posts_email_unique', ['email'], true)]);
    expect(plan(t, [want('x', ['is_active', 'title', 'user_id'])])[0].columns).toEqual([
      'user_id',
      'title',
      'is_active',
    ]);
    expect(plan(t, [want('y', ['status', 'email'])])[0].columns).toEqual(['email', 'status']);
    expect(
      ['email', 'user_id', 'title', 'status', 'is_active', 'commentable_type'].map((c) =>
        selectivityRank(t, c),
      ),
    ).toEqual([0, 1, 2, 3, 4, 4]);
    expect(selectivityRank(t, 'kind')).toBe(3);
  });

  it('never lets a boolean or *_type column lead a composite when a better column can', () => {
    const out = plan(table(), [want('pair', ['is_active', 'user_id']), want('flag', ['is_active'])]);
    expect(out).toEqual([
      { columns: ['user_id', 'is_active'], serves: ['pair'] },
      { columns: ['is_active'], serves: ['flag'] },
    ]);
    // The morph pair: the id leads.
    expect(plan(table(), [want('m', ['commentable_type', 'commentable_id'])])[0].columns).toEqual([
      'commentable_id',
      'commentable_type',
    ]);
  });

  it('lets a boolean lead when it is the only column the query fixes', () => {
    expect(plan(table(), [want('feed', ['approved'], ['published_at'])])[0].columns).toEqual([
      'approved',
      'published_at',
    ]);
  });

  it('drops a trailing primary key column (InnoDB appends it), and the index when an existing one then serves', () => {
    expect(plan(table(), [want('a', ['team_id'], ['id'])])[0].columns).toEqual(['team_id']);
    const t = table([idx('PRIMARY', ['id'], true, true), idx('posts_team_id_index', ['team_id'])]);
    expect(plan(t, [want('a', ['team_id'], ['id'])])).toEqual([]);
    expect(withoutImpliedPrimaryKey(t, ['id'])).toEqual([]);
    expect(withoutImpliedPrimaryKey(t, ['team_id', 'created_at'])).toEqual(['team_id', 'created_at']);
  });

  it('respects existing indexes: no proposal whose columns lead one, and names the ones it supersedes', () => {
    const t = table([
      idx('PRIMARY', ['id'], true, true),
      idx('posts_user_id_status_created_at_index', ['user_id', 'status', 'created_at']),
      idx('posts_team_id_index', ['team_id']),
    ]);
    expect(plan(t, [want('a', ['user_id']), want('b', ['status', 'user_id'])])).toEqual([]);
    const grown = planTableIndexes(t, [want('c', ['team_id', 'status'])]);
    expect(grown.map((g) => [g.proposal.columns, g.supersedes])).toEqual([
      [['team_id', 'status'], ['posts_team_id_index']],
    ]);
  });

  it('gives the same plan whatever the order of the wants', () => {
    const wants = [
      want('a', ['user_id']),
      want('b', ['user_id', 'status']),
      want('c', ['status']),
      want('d', ['user_id'], ['created_at']),
      want('e', ['team_id', 'status'], ['created_at']),
    ];
    const one = plan(table(), wants).map((p) => p.columns);
    const other = plan(table(), [...wants].reverse()).map((p) => p.columns);
    expect(new Set(other.map((c) => c.join()))).toEqual(new Set(one.map((c) => c.join())));
    // Every want is served by exactly one planned index.
    expect(
      plan(table(), wants)
        .flatMap((p) => p.serves)
        .sort(),
    ).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('splits a single query proposal into its equality set and its ordered tail', () => {
    const t = table();
    const s = shape({
      table: 'posts',
      where: [
        { column: 'status', op: '=' },
        { column: 'user_id', op: 'in' },
      ],
      orderBy: [{ column: 'created_at', direction: 'desc' }],
    });
    const d = demandOf(s, t, 'main');
    const p = proposalFor(t, d)!;
    expect(needSpecOf(d, p.columns)).toEqual({ equality: ['status', 'user_id'], tail: ['created_at'] });
  });
});

describe("a global scope's tenant key", () => {
  const scoped = { column: 'team_id', op: '=' as const, via: 'globalScope:App\\Scopes\\Team' };
  const wantOf = (id: string, where: Parameters<typeof shape>[0]['where']) => {
    const d = demandOf(shape({ table: 'posts', where }), table(), 'main');
    return { ...needSpecOf(d, proposalFor(table(), d)!.columns), item: id };
  };

  it('follows the columns the query fixes itself, even a less selective one', () => {
    const w = wantOf('mine', [{ column: 'code', op: '=' }, scoped]);
    expect(w.shared).toEqual(['team_id']);
    expect(plan(table(), [w])).toEqual([{ columns: ['code', 'team_id'], serves: ['mine'] }]);
  });

  it('leads by its selectivity as before where the query names it itself', () => {
    const w = wantOf('own', [
      { column: 'code', op: '=' },
      { column: 'team_id', op: '=' },
    ]);
    expect(w.shared).toBeUndefined();
    expect(plan(table(), [w])[0].columns).toEqual(['team_id', 'code']);
  });
});

describe('a key the query fixes only with IS NULL', () => {
  it('follows the columns it compares with a value, as a tenant key does', () => {
    const d = demandOf(
      shape({
        table: 'posts',
        where: [
          { column: 'team_id', op: 'is null' },
          { column: 'code', op: '=' },
        ],
      }),
      table(),
      'main',
    );
    const w = { ...needSpecOf(d, proposalFor(table(), d)!.columns), item: 'orphans' };
    expect(w.shared).toEqual(['team_id']);
    expect(plan(table(), [w])).toEqual([{ columns: ['code', 'team_id'], serves: ['orphans'] }]);
  });
});

describe('the implied primary key', () => {
  it('is right after the columns only in an index of exactly those columns', () => {
    const t = table([
      idx('PRIMARY', ['id'], true, true),
      idx('posts_team_id_status_index', ['team_id', 'status']),
    ]);
    // (team_id, status) stores (team_id, status, id): it does not read one team's rows in id order.
    expect(plan(t, [want('a', ['team_id'], ['id'])])).toEqual([{ columns: ['team_id'], serves: ['a'] }]);
  });
});

describe('what an index can hold', () => {
  const wide: Table = {
    name: 'vendors',
    columns: [
      ['id', 'bigint(20) unsigned'],
      ['name', 'varchar(191)'],
      ['url', 'varchar(191)'],
      ['city', 'varchar(191)'],
      ['zip', 'varchar(191)'],
      ['email', 'varchar(191)'],
      ['notes', 'text'],
      ['country_id', 'bigint(20) unsigned'],
    ].map(([name, type]) => ({ name, type, nullable: false, default: null })),
    indexes: [idx('PRIMARY', ['id'], true, true)],
    foreignKeys: [],
  };

  it('takes at most three equality columns, the most selective first, a text column after whole ones', () => {
    expect(
      indexablePart(wide, { equality: ['name', 'url', 'notes', 'city', 'zip', 'country_id'], tail: [] }),
    ).toEqual({ equality: ['name', 'url', 'country_id'], tail: [] });
    expect(keyBytes(wide, 'name')).toBe(766);
    expect(keyBytes(wide, 'notes')).toBe(Infinity);
    // A text column is held by its prefix: an equality lookup seeks on it; a sort cannot use it.
    expect(indexablePart(wide, { equality: ['notes'], tail: [] })).toEqual({ equality: ['notes'], tail: [] });
    expect(indexablePart(wide, { equality: ['name'], tail: ['notes'] })).toBeNull();
    expect(indexablePart(wide, { equality: ['notes', 'zip'], tail: [] })).toEqual({
      equality: ['notes', 'zip'],
      tail: [],
    });
    // A JSON column cannot be indexed, and a boolean left alone would not narrow the lookup.
    const flagged: Table = {
      ...wide,
      columns: [
        ...wide.columns,
        { name: 'verified', type: 'tinyint(1)', nullable: false, default: null },
        { name: 'meta', type: 'json', nullable: false, default: null },
      ],
    };
    expect(indexablePart(flagged, { equality: ['meta', 'verified'], tail: [] })).toBeNull();
    expect(indexablePart(flagged, { equality: ['verified'], tail: [] })).toEqual({
      equality: ['verified'],
      tail: [],
    });
  });

  it('gives a text column a key length in the proposal', () => {
    const [p] = planTableIndexes(wide, [want('by-notes', ['notes'])]);
    expect(p.proposal).toMatchObject({
      columns: ['notes'],
      prefixes: { notes: PREFIX_CHARS },
      sql: `ALTER TABLE vendors ADD INDEX vendors_notes_index (notes(${PREFIX_CHARS}));`,
    });
    expect(p.proposal.migration).toMatch(
      /^DB::statement\('ALTER TABLE vendors ADD INDEX vendors_notes_index/,
    );
    const [q] = planTableIndexes(wide, [want('by-name', ['name'])]);
    expect(q.proposal.prefixes).toBeUndefined();
    expect(q.proposal.migration).toBe("$table->index('name');");
  });

  it('stays within the key length InnoDB accepts', () => {
    const long: Table = {
      ...wide,
      columns: wide.columns.map((c) => (c.type === 'varchar(191)' ? { ...c, type: 'varchar(500)' } : c)),
    };
    // 2,002 bytes each: two do not fit in 3,072.
    expect(indexablePart(long, { equality: ['name', 'url'], tail: [] })).toEqual({
      equality: ['name'],
      tail: [],
    });
  });

  it('reports the leftmost part each query uses', () => {
    const out = planTableIndexes(wide, [
      want('one', ['name']),
      want('many', ['name', 'url', 'city', 'zip', 'email']),
    ]);
    expect(out.map((o) => [o.proposal.columns, o.serves, o.parts])).toEqual([
      [
        ['name', 'url', 'city'],
        ['one', 'many'],
        [1, 3],
      ],
    ]);
  });
});
