/** withOrigins(): MariaDB's tables get the places the static schema declared them at, by name. */

import type { Schema, Table } from '../../src/schema/model.js';
import { withOrigins } from '../../src/schema/origins.js';

const table = (name: string, origins: boolean): Table => ({
  name,
  columns: [
    { name: 'id', type: 'bigint(20) unsigned', nullable: false, default: null },
    { name: 'user_id', type: 'bigint(20) unsigned', nullable: false, default: null },
  ].map((c, i) => (origins ? { ...c, origin: { file: `m_${name}.php`, line: 10 + i } } : c)),
  indexes: [{ name: 'PRIMARY', columns: ['id'], unique: true, primary: true }],
  foreignKeys: [
    {
      name: `${name}_user_id_foreign`,
      columns: ['user_id'],
      refTable: 'users',
      refColumns: ['id'],
      ...(origins ? { origin: { file: `m_${name}.php`, line: 20 } } : {}),
    },
  ],
  ...(origins ? { origin: { file: `m_${name}.php`, line: 9 } } : {}),
});

const introspected: Schema = { source: 'migrations', tables: [table('posts', false), table('Extra', false)] };
const folded: Schema = { source: 'static', tables: [table('POSTS', true)] };

describe('withOrigins', () => {
  const out = withOrigins(introspected, folded);

  it('carries the table, column and foreign key places by name, whatever the case', () => {
    const posts = out.tables[0]!;
    expect(posts.origin).toEqual({ file: 'm_POSTS.php', line: 9 });
    expect(posts.columns.map((c) => c.origin?.line)).toEqual([10, 11]);
    expect(posts.foreignKeys[0]!.origin).toEqual({ file: 'm_POSTS.php', line: 20 });
  });

  it('leaves a table the static schema does not know as it is, and the input unchanged', () => {
    expect(out.tables[1]).toEqual(introspected.tables[1]);
    expect(introspected.tables[0]!.origin).toBeUndefined();
  });

  it("keeps a place MariaDB's table already has", () => {
    const placed = {
      ...introspected,
      tables: [{ ...table('posts', false), origin: { file: 'dump.sql', line: 3 } }],
    };
    expect(withOrigins(placed, folded).tables[0]!.origin).toEqual({ file: 'dump.sql', line: 3 });
  });
});
