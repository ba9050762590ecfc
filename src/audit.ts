/** Runs the phases in order and returns one AuditReport. Each phase degrades instead of failing the run. */

import type { Config } from './config/model.js';
import { PhaseLog } from './audit/phases.js';
import { explainRows } from './audit/explain-rows.js';
import { runRules } from './audit/run-rules.js';
import { withRejectedTables } from './audit/rejected-tables.js';
import { schemaProblemsOf, withCertainty } from './audit/certainty.js';
import { lowCertaintyText } from './report/certainty-text.js';
import { certaintyOf } from './schema/certainty.js';
import { withOrigins } from './schema/origins.js';
import { DEFAULT_DATABASE_DEADLINE_MS } from './config/ranges.js';
import { closeAllConnections, openConnections, setDatabaseDeadline } from './database/bounded.js';
import { createScratchDatabase, parseDbUrl, waitForServer } from './database/connection.js';
import type { DbUrl, ScratchDatabase } from './database/connection.js';
import { ConfinementRefused } from './database/run-account.js';
import { runPlannerPhase } from './database/planner.js';
import { runSchemaPhase } from './database/schema-phase.js';
import type { DatabaseFacts } from './database/types.js';
import { applyIgnores } from './gate/ignores.js';
import type { IgnoreInput } from './gate/ignores.js';
import type { Finding } from './findings.js';
import { auditBaseline, compareWithBaseline } from './gate/baseline.js';
import { summarize } from './gate/policy.js';
import type { CapturedPlan } from './http/captured-plans.js';
import { runHttpPhase } from './http/phase.js';
import { readAppFiles } from './project/files.js';
import { loadProject, type LoadedProject } from './project/load.js';
import { judgedQueries } from './audit/judged-queries.js';
import { ProjectCache } from './project/project-cache.js';
import type { AuditReport } from './report/audit-report.js';
import type { PhaseEvent } from './report/progress.js';
import { RULES } from './rules/registry.js';
import { indexesRules } from './rules/groups/indexes.js';
import { parentRows, sizeOf } from './rules/calibrate/size-class.js';
import { otherDatabaseServer } from './project/laravel/app-database.js';
import type { HttpFacts, RuleContext } from './rules/rule.js';
import { VERSION } from './version.js';
import { loadStatistics } from './stats/load.js';
import type { LoadedStats } from './stats/load.js';
import { statisticsUsed, withTableSizes } from './stats/report-sizes.js';
import { capSmallTables } from './stats/small-tables.js';

export interface AuditOptions {
  /** false for the baseline audit of the base commit: schema + static + planner, no HTTP. */
  http?: boolean;
  /** Progress lines (the command prints them to stderr, the action to the log). */
  log?: (line: string) => void;
  /** The caller's phase log, so that an interrupted run can report the phases it got through. */
  phases?: PhaseLog;
  /** Something the reader must see (an annotation in the action): e.g. the baseline could not be audited. */
  warn?: (message: string) => void;
  /** A line per phase as it starts and ends; `label` marks the baseline audit's. */
  progress?: (event: PhaseEvent) => void;
}

/** Thrown when the audit cannot run at all (exit 3): the app folder is missing or unreadable. */
export class AuditError extends Error {
  override name = 'AuditError';
}

/**
 * A database URL was given but cannot be used: the run stops (exit 3) rather than quietly giving static
 * verdicts, unless `database.optional` asks for that.
 */
export class DatabaseUnusable extends AuditError {
  override name = 'DatabaseUnusable';
}

function unusable(url: DbUrl, cause: string): DatabaseUnusable {
  return new DatabaseUnusable(
    `the database at ${url.host}:${url.port} cannot be used: ${cause}. ` +
      "Fix the URL, the password or the account's rights (it needs CREATE and DROP on perf_audit_* databases), " +
      'or set database-optional: true (--database-optional) to continue with static verdicts.',
  );
}

/** Why the phase did not run: its note (connect failed, or the scratch database could not be made). */
function causeOf(phases: PhaseLog, name: 'connect' | 'schema' | 'baseline'): string {
  return [...phases.phases].reverse().find((p) => p.name === name)?.note ?? 'unknown error';
}

function noScratch(phases: PhaseLog, err: unknown): null {
  const why = err instanceof Error ? err.message : String(err);
  phases.phases.push({
    name: 'schema',
    status: 'failed',
    ms: 0,
    note: `cannot create a scratch database: ${why}`,
  });
  return null;
}

