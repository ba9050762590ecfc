/** PA106: an index that is a left prefix of another (or a duplicate) costs writes and memory and serves nothing more. */

import type { FindingDraft } from '../findings.js';
import type { QueryShape } from '../project/model.js';
import type { Index, Table } from '../schema/model.js';
import { clusteredKey, sqlIdentifier } from '../schema/index-match.js';
import { placeOfShape, runsInProduction } from './calibrate/place-severity.js';
import { packageNote, packageOwner } from './package-tables.js';
import type { Rule, RuleContext } from './rule.js';
import { referencedTable } from './calibrate/reference-keys.js';

const isPrimary = (i: Index) => !!i.primary || i.name.toUpperCase() === 'PRIMARY';

/**
 * The one column InnoDB ends every secondary index with (lower case): the primary key's, or the unique key's
 * it clusters on without one (clusteredKey). Null for a composite key, a hidden row id or another engine.
 */
function singleColumnKey(table: Table): string | null {
  const key = clusteredKey(table);
  return key.length === 1 ? key[0]! : null;
}
const cols = (i: Index) => i.columns.map((c) => c.toLowerCase());
const parts = (i: Index) => (i.subParts ?? []).map((p) => p ?? null);

/** Whether `a` is a left prefix of `b` with the same prefix lengths on the shared columns. */
function isLeftPrefix(a: Index, b: Index): boolean {
  const ca = cols(a);
  const cb = cols(b);
  if (ca.length > cb.length) return false;
  const pa = parts(a);
  const pb = parts(b);
  return ca.every((c, k) => c === cb[k] && (pa[k] ?? null) === (pb[k] ?? null));
}

/** Whether `b` (which `a` is a left prefix of) makes `a` unnecessary. */
function makesRedundant(a: Index, b: Index): boolean {
  if (a.columns.length < b.columns.length) return !a.unique; // a shorter unique index enforces a rule
  // Identical columns: keep the primary key, then the unique one, then the first by name.
  if (isPrimary(b)) return true;
  if (a.unique !== b.unique) return b.unique;
  return a.name.localeCompare(b.name) > 0;
}

export interface Redundant {
  index: Index;
  /** The closest index that makes it redundant: the fewest columns, then the first by name. */
  coveredBy: Index;
  /** Every index that does, closest first. */
  covering: Index[];
  duplicate: boolean;
}

/**
 * The redundant indexes of a table, each with the indexes that make it so. Closest first, by name rather than
 * by the order the schema lists them in, so that a schema read from the server and one read from the
 * migrations name the same index.
 */
export function redundantIndexes(table: Table): Redundant[] {
  const btree = table.indexes.filter((i) => (i.kind ?? 'btree') === 'btree' && i.columns.length > 0);
  const closest = (x: Index, y: Index) => x.columns.length - y.columns.length || x.name.localeCompare(y.name);
  const out: Redundant[] = [];
  for (const a of btree) {
    if (isPrimary(a)) continue;
    const covering = btree.filter((b) => b !== a && isLeftPrefix(a, b) && makesRedundant(a, b));
    // Of identical ones the primary key, then a unique index, is the one to keep (makesRedundant).
    covering.sort((x, y) => Number(isPrimary(y)) - Number(isPrimary(x)) || closest(x, y));
    const coveredBy = covering[0];
    if (coveredBy)
      out.push({ index: a, coveredBy, covering, duplicate: a.columns.length === coveredBy.columns.length });
  }
  return out;
}

const RANGE = new Set(['>', '>=', '<', '<=', 'between']);
const own = (table: Table) => (p: { table?: string }) =>
  !p.table || p.table.toLowerCase() === table.name.toLowerCase();

/**
 * A query that still needs the shorter of two indexes: InnoDB ends every secondary index with the primary
 * key, so `(user_id)` is `(user_id, id)`. It reads one user's rows in id order, or from an id on (chunkById,
 * cursor pagination), which `(user_id, created_at)` cannot unless the query fixes created_at too. `longer`
 * are every index that covers the shorter one: the query needs it only when none of them gives that order.
 */
export function keptByPrimaryKeyOrder(
  table: Table,
  prefix: Index,
  longer: Index[],
  shapes: QueryShape[],
): QueryShape | null {
  const pk = singleColumnKey(table);
  if (!pk) return null;
  if (longer.some((l) => l.columns.length <= prefix.columns.length)) return null;
  const rests = longer.map((l) => cols(l).slice(prefix.columns.length));
  for (const shape of shapes) {
    if (shape.table.toLowerCase() !== table.name.toLowerCase() || shape.hasOr) continue;
    // A test's or a seeder's query keeps no index in production.
    if (!runsInProduction(placeOfShape(shape))) continue;
    const where = shape.where.filter(own(table));
    const fixed = new Set(
      where.filter((p) => !p.fn && (p.op === '=' || p.op === 'is null')).map((p) => p.column.toLowerCase()),
    );
    if (!cols(prefix).every((c) => fixed.has(c))) continue;
    // A longer index whose extra columns the query fixes reads the key's rows in id order as well.
    if (rests.some((rest) => rest.every((c) => fixed.has(c)))) continue;
    const sort = shape.orderBy.find(own(table));
    const byKey =
      (sort && !sort.fn && sort.column.toLowerCase() === pk) ||
      where.some((p) => !p.fn && p.column.toLowerCase() === pk && RANGE.has(p.op));
    if (byKey) return shape;
  }
  return null;
}

