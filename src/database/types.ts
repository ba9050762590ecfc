/** What the database phases learn: the introspected schema, EXPLAINs at scale, runtime facts. */

import type { Problem } from '../project/model.js';
import type { Schema } from '../schema/model.js';

/** One table access from EXPLAIN FORMAT=JSON, reduced to what the rules read. */
export interface ExplainSummary {
  table: string;
  /** access_type: ALL, index, range, ref, eq_ref, const, system, fulltext, index_merge… */
  access: string;
  key: string | null;
  possibleKeys: string[];
  usedKeyParts: string[];
  /** rows the planner expects to read at production scale. */
  rows: number;
  filesort: boolean;
  temporary: boolean;
  /** Rows the table holds at the assumed production scale (set by the planner; unknown for aliases). */
  tableRows?: number;
  /** On a table filled with generated rows: the planner's estimate on those rows, before `rows` scaled it up. */
  sampledRows?: number;
}

export interface Plan {
  sql: string;
  /** The accesses, first table first. */
  accesses: ExplainSummary[];
  error?: string;
  /** Planner messages with no table access, e.g. `Impossible WHERE noticed after reading const tables`. */
  messages?: string[];
}

/** The plan of one query shape, before and (when an index was proposed) after adding it. */
export interface ShapePlan {
  shapeId: string;
  before: Plan;
  /** The plan with the proposed index added in the planning database, when one was proposed. */
  after?: Plan;
  /** The name of that proposed index. */
  proposedIndex?: string;
}

/** Proof that a proposed index fixes the plan: EXPLAIN re-run after adding it in the scratch database. */
export interface IndexProof {
  table: string;
  columns: string[];
  indexName: string;
  before: Plan;
  after: Plan;
  /** Every query the index serves, planned again with it (the merged index of a table serves several). */
  queries?: { shapeId: string; after: Plan }[];
}

/** One request's statements captured from the general log during the smoke test. */
export interface CapturedRequest {
  url: string;
  statements: string[];
  /** The statements with literals replaced by `?` (same order): the shapes PA108 and PA109 count. */
  normalized?: string[];
  /** Database connections (thread ids) the app opened for this request. */
  threads?: number[];
  /** The request itself failed while captured (its statements may be partial). */
  error?: string;
}

export interface DatabaseFacts {
  serverVersion: string;
  /** What MariaDB holds after the schema phase: the truth the rules read. */
  schema: Schema;
  /** Statements that failed while applying the schema, as findings at their file:line. */
  applyProblems: Problem[];
  /**
   * What the fold of the migrations that built this schema did not understand; null or absent when the
   * schema came from elsewhere (a dump without newer migrations, SQL files, the app's command).
   */
  foldProblems?: Problem[] | null;
  plans: ShapePlan[];
  /** EXPLAINs of the config file's critical queries, by name. */
  criticalPlans: { name: string; plan: Plan }[];
  proofs: IndexProof[];
  /** Rows in failed_jobs after the smoke test; null when the table does not exist or was not read. */
  failedJobs: number | null;
  capture: CapturedRequest[] | null;
}