/** The scratch database with its confined account; null (schema and planner skipped) when none can be had. */
async function confinedScratch(url: DbUrl, phases: PhaseLog): Promise<ScratchDatabase | null> {
  try {
    return await createScratchDatabase(url);
  } catch (err) {
    if (!(err instanceof ConfinementRefused)) return noScratch(phases, err);
    phases.skip('schema', err.message);
    phases.skip('planner', 'no confined database account');
    return null;
  }
}

export async function runAudit(config: Config, opts: AuditOptions = {}): Promise<AuditReport> {
  const log = opts.log ?? (() => undefined);
  const phases = opts.phases ?? new PhaseLog();
  if (opts.progress) phases.onEvent = opts.progress;

  let files;
  try {
    files = await readAppFiles(config.app, config.limits, config.database.migrations);
  } catch (err) {
    throw new AuditError(
      `cannot read the app at ${config.app}: ${err instanceof Error ? err.message : String(err)}`,
    );
  }

  // Connections the caller had open before the run are theirs: only what the run opened is closed at its end.
  const callerConnections = openConnections();
  // The database first: a wrong password or an unreachable server is said before minutes of parsing.
  let url: DbUrl | null = null;
  let version: string | null = null;
  if (config.database.url) {
    url = { ...parseDbUrl(config.database.url), queryTimeoutMs: config.database.queryTimeoutMs };
    setDatabaseDeadline(config.database.deadlineMs ?? DEFAULT_DATABASE_DEADLINE_MS);
    const dbUrl = url;
    version = await phases.run('connect', async () => {
      const v = await waitForServer(dbUrl, config.database.waitMs);
      return { value: v, note: `MariaDB ${v}` };
    });
    if (!version && !config.database.optional) {
      closeAllConnections(callerConnections);
      setDatabaseDeadline(null);
      throw unusable(url, causeOf(phases, 'connect'));
    } else if (!version) log('database-optional: static verdicts');
  }

  // Read once for the run (the planner reads the same); a file that cannot be used is said, and sizes stay assumed.
  const statsFile = loadStatistics(config);
  for (const problem of statsFile.problems) (opts.warn ?? log)(problem);

  const loaded = await phases.run('project', async () => {
    const cache = config.cacheDir ? ProjectCache.shared(config.cacheDir, VERSION) : undefined;
    const l = loadProject(files, config, cache);
    const p = l.project;
    const saveProblem = cache?.save() ?? null;
    return {
      value: l,
      note: `${p.phpFiles} PHP files, ${p.migrationFiles.length} migrations, ${p.models.length} models, ${p.queries.length} query shapes${cacheNote(l, saveProblem)}`,
    };
  });
  if (!loaded) throw new AuditError(`reading the project failed: ${phases.phases.at(-1)?.note}`);
  const { project } = loaded;
  // An app on PostgreSQL (or SQL Server) is not a MariaDB app: no schema, no plans, no index verdicts.
  const otherServer = otherDatabaseServer(project.database);
  const notices = otherServer
    ? [
        `This app's database is ${otherServer} (default connection \`${project.database!.connection}\`, driver ${project.database!.driver}): it is not a MariaDB app, so no MariaDB index verdicts are given.`,
      ]
    : [];
  // Keep only the ASTs the schema phase reads (migrations, service providers) and the ignore directives;
  // the rest would stay in memory for the whole run.
  const directives = loaded.directives;
  loaded.parsed.length = 0;

  let database: DatabaseFacts | null = null;
  let scratch: ScratchDatabase | null = null;
  /** The planner's close, left running (PlannerInput.closeLater): its failure, or null. */
  let planningClosed: Promise<unknown> | null = null;
  let finishing: Promise<void> = Promise.resolve();
  let completed = false;
  const httpRuns = opts.http !== false && config.http.urls.length > 0;
  let http: HttpFacts | null = null;
  let captured: CapturedPlan[] = [];
  try {
    if (otherServer) {
      phases.skip('schema', `the app's database is ${otherServer}, not MariaDB`);
      phases.skip('planner', `the app's database is ${otherServer}, not MariaDB`);
    } else if (!url) {
      phases.skip('schema', 'no database URL: static verdicts only');
      phases.skip('planner', 'no database URL');
    } else {
      // A user without CREATE or a read-only server: static verdicts only when the database is optional.
      if (version) scratch = await confinedScratch(url, phases);
      if (version && !scratch && !config.database.optional) throw unusable(url, causeOf(phases, 'schema'));
      if (version && scratch) {
        const db = scratch;
        log(`database: scratch ${db.name} on ${url.host}:${url.port}`);
        const schemaResult = await phases.run('schema', async (count) => {
          const r = await runSchemaPhase(db, {
            progress: count('statements applied'),
            config,
            app: files,
            parsed: loaded.schemaSources(),
            index: loaded.index,
            host: loaded.host,
            serverVersion: version,
            commandTimeoutMs: config.database.commandTimeoutMs,
          });
          return { value: r, note: `${r.source}: ${r.schema.tables.length} tables. ${r.note}`.trim() };
        });
        if (schemaResult) {
          const planned = await phases.run('planner', async (count) => {
            const r = await runPlannerPhase(db, {
              progress: count('queries EXPLAINed'),
              config,
              schema: schemaResult.schema,
              shapes: judgedQueries(project.queries, schemaResult.schema, project.models),
              // Only the HTTP phase reads the scratch schema after the planner: without it, a twin may be spared.
              inPlace: schemaResult.pristine && !httpRuns,
              // Without an HTTP phase, nothing uses the server after the planner: its tables are dropped
              // while the rules run. The HTTP phase's timings must not share the server with that drop.
              ...(httpRuns
                ? {}
                : {
                    closeLater: (closing: Promise<void>) =>
                      (planningClosed = closing.then(
                        () => null,
                        (e) => e,
                      )),
                  }),
              parentRowsOf: (table) => parentRows(sizeOf(project, config, table, statsFile.stats)),
            });
            return { value: r, note: r.note };
          });
          const kept = withRejectedTables(schemaResult.schema, schemaResult.rejected);
          database = {
            serverVersion: version,
            schema: kept.schema,
            applyProblems: [...schemaResult.problems, ...kept.problems],
            foldProblems: schemaResult.foldProblems,
            plans: planned?.plans ?? [],
            criticalPlans: planned?.criticalPlans ?? [],
            proofs: planned?.proofs ?? [],
            failedJobs: null,
            capture: null,
          };
        } else {
          phases.skip('planner', 'the schema phase failed');
        }
      } else if (version) {
        if (!phases.phases.some((p) => p.name === 'planner')) phases.skip('planner', 'no scratch database');
      } else {
        phases.skip('schema', 'the database did not answer: static verdicts only');
        phases.skip('planner', 'the database did not answer');
      }
    }

    if (opts.http === false) {
      phases.skip('http', 'baseline audit: no HTTP');
    } else if (!httpRuns) {
      phases.skip('http', 'no URL given: no TTFB section');
    } else {
      const result = await phases.run('http', async (count) => {
        const r = await runHttpPhase({ config, db: scratch, progress: count('samples taken') });
        return { value: r, note: r.note };
      });
      if (result) {
        captured = result.capturedPlans;
        http = {
          results: result.results,
          load: result.load,
          capture: result.capture,
          failedJobs: result.failedJobs,
        };
        if (database) {
          database.capture = result.capture;
          database.failedJobs = result.failedJobs;
        }
      }
    }
    completed = true;
  } finally {
    // The scratch database is dropped while the rules run (they read only what the phases gathered); a
    // failed run waits for the drop here.
    finishing = dropScratch(scratch, planningClosed, callerConnections, phases, log);
    if (!completed) await finishing;
  }

  let judged: Judged;
  try {
    judged = judge({
      config,
      project,
      database,
      http,
      statsFile,
      otherServer,
      phases,
      log,
      files,
      directives,
    });
  } finally {
    await finishing;
  }
  const { ctx, certainty, statistics } = judged;
  let { findings } = judged;
  let fixed: AuditReport['fixed'] = [];
  if (config.baseline) {
    const base = await phases.run('baseline', async () => {
      const r = await auditBaseline(config.baseline as string, config, (c) =>
        runAudit(
          { ...c, baseline: null },
          {
            http: false,
            log: (line) => log(`baseline: ${line}`),
            ...(opts.progress ? { progress: (e) => opts.progress!({ ...e, label: 'baseline' }) } : {}),
          },
        ),
      );
      return { value: r, note: `compared with ${config.baseline}: ${r.findings.length} findings there` };
    });
    if (base) ({ findings, fixed } = compareWithBaseline(findings, base.findings));
    else
      (opts.warn ?? log)(
        `the baseline could not be audited, so every finding counts as new: ${causeOf(phases, 'baseline')}`,
      );
  }

  const verdicts =
    database && database.plans.length + database.criticalPlans.length > 0 ? 'planner' : 'static';
  return {
    version: 1,
    tool: { name: 'perf-audit', version: VERSION },
    app: config.app,
    generatedAt: new Date().toISOString(),
    summary: summarize(findings, config.failOn, verdicts),
    findings,
    fixed,
    explains: database ? explainRows(project.queries, database, captured) : [],
    http: http?.results ?? [],
    load: http?.load ?? [],
    // What the rules read: introspected from MariaDB, or the static schema when no database ran.
    schema: ctx.schema,
    certainty,
    settings: Object.values(project.settings).map((s) => ({
      key: s.key,
      value: s.value,
      source: s.source,
      file: s.location?.file ?? null,
      line: s.location?.line ?? null,
    })),
    phases: phases.phases,
    ...(statistics ? { statistics } : {}),
    ...(notices.length ? { notices } : {}),
  };
}

