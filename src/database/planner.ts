/**
 * The planner phase: EXPLAIN every query shape (and the config's critical queries) at production scale,
 * then prove each proposed index by adding it to the planning twin and EXPLAINing again. All proposals of
 * a table are added with one ALTER TABLE and each is proved with the others hidden (IGNORE INDEX), so every
 * proof sees the schema plus that one index, as if it had been added and dropped alone.
 * Only EXPLAIN ever runs a query here: ANALYZE <stmt> and EXPLAIN ANALYZE would execute it.
 */

import type { Config } from '../config/model.js';
import type { QueryShape } from '../project/model.js';
import type { Schema } from '../schema/model.js';
import { findTable } from '../schema/model.js';
import { sqlIdentifier } from '../schema/index-match.js';
import type { IndexProposal } from '../schema/index-match.js';
import type { ScratchDatabase } from './connection.js';
import { accessesOf } from './explain.js';
import { indexCandidates, mergeIndexCandidates, usablePlan } from './index-candidates.js';
import { explain, explainMany } from './plan-pool.js';
import type { ExplainJob } from './plan-pool.js';
import { renderShapeSql } from './render-shape.js';
import { scrubDbError } from './scrub-error.js';
import { guardSelect } from './statement-guard.js';
import { preparePlanningDatabase } from './scale.js';
import { loadStatistics } from '../stats/load.js';
import { measuredSizes } from '../stats/sizes.js';
import type { PlanningDatabase } from './scale.js';
import type { IndexProof, Plan, ShapePlan } from './types.js';

export interface PlannerInput {
  config: Config;
  schema: Schema;
  shapes: QueryShape[];
  /** Told how many distinct queries are EXPLAINed (progress lines). */
  progress?: (done: number, total: number) => void;
  /** Distinct values of a column in production (a statistics file): the generated rows follow it. */
  distinctOf?: (table: string, column: string) => number | undefined;
  /** Plan in the scratch database itself (ScaleOptions.inPlace): nothing reads it afterwards. */
  inPlace?: boolean;
  /** Rows of a parent table its children's keys are spread over, when not its assumed rows (GenerationInput). */
  parentRowsOf?: (table: string) => number | undefined;
  /**
   * Given, the planning tables are dropped in the background: the phase ends with its plans and hands the
   * drop here, so the caller can go on while MariaDB drops them. The caller must wait for it (a rejected
   * promise: the drop failed) before dropping the scratch database.
   */
  closeLater?: (closing: Promise<void>) => void;
}

export interface PlannerResult {
  plans: ShapePlan[];
  criticalPlans: { name: string; plan: Plan }[];
  proofs: IndexProof[];
  ms: number;
  note: string;
  /** The database the plans were made in (a twin, already dropped, unless in place), for logs and tests. */
  planningDatabase: string;
}

export { explain };

/**
 * Connections to the planning twin: EXPLAINs run side by side (the server plans on both cores while the
 * client parses JSON), and the ALTER TABLEs of different tables overlap their log flushes.
 */
const PLANNING_CONNECTIONS = 6;

