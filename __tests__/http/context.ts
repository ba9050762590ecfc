/** Builds a RuleContext for the http rules from plain facts (the rules are pure functions of it). */

import { defaultConfig } from '../../src/config/defaults.js';
import type { Config } from '../../src/config/model.js';
import type { CapturedRequest } from '../../src/database/types.js';
import type { HttpResult, LoadStep } from '../../src/report/audit-report.js';
import type { RuleContext } from '../../src/rules/rule.js';

export function httpContext(facts: {
  results?: HttpResult[];
  load?: LoadStep[];
  capture?: CapturedRequest[] | null;
  failedJobs?: number | null;
  config?: (c: Config) => void;
}): RuleContext {
  const config = defaultConfig('/tmp/app');
  facts.config?.(config);
  const schema = { source: 'static' as const, tables: [] };
  return {
    config,
    project: {
      root: '/tmp/app',
      laravelVersion: null,
      migrationFiles: [],
      schema,
      models: [],
      queries: [],
      settings: {},
      problems: [],
      phpFiles: 0,
    },
    schema,
    database: null,
    http: {
      results: facts.results ?? [],
      load: facts.load ?? [],
      capture: facts.capture ?? null,
      failedJobs: facts.failedJobs ?? null,
    },
  };
}

export function row(url: string, patch: Partial<HttpResult> = {}): HttpResult {
  return {
    url,
    samples: 20,
    ok: true,
    status: 200,
    error: null,
    dnsMs: 0,
    connectMs: 0.3,
    tlsMs: null,
    ttfbP50Ms: 40,
    ttfbP95Ms: 55,
    ttfbMaxMs: 60,
    totalP50Ms: 41,
    totalP95Ms: 56,
    ...patch,
  };
}

export function step(url: string, users: number, patch: Partial<LoadStep> = {}): LoadStep {
  return {
    url,
    users,
    seconds: 5,
    requests: 1000,
    rps: 200,
    p50Ms: 50,
    p95Ms: 120,
    errorRate: 0,
    verdict: 'manageable',
    ...patch,
  };
}