interface JudgeInput extends IgnoreInput {
  database: DatabaseFacts | null;
  http: HttpFacts | null;
  statsFile: LoadedStats;
  otherServer: string | null;
  phases: PhaseLog;
  log: (line: string) => void;
}

interface Judged {
  ctx: RuleContext;
  certainty: ReturnType<typeof certaintyOf>;
  statistics: ReturnType<typeof statisticsUsed>;
  findings: Finding[];
}

/** The rules over what the phases gathered, sized and silenced: the run's findings. */
function judge(input: JudgeInput): Judged {
  const { config, project, database, http, statsFile, otherServer, phases, log, files, directives } = input;
  // MariaDB's schema, with where the app declares each table (the static schema knows).
  const schema = database ? withOrigins(database.schema, project.schema) : project.schema;
  const ctx: RuleContext = {
    config,
    project: { ...project, queries: judgedQueries(project.queries, schema, project.models) },
    schema,
    database,
    http,
    stats: statsFile.stats,
  };
  const certainty = certaintyOf(ctx.schema, schemaProblemsOf(project, database));
  const low = lowCertaintyText(certainty);
  if (low) log(`WARNING: ${low}`);
  const indexRules = new Set(indexesRules.map((r) => r.id));
  const outcome = runRules(otherServer ? RULES.filter((r) => !indexRules.has(r.id)) : RULES, ctx);
  for (const e of outcome.errors)
    phases.phases.push({ name: `rule ${e.rule}`, status: 'failed', ms: 0, note: e.message });

  const sizing = { assumeRows: config.database.assumeRows, tables: config.database.tables };
  const planned = !!database && database.plans.length + database.criticalPlans.length > 0;
  const tableNames = ctx.schema.tables.map((t) => t.name);
  const statistics = statisticsUsed(statsFile, tableNames, sizing, planned);
  const sized = planned
    ? capSmallTables(withTableSizes(outcome.findings, statsFile, sizing), {
        ...sizing,
        stats: statsFile.stats,
      })
    : outcome.findings;
  const findings = applyIgnores(withCertainty(sized, certainty), {
    config,
    project,
    files,
    directives,
  });
  return { ctx, certainty, statistics, findings };
}

