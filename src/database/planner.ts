/**
 * The planner phase: EXPLAIN every query shape (and the config's critical queries) at production scale,
 * then prove each proposed index by adding it to the planning twin, EXPLAINing again and dropping it.
 * Only EXPLAIN ever runs a query here: ANALYZE <stmt> and EXPLAIN ANALYZE would execute it.
 */

import type { Connection, RowDataPacket } from 'mysql2/promise';
import type { Config } from '../config/model.js';
import type { QueryShape } from '../project/model.js';
import type { Schema } from '../schema/model.js';
import { findTable } from '../schema/model.js';
import { analyzeShape, proposalFor, sqlIdentifier } from '../schema/index-match.js';
import type { IndexProposal } from '../schema/index-match.js';
import type { ScratchDatabase } from './connection.js';
import { accessesOf, isFullScan, parseExplainJson } from './explain.js';
import { renderShapeSql } from './render-shape.js';
import { preparePlanningDatabase } from './scale.js';
import type { PlanningDatabase } from './scale.js';
import type { IndexProof, Plan, ShapePlan } from './types.js';

export interface PlannerInput {
  config: Config;
  schema: Schema;
  shapes: QueryShape[];
}

export interface PlannerResult {
  plans: ShapePlan[];
  criticalPlans: { name: string; plan: Plan }[];
  proofs: IndexProof[];
  ms: number;
  note: string;
  /** The twin database the plans were made in (already dropped), for logs and tests. */
  planningDatabase: string;
}

/** EXPLAIN FORMAT=JSON of one statement; errors become the plan's `error`, never a thrown run. */
export async function explain(conn: Connection, sql: string, tableRows?: Map<string, number>): Promise<Plan> {
  try {
    const [rows] = await conn.query<RowDataPacket[]>(`EXPLAIN FORMAT=JSON ${sql}`);
    const first = rows[0] ?? {};
    const plan = parseExplainJson(sql, first.EXPLAIN ?? Object.values(first)[0]);
    if (tableRows) {
      const byLower = new Map([...tableRows].map(([t, n]) => [t.toLowerCase(), n]));
      for (const a of plan.accesses) {
        const n = byLower.get(a.table.toLowerCase());
        if (n !== undefined) a.tableRows = n;
      }
    }
    return plan;
  } catch (err) {
    return { sql, accesses: [], error: (err as Error).message };
  }
}

