/**
 * An index the query would use if it also filtered by the app's tenant: a unique (company_id, number) under
 * an `expenses` lookup by number alone, where most tables point at `companies`. Such a query usually left
 * out its tenant scope (a uniqueness check across every company's numbers), and adding the filter is the fix,
 * not a second index. Said in PA101's message; the finding itself stands, since the query as written scans.
 * Only tenant keys: a pivot's other side (`(user_id, group_id)` under a lookup by group) is no missing scope.
 */

import type { QueryShape } from '../project/model.js';
import type { Table } from '../schema/model.js';

export interface ScopeHint {
  index: string;
  /** The leading columns the query does not filter by (`company_id`). */
  scope: string[];
  columns: string[];
}

/**
 * The first btree index whose leading columns are tenant keys (`isTenantKey`) the query does not filter by,
 * followed by the proposal's first column(s) in order. Null when there is none.
 */
export function scopeHint(
  table: Table,
  proposal: string[],
  query: QueryShape,
  isTenantKey: (column: string) => boolean,
): ScopeHint | null {
  // A query that removed a global scope reads across tenants on purpose (`allCompanies()`).
  if (proposal.length === 0 || query.withoutGlobalScopes) return null;
  const filtered = new Set(query.where.map((p) => p.column.toLowerCase().replace(/^.*\./, '')));
  const lower = proposal.map((c) => c.toLowerCase());
  for (const index of table.indexes) {
    if (index.kind && index.kind !== 'btree') continue;
    const cols = index.columns.map((c) => c.toLowerCase());
    const at = cols.indexOf(lower[0]!);
    if (at < 1) continue;
    const scope = cols.slice(0, at);
    if (!scope.every((c) => isTenantKey(c) && !filtered.has(c))) continue;
    // The rest of the index follows the proposal as far as both go.
    const rest = cols.slice(at);
    const shared = Math.min(rest.length, lower.length);
    if (rest.slice(0, shared).some((c, i) => c !== lower[i])) continue;
    return { index: index.name, scope: index.columns.slice(0, at), columns: index.columns };
  }
  return null;
}

/** The sentence for PA101's message. */
export function scopeHintNote(hint: ScopeHint, proposal: string[]): string {
  const scope = hint.scope.join(', ');
  const one = hint.scope.length === 1 ? `one ${hint.scope[0]!.replace(/_id$/i, '')}` : `one (${scope})`;
  return (
    ` ${hint.index} (${hint.columns.join(', ')}) already holds ${proposal[0]} after the tenant key ${scope}: ` +
    `if the query should be limited to ${one} (a tenant scope it leaves out), filtering on ${scope} lets ` +
    'that index serve it, with no new index.'
  );
}
