/** The AuditReport: the JSON contract (version 1) that the command prints and the action uploads. */

import type { Finding } from '../findings.js';
import type { Schema } from '../schema/model.js';
import type { SchemaCertainty } from '../schema/certainty.js';

export interface PhaseResult {
  name: string;
  status: 'ran' | 'skipped' | 'failed';
  ms: number;
  note: string;
}

export interface HttpResult {
  url: string;
  samples: number;
  ok: boolean;
  status: number | null;
  error: string | null;
  dnsMs: number | null;
  connectMs: number | null;
  tlsMs: number | null;
  ttfbP50Ms: number | null;
  ttfbP95Ms: number | null;
  ttfbMaxMs: number | null;
  totalP50Ms: number | null;
  totalP95Ms: number | null;
  /** Samples that failed (error status, timeout, reset). */
  failedSamples?: number;
  /** Why the row failed: refused, timeout, dns, reset, tls, status, redirect-loop, redirect, invalid-url, other. */
  errorKind?: string;
  /** The URL answered with a redirect: where it points, where the chain ends, whether samples followed it. */
  redirect?: { location: string; final: string; hops: number; followed: boolean };
  /** Present when the capture phase ran: queries the app sent for one request of this URL. */
  queries?: { count: number; distinct: number; repeated: { sql: string; times: number }[] };
}

export interface LoadStep {
  url: string;
  users: number;
  seconds: number;
  requests: number;
  rps: number;
  p50Ms: number;
  p95Ms: number;
  errorRate: number;
  verdict: 'manageable' | 'may degrade' | 'degradation likely';
}

/** One EXPLAIN at production scale, as the report shows it (the seed's "critical queries" table). */
export interface ExplainRow {
  name: string;
  /** What MariaDB explained (sample values filled in for a code shape's placeholders). */
  sql: string;
  /** The query as the code wrote it (the source chain or raw SQL): what the report shows. */
  code?: string;
  table: string;
  /** EXPLAIN `type`: ALL, index, range, ref, eq_ref, const… */
  access: string;
  key: string | null;
  rows: number;
  filesort: boolean;
  temporary: boolean;
  verdict: 'ok' | 'full scan' | 'filesort' | 'full scan + filesort' | 'temporary' | 'error';
  location?: { file: string; line: number };
  /**
   * Where the query's code runs (request, job, console, seeder, migration, test): a seeder's or a test's
   * scan shows here but is no finding (docs/severity.md).
   */
  place?: string;
  error?: string;
  /** The query could only be read in part (a piece of its chain is unknown): what is missing. */
  partial?: true;
  partialReasons?: string[];
}

export interface AuditSummary {
  critical: number;
  warning: number;
  info: number;
  blocked: boolean;
  /** Findings silenced by ignores (counted apart, never blocking). */
  silenced: number;
  failOn: string;
  /** Whether a database confirmed the index verdicts ('planner') or only the static analysis did. */
  verdicts: 'planner' | 'static';
  /** Unsilenced findings introduced by the change (status new), by severity; set by the gate. */
  new?: { critical: number; warning: number; info: number };
  /** Findings of the baseline that the change fixed. */
  fixed?: number;
}

/** Where the report was made: lets a separate workflow (fork PRs) post it on the right pull request. */
export interface ReportContext {
  repository: string | null;
  pullRequest: number | null;
  /** The commit audited (the PR head). */
  sha: string | null;
  event: string | null;
  /** The audited app's folder in the repository ('' at its root): links point to its files. */
  appDir?: string;
}

export interface IncompleteRun {
  reason: string;
  /** The process's exit status: 3, or 128 + the signal number. */
  exitCode: number;
  signal: string | null;
  /** What was undone on the way out (databases dropped, worktree removed, general_log restored…). */
  cleanup: { label: string; ok: boolean; error?: string }[];
}

/** The production statistics file the run read (`perf-audit stats`), and the tables it sized. */
export interface StatisticsUsed {
  /** The file, relative to the app when inside it. */
  file: string;
  /** Table → rows the planner used from the file (database.tables overrides are not in it). */
  measured: Record<string, number>;
  /** Why the file, or part of it, could not be used (the run went on with the assumed sizes). */
  problems: string[];
}

export interface AuditReport {
  version: 1;
  tool: { name: 'perf-audit'; version: string };
  app: string;
  generatedAt: string;
  summary: AuditSummary;
  findings: Finding[];
  /** Findings of the baseline that this change fixed (empty without a baseline). */
  fixed: Finding[];
  explains: ExplainRow[];
  http: HttpResult[];
  load: LoadStep[];
  schema: Schema | null;
  /** How much of `schema` was built by code perf-audit understood (absent from reports that stopped early). */
  certainty?: SchemaCertainty;
  settings: { key: string; value: string | null; source: string; file: string | null; line: number | null }[];
  phases: PhaseResult[];
  /** Present when a statistics file was named or found at the app root. */
  statistics?: StatisticsUsed;
  /** What the reader must know before anything else (an app whose database is not MariaDB). */
  notices?: string[];
  /** Present when the run stopped before its verdict (exit 3, a signal): why, and what was cleaned up. */
  incomplete?: IncompleteRun;
  /** Set by the action on GitHub; absent from the command's reports. */
  context?: ReportContext;
}