/** Only a single SELECT (or WITH … SELECT) from the config is EXPLAINed; anything else is refused unread. */
export function criticalQueryProblem(sql: string): string | null {
  const body = sql.replace(/^(\s|--[^\n]*\n|#[^\n]*\n|\/\*[\s\S]*?\*\/)*/, '').replace(/[\s;]+$/, '');
  if (!/^(select|with|\()/i.test(body)) return 'only SELECT statements are EXPLAINed';
  return null;
}

function cleanSql(sql: string): string {
  return sql.trim().replace(/[\s;]+$/, '');
}

/** True when the plan reads a whole table or sorts outside an index: an index is worth proving. */
function planNeedsHelp(plan: Plan): boolean {
  return plan.accesses.some((a) => isFullScan(a) || a.filesort || a.temporary);
}

export async function runPlannerPhase(db: ScratchDatabase, input: PlannerInput): Promise<PlannerResult> {
  const started = Date.now();
  const { config, schema } = input;
  const planning = await preparePlanningDatabase(db, {
    assumeRows: config.database.assumeRows,
    tables: config.database.tables,
  });
  try {
    const overrides = Object.entries(config.database.tables);
    const scaleText =
      `${config.database.assumeRows.toLocaleString('en-US')} rows per table` +
      (overrides.length
        ? ` (${overrides.map(([t, n]) => `${t}: ${n.toLocaleString('en-US')}`).join(', ')})`
        : '');
    if (!planning.scaled) {
      return {
        plans: [],
        criticalPlans: [],
        proofs: [],
        ms: Date.now() - started,
        planningDatabase: planning.name,
        note: `planner skipped: ${planning.warnings.join('; ')}`,
      };
    }

    // One EXPLAIN per distinct shape: the same query in several places has one plan.
    const shapes = new Map<string, QueryShape>();
    for (const s of input.shapes) if (!shapes.has(s.id)) shapes.set(s.id, s);

    const plans: ShapePlan[] = [];
    const sqlById = new Map<string, string>();
    let failed = 0;
    for (const shape of shapes.values()) {
      const rendered = renderShapeSql(shape, schema);
      if ('error' in rendered) {
        failed++;
        plans.push({ shapeId: shape.id, before: { sql: '', accesses: [], error: rendered.error } });
        continue;
      }
      const plan = await explain(planning.conn, rendered.sql, planning.rows);
      if (plan.error) failed++;
      else sqlById.set(shape.id, rendered.sql);
      plans.push({ shapeId: shape.id, before: plan });
    }

    const criticalPlans: { name: string; plan: Plan }[] = [];
    for (const cq of config.queries) {
      const problem = criticalQueryProblem(cq.sql);
      const sql = cleanSql(cq.sql);
      criticalPlans.push({
        name: cq.name,
        plan: problem
          ? { sql, accesses: [], error: problem }
          : await explain(planning.conn, sql, planning.rows),
      });
    }

    const proofs = await proveIndexes(planning, schema, shapes, plans, sqlById);
    const warn = planning.warnings.length ? `; ${planning.warnings.join('; ')}` : '';
    return {
      plans,
      criticalPlans,
      proofs,
      ms: Date.now() - started,
      planningDatabase: planning.name,
      note:
        `EXPLAINed ${plans.length} query shapes and ${criticalPlans.length} critical queries on empty copies ` +
        `scaled to ${scaleText}; ${failed} could not be planned; ${proofs.length} proposed indexes tried${warn}`,
    };
  } finally {
    await planning.close();
  }
}

/**
 * For every index a shape needs (by the static match, or because its plan scans or sorts), add it to the
 * twin, EXPLAIN every shape that needs it again, keep the worst before/after pair as the proof, drop it.
 */
async function proveIndexes(
  planning: PlanningDatabase,
  schema: Schema,
  shapes: Map<string, QueryShape>,
  plans: ShapePlan[],
  sqlById: Map<string, string>,
): Promise<IndexProof[]> {
  const wanted = new Map<string, { proposal: IndexProposal; shapeIds: string[] }>();
  for (const sp of plans) {
    const shape = shapes.get(sp.shapeId);
    if (!shape || !sqlById.has(sp.shapeId)) continue;
    for (const tv of analyzeShape(shape, schema).tables) {
      const table = findTable(schema, tv.table);
      if (!table) continue;
      const proposal = tv.proposal ?? (planNeedsHelp(sp.before) ? proposalFor(table, tv.demand) : null);
      if (!proposal) continue;
      const key = `${proposal.table.toLowerCase()}(${proposal.columns.join(',')})`;
      const entry = wanted.get(key) ?? { proposal, shapeIds: [] };
      entry.shapeIds.push(sp.shapeId);
      wanted.set(key, entry);
    }
  }

  const conn = planning.conn;
  const byId = new Map(plans.map((p) => [p.shapeId, p]));
  const proofs: IndexProof[] = [];
  for (const { proposal, shapeIds } of wanted.values()) {
    const t = sqlIdentifier(proposal.table);
    const name = sqlIdentifier(proposal.name);
    try {
      await conn.query(
        `ALTER TABLE ${t} ADD INDEX ${name} (${proposal.columns.map(sqlIdentifier).join(', ')})`,
      );
    } catch (err) {
      const sp = byId.get(shapeIds[0])!;
      proofs.push({
        table: proposal.table,
        columns: proposal.columns,
        indexName: proposal.name,
        before: sp.before,
        after: {
          sql: sp.before.sql,
          accesses: [],
          error: `could not add the index: ${(err as Error).message}`,
        },
      });
      continue;
    }
    try {
      const table = findTable(schema, proposal.table);
      const types = proposal.columns.map(
        (c) => table?.columns.find((x) => x.name.toLowerCase() === c.toLowerCase())?.type ?? '',
      );
      await planning.addIndexStatistics(proposal.table, {
        name: proposal.name,
        columns: proposal.columns,
        types,
      });
      let proof: IndexProof | null = null;
      for (const id of shapeIds) {
        const sp = byId.get(id)!;
        const after = await explain(conn, sqlById.get(id)!, planning.rows);
        sp.after = after;
        sp.proposedIndex = proposal.name;
        const rowsBefore = tableRows(sp.before, proposal.table);
        if (!proof || rowsBefore > tableRows(proof.before, proposal.table)) {
          proof = {
            table: proposal.table,
            columns: proposal.columns,
            indexName: proposal.name,
            before: sp.before,
            after,
          };
        }
      }
      if (proof) proofs.push(proof);
    } finally {
      await conn.query(`ALTER TABLE ${t} DROP INDEX ${name}`);
      await planning.dropIndexStatistics(proposal.table, proposal.name);
    }
  }
  return proofs;
}

function tableRows(plan: Plan, table: string): number {
  return accessesOf(plan, table).reduce((n, a) => n + a.rows, 0);
}
