/** Precision over the reviewed sample (pure): of the reviewed findings a run still reports, how many are true. */

import type { ReviewedRow, Verdict } from './labels.js';
import type { IndexFinding } from './recall.js';

/** The index rules whose critical and warning findings are reviewed. */
export const INDEX_RULES = new Set(['PA101', 'PA102', 'PA103', 'PA104', 'PA105', 'PA106']);

/** Severities a still-reported reviewed row can have now. */
export const SEVERITIES = ['critical', 'warning', 'info'] as const;
export type RunSeverity = (typeof SEVERITIES)[number];

export interface AppPrecision {
  app: string;
  reviewed: number;
  matched: number;
  verdicts: Record<Verdict, number>;
  /** The same verdicts split by the severity the run reports the finding with now. */
  bySeverity: Record<RunSeverity, Record<Verdict, number>>;
  /** Reviewed rows the run no longer reports. */
  unmatched: number;
  /** true / matched; null when nothing matched. */
  precision: number | null;
  /** Critical and warning index findings of the run that no reviewed row covers. */
  unreviewed: IndexFinding[];
}

export interface PrecisionSummary {
  apps: AppPrecision[];
  overall: Omit<AppPrecision, 'app' | 'unreviewed'> & { unreviewed: number };
}

const norm = (s: string | null | undefined) =>
  (s ?? '').toLowerCase().replace(/\\/g, '/').replace(/^\.\//, '');

/**
 * Rules with one finding per table and columns, placed where the table was declared: the place is no part of
 * what was judged (a run may place it at the migration or, before it knew, nowhere).
 */
const TABLE_RULES = new Set(['PA105', 'PA106', 'PA107']);

export function findingKey(f: {
  rule: string;
  table: string | null;
  columns: string[];
  file: string | null;
}): string {
  const rule = f.rule.toUpperCase();
  const file = TABLE_RULES.has(rule) ? '' : norm(f.file);
  return [rule, norm(f.table), f.columns.map(norm).join(','), file].join('|');
}

export function isReviewable(f: IndexFinding): boolean {
  return INDEX_RULES.has(f.rule) && (f.severity === 'critical' || f.severity === 'warning');
}

const noVerdicts = (): Record<Verdict, number> => ({ true: 0, debatable: 0, false: 0 });
const emptySplit = (): Record<RunSeverity, Record<Verdict, number>> => ({
  critical: noVerdicts(),
  warning: noVerdicts(),
  info: noVerdicts(),
});
const RANK: Record<string, number> = { critical: 3, warning: 2, info: 1 };

export function appPrecision(app: string, reviewed: ReviewedRow[], findings: IndexFinding[]): AppPrecision {
  // The severity each reported key has now (the highest when several findings share it).
  const reported = new Map<string, RunSeverity>();
  for (const f of findings) {
    const k = findingKey(f);
    const had = reported.get(k);
    const sev = (SEVERITIES as readonly string[]).includes(f.severity) ? (f.severity as RunSeverity) : 'info';
    if (!had || RANK[sev]! > RANK[had]!) reported.set(k, sev);
  }
  const labelled = new Set(reviewed.map(findingKey));
  const verdicts = noVerdicts();
  const bySeverity = emptySplit();
  let matched = 0;
  for (const r of reviewed) {
    const sev = reported.get(findingKey(r));
    if (!sev) continue;
    matched++;
    verdicts[r.verdict]++;
    bySeverity[sev][r.verdict]++;
  }
  return {
    app,
    reviewed: reviewed.length,
    matched,
    verdicts,
    bySeverity,
    unmatched: reviewed.length - matched,
    precision: matched === 0 ? null : verdicts.true / matched,
    unreviewed: findings.filter((f) => isReviewable(f) && !labelled.has(findingKey(f))),
  };
}

export function summarizePrecision(apps: AppPrecision[]): PrecisionSummary {
  const sum = (pick: (a: AppPrecision) => number) => apps.reduce((n, a) => n + pick(a), 0);
  const matched = sum((a) => a.matched);
  const verdicts = {
    true: sum((a) => a.verdicts.true),
    debatable: sum((a) => a.verdicts.debatable),
    false: sum((a) => a.verdicts.false),
  };
  const bySeverity = emptySplit();
  for (const a of apps)
    for (const sev of SEVERITIES)
      for (const v of ['true', 'debatable', 'false'] as const) bySeverity[sev][v] += a.bySeverity[sev][v];
  return {
    apps,
    overall: {
      reviewed: sum((a) => a.reviewed),
      matched,
      verdicts,
      bySeverity,
      unmatched: sum((a) => a.unmatched),
      precision: matched === 0 ? null : verdicts.true / matched,
      unreviewed: sum((a) => a.unreviewed.length),
    },
  };
}

/** Precision per severity the run reports now: [severity, still reported, true, debatable, false, precision]. */
export function severitySplit(
  bySeverity: Record<RunSeverity, Record<Verdict, number>>,
): { severity: RunSeverity; matched: number; verdicts: Record<Verdict, number>; precision: number | null }[] {
  return SEVERITIES.map((severity) => {
    const v = bySeverity[severity];
    const matched = v.true + v.debatable + v.false;
    return { severity, matched, verdicts: v, precision: matched === 0 ? null : v.true / matched };
  });
}
