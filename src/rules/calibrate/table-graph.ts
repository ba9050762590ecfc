/**
 * Which tables point at which, from the models' relations and the schema's foreign keys: the shape a
 * reference table has (others point at it, it points at little) without any production data.
 */

import type { ModelInfo, ProjectModel } from '../../project/model.js';
import type { Schema } from '../../schema/model.js';

export interface TableGraph {
  /** Every table the schema or a model names, lower case. */
  tables: Set<string>;
  /** table → the tables its rows point at (belongsTo, foreign keys), not counting who-did-it columns. */
  parents: Map<string, Set<string>>;
  /** table → the tables whose rows point at it (any column, pivots included). */
  children: Map<string, Set<string>>;
  /** A belongsToMany pivot → the two tables it joins. */
  pivots: Map<string, [string, string]>;
}

/**
 * `created_by`, `updated_by`, `creator_id`…: the account that made the change. Every table of an app may
 * carry one; it says who typed the row, not what the row belongs to.
 */
const WHO_DID_IT =
  /^(?:(?:created|updated|deleted|modified|last_modified|edited|approved)_by(?:_id)?|(?:creator|editor)_id)$/;

const ROW_POINTS_UP = new Set(['belongsTo']);
const RELATED_POINTS_UP = new Set(['hasMany', 'hasOne', 'morphMany', 'morphOne']);

export function tableGraph(models: ModelInfo[], schema: Schema): TableGraph {
  const g: TableGraph = { tables: new Set(), parents: new Map(), children: new Map(), pivots: new Map() };
  const add = (m: Map<string, Set<string>>, k: string, v: string) => {
    let s = m.get(k);
    if (!s) m.set(k, (s = new Set()));
    s.add(v);
  };
  const edge = (child: string | null, parent: string | null, column: string | null) => {
    if (!child || !parent) return;
    const c = child.toLowerCase();
    const p = parent.toLowerCase();
    if (c === p) return;
    g.tables.add(c).add(p);
    add(g.children, p, c);
    if (!column || !WHO_DID_IT.test(column.toLowerCase())) add(g.parents, c, p);
  };
  for (const t of schema.tables) {
    g.tables.add(t.name.toLowerCase());
    for (const fk of t.foreignKeys) edge(t.name, fk.refTable, fk.columns.length === 1 ? fk.columns[0] : null);
  }
  for (const m of models) {
    g.tables.add(m.table.toLowerCase());
    for (const r of Object.values(m.relations)) {
      if (ROW_POINTS_UP.has(r.kind)) edge(m.table, r.table, r.foreignKey);
      else if (RELATED_POINTS_UP.has(r.kind)) edge(r.table, m.table, r.foreignKey);
      if (r.pivotTable && r.table) {
        const pivot = r.pivotTable.toLowerCase();
        g.tables.add(pivot);
        g.pivots.set(pivot, [m.table.toLowerCase(), r.table.toLowerCase()]);
        add(g.children, m.table.toLowerCase(), pivot);
        add(g.children, r.table.toLowerCase(), pivot);
      }
    }
  }
  return g;
}

const graphs = new WeakMap<ProjectModel, TableGraph>();

/** tableGraph of the project's models and schema, built once per project (size classes and keys read it). */
export function projectGraph(project: ProjectModel): TableGraph {
  let g = graphs.get(project);
  if (!g) graphs.set(project, (g = tableGraph(project.models, project.schema)));
  return g;
}
