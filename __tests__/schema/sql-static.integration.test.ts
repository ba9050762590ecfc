/**
 * Reading a schema dump statically (no database): the corpus built by Laravel, dumped with mariadb-dump,
 * read back with node-sql-parser, must list the same tables, columns, indexes and foreign keys that
 * information_schema reports for it.
 */

import { introspectSchema } from '../../src/database/introspect.js';
import { schemaFromSql } from '../../src/project/sql/schema.js';
import type { Schema } from '../../src/schema/model.js';
import { CORPUS, laravelMigrate, run, withScratch } from './helpers.js';

function shape(schema: Schema) {
  const out: Record<string, unknown> = {};
  for (const t of [...schema.tables].sort((a, b) => a.name.localeCompare(b.name))) {
    out[t.name] = {
      columns: t.columns.map(
        (c) => `${c.name} ${c.type}${c.nullable ? ' null' : ''} ${String(c.default).toLowerCase()}`,
      ),
      indexes: t.indexes
        .map((i) => `${i.name}${i.unique ? ' unique' : ''} ${i.kind} (${i.columns.join(',')})`)
        .sort(),
      foreignKeys: t.foreignKeys
        .map((f) => `${f.name} (${f.columns}) -> ${f.refTable} (${f.refColumns})`)
        .sort(),
    };
  }
  return out;
}

describe('schemaFromSql', () => {
  it('reads a mariadb-dump of the corpus as information_schema describes it', async () => {
    const { dump, real } = await withScratch(async (db) => {
      expect((await laravelMigrate(CORPUS, db)).errors).toEqual([]);
      const res = await run(
        'mariadb-dump',
        ['-h', db.url.host, '-P', String(db.url.port), '-u', db.url.user, '--no-data', db.name],
        {},
      );
      expect(res.code).toBe(0);
      return { dump: res.stdout, real: await introspectSchema(db.conn, db.name) };
    });
    const { schema, problems } = schemaFromSql([{ path: 'database/schema/mysql-schema.sql', text: dump }]);
    expect(problems).toEqual([]);
    expect(schema.tables.length).toBeGreaterThan(40);
    expect(shape(schema)).toEqual(shape(real));
  });

  it('reports a CREATE TABLE it cannot read at its line and goes on', () => {
    const text = [
      'CREATE TABLE a (id int primary key);',
      'CREATE TABLE b (id int WITH SOMETHING ODD);',
      'CREATE INDEX a_id ON a (id);',
    ].join('\n');
    const { schema, problems } = schemaFromSql([{ path: 'schema.sql', text }]);
    expect(problems.map((p) => `${p.location.file}:${p.location.line}`)).toEqual(['schema.sql:2']);
    expect(schema.tables.map((t) => `${t.name}: ${t.indexes.map((i) => i.name).join(',')}`)).toEqual([
      'a: PRIMARY,a_id',
    ]);
  });
});