/** Only a single SELECT (or WITH … SELECT) from the config is EXPLAINed; anything else is refused unread. */
export function criticalQueryProblem(sql: string): string | null {
  const body = sql.replace(/^(\s|--[^\n]*\n|#[^\n]*\n|\/\*[\s\S]*?\*\/)*/, '').replace(/[\s;]+$/, '');
  if (!/^(select|with|\()/i.test(body)) return 'only SELECT statements are EXPLAINed';
  return null;
}

function cleanSql(sql: string): string {
  return sql.trim().replace(/[\s;]+$/, '');
}

export async function runPlannerPhase(db: ScratchDatabase, input: PlannerInput): Promise<PlannerResult> {
  const started = Date.now();
  const { config, schema } = input;
  const { stats, file: statsFile } = loadStatistics(config);
  const sizing = { assumeRows: config.database.assumeRows, tables: config.database.tables, stats };
  const distinctOf =
    input.distinctOf ??
    (stats ? (table: string, column: string) => stats.distinctOf(table, column) ?? undefined : undefined);
  const planning = await preparePlanningDatabase(db, {
    ...sizing,
    connections: PLANNING_CONNECTIONS,
    inPlace: input.inPlace,
    generate: {
      schema,
      shapes: input.shapes,
      maxRows: config.database.generateRows,
      distinctOf,
      parentRowsOf: input.parentRowsOf,
    },
  });
  try {
    const overrides = Object.entries(config.database.tables);
    const measured = Object.keys(measuredSizes([...planning.rows.keys()], sizing)).length;
    const scaleText =
      `${config.database.assumeRows.toLocaleString('en-US')} rows per table` +
      (overrides.length
        ? ` (${overrides.map(([t, n]) => `${t}: ${n.toLocaleString('en-US')}`).join(', ')})`
        : '') +
      (measured ? `, measured sizes for ${measured} tables from ${statsFile}` : '');
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
    const jobs: ExplainJob[] = [];
    const planned: ShapePlan[] = [];
    let failed = 0;
    for (const shape of shapes.values()) {
      const rendered = renderShapeSql(shape, schema);
      if ('error' in rendered) {
        failed++;
        plans.push({ shapeId: shape.id, before: { sql: '', accesses: [], error: rendered.error } });
        continue;
      }
      // The plan shows the app's query (`?` for bound values); EXPLAIN runs it with sample values.
      const sp: ShapePlan = { shapeId: shape.id, before: { sql: rendered.display, accesses: [] } };
      plans.push(sp);
      planned.push(sp);
      jobs.push({ run: rendered.sql, sql: rendered.display });
    }
    const before = await explainMany(planning.conns, jobs, planning, input.progress);
    planned.forEach((sp, i) => {
      sp.before = before[i];
      if (sp.before.error) failed++;
      else sqlById.set(sp.shapeId, sp.before.sql);
    });

    const criticalPlans: { name: string; plan: Plan }[] = [];
    for (const cq of config.queries) {
      const sql = cleanSql(cq.sql);
      const problem = criticalQueryProblem(cq.sql);
      const verdict = problem ? null : guardSelect(sql, planning.name, db.account.udfs);
      const refused = problem ?? (verdict && !verdict.ok ? `not EXPLAINed: ${verdict.reason}` : null);
      criticalPlans.push({
        name: cq.name,
        plan:
          refused || !verdict?.ok
            ? { sql, accesses: [], error: refused ?? 'not EXPLAINed' }
            : await explain(planning.conn, verdict.sql, planning),
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
        `EXPLAINed ${plans.length} query shapes and ${criticalPlans.length} critical queries on copies ` +
        `scaled to ${scaleText} (${generatedText(planning.sampled)}); ${failed} could not be planned; ` +
        `${proofs.length} proposed indexes tried${warn}`,
    };
  } finally {
    if (input.closeLater) input.closeLater(planning.close());
    else await planning.close();
  }
}

interface Wanted {
  proposal: IndexProposal;
  shapeIds: string[];
}

/**
 * The table's merged index plan (src/database/index-candidates.ts, the one PA101 reports) is what gets
 * proved: each merged index is added to the twin and every query it serves is EXPLAINed again with the other
 * proposed indexes hidden; the worst before/after pair is the index's proof and each query keeps its own.
 * A table whose proposals cannot all be added in one ALTER TABLE (one of them is invalid, or too many keys)
 * has each one added, proved and dropped alone, as the error must be that index's own. A filled table's
 * new indexes are measured right after its ALTER TABLE, on the same connection.
 */
async function proveIndexes(
  planning: PlanningDatabase,
  schema: Schema,
  shapes: Map<string, QueryShape>,
  plans: ShapePlan[],
  sqlById: Map<string, string>,
): Promise<IndexProof[]> {
  const planById = new Map(plans.map((p) => [p.shapeId, p]));
  const candidates = [...shapes.values()].flatMap((shape) =>
    indexCandidates(shape, schema, usablePlan(planById.get(shape.id)?.before)),
  );
  // Only the queries that were planned can be planned again; the others still shape the merge.
  const all: Wanted[] = mergeIndexCandidates(candidates)
    .map((m) => ({
      proposal: m.proposal,
      shapeIds: [...new Set(m.candidates.map((c) => c.shape.id))].filter((id) => sqlById.has(id)),
    }))
    .filter((w) => w.shapeIds.length > 0);
  const byTable = new Map<string, Wanted[]>();
  for (const w of all) {
    const t = w.proposal.table.toLowerCase();
    byTable.set(t, [...(byTable.get(t) ?? []), w]);
  }

  // Every proposal of a table at once; the proposals still present are hidden from each proof below.
  const added = new Map<string, string[]>();
  const alone: Wanted[] = [];
  const groups = [...byTable.entries()];
  let next = 0;
  await Promise.all(
    planning.conns.map(async (conn) => {
      while (next < groups.length) {
        const [t, ws] = groups[next++];
        try {
          await conn.query(
            `ALTER TABLE ${sqlIdentifier(ws[0].proposal.table)} ${ws.map((w) => addIndexClause(w.proposal)).join(', ')}`,
          );
        } catch {
          alone.push(...ws);
          continue;
        }
        const names = ws.map((w) => w.proposal.name);
        added.set(t, names);
        // Measured at once on this connection, while the others still alter their tables: MariaDB runs
        // the ALTER TABLEs one after the other and mostly waits on its log meanwhile.
        await planning.measureIndexes(conn, ws[0].proposal.table, names);
      }
    }),
  );
  await planning.addIndexStatisticsBatch(
    all
      .filter((w) => added.has(w.proposal.table.toLowerCase()))
      .map((w) => indexStatistics(schema, w.proposal)),
  );

  const renderFallback = (shape: QueryShape): string => {
    const plain = renderShapeSql(shape, schema);
    return 'error' in plain ? sqlById.get(shape.id)! : plain.sql;
  };
  // The proof of an index plans each query as it must be written to use it: `DATE(col)` compared on col.
  const shapeSql = (id: string, keep: string | null, proposal: IndexProposal): string => {
    const shape = shapes.get(id)!;
    const rendered = renderShapeSql(
      shape,
      schema,
      (table) => (added.get(table.toLowerCase()) ?? []).filter((name) => name !== keep),
      { table: proposal.table, columns: proposal.columns },
    );
    return 'error' in rendered ? renderFallback(shape) : rendered.sql;
  };
  const afters = new Map<Wanted, Plan[]>();
  const errors = new Map<Wanted, string>();

  // Proposals that could not join their table's ALTER TABLE: one at a time, added and dropped.
  const conn = planning.conn;
  const aloneSet = new Set(alone);
  for (const w of all.filter((x) => aloneSet.has(x))) {
    const { proposal, shapeIds } = w;
    const t = sqlIdentifier(proposal.table);
    try {
      await conn.query(`ALTER TABLE ${t} ${addIndexClause(proposal)}`);
    } catch (err) {
      const e = err as { code?: string; sqlMessage?: string; message?: string };
      const message = scrubDbError(e.sqlMessage ?? e.message ?? String(err), e.code ?? null, {
        statement: `ALTER TABLE ${t} ${addIndexClause(proposal)}`,
        known: [planning.name],
      });
      errors.set(w, `could not add the index: ${message}`);
      continue;
    }
    try {
      await planning.addIndexStatistics(proposal.table, indexStatistics(schema, proposal));
      const jobs = shapeIds.map((id) => ({ run: shapeSql(id, null, proposal), sql: sqlById.get(id)! }));
      afters.set(w, await explainMany([conn], jobs, planning));
    } finally {
      await conn.query(`ALTER TABLE ${t} DROP INDEX ${sqlIdentifier(proposal.name)}`);
      await planning.dropIndexStatistics(proposal.table, proposal.name);
    }
  }

  const together = all.filter((w) => !aloneSet.has(w));
  const jobs = together.flatMap((w) =>
    w.shapeIds.map((id) => ({ run: shapeSql(id, w.proposal.name, w.proposal), sql: sqlById.get(id)! })),
  );
  const plansOut = await explainMany(planning.conns, jobs, planning);
  let at = 0;
  for (const w of together) {
    afters.set(w, plansOut.slice(at, at + w.shapeIds.length));
    at += w.shapeIds.length;
  }

  const proofs: IndexProof[] = [];
  for (const w of all) {
    const { proposal, shapeIds } = w;
    const error = errors.get(w);
    if (error !== undefined) {
      const sp = planById.get(shapeIds[0])!;
      proofs.push({
        table: proposal.table,
        columns: proposal.columns,
        indexName: proposal.name,
        before: sp.before,
        after: { sql: sp.before.sql, accesses: [], error },
      });
      continue;
    }
    const after = afters.get(w)!;
    let proof: IndexProof | null = null;
    const queries = shapeIds.map((shapeId, i) => ({ shapeId, after: after[i] }));
    shapeIds.forEach((id, i) => {
      const sp = planById.get(id)!;
      sp.after = after[i];
      sp.proposedIndex = proposal.name;
      const rowsBefore = tableRows(sp.before, proposal.table);
      if (!proof || rowsBefore > tableRows(proof.before, proposal.table)) {
        proof = {
          table: proposal.table,
          columns: proposal.columns,
          indexName: proposal.name,
          before: sp.before,
          after: after[i],
          queries,
        };
      }
    });
    if (proof) proofs.push(proof);
  }
  return proofs;
}

/** `12 tables filled with 2,000–50,000 generated rows`, or that the copies were left empty. */
function generatedText(sampled: Map<string, number>): string {
  if (sampled.size === 0) return 'empty copies with written statistics';
  const counts = [...sampled.values()];
  const [lo, hi] = [Math.min(...counts), Math.max(...counts)];
  const range =
    lo === hi ? lo.toLocaleString('en-US') : `${lo.toLocaleString('en-US')}–${hi.toLocaleString('en-US')}`;
  return `${sampled.size} queried table${sampled.size === 1 ? '' : 's'} filled with ${range} generated rows, the rest empty with written statistics`;
}

function addIndexClause(proposal: IndexProposal): string {
  const part = (c: string) => {
    const chars = proposal.prefixes?.[c];
    return chars ? `${sqlIdentifier(c)}(${chars})` : sqlIdentifier(c);
  };
  return `ADD INDEX ${sqlIdentifier(proposal.name)} (${proposal.columns.map(part).join(', ')})`;
}

function indexStatistics(schema: Schema, proposal: IndexProposal) {
  const table = findTable(schema, proposal.table);
  const types = proposal.columns.map(
    (c) => table?.columns.find((x) => x.name.toLowerCase() === c.toLowerCase())?.type ?? '',
  );
  return { table: proposal.table, name: proposal.name, columns: proposal.columns, types };
}

function tableRows(plan: Plan, table: string): number {
  return accessesOf(plan, table).reduce((n, a) => n + a.rows, 0);
}
