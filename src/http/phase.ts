/**
 * The HTTP phase of an audit: smoke test (readiness, warm-up, TTFB samples), then one captured request
 * per answering URL with the general log on (kept out of the timed samples: logging slows the server),
 * then the optional capacity ramp, then the app's failed_jobs count.
 *
 * Which database is the app's: config.database.appDatabase (`database.app-database`), else the database
 * named in the database URL (mysql://…/laravel). Capture and failed_jobs need perf-audit to reach the
 * same MariaDB server as the app; each part that cannot run is skipped and said so in `note`.
 */

import type { Config } from '../config/model.js';
import { DEFAULT_HTTP_DEADLINE_MS } from '../config/ranges.js';
import { parseDbUrl, type DbUrl, type ScratchDatabase } from '../database/connection.js';
import { captureRequests } from '../database/capture.js';
import { countFailedJobs } from '../database/failed-jobs.js';
import type { CapturedRequest } from '../database/types.js';
import type { HttpResult, LoadStep } from '../report/audit-report.js';
import { explainCaptured, type CapturedPlan } from './captured-plans.js';
import { requestHeaders } from './headers.js';
import { runLoadRamp } from './load.js';
import { repeatedShapes } from './query-log.js';
import { runSmoke } from './smoke.js';
import { timedRequest } from './ttfb.js';

export interface HttpPhaseResult {
  results: HttpResult[];
  load: LoadStep[];
  capture: CapturedRequest[] | null;
  /** EXPLAIN at production scale of each distinct captured SELECT (needs the scratch database). */
  capturedPlans: CapturedPlan[];
  failedJobs: number | null;
  ms: number;
  note: string;
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Where the app's database lives, when perf-audit can know it. */
export function appDatabaseTarget(
  config: Config,
  db: ScratchDatabase | null,
): { url: DbUrl; database: string | null } | null {
  let url: DbUrl | null = db?.url ?? null;
  let fromUrl: string | null = null;
  if (config.database.url) {
    try {
      const parsed = { ...parseDbUrl(config.database.url), queryTimeoutMs: config.database.queryTimeoutMs };
      url = url ?? parsed;
      fromUrl = parsed.database;
    } catch {
      // The database phase reports a bad URL; here it only means "no capture".
    }
  }
  if (!url) return null;
  return { url, database: config.database.appDatabase ?? fromUrl ?? null };
}

/** Adds each URL's captured-query summary to its row (pure). */
export function attachQueries(results: HttpResult[], capture: CapturedRequest[]): HttpResult[] {
  return results.map((row) => {
    const c = capture.find((r) => r.url === row.url);
    if (!c) return row;
    const shapes = repeatedShapes(c.normalized ?? c.statements);
    return {
      ...row,
      queries: {
        count: c.statements.length,
        distinct: shapes.length,
        repeated: shapes.filter((s) => s.times > 1),
      },
    };
  });
}

export async function runHttpPhase(input: {
  config: Config;
  db: ScratchDatabase | null;
  /** Told how many samples are taken (progress lines). */
  progress?: (done: number, total: number) => void;
}): Promise<HttpPhaseResult> {
  const started = Date.now();
  const { config, db } = input;
  const http = config.http;
  if (http.urls.length === 0) {
    return {
      results: [],
      load: [],
      capture: null,
      capturedPlans: [],
      failedJobs: null,
      ms: 0,
      note: 'no URL configured',
    };
  }
  const notes: string[] = [];
  const deadlineAt = started + (http.deadlineMs ?? DEFAULT_HTTP_DEADLINE_MS);

  let results = await runSmoke(http, { deadlineAt, ...(input.progress ? { onSample: input.progress } : {}) });
  const failed = results.filter((r) => !r.ok).length;
  notes.push(
    `${results.length} URL${results.length === 1 ? '' : 's'} timed${failed ? `, ${failed} failed` : ''}`,
  );

  const target = appDatabaseTarget(config, db);
  let capture: CapturedRequest[] | null = null;
  const answered = results.filter((r) => r.samples > 0);
  if (!target) {
    notes.push('queries not captured: no database URL (capture needs the MariaDB server the app uses)');
  } else if (answered.length > 0) {
    const errors = new Map<string, string>();
    const sampleUrl = new Map(answered.map((r) => [r.url, r.redirect?.followed ? r.redirect.final : r.url]));
    try {
      capture = await captureRequests(
        // Passing the scratch database keeps perf-audit's own connection to it out of the capture.
        db && db.url === target.url ? db : { url: target.url },
        answered.map((r) => r.url),
        async (url) => {
          const res = await timedRequest(sampleUrl.get(url) ?? url, {
            timeoutMs: http.timeoutMs,
            headers: requestHeaders(http),
          });
          if (res.error) errors.set(url, res.error.message);
        },
        { database: target.database },
      );
      for (const c of capture) if (errors.has(c.url)) c.error = errors.get(c.url);
      results = attachQueries(results, capture);
      const total = capture.reduce((n, c) => n + c.statements.length, 0);
      notes.push(
        `${total} statements captured over ${capture.length} request${capture.length === 1 ? '' : 's'}` +
          (target.database
            ? ` (database ${target.database})`
            : ' (all connections: set database.app-database to filter)'),
      );
    } catch (err) {
      notes.push(`queries not captured: ${message(err)}`);
    }
  }

  let capturedPlans: CapturedPlan[] = [];
  if (capture && db) {
    try {
      const explained = await explainCaptured(db, config, capture);
      capturedPlans = explained.plans;
      notes.push(explained.note);
    } catch (err) {
      notes.push(`captured queries not explained: ${message(err)}`);
    }
  }

  let load: LoadStep[] = [];
  let cut = false;
  if (http.load) {
    const okUrls = results.filter((r) => r.ok).map((r) => r.url);
    try {
      load = await runLoadRamp(http, okUrls, deadlineAt);
      if (load.length < okUrls.length * http.load.users.length) cut = true;
      notes.push(`load ramp: ${load.length} step${load.length === 1 ? '' : 's'}`);
    } catch (err) {
      notes.push(`load ramp failed: ${message(err)}`);
    }
  }

  if (cut || Date.now() >= deadlineAt)
    notes.push(
      `http.deadline-ms (${http.deadlineMs ?? DEFAULT_HTTP_DEADLINE_MS} ms) reached: later samples and load steps skipped`,
    );

  let failedJobs: number | null = null;
  if (target?.database) {
    try {
      failedJobs = await countFailedJobs(target.url, target.database);
      notes.push(failedJobs === null ? 'no failed_jobs table' : `failed_jobs: ${failedJobs}`);
    } catch (err) {
      notes.push(`failed_jobs not read: ${message(err)}`);
    }
  }

  return {
    results,
    load,
    capture,
    capturedPlans,
    failedJobs,
    ms: Date.now() - started,
    note: notes.join('; '),
  };
}
