/**
 * A table that declares no primary key but has a unique index on NOT NULL columns: InnoDB clusters its rows
 * on that index, not on a hidden row id. PA107 says so and is info; the static clustered key follows it.
 * Checked against the real server's choice (information_schema.INNODB_SYS_INDEXES).
 */

import mysql from 'mysql2/promise';
import type { Connection } from 'mysql2/promise';
import { parseDbUrl, type ScratchDatabase } from '../../src/database/connection.js';
import { finalize } from '../../src/rules/finalize.js';
import { indexesRules } from '../../src/rules/groups/indexes.js';
import { renderCreateTable } from '../../src/schema/ddl.js';
import { clusteredKey, implicitPrimary } from '../../src/schema/index-match.js';
import type { Table } from '../../src/schema/model.js';
import { DB_URL, contextWith, scratchWith } from './seed.js';

const rule = indexesRules.find((r) => r.id === 'PA107')!;

const column = (name: string, nullable = false) => ({
  name,
  type: name === 'id' || name === 'key' ? 'varchar(255)' : 'text',
  nullable,
  default: null,
});

/** Laravel's old database session table: `$table->string('id')->unique()`. */
const sessions: Table = {
  name: 'sessions',
  columns: [column('id'), column('payload')],
  indexes: [{ name: 'sessions_id_unique', columns: ['id'], unique: true }],
  foreignKeys: [],
};
/** The same, but the unique column may be NULL: InnoDB cannot cluster on it. */
const nullableKey: Table = {
  name: 'drafts',
  columns: [column('key', true), column('payload')],
  indexes: [{ name: 'drafts_key_unique', columns: ['key'], unique: true }],
  foreignKeys: [],
};
/** A unique index on a prefix of the column: not a whole key either. */
const prefixKey: Table = {
  name: 'caches',
  columns: [column('key'), column('payload')],
  indexes: [{ name: 'caches_key_unique', columns: ['key'], unique: true, subParts: [20] }],
  foreignKeys: [],
};

/** A unique over a prefix of a TEXT column first, a whole one after it: InnoDB clusters on the whole one. */
const bothKeys: Table = {
  name: 'tokens',
  columns: [column('key'), { ...column('code'), type: 'varchar(64)' }, column('payload')],
  indexes: [
    { name: 'tokens_key_unique', columns: ['key'], unique: true, subParts: [20] },
    { name: 'tokens_code_unique', columns: ['code'], unique: true },
  ],
  foreignKeys: [],
};

/** The index InnoDB clusters the table on, read as the server's own account (the scratch one lacks PROCESS). */
async function clusteredByServer(admin: Connection, db: ScratchDatabase, table: string): Promise<string> {
  const [rows] = await admin.query(
    `SELECT i.NAME AS name FROM information_schema.INNODB_SYS_INDEXES i
       JOIN information_schema.INNODB_SYS_TABLES t ON t.TABLE_ID = i.TABLE_ID
      WHERE t.NAME = ? AND (i.TYPE & 1) = 1`,
    [`${db.name}/${table}`],
  );
  return (rows as { name: string }[])[0]!.name;
}

describe('a unique NOT NULL index as the clustered key', () => {
  let db: ScratchDatabase;
  let admin: Connection;
  beforeAll(async () => {
    db = await scratchWith([sessions, nullableKey, prefixKey, bothKeys].map(renderCreateTable).join(';\n'));
    const url = parseDbUrl(DB_URL);
    admin = await mysql.createConnection({
      host: url.host,
      port: url.port,
      user: url.user,
      password: url.password,
    });
  });
  afterAll(async () => {
    await admin.end();
    await db.drop();
  });

  it('is the index the server clusters on, and only when its columns are NOT NULL and whole', async () => {
    expect(await clusteredByServer(admin, db, 'sessions')).toBe('sessions_id_unique');
    expect(implicitPrimary(sessions)?.name).toBe('sessions_id_unique');
    expect(clusteredKey(sessions)).toEqual(['id']);
    for (const t of [nullableKey, prefixKey]) {
      expect(await clusteredByServer(admin, db, t.name)).toBe('GEN_CLUST_INDEX');
      expect(implicitPrimary(t)).toBeNull();
      expect(clusteredKey(t)).toEqual([]);
    }
  });

  it('proposes the clustered index as the primary key, never a unique over a prefix of a column', async () => {
    const ctx = contextWith({ shapes: [], schema: { source: 'static', tables: [prefixKey, bothKeys] } });
    const fixes = Object.fromEntries(rule.check(ctx).map((d) => [d.table, d.fix]));
    // caches_key_unique covers 20 characters of a TEXT column: no primary key can be declared on `key` whole.
    expect(fixes.caches).toEqual({ migration: '$table->id();' });
    expect(fixes.tokens).toEqual({
      sql: 'ALTER TABLE tokens ADD PRIMARY KEY (code);',
      migration: "$table->primary('code');",
    });
    // The server takes the proposed key.
    await db.conn.query(fixes.tokens!.sql!);
    expect(await clusteredByServer(admin, db, 'tokens')).toBe('PRIMARY');
  });

  it('makes PA107 info, naming the index; a table on a hidden row id stays a warning', () => {
    const ctx = contextWith({ shapes: [], schema: { source: 'static', tables: [sessions, nullableKey] } });
    const found = rule.check(ctx).map((d) => finalize(rule, d, ctx.config));
    expect(found).toMatchObject([
      {
        rule: 'PA107',
        table: 'sessions',
        severity: 'info',
        evidence: { clusteredOn: 'sessions_id_unique' },
        message: expect.stringContaining('InnoDB clusters its rows on sessions_id_unique'),
      },
      { rule: 'PA107', table: 'drafts', severity: 'warning', message: expect.stringContaining('hidden') },
    ]);
  });
});
