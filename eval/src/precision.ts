/** Precision over the reviewed sample (pure): of the reviewed findings a run still reports, how many are true. */

import type { ReviewedRow, Verdict } from './labels.js';
import type { IndexFinding } from './recall.js';

/** The index rules whose critical and warning findings are reviewed. */
export const INDEX_RULES = new Set(['PA101', 'PA102', 'PA103', 'PA104', 'PA105', 'PA106']);

export interface AppPrecision {
  app: string;
  reviewed: number;
  matched: number;
  verdicts: Record<Verdict, number>;
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

export function findingKey(f: {
  rule: string;
  table: string | null;
  columns: string[];
  file: string | null;
}): string {
  return [f.rule.toUpperCase(), norm(f.table), f.columns.map(norm).join(','), norm(f.file)].join('|');
}

export function isReviewable(f: IndexFinding): boolean {
  return INDEX_RULES.has(f.rule) && (f.severity === 'critical' || f.severity === 'warning');
}

export function appPrecision(app: string, reviewed: ReviewedRow[], findings: IndexFinding[]): AppPrecision {
  const reported = new Set(findings.map(findingKey));
  const labelled = new Set(reviewed.map(findingKey));
  const verdicts: Record<Verdict, number> = { true: 0, debatable: 0, false: 0 };
  let matched = 0;
  for (const r of reviewed) {
    if (!reported.has(findingKey(r))) continue;
    matched++;
    verdicts[r.verdict]++;
  }
  return {
    app,
    reviewed: reviewed.length,
    matched,
    verdicts,
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
  return {
    apps,
    overall: {
      reviewed: sum((a) => a.reviewed),
      matched,
      verdicts,
      unmatched: sum((a) => a.unmatched),
      precision: matched === 0 ? null : verdicts.true / matched,
      unreviewed: sum((a) => a.unreviewed.length),
    },
  };
}
