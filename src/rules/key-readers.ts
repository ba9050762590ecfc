/**
 * Who reads a table by one of its key columns: the app's relations read from the parent side (`$user->posts`
 * filters posts.user_id, a pivot's own key, a through table's first key and the far table's second key) and
 * the extracted queries (a filter or a join on the column). Pure: from the project model only.
 */

import type { ModelInfo, QueryPlace, QueryShape } from '../project/model.js';

const NOT_PRODUCTION = new Set<QueryPlace>(['seeder', 'migration', 'test']);

export const keyOf = (table: string, column: string) => `${table.toLowerCase()}.${column.toLowerCase()}`;

/** Where the first reader of `table.column` is, for the message; absent when nothing reads it. */
export interface KeyReader {
  /** `User::posts()` or the query's chain start. */
  what: string;
  file: string;
  line: number;
}

/** The `table.column` keys each relation of the model filters on when read from the parent side. */
function relationReads(model: ModelInfo): { key: string; relation: string }[] {
  const out: { key: string; relation: string }[] = [];
  for (const [relation, r] of Object.entries(model.relations)) {
    const add = (table: string | null | undefined, column: string | null | undefined) => {
      if (table && column) out.push({ key: keyOf(table, column), relation });
    };
    switch (r.kind) {
      case 'hasMany':
      case 'hasOne':
      case 'morphMany':
      case 'morphOne':
        add(r.table, r.foreignKey);
        break;
      case 'belongsToMany':
      case 'morphToMany':
      case 'morphedByMany':
        add(r.pivotTable, r.foreignKey);
        break;
      case 'hasManyThrough':
      case 'hasOneThrough':
        add(r.through?.table, r.through?.firstKey);
        add(r.table, r.through?.secondKey);
        break;
      default:
        break;
    }
  }
  return out;
}

function shapeReads(shape: QueryShape): string[] {
  const keys: string[] = [];
  for (const p of shape.where) {
    if (p.op === '=' || p.op === 'in') keys.push(keyOf(p.table ?? shape.table, p.column));
  }
  for (const j of shape.joins) for (const on of j.on) keys.push(keyOf(j.table, on.left));
  return keys;
}

/** Every `table.column` (lower case) some relation or query of the app looks rows up by. */
export function keyReaders(models: ModelInfo[], queries: QueryShape[]): Map<string, KeyReader> {
  const out = new Map<string, KeyReader>();
  for (const m of models) {
    for (const { key, relation } of relationReads(m)) {
      const loc = m.relations[relation]?.location ?? m.location;
      if (!out.has(key))
        out.set(key, { what: `${m.className}::${relation}()`, file: loc.file, line: loc.line });
    }
  }
  for (const q of queries) {
    // Seeders, migrations and tests run before production or outside it: they make no lookup slow there.
    if (NOT_PRODUCTION.has(q.place ?? 'request')) continue;
    for (const key of shapeReads(q)) {
      if (!out.has(key)) out.set(key, { what: q.code, file: q.location.file, line: q.location.line });
    }
  }
  return out;
}
