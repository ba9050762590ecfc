/** Defaults: the seed audit's thresholds (TTFB objective 150 ms, 1,000,000 rows at production scale). */

import { resolve } from 'node:path';
import type { Config, HttpConfig } from './model.js';
import { DEFAULT_COMMAND_TIMEOUT_MS, DEFAULT_QUERY_TIMEOUT_MS } from './ranges.js';

export const DEFAULT_ASSUME_ROWS = 1_000_000;
/** Rows generated per queried table at most: enough for index dives to see each column's spread. */
export const DEFAULT_GENERATE_ROWS = 50_000;
export const DEFAULT_SAMPLES = 20;
export const DEFAULT_TARGET_CONCURRENCY = 100;

export function defaultHttpConfig(): HttpConfig {
  return {
    urls: [],
    baseUrl: null,
    samples: DEFAULT_SAMPLES,
    warmup: 2,
    timeoutMs: 10_000,
    followRedirects: false,
    headers: {},
    ttfb: { objectiveMs: 150, failMs: 800 },
    load: null,
    readiness: { timeoutMs: 30_000 },
  };
}

export function defaultConfig(app: string): Config {
  return {
    app: resolve(app),
    configFile: null,
    database: {
      url: null,
      schema: 'auto',
      command: null,
      dump: null,
      sqlDir: null,
      assumeRows: DEFAULT_ASSUME_ROWS,
      tables: {},
      generateRows: DEFAULT_GENERATE_ROWS,
      waitMs: 30_000,
      commandTimeoutMs: DEFAULT_COMMAND_TIMEOUT_MS,
      queryTimeoutMs: DEFAULT_QUERY_TIMEOUT_MS,
    },
    queries: [],
    http: defaultHttpConfig(),
    rules: {},
    ignore: [],
    failOn: 'critical',
    baseline: null,
    envFile: null,
    targetConcurrency: DEFAULT_TARGET_CONCURRENCY,
    phpIni: [],
    fpmPool: [],
  };
}
