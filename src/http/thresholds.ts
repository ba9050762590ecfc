/** Rule thresholds: defaults, overridable per rule in .perf-audit.yml `rules: { PA109: { options: { … } } }`. */

/** PA108: a statement shape repeated this many times in one request is an N+1. */
export const DEFAULT_N_PLUS_ONE_REPEATS = 5;
/** PA109: more statements than this in one request. */
export const DEFAULT_MAX_QUERIES = 30;
/** PA208: more failed jobs than this. */
export const DEFAULT_MAX_FAILED_JOBS = 0;
