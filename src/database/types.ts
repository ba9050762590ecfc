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
}

export interface Plan {
  sql: string;
  /** The accesses, first table first. */
  accesses: ExplainSummary[];
  error?: string;
}

/** The plan of one query shape, before and (when an index was proposed) after adding it. */
export interface ShapePlan {
  shapeId: string;
  before: Plan;
}

/** Proof that a proposed index fixes the plan: EXPLAIN re-run after adding it in the scratch database. */
export interface IndexProof {
  table: string;
  columns: string[];
  indexName: string;
  before: Plan;
  after: Plan;
}

/** One request's statements captured from the general log during the smoke test. */
export interface CapturedRequest {
  url: string;
  statements: string[];
}

export interface DatabaseFacts {
  serverVersion: string;
  /** What MariaDB holds after the schema phase: the truth the rules read. */
  schema: Schema;
  /** Statements that failed while applying the schema, as findings at their file:line. */
  applyProblems: Problem[];
  plans: ShapePlan[];
  /** EXPLAINs of the config file's critical queries, by name. */
  criticalPlans: { name: string; plan: Plan }[];
  proofs: IndexProof[];
  /** Rows in failed_jobs after the smoke test; null when the table does not exist or was not read. */
  failedJobs: number | null;
  capture: CapturedRequest[] | null;
}
