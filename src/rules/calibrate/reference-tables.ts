/**
 * Reference ("dimension") tables among the ones requests or jobs write: a lookup table an admin screen edits
 * (suppliers, categories, status labels, roles) gets a row now and then, while the tables pointing at it
 * grow. From the app's structure alone:
 * - a lookup table: other tables point at it, it has a name-like column, and it points at no more than one
 *   other table, itself a reference table (a fact table points at several: an asset at its model, supplier,
 *   location and status; a child of a growing table grows with it);
 * - a pivot between two reference tables is small; a pivot with a growing side grows, unless the code adds
 *   its rows only through the relation of its reference side (`$kit->models()->attach($id)`): each of the
 *   few kits lists its own models, however many models there are;
 * Pointers to the app's tenant (the table most tables point at, `companies`) and who-did-it columns
 * (`created_by`) say nothing about growth and are not counted.
 */

import { plural } from '../../project/laravel/naming.js';
import type { ProjectModel } from '../../project/model.js';
import { projectGraph, type TableGraph } from './table-graph.js';

/** Columns that name a row for people: a table of things picked from a list has one. */
const NAME_LIKE = new Set(['name', 'title', 'slug', 'label', 'display_name']);

/** A table at least this share of the app's tables point at is its tenant. */
const TENANT_SHARE = 0.5;
/** …and at least this many, so that a three-table app has no tenant by accident. */
const TENANT_MIN = 5;

/** The app's tenant tables (`companies`): the ones most of its tables point at. */
export function tenantsOf(graph: TableGraph): Set<string> {
  const tenantAt = Math.max(TENANT_MIN, TENANT_SHARE * graph.tables.size);
  return new Set([...graph.children].filter(([, c]) => c.size >= tenantAt).map(([t]) => t));
}

/**
 * The tenants rows belong to: tables most others point at by a key of their own, not counting who-did-it
 * columns (`created_by` makes every table point at `users` without users owning the rows).
 */
export function owningTenantsOf(graph: TableGraph): Set<string> {
  const tenantAt = Math.max(TENANT_MIN, TENANT_SHARE * graph.tables.size);
  const owned = new Map<string, number>();
  for (const parents of graph.parents.values())
    for (const p of parents) owned.set(p, (owned.get(p) ?? 0) + 1);
  return new Set([...owned].filter(([, n]) => n >= tenantAt).map(([t]) => t));
}

/**
 * Whether a column points at the app's tenant (`company_id` → `companies`); `owning`: only at a tenant the
 * rows belong to (owningTenantsOf).
 */
export function tenantKeyOf(project: ProjectModel, owning = false): (column: string) => boolean {
  const graph = projectGraph(project);
  const tenants = owning ? owningTenantsOf(graph) : tenantsOf(graph);
  return (column) => {
    const c = column.toLowerCase();
    return c.endsWith('_id') && tenants.has(plural(c.slice(0, -3)));
  };
}

/**
 * A table no other table points at and that points at none, no pivot: a standalone list (settings,
 * templates), not rows that pile up under something else. A pointer to the tenant counts: each tenant adds
 * its own rows, and an unfiltered read of it is one tenant's rows when a scope the code hides filters it.
 * So does a column that names another table with no relation or key declaring it (`user_id`, or `node` in
 * an app whose `servers` point at `nodes` that way): an app that declares few relations looks standalone.
 */
export function standalone(graph: TableGraph, table: string, columns: string[]): boolean {
  const pointer = (c: string) => c.endsWith('_id') || graph.tables.has(plural(c));
  return (
    !graph.pivots.has(table) &&
    (graph.parents.get(table)?.size ?? 0) === 0 &&
    (graph.children.get(table)?.size ?? 0) === 0 &&
    !columns.some((c) => pointer(c.toLowerCase()))
  );
}

/**
 * The tables in `written` that are reference tables, each with the reason for the report. `columns` gives
 * each table's column names (lower case); `written` are the tables requests, jobs or commands add rows to;
 * `pivotOwners` the tables whose relations added a pivot's rows there (`null` among them: a write of it that
 * came another way, a query builder insert).
 */
export function referenceTables(
  graph: TableGraph,
  columns: (table: string) => string[],
  written: Set<string>,
  pivotOwners: Map<string, Set<string | null>> = new Map(),
): Map<string, string> {
  const tenants = tenantsOf(graph);
  const parentsOf = (t: string) => [...(graph.parents.get(t) ?? [])].filter((p) => !tenants.has(p));
  const named = (t: string) => columns(t).some((c) => NAME_LIKE.has(c.toLowerCase()));
  // Start from every written table and drop the ones that fail, until none does (a growing parent or pivot
  // side makes its child grow, so each drop may drop more).
  const ref = new Set(written);
  const small = (other: string) => !written.has(other) || ref.has(other);
  /** The one side every live write of the pivot went through, when that side is small. */
  const ownedBy = (t: string, sides: string[]): string | null => {
    const owners = pivotOwners.get(t);
    if (!owners || owners.size !== 1) return null;
    const [owner] = owners;
    return owner !== null && sides.includes(owner) && small(owner) ? owner : null;
  };
  const holds = (t: string): boolean => {
    const sides = graph.pivots.get(t);
    if (sides) return sides.every(small) || ownedBy(t, sides) !== null;
    const parents = parentsOf(t);
    return (graph.children.get(t)?.size ?? 0) > 0 && named(t) && parents.length <= 1 && parents.every(small);
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const t of ref)
      if (!holds(t)) {
        ref.delete(t);
        changed = true;
      }
  }
  const reasons = new Map<string, string>();
  for (const t of ref) {
    const sides = graph.pivots.get(t);
    const owner = sides && !sides.every(small) ? ownedBy(t, sides) : null;
    if (owner) {
      reasons.set(
        t,
        `reference table: a pivot whose rows the code adds only through the relations of ${owner}, a reference table`,
      );
      continue;
    }
    if (sides) {
      reasons.set(t, `reference table: a pivot between two reference tables (${sides.join(', ')})`);
      continue;
    }
    const pointing = [...(graph.children.get(t) ?? [])].sort();
    const shown =
      pointing.slice(0, 3).join(', ') + (pointing.length > 3 ? ` and ${pointing.length - 3} more` : '');
    const parent = parentsOf(t)[0];
    reasons.set(
      t,
      `reference table: a lookup that ${shown} point${pointing.length === 1 ? 's' : ''} at` +
        (parent ? `, itself pointing only at ${parent}` : ', pointing at no other table'),
    );
  }
  return reasons;
}
