/** Turns plans into the report's "critical queries" rows, like the seed's EXPLAIN table. */

import type { DatabaseFacts, Plan } from '../database/types.js';
import type { CapturedPlan } from '../http/captured-plans.js';
import type { QueryShape } from '../project/model.js';
import type { ExplainRow } from '../report/audit-report.js';

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

function verdictOf(plan: Plan): ExplainRow['verdict'] {
  if (plan.error) return 'error';
  const scan = plan.accesses.some((a) => a.access === 'ALL');
  const filesort = plan.accesses.some((a) => a.filesort);
  const temporary = plan.accesses.some((a) => a.temporary);
  if (scan && filesort) return 'full scan + filesort';
  if (scan) return 'full scan';
  if (filesort) return 'filesort';
  if (temporary) return 'temporary';
  return 'ok';
}

function row(name: string, plan: Plan, shape?: QueryShape): ExplainRow {
  const first = plan.accesses.find((a) => !shape || a.table === shape.table) ?? plan.accesses[0];
  return {
    name,
    sql: plan.sql,
    table: first?.table ?? shape?.table ?? '',
    access: first?.access ?? '',
    key: first?.key ?? null,
    rows: first?.rows ?? 0,
    filesort: plan.accesses.some((a) => a.filesort),
    temporary: plan.accesses.some((a) => a.temporary),
    verdict: verdictOf(plan),
    ...(shape ? { code: shape.sql ?? shape.code, location: shape.location } : {}),
    ...(shape?.place ? { place: shape.place } : {}),
    ...(shape?.partial ? { partial: true as const, partialReasons: shape.partialReasons ?? [] } : {}),
    ...(plan.error ? { error: plan.error } : {}),
  };
}

/**
 * The config's critical queries, each code shape once, then what the running app sent (shown as its
 * shape: the captured literals can be session ids or tokens).
 */
export function explainRows(
  queries: QueryShape[],
  facts: DatabaseFacts,
  captured: CapturedPlan[] = [],
): ExplainRow[] {
  const rows: ExplainRow[] = facts.criticalPlans.map((c) => row(c.name, c.plan));
  const seen = new Set<string>();
  for (const plan of facts.plans) {
    if (seen.has(plan.shapeId)) continue;
    seen.add(plan.shapeId);
    const shape = queries.find((q) => q.id === plan.shapeId);
    if (shape?.origin === 'config') continue;
    rows.push(row(shape?.name ?? shape?.code ?? plan.shapeId, plan.before, shape));
  }
  for (const c of captured) {
    const shape = c.shape.length > 90 ? `${c.shape.slice(0, 87)}...` : c.shape;
    rows.push({ ...row(`${shape} (sent by ${pathOf(c.url)})`, c.plan), sql: c.shape });
  }
  return rows;
}
