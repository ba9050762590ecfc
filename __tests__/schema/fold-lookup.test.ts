/**
 * The fold finds a table by name (case-insensitively, as MariaDB on a case-insensitive file system) through
 * an index of names: the index must follow every create, rename and drop.
 */

import { SchemaFold } from '../../src/schema/fold.js';

const id = { name: 'id', type: 'bigint unsigned', nullable: false, default: null };

describe('SchemaFold table lookup', () => {
  it('finds a created table under any case, and refuses a second one of the same name', () => {
    const f = new SchemaFold();
    expect(f.hasTable('posts')).toBe(false);
    expect(f.createTable('posts', {})).toBeNull();
    expect(f.hasTable('POSTS')).toBe(true);
    expect(f.createTable('Posts', {})).toBe("Table 'Posts' already exists");
    expect(f.addColumn('pOsts', id, null)).toBeNull();
    expect(f.table('posts')!.columns.map((c) => c.name)).toEqual(['id']);
  });

  it('follows a rename: the old name is gone, the new one holds the same columns', () => {
    const f = new SchemaFold();
    f.createTable('posts', {});
    f.addColumn('posts', id, null);
    expect(f.hasTable('posts')).toBe(true);
    expect(f.renameTable('posts', 'articles')).toBeNull();
    expect(f.hasTable('posts')).toBe(false);
    expect(f.table('ARTICLES')!.columns.map((c) => c.name)).toEqual(['id']);
    expect(f.addColumn('posts', id, null)).toBe("Table 'posts' doesn't exist");
    // The freed name can be used again.
    expect(f.createTable('posts', {})).toBeNull();
    expect(f.table('posts')!.columns).toEqual([]);
  });

  it('follows a drop, and a table created again under the same name starts empty', () => {
    const f = new SchemaFold();
    f.createTable('tags', {});
    f.addColumn('tags', id, null);
    expect(f.hasTable('tags')).toBe(true);
    expect(f.dropTable('TAGS', false)).toBeNull();
    expect(f.hasTable('tags')).toBe(false);
    expect(f.dropTable('tags', false)).toBe("Unknown table 'tags'");
    expect(f.dropTable('tags', true)).toBeNull();
    f.createTable('tags', {});
    expect(f.table('tags')!.columns).toEqual([]);
    expect(f.toSchema('migrations').tables.map((t) => t.name)).toEqual(['tags']);
  });

  it('keeps the first of two tables whose names differ only in case in a loaded schema', () => {
    const f = SchemaFold.fromSchema({
      source: 'migrations',
      tables: [
        { name: 'Users', columns: [id], indexes: [], foreignKeys: [] },
        { name: 'users', columns: [], indexes: [], foreignKeys: [] },
      ],
    } as unknown as Parameters<typeof SchemaFold.fromSchema>[0]);
    expect(f.table('USERS')!.name).toBe('Users');
    expect(f.dropTable('users', false)).toBeNull();
    expect(f.table('users')!.name).toBe('users');
  });
});