/**
 * The soft-delete column the longer index adds, when that is all it adds: `(company_id, deleted_at)` next to
 * `(company_id)` on a model with SoftDeletes, the shorter one ending with a key that points at a parent. The
 * longer one serves the reads the soft-delete scope filters, but a read past it (`withTrashed()`, the "all"
 * or trash view of a list) of one parent's rows in id order still uses the shorter one, which InnoDB ends
 * with the primary key. Whether such reads matter is the app's call, often made by a filter the code builds
 * at run time: the finding is info.
 */
export function softDeleteSuffix(
  ctx: RuleContext,
  table: Table,
  prefix: Index,
  longer: Index,
): string | null {
  if (!singleColumnKey(table)) return null;
  const rest = cols(longer).slice(prefix.columns.length);
  if (rest.length !== 1) return null;
  const name = table.name.toLowerCase();
  const softDeleting = ctx.project.models.some(
    (m) =>
      m.table.toLowerCase() === name &&
      m.softDeletes &&
      (m.deletedAtColumn ?? 'deleted_at').toLowerCase() === rest[0],
  );
  // Order within a key matters only where a key has many rows: a parent's key (`company_id`), not a value
  // nearly unique on its own (`ip`), whose lookups find a row or two.
  const pointsUp = referencedTable(ctx, table.name, cols(prefix).at(-1)!) !== null;
  return softDeleting && pointsUp ? rest[0]! : null;
}

/** What the finding says: why the shorter index costs for nothing, or why that is the app's call (info). */
function messageOf(
  table: Table,
  index: Index,
  coveredBy: Index,
  how: string,
  trashed: string | null,
  owner: string | null,
): string {
  const pair = `${index.name} (${index.columns.join(', ')}) ${how} ${coveredBy.name} (${coveredBy.columns.join(', ')}) on ${table.name}`;
  if (trashed)
    return (
      `${pair}, which adds only the soft-delete column ${trashed}. Info only: ${coveredBy.name} serves the reads ` +
      `the soft-delete scope filters, but a read past it (withTrashed()) of one ${index.columns.at(-1)}'s rows in ` +
      `id order still uses ${index.name}, which InnoDB ends with the primary key. Drop ${index.name} unless the ` +
      `app reads ${table.name} that way.`
    );
  const drop = `${pair}: every query it serves, ${coveredBy.name} serves too, while each write updates both. Drop ${index.name}.`;
  return owner ? `${drop} ${packageNote(owner)}` : drop;
}

export const pa106RedundantIndex: Rule = {
  id: 'PA106',
  name: 'redundant-index',
  title: 'Redundant or duplicate index',
  defaultSeverity: 'warning',
  needs: 'schema',
  check(ctx) {
    const drafts: FindingDraft[] = [];
    for (const table of ctx.schema.tables) {
      for (const redundant of redundantIndexes(table)) {
        const { index, duplicate } = redundant;
        if (keptByPrimaryKeyOrder(table, index, redundant.covering, ctx.project.queries)) continue;
        const how = duplicate ? 'duplicates' : 'is a left prefix of';
        const drop = index.unique ? 'dropUnique' : 'dropIndex';
        // The soft-delete pair is named when there is one: it is why the shorter index may still be needed.
        const soft = duplicate
          ? undefined
          : redundant.covering
              .map((c) => ({ c, column: softDeleteSuffix(ctx, table, index, c) }))
              .find((x) => x.column !== null);
        const coveredBy = soft?.c ?? redundant.coveredBy;
        const trashed = soft?.column ?? null;
        const owner = packageOwner(table.name);
        drafts.push({
          title: `${table.name}.${index.name} ${how} ${coveredBy.name}`,
          message: messageOf(table, index, coveredBy, how, trashed, owner),
          ...(trashed || owner ? { severity: 'info' as const } : {}),
          location: table.origin,
          table: table.name,
          columns: index.columns,
          fingerprintKey: index.name,
          evidence: {
            decidedBy: 'static',
            index: index.name,
            coveredBy: coveredBy.name,
            duplicate,
            ...(trashed ? { softDeleteSuffix: trashed } : {}),
            ...(owner ? { package: owner } : {}),
          },
          fix: {
            sql: `ALTER TABLE ${sqlIdentifier(table.name)} DROP INDEX ${sqlIdentifier(index.name)};`,
            migration: `$table->${drop}('${index.name}');`,
          },
        });
      }
    }
    return drafts;
  },
};
