/** The resolved configuration: action inputs or command flags, over .perf-audit.yml, over defaults. */

import type { Severity } from '../findings.js';

export type FailOn = 'critical' | 'warning' | 'never';
export type SchemaMode = 'auto' | 'migrations' | 'dump' | 'sql' | 'command';

export interface CriticalQuery {
  name: string;
  sql: string;
}

export interface IgnoreEntry {
  rule: string;
  path?: string;
  table?: string;
  columns?: string[];
  reason: string;
}

export interface RuleSetting {
  severity?: Severity;
  off?: boolean;
  /** Rule-specific thresholds, e.g. PA109 `max-queries`. */
  options?: Record<string, unknown>;
}

export interface HttpConfig {
  urls: string[];
  baseUrl: string | null;
  samples: number;
  warmup: number;
  timeoutMs: number;
  followRedirects: boolean;
  headers: Record<string, string>;
  /** Cookies sent with every request (e.g. a session for a logged-in page); joined into one Cookie header. */
  cookies?: Record<string, string>;
  ttfb: { objectiveMs: number; failMs: number };
  load: { users: number[]; seconds: number; p95Ms: number; maxErrorRate: number } | null;
  readiness: { timeoutMs: number };
  /** Sampling and the load ramp stop here (later samples and steps are skipped, with a note). */
  deadlineMs?: number;
}

export interface DatabaseConfig {
  /** mysql://user:pass@host:port[/db]; null = no database (static verdicts). */
  url: string | null;
  schema: SchemaMode;
  command: string | null;
  /** Time limit for `command` (database.command-timeout-ms). */
  commandTimeoutMs: number;
  dump: string | null;
  sqlDir: string | null;
  /**
   * `database.migrations`: the migrator's folders, app-relative, when they are not database/migrations.
   * Unset: database/migrations, or app/database/migrations in the Laravel 4 layout.
   */
  migrations?: string[];
  assumeRows: number;
  tables: Record<string, number>;
  /**
   * Production statistics file (`perf-audit stats`): absolute when given as a flag or input, relative to the
   * app when the config file names it; undefined = .perf-audit-stats.json at the app root when present;
   * null = none.
   */
  statsFile?: string | null;
  /** Most rows generated into each queried table of the planning twin; 0: empty twins (database.generate-rows). */
  generateRows: number;
  /** How long to wait for the server to answer (CI services start slowly). */
  waitMs: number;
  /**
   * `database.optional`: a URL that cannot be used (auth, unreachable, no CREATE rights) falls back to
   * static verdicts instead of stopping the run (exit 3).
   */
  optional?: boolean;
  /** Longest wait for one MariaDB statement: a server that stops answering mid-run ends the wait. */
  queryTimeoutMs?: number;
  /** All statements of the run together (perf-audit's cleanup excepted). */
  deadlineMs?: number;
  /**
   * The database the running app uses (.perf-audit.yml `database.app-database`), on the same server as
   * `url`: its connections are the ones captured, and its failed_jobs table is read after the smoke test.
   */
  appDatabase?: string | null;
}

export interface Config {
  /** Absolute path of the app. */
  app: string;
  /** The config file read, when one was. */
  configFile: string | null;
  database: DatabaseConfig;
  queries: CriticalQuery[];
  http: HttpConfig;
  rules: Record<string, RuleSetting>;
  ignore: IgnoreEntry[];
  failOn: FailOn;
  /** Git ref of the baseline; null = no baseline. */
  baseline: string | null;
  /** Env file that wins over .env (e.g. `.env.production`). */
  envFile: string | null;
  /** Target concurrency for capacity and PHP-FPM rules. */
  targetConcurrency: number;
  /**
   * How many app servers serve the app (`.perf-audit.yml`: `servers: 3`); more than one makes a `file`
   * cache or session store a finding (PA201/PA202). Unset means one.
   */
  servers?: number;
  /**
   * Where the project cache lives (what the static phase learned per file, reused while the file and the
   * app's declarations are unchanged); null = no cache.
   */
  cacheDir?: string | null;
  /** `max-files` / `max-file-bytes`: how much of the app is read (defaults in project/files.ts). */
  limits?: { maxFiles?: number; maxFileBytes?: number };
  /** Extra files to read for PA204/PA205 (php.ini, pool conf). */
  phpIni: string[];
  fpmPool: string[];
}

/** A configuration mistake: exits 2 with this message. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(file ? `${file}${line ? `:${line}` : ''}: ${message}` : message);
    this.name = 'ConfigError';
  }
}
