/**
 * A key into a reference table (`supplier_id` → suppliers, `currency_code` → currencies, `depreciation_id` →
 * depreciations) takes as many values as the lookup has rows: tens. An equality on it keeps a large share of
 * the rows, as one on a status does, so an index of such keys alone seldom pays for its writes. Which table a
 * column points at comes from the schema's foreign keys, the models' belongsTo relations and the pivot keys of
 * their belongsToMany relations, then Laravel's naming (`supplier_id` → `suppliers`); whether that table is a
 * reference table, from its size class.
 */

import { plural } from '../../project/laravel/naming.js';
import { findTable } from '../../schema/model.js';
import type { ProjectModel } from '../../project/model.js';
import type { RuleContext } from '../rule.js';
import { tenantsOf } from './reference-tables.js';
import { sizeOf } from './size-class.js';
import { projectGraph } from './table-graph.js';

/** A measured (or configured) table of at most this many rows is a lookup whose key holds few values. */
export const REFERENCE_KEY_ROWS = 100;

const lower = (s: string) => s.toLowerCase();

/** The table `table.column` points at, or null when nothing says it points anywhere. */
export function referencedTable(ctx: RuleContext, table: string, column: string): string | null {
  const t = lower(table);
  const c = lower(column);
  const own = findTable(ctx.schema, table);
  const fk = own?.foreignKeys.find((k) => k.columns.length === 1 && lower(k.columns[0]) === c);
  if (fk) return lower(fk.refTable);
  for (const m of ctx.project.models)
    for (const r of Object.values(m.relations)) {
      if (
        lower(m.table) === t &&
        r.kind === 'belongsTo' &&
        r.table &&
        r.foreignKey &&
        lower(r.foreignKey) === c
      )
        return lower(r.table);
      // A pivot's two keys: the owner's (`foreignKey`) and the related model's (`relatedPivotKey`).
      if (r.pivotTable && lower(r.pivotTable) === t) {
        if (r.relatedPivotKey && lower(r.relatedPivotKey) === c && r.table) return lower(r.table);
        if (r.foreignKey && lower(r.foreignKey) === c) return lower(m.table);
      }
    }
  if (!c.endsWith('_id')) return null;
  const named = plural(c.slice(0, -3));
  return findTable(ctx.schema, named) ? lower(named) : null;
}

const AUTH_USER = 'illuminate\\foundation\\auth\\user';

const accountsByProject = new WeakMap<ProjectModel, Set<string>>();

/**
 * The tables of accounts people sign in with (`users`, a model extending Laravel's Authenticatable user):
 * sign-ups and invitations add to them, so even where the app's structure makes one look like a lookup a key
 * of it tells rows apart. Found once per project.
 */
function accountsTables(project: ProjectModel): Set<string> {
  let tables = accountsByProject.get(project);
  if (tables) return tables;
  tables = new Set(['users']);
  const byFqcn = new Map(project.models.map((m) => [lower(m.fqcn), m] as const));
  for (const m of project.models) {
    const seen = new Set<string>();
    for (let p = m.parent; p && !seen.has(lower(p)); p = byFqcn.get(lower(p))?.parent) {
      if (lower(p).replace(/^\\/, '') === AUTH_USER) {
        tables.add(lower(m.table));
        break;
      }
      seen.add(lower(p));
    }
  }
  accountsByProject.set(project, tables);
  return tables;
}

/** The reference table `table.column` is a key of, with why it is one; null when the column may be selective. */
export function referenceKeyOf(
  ctx: RuleContext,
  table: string,
  column: string,
): { parent: string; reason: string } | null {
  const parent = referencedTable(ctx, table, column);
  if (!parent || parent === lower(table) || accountsTables(ctx.project).has(parent)) return null;
  const size = sizeOf(ctx.project, ctx.config, parent, ctx.stats);
  if (size.class !== 'small') return null;
  // A count says how many values the key takes: a small table of thousands still tells rows apart.
  if (size.rows !== undefined && size.rows > REFERENCE_KEY_ROWS) return null;
  return { parent, reason: size.reason };
}

const tenantsByProject = new WeakMap<ProjectModel, Set<string>>();

/**
 * Whether `table.column` is the app's tenant key (`company_id` → companies, the table most tables point at).
 * Alone it is the index of every per-tenant list; beside keys of few values it narrows to one tenant's share.
 */
export function isTenantKey(ctx: RuleContext, table: string, column: string): boolean {
  const parent = referencedTable(ctx, table, column);
  if (!parent || parent === lower(table)) return false;
  let tenants = tenantsByProject.get(ctx.project);
  if (!tenants) tenantsByProject.set(ctx.project, (tenants = tenantsOf(projectGraph(ctx.project))));
  return tenants.has(parent);
}
