/**
 * How big a table gets in production when no statistics file says: from what the code writes. A table
 * that requests, jobs or console commands add rows to grows, unless its place among the app's tables says it
 * is a lookup an admin screen edits (reference-tables.ts) or a standalone table a request loads every row of
 * (settings, templates: whole-reads.ts); a table the app models but only reads (or only seeders fill)
 * is a reference table (roles, currencies, settings, types) and stays small, as does a key-value settings
 * table however often a screen saves it (settings-tables.ts) and one the code prunes to a day or less
 * (pruned-tables.ts). A finding on a
 * small table is info at most: scanning a few hundred rows costs nothing. `database.tables` in the config
 * overrides both. When the code's writes were not read at all, nothing is assumed.
 */

import type { Config } from '../../config/model.js';
import { SEVERITY_ORDER, type Severity } from '../../findings.js';
import type { ProjectModel, QueryPlace, TableWrite, WholeTableRead } from '../../project/model.js';
import { findTable } from '../../schema/model.js';
import type { ProductionStats } from '../../stats/model.js';
import { referenceTables, standalone, tenantKeyOf } from './reference-tables.js';
import { isSettingsTable } from './settings-tables.js';
import { prunedTables } from './pruned-tables.js';
import { projectGraph } from './table-graph.js';
import { runsInProduction } from './place-severity.js';

/** Below this many configured rows a table is small: a scan of it is cheap. */
export const SMALL_ROWS = 10_000;

/**
 * Rows a table the code keeps small is taken to hold when no figure says (roles, currencies, channels,
 * metrics: tens to hundreds): the keys of its children each recur about assumed rows / this often.
 */
export const REFERENCE_TABLE_ROWS = 1_000;

/** Rows of a parent its children's keys are spread over: a small one by the code's writes holds few. */
export function parentRows(size: TableSize): number | undefined {
  return size.class === 'small' && size.source === 'code' ? REFERENCE_TABLE_ROWS : undefined;
}

export type SizeClass = 'small' | 'growing' | 'unknown';

export interface TableSize {
  class: SizeClass;
  /** What decided it: the config's `database.tables`, the statistics file, or the code's writes. */
  source: 'config' | 'stats' | 'code';
  /** One line for the report. */
  reason: string;
  rows?: number;
}

/**
 * Tables Laravel and its first-party packages fill themselves as the app runs (database notifications, the
 * queue, sessions, cache, tokens, Telescope): no app code writes them, yet they grow.
 */
const FRAMEWORK_FILLED = new Set([
  'notifications', 'job_batches', 'sessions', 'cache', 'cache_locks',
  'password_resets', 'password_reset_tokens', 'personal_access_tokens', 'telescope_entries',
  'telescope_entries_tags', 'telescope_monitoring', 'oauth_access_tokens', 'oauth_refresh_tokens',
  'oauth_auth_codes', 'pulse_entries', 'pulse_aggregates', 'pulse_values',
]); // prettier-ignore

/**
 * The database queue's own tables stay small. It parks a job in `failed_jobs` only when it failed on every
 * attempt: a healthy queue leaves a few rows there and `queue:prune-failed` empties it. Failed jobs piling
 * up are a finding of their own (PA208), not a reason to index the table the admin and health pages read.
 * A worker deletes each row of `jobs` once it has run the job, so that table holds the pending ones; a
 * queue on the database is PA203's finding.
 */
const QUEUE_TABLES = new Map([
  [
    'failed_jobs',
    'only jobs that failed on every attempt land here, and queue:prune-failed empties it (PA208 reports them)',
  ],
  [
    'jobs',
    "the database queue deletes each job once a worker has run it, so the table holds the pending ones (PA203 reports the queue's driver)",
  ],
]);

/** Which write the report names as the table's writer: the most frequent kind of code first. */
const PLACE_RANK: Record<QueryPlace, number> = {
  request: 0,
  job: 1,
  console: 2,
  seeder: 3,
  migration: 4,
  test: 5,
};

const at = (w: TableWrite) => `${w.method}() at ${w.location.file}:${w.location.line} (${w.place})`;

/**
 * The size class of every table, decided once per project and config. `measured` gives the rows the
 * statistics file (`perf-audit stats`) read from production: after `database.tables`, it overrides the code.
 */
