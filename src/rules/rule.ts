/** A rule: one check over the audit's facts. One rule per file in src/rules/. */

import type { Config } from '../config/model.js';
import type { FindingDraft, Severity } from '../findings.js';
import type { ProjectModel } from '../project/model.js';
import type { CapturedRequest, DatabaseFacts } from '../database/types.js';
import type { HttpResult, LoadStep } from '../report/audit-report.js';
import type { Schema } from '../schema/model.js';
import type { ProductionStats } from '../stats/model.js';

export interface HttpFacts {
  results: HttpResult[];
  load: LoadStep[];
  /** Statements the app sent per request during the smoke test; null/absent when not captured. */
  capture?: CapturedRequest[] | null;
  /** Rows in the app's failed_jobs table after the smoke test; null/absent when not read. */
  failedJobs?: number | null;
}

export interface RuleContext {
  config: Config;
  project: ProjectModel;
  /** The schema the rules read: introspected from MariaDB when a database ran, else the static one. */
  schema: Schema;
  /** null when no database was used: rules give static verdicts and say so. */
  database: DatabaseFacts | null;
  /** null when no URL was audited. */
  http: HttpFacts | null;
  /** The production statistics file when one was read: it sizes tables before the code's writes do. */
  stats?: ProductionStats | null;
}

export interface Rule {
  /** Stable id, e.g. `PA101`. */
  id: string;
  /** Short kebab name, e.g. `missing-index`. */
  name: string;
  /** One-line title for tables and SARIF. */
  title: string;
  defaultSeverity: Severity;
  /** What the rule needs; the engine skips it (and says so) when that phase did not run. */
  needs: 'project' | 'schema' | 'database' | 'http';
  check(ctx: RuleContext): FindingDraft[];
}
