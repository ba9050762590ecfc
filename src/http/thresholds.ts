/** Rule thresholds: defaults, overridable per rule in .perf-audit.yml `rules: { PA109: { options: { … } } }`. */

import type { Config } from '../config/model.js';

/** PA108: a statement shape repeated this many times in one request is an N+1. */
export const DEFAULT_N_PLUS_ONE_REPEATS = 5;
/** PA109: more statements than this in one request. */
export const DEFAULT_MAX_QUERIES = 30;
/** PA208: more failed jobs than this. */
export const DEFAULT_MAX_FAILED_JOBS = 0;

/** A numeric rule option (kebab or camel case key); the fallback when absent or not a number. */
export function numberOption(config: Config, rule: string, key: string, fallback: number): number {
  const options = config.rules[rule]?.options ?? {};
  const camel = key.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
  const raw = options[key] ?? options[camel];
  const n = typeof raw === 'string' ? Number(raw) : raw;
  return typeof n === 'number' && Number.isFinite(n) ? n : fallback;
}
