/**
 * EXPLAINs the SELECTs the running app sent, at production scale: the same planning twin the planner
 * uses (empty tables with production-size statistics), so a captured query is judged like a static one.
 * Only SELECT statements are EXPLAINed, one statement per call (EXPLAIN never executes them).
 */

import type { Config } from '../config/model.js';
import type { ScratchDatabase } from '../database/connection.js';
import { explain } from '../database/planner.js';
import { preparePlanningDatabase } from '../database/scale.js';
import { loadStatistics } from '../stats/load.js';
import { guardSelect } from '../database/statement-guard.js';
import type { CapturedRequest, Plan } from '../database/types.js';
import { capturedSelects } from './query-log.js';

export interface CapturedPlan {
  /** The first URL whose request sent this shape. */
  url: string;
  /**
   * One concrete statement of the shape, as the app sent it: for EXPLAIN only. Its literals can be
   * session ids, emails or tokens, so reports show `shape` instead.
   */
  sql: string;
  /** The statement with literals replaced by `?`: what a report may show. */
  shape: string;
  plan: Plan;
}

/** Needs the scratch database holding the app's schema (after the schema phase). */
export async function explainCaptured(
  db: ScratchDatabase,
  config: Config,
  capture: CapturedRequest[],
): Promise<{ plans: CapturedPlan[]; note: string }> {
  const selects = capturedSelects(capture);
  if (selects.length === 0) return { plans: [], note: 'no captured SELECT to explain' };
  const planning = await preparePlanningDatabase(db, {
    assumeRows: config.database.assumeRows,
    tables: config.database.tables,
    stats: loadStatistics(config).stats,
  });
  try {
    const plans: CapturedPlan[] = [];
    for (const s of selects) {
      // What the app sent is repository code too: only a plain SELECT on the schema is EXPLAINed.
      const verdict = guardSelect(s.sql, planning.name, db.account.udfs);
      const plan = verdict.ok
        ? await explain(planning.conn, verdict.sql, planning)
        : { sql: s.sql, accesses: [], error: `not EXPLAINed: ${verdict.reason}` };
      plans.push({ ...s, plan });
    }
    const failed = plans.filter((p) => p.plan.error).length;
    const scale = planning.scaled ? 'at production scale' : `not scaled (${planning.warnings.join('; ')})`;
    return {
      plans,
      note: `${plans.length} captured SELECT${plans.length === 1 ? '' : 's'} explained ${scale}${failed ? `, ${failed} failed` : ''}`,
    };
  } finally {
    await planning.close();
  }
}
