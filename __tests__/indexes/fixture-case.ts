/** Index rule fixtures (__tests__/fixtures/indexes/): tables and query shapes as JSON, turned into a Schema and shapes. */

import type { Index, Schema, Table } from '../../src/schema/model.js';
import type { QueryShape } from '../../src/project/model.js';
import { shape } from './seed.js';

export interface FixtureCase {
  why: string;
  tables: Record<string, { columns: Record<string, string>; indexes: [string, string[], string?][] }>;
  shapes: (Partial<QueryShape> & { table: string })[];
}

export function schemaOf(c: FixtureCase): Schema {
  const tables: Table[] = Object.entries(c.tables).map(([name, t]) => ({
    name,
    columns: Object.entries(t.columns).map(([col, type]) => ({
      name: col,
      type: type.replace(/ NULL$/, ''),
      nullable: type.endsWith(' NULL'),
      default: null,
    })),
    indexes: t.indexes.map(([n, columns, kind]): Index => ({
      name: n,
      columns,
      unique: kind === 'primary' || kind === 'unique',
      primary: kind === 'primary',
    })),
    foreignKeys: [],
  }));
  return { source: 'static', tables };
}

/** The shapes at lines 10, 11, … of one controller, in the fixture's order. */
export const shapesOf = (c: FixtureCase) =>
  c.shapes.map((s, i) =>
    shape({ ...s, location: { file: 'app/Http/Controllers/FixtureController.php', line: 10 + i } }),
  );
