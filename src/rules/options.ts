/** Rule options from .perf-audit.yml: `rules: { PA109: { max-queries: 50 } }` (or under `options:`). */

import type { Config } from '../config/model.js';

/**
 * A numeric option, by kebab-case key (camelCase accepted too); `fallback` when it is absent, not a
 * number, or below `min`.
 */
export function ruleOption(
  config: Config,
  rule: string,
  key: string,
  fallback: number,
  min = -Infinity,
): number {
  const options = config.rules[rule]?.options ?? {};
  const camel = key.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
  const raw = options[key] ?? options[camel];
  const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  return typeof n === 'number' && Number.isFinite(n) && n >= min ? n : fallback;
}

/** The smallest positive number: `min` for options that must be above zero. */
export const POSITIVE = Number.MIN_VALUE;
