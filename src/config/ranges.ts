/**
 * The ranges every number in the configuration must fall in. Node's timers overflow above 2^31−1 ms (the
 * timer then fires at once), and a run must stay bounded: samples, load seconds and users are capped.
 */

/** The longest delay Node's setTimeout honours; above it the timer fires immediately. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** Row counts end up in MariaDB's statistics tables (BIGINT) and in JavaScript numbers: exact up to here. */
export const MAX_ROWS = Number.MAX_SAFE_INTEGER;

export interface Range {
  min: number;
  max: number;
}

export const RANGES = {
  samples: { min: 1, max: 1000 },
  warmup: { min: 0, max: 100 },
  timeoutMs: { min: 1, max: MAX_TIMER_MS },
  waitMs: { min: 0, max: MAX_TIMER_MS },
  rows: { min: 1, max: MAX_ROWS },
  loadUsers: { min: 1, max: 1000 },
  loadSteps: { min: 1, max: 10 },
  loadSeconds: { min: 1, max: 600 },
  concurrency: { min: 1, max: 100_000 },
  servers: { min: 1, max: 10_000 },
} as const satisfies Record<string, Range>;

/** Schema command: ten minutes unless configured (`database.command-timeout-ms`). */
export const DEFAULT_COMMAND_TIMEOUT_MS = 600_000;
/** Sampling and the load ramp together: fifteen minutes unless configured (`http.deadline-ms`). */
export const DEFAULT_HTTP_DEADLINE_MS = 900_000;
/** All MariaDB statements of a run (cleanup excepted): thirty minutes unless configured (`database.deadline-ms`). */
export const DEFAULT_DATABASE_DEADLINE_MS = 1_800_000;
/** One MariaDB statement: five minutes unless configured (`database.query-timeout-ms`). */
export const DEFAULT_QUERY_TIMEOUT_MS = 300_000;

export function rangeText(range: Range): string {
  return range.max === Infinity ? `>= ${range.min}` : `from ${range.min} to ${range.max}`;
}
