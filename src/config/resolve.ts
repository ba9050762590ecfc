/** Builds the Config: defaults, then .perf-audit.yml, then command flags or action inputs (highest). */

import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { defaultConfig } from './defaults.js';
import { gitRefProblem } from '../gate/git-ref.js';
import { applyConfigFile, locateConfigFile } from './file.js';
import { ConfigError } from './model.js';
import type { Config, FailOn } from './model.js';
import { RANGES, rangeText, type Range } from './ranges.js';

/** What a flag or an action input can set; undefined = not given. */
export interface Overrides {
  app?: string;
  config?: string;
  db?: string | null;
  urls?: string[];
  baseUrl?: string;
  samples?: number;
  assumeRows?: number;
  /** `--stats-file` / `stats-file`: relative to the working directory; null = read none. */
  statsFile?: string | null;
  baseline?: string | null;
  failOn?: FailOn;
  envFile?: string;
  dbWaitMs?: number;
  /** `--database-optional` / `database-optional: true`: an unusable database URL degrades to static verdicts. */
  databaseOptional?: boolean;
  /** null: no project cache. */
  cacheDir?: string | null;
}

/**
 * The project cache's default folder: $PERF_AUDIT_CACHE_DIR (`none` or empty turns it off), the runner's
 * temp folder in GitHub Actions (so the baseline audit of the same job shares it), else the user's cache
 * folder, one subfolder per app.
 */
function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export function defaultCacheDir(app: string, env: NodeJS.ProcessEnv): string | null {
  const explicit = env.PERF_AUDIT_CACHE_DIR;
  if (explicit !== undefined) return explicit === '' || explicit === 'none' ? null : resolve(explicit);
  if (env.GITHUB_ACTIONS === 'true' && env.RUNNER_TEMP) return join(env.RUNNER_TEMP, 'perf-audit-cache');
  const base = env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache');
  return join(base, 'perf-audit', createHash('sha1').update(app).digest('hex').slice(0, 12));
}

export function resolveConfig(overrides: Overrides, env: NodeJS.ProcessEnv = process.env): Config {
  const app = resolve(overrides.app ?? '.');
  if (!existsSync(app) || !statSync(app).isDirectory()) throw new ConfigError(`app folder not found: ${app}`);
  let config = defaultConfig(app);
  const file = locateConfigFile(app, overrides.config ?? null);
  if (file) config = applyConfigFile(config, file);
  // The app given on the command line wins over the file's `app:`.
  if (overrides.app !== undefined) config.app = app;

  // Database: flag/input, then PERF_AUDIT_DB_URL, then the file; empty means none.
  if (overrides.db !== undefined) config.database.url = overrides.db || null;
  else if (env.PERF_AUDIT_DB_URL !== undefined && env.PERF_AUDIT_DB_URL !== '')
    config.database.url = env.PERF_AUDIT_DB_URL;
  if (config.database.url && !/^(mysql|mariadb):\/\//.test(config.database.url)) {
    throw new ConfigError('database URL must look like mysql://user:pass@host:port[/db]');
  }
  if (overrides.dbWaitMs !== undefined) config.database.waitMs = overrides.dbWaitMs;
  if (overrides.databaseOptional !== undefined) config.database.optional = overrides.databaseOptional;

  if (overrides.urls && overrides.urls.length) config.http.urls = overrides.urls;
  if (overrides.baseUrl) config.http.baseUrl = overrides.baseUrl;
  if (overrides.samples !== undefined) config.http.samples = overrides.samples;
  if (overrides.assumeRows !== undefined) config.database.assumeRows = overrides.assumeRows;
  if (overrides.statsFile !== undefined)
    config.database.statsFile = overrides.statsFile === null ? null : resolve(overrides.statsFile);
  if (overrides.baseline !== undefined) config.baseline = overrides.baseline;
  if (overrides.failOn !== undefined) config.failOn = overrides.failOn;
  if (overrides.envFile !== undefined) config.envFile = overrides.envFile;
  const fallback = defaultCacheDir(config.app, env);
  config.cacheDir =
    overrides.cacheDir !== undefined
      ? overrides.cacheDir && resolve(overrides.cacheDir)
      : // The default never lands in the app (an app in the home folder): no cache rather than an error.
        fallback && env.PERF_AUDIT_CACHE_DIR === undefined && isInside(fallback, config.app)
        ? null
        : fallback;
  if (config.cacheDir && isInside(config.cacheDir, config.app)) {
    // A repository could ship a cache file with results for its own bytes: the cache lives elsewhere.
    throw new ConfigError(
      `the project cache (${config.cacheDir}) must be outside the audited app (${config.app}): give another --cache-dir / cache-dir, or none`,
    );
  }
  const refProblem = config.baseline && config.baseline !== 'base' ? gitRefProblem(config.baseline) : null;
  if (refProblem) throw new ConfigError(`baseline: ${refProblem}`);

  for (const url of config.http.urls) {
    if (!/^https?:\/\//.test(url) && !config.http.baseUrl) {
      throw new ConfigError(
        `URL "${url}" is relative: give http.base-url in the config file or an absolute URL`,
      );
    }
  }
  return config;
}

/** A whole number in range; `1e20`, `0x10` and numbers past the range are refused with the range. */
export function parsePositiveInt(name: string, value: string, range: Range = RANGES.rows): number {
  const n = Number(value.trim());
  if (!/^\d+$/.test(value.trim()) || n < range.min || n > range.max) {
    throw new ConfigError(`${name} must be a whole number ${rangeText(range)} (got "${value}")`);
  }
  return n;
}

export function parseFailOn(name: string, value: string): FailOn {
  if (value === 'critical' || value === 'warning' || value === 'never') return value;
  throw new ConfigError(`${name} must be critical, warning or never (got "${value}")`);
}
