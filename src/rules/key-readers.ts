/**
 * Who reads a table by one of its key columns: the app's relations read from the parent side (`$user->posts`
 * filters posts.user_id, a pivot's own key, a through table's first key and the far table's second key) and
 * the extracted queries (a filter or a join on the column). Pure: from the project model only.
 */

import type { ModelInfo, Predicate, QueryPlace, QueryShape } from '../project/model.js';

const NOT_PRODUCTION = new Set<QueryPlace>(['seeder', 'migration', 'test']);

export const keyOf = (table: string, column: string) => `${table.toLowerCase()}.${column.toLowerCase()}`;

/** One relation or query that reads a table by a key column. */
export interface ReaderSite {
  /** `User::posts()` or the query's chain start. */
  what: string;
  file: string;
  line: number;
  /** Columns of the table this reader fixes by `=`, IN or IS NULL besides the key. */
  fixed: string[];
}

/** Where the first reader of `table.column` is, for the message; absent when nothing reads it. */
export interface KeyReader extends ReaderSite {
  /**
   * Columns of the table every reader of the key fixes by `=`, IN or IS NULL (a soft-deleting model's
   * `deleted_at IS NULL`, a global scope's tenant key, a morph relation's type): an index may lead with them.
   */
  fixed: string[];
  /** Every reader, in the order read (relations first). */
  sites: ReaderSite[];
}

const lower = (s: string) => s.toLowerCase();

/**
 * Columns of `table` a predicate list fixes by `=`, IN or IS NULL for every row it returns (an IN list of
 * keys, `whereIn('id', $ids)`, seeks as an equality does, one value after another).
 */
function fixedBy(where: Predicate[], table: string, defaultTable: string): string[] {
  return where
    .filter(
      (p) =>
        (p.op === '=' || p.op === 'in' || p.op === 'is null') &&
        p.branch === undefined &&
        !p.group &&
        !p.fn &&
        !p.compare &&
        lower(p.table ?? defaultTable) === lower(table),
    )
    .map((p) => lower(p.column));
}

/** Columns every query made through the model fixes: its soft-delete column and its global scopes' keys. */
function modelFixed(model: ModelInfo): string[] {
  const out = (model.globalScopes ?? []).flatMap((g) => fixedBy(g.where, model.table, model.table));
  if (model.softDeletes) out.push(lower(model.deletedAtColumn ?? 'deleted_at'));
  return out;
}

const intersect = (a: string[], b: string[]) => a.filter((c) => b.includes(c));

/**
 * The `table.column` keys each relation of the model filters on when read from the parent side, with the
 * columns that read fixes on that table (the related model's scopes; none on a pivot or a through table).
 */
function relationReads(
  model: ModelInfo,
  byClass: Map<string, ModelInfo>,
): { key: string; relation: string; fixed: string[] }[] {
  const out: { key: string; relation: string; fixed: string[] }[] = [];
  for (const [relation, r] of Object.entries(model.relations)) {
    const add = (
      table: string | null | undefined,
      column: string | null | undefined,
      fixed: string[] = [],
    ) => {
      if (table && column) out.push({ key: keyOf(table, column), relation, fixed });
    };
    const related = r.related ? byClass.get(lower(r.related.replace(/^\\/, ''))) : undefined;
    const relatedFixed =
      related && r.table && lower(related.table) === lower(r.table) ? modelFixed(related) : [];
    switch (r.kind) {
      case 'hasMany':
      case 'hasOne':
        add(r.table, r.foreignKey, relatedFixed);
        break;
      case 'morphMany':
      case 'morphOne':
        add(r.table, r.foreignKey, [...relatedFixed, ...(r.morphType ? [lower(r.morphType)] : [])]);
        break;
      case 'belongsToMany':
      case 'morphToMany':
      case 'morphedByMany':
        add(r.pivotTable, r.foreignKey);
        break;
      case 'hasManyThrough':
      case 'hasOneThrough':
        add(r.through?.table, r.through?.firstKey);
        add(r.table, r.through?.secondKey, relatedFixed);
        break;
      default:
        break;
    }
  }
  return out;
}

function shapeReads(shape: QueryShape): { key: string; fixed: string[] }[] {
  const keys: { key: string; fixed: string[] }[] = [];
  const own = fixedBy(shape.where, shape.table, shape.table);
  for (const p of shape.where) {
    if (p.op === '=' || p.op === 'in')
      keys.push({ key: keyOf(p.table ?? shape.table, p.column), fixed: own });
  }
  for (const j of shape.joins) {
    // A join reads the joined table by its ON columns and the values its ON clause and the WHERE fix on it.
    const fixed = [
      ...fixedBy(j.where ?? [], j.table, j.table),
      ...fixedBy(shape.where, j.table, shape.table),
    ];
    for (const on of j.on) keys.push({ key: keyOf(j.table, on.left), fixed });
  }
  return keys;
}

/**
 * Every `table.column` (lower case) some relation or query of the app looks rows up by, with the columns
 * all of those readers fix.
 */
export function keyReaders(models: ModelInfo[], queries: QueryShape[]): Map<string, KeyReader> {
  const out = new Map<string, KeyReader>();
  const byClass = new Map(models.map((m) => [lower(m.fqcn), m]));
  const read = (key: string, reader: Omit<ReaderSite, 'fixed'>, fixed: string[]) => {
    const column = key.slice(key.lastIndexOf('.') + 1);
    const site = { ...reader, fixed: [...new Set(fixed)].filter((c) => c !== column) };
    const seen = out.get(key);
    if (seen) {
      seen.fixed = intersect(seen.fixed, fixed);
      seen.sites.push(site);
    } else out.set(key, { ...reader, fixed: [...new Set(fixed)], sites: [site] });
  };
  for (const m of models) {
    for (const { key, relation, fixed } of relationReads(m, byClass)) {
      const loc = m.relations[relation]?.location ?? m.location;
      read(key, { what: `${m.className}::${relation}()`, file: loc.file, line: loc.line }, fixed);
    }
  }
  for (const q of queries) {
    // Seeders, migrations and tests run before production or outside it: they make no lookup slow there.
    if (NOT_PRODUCTION.has(q.place ?? 'request')) continue;
    for (const { key, fixed } of shapeReads(q))
      read(key, { what: q.code, file: q.location.file, line: q.location.line }, fixed);
  }
  return out;
}

/**
 * Columns every query through the models of `table` fixes (soft deletes, global scopes): what a relation
 * added later would fix too. Empty when no model reads the table.
 */
export function tableFixed(models: ModelInfo[], table: string): string[] {
  const own = models.filter((m) => lower(m.table) === lower(table));
  if (own.length === 0) return [];
  return own.map(modelFixed).reduce(intersect);
}