export function tableSizes(
  project: ProjectModel,
  config: Config,
  measured: (table: string) => number | null = () => null,
): (table: string) => TableSize {
  const configured = new Map(
    Object.entries(config.database.tables).map(([t, rows]) => [t.toLowerCase(), rows] as const),
  );
  const live = new Map<string, TableWrite>();
  const seeded = new Map<string, TableWrite>();
  // For pivots: whose relation each live write went through (null: some other way).
  const pivotOwners = new Map<string, Set<string | null>>();
  for (const w of project.writes ?? []) {
    const t = w.table.toLowerCase();
    const into = runsInProduction(w.place)
      ? live
      : w.place === 'seeder' || w.place === 'migration'
        ? seeded
        : null;
    // The write the report shows: one a request makes says more about growth than an admin's command.
    const shown = into?.get(t);
    if (into && (!shown || PLACE_RANK[w.place] < PLACE_RANK[shown.place])) into.set(t, w);
    if (into === live) {
      let owners = pivotOwners.get(t);
      if (!owners) pivotOwners.set(t, (owners = new Set()));
      owners.add(w.through?.toLowerCase() ?? null);
    }
  }
  // Requests that load every row of a table: a hint it stays small, taken for standalone tables only (apps
  // also export every asset or list every incident, tables others point at).
  const loadedWhole = new Map<string, WholeTableRead>();
  for (const r of project.wholeReads ?? []) {
    const t = r.table.toLowerCase();
    if (r.place === 'request' && !loadedWhole.has(t)) loadedWhole.set(t, r);
  }
  const modelled = new Map(project.models.map((m) => [m.table.toLowerCase(), m.className] as const));
  // No write read anywhere: the reader missed them, which says nothing about any table.
  const readWrites = live.size > 0;
  // Lookup tables and pivots between them, among the written ones (reference-tables.ts).
  const graph = projectGraph(project);
  const columnsOf = (t: string) => findTable(project.schema, t)?.columns.map((c) => c.name) ?? [];
  const reference = readWrites
    ? referenceTables(graph, columnsOf, new Set(live.keys()), pivotOwners)
    : new Map<string, string>();
  // A column pointing at the app's tenant (`company_id` → `companies`): settings may be kept per tenant.
  const tenantKey = tenantKeyOf(project);
  const pruned = prunedTables(project.queries);
  const memo = new Map<string, TableSize>();
  const decide = (t: string): TableSize => {
    const rows = configured.get(t);
    if (rows !== undefined)
      return {
        class: rows < SMALL_ROWS ? 'small' : 'growing',
        source: 'config',
        reason: `database.tables gives ${rows.toLocaleString('en-US')} rows`,
        rows,
      };
    const counted = measured(t);
    if (counted !== null)
      return {
        class: counted < SMALL_ROWS ? 'small' : 'growing',
        source: 'stats',
        reason: `the statistics file measured ${counted.toLocaleString('en-US')} rows`,
        rows: counted,
      };
    const queue = QUEUE_TABLES.get(t);
    if (queue) return { class: 'small', source: 'code', reason: queue };
    const window = pruned.get(t);
    if (window) return { class: 'small', source: 'code', reason: window };
    if (!FRAMEWORK_FILLED.has(t) && isSettingsTable(columnsOf(t), tenantKey))
      return {
        class: 'small',
        source: 'code',
        reason:
          'a key-value settings table: one row per setting (and scope), however often a settings screen saves them',
      };
    const whole = loadedWhole.get(t);
    if (whole && standalone(graph, t, columnsOf(t)))
      return {
        class: 'small',
        source: 'code',
        reason:
          `the app loads every row of ${t} on a request (${whole.method}() at ${whole.location.file}:${whole.location.line}) ` +
          'and no other table points at it',
      };
    const w = live.get(t);
    const lookup = reference.get(t);
    if (w && lookup)
      return { class: 'small', source: 'code', reason: `${lookup} (rows are added by ${at(w)})` };
    if (w) return { class: 'growing', source: 'code', reason: `rows are added by ${at(w)}` };
    if (FRAMEWORK_FILLED.has(t))
      return { class: 'growing', source: 'code', reason: 'Laravel fills it as the app runs' };
    if (!readWrites) return { class: 'unknown', source: 'code', reason: 'no write of the app was read' };
    const s = seeded.get(t);
    if (s)
      return {
        class: 'small',
        source: 'code',
        reason: `reference table: only seeders or migrations add rows (${at(s)})`,
      };
    const model = modelled.get(t);
    if (model)
      return {
        class: 'small',
        source: 'code',
        reason: `reference table: no request, job or command adds rows to it (model ${model} is only read or updated)`,
      };
    // Tables without a model may be written by the framework or a package (sessions, notifications…).
    return {
      class: 'unknown',
      source: 'code',
      reason: 'no model and no write of it read: its size is not known',
    };
  };
  return (table: string) => {
    const t = table.toLowerCase();
    let size = memo.get(t);
    if (!size) memo.set(t, (size = decide(t)));
    return size;
  };
}

const cache = new WeakMap<
  ProjectModel,
  WeakMap<Config, { stats: ProductionStats | null; fn: (table: string) => TableSize }>
>();

/** tableSizes, once per project, config and statistics file. */
export function sizeOf(
  project: ProjectModel,
  config: Config,
  table: string,
  stats: ProductionStats | null = null,
): TableSize {
  let byConfig = cache.get(project);
  if (!byConfig) cache.set(project, (byConfig = new WeakMap()));
  let hit = byConfig.get(config);
  if (!hit || hit.stats !== stats) {
    const measured = (t: string) => stats?.rowsOf(t) ?? null;
    byConfig.set(config, (hit = { stats, fn: tableSizes(project, config, measured) }));
  }
  return hit.fn(table);
}

/** Info at most on a small table. */
export function severityForSize(severity: Severity, size: TableSize): Severity {
  return size.class === 'small' && SEVERITY_ORDER[severity] > SEVERITY_ORDER.info ? 'info' : severity;
}