/**
 * The end of the database's part: the planner's tables (when their drop was left running), then the scratch
 * database, timed like a phase (dropping a large schema is real cost that users should see), then any
 * connection a failure left open.
 */
async function dropScratch(
  db: ScratchDatabase | null,
  planningClosed: Promise<unknown> | null,
  callerConnections: ReturnType<typeof openConnections>,
  phases: PhaseLog,
  log: (line: string) => void,
): Promise<void> {
  try {
    if (db) {
      const dropped = await phases.run('cleanup', async () => {
        const failure = await planningClosed;
        const first = failure
          ? `; its planning tables could not be dropped first: ${messageOf(failure)}`
          : '';
        try {
          await db.drop();
        } catch (err) {
          throw new Error(`${messageOf(err)}${first}`);
        }
        return { value: true, note: `dropped ${db.name}${first}` };
      });
      if (!dropped) log(`could not drop ${db.name}: ${phases.phases.at(-1)?.note}`);
    }
  } finally {
    // Connections a failure left open (e.g. after "Too many connections") must not outlive the run.
    const leaked = closeAllConnections(callerConnections);
    setDatabaseDeadline(null);
    if (leaked) log(`closed ${leaked} database connection(s) left open`);
  }
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** How much of the project came from the cache, for the phase note. */
function cacheNote(l: LoadedProject, saveProblem: string | null): string {
  if (!l.cache) return '';
  const c = l.cache;
  const parts = [
    `; cache: ${c.summariesReused} summaries and ${c.extractionsReused} files' queries reused${c.resultsReused.length ? `, ${c.resultsReused.join(' and ')} too` : ''}, ${c.parsed} files parsed`,
  ];
  if (c.note) parts.push(`; previous cache ${c.note}`);
  if (saveProblem) parts.push(`; ${saveProblem}`);
  return parts.join('');
}
