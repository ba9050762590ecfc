/** The fail-on policy: which findings block the merge. */

import { SEVERITY_ORDER, type Finding } from '../findings.js';
import type { FailOn } from '../config/model.js';
import type { AuditSummary } from '../report/audit-report.js';

/** Whether one finding blocks: new, not silenced, and at or above the fail-on severity. */
export function blocks(finding: Finding, failOn: FailOn): boolean {
  if (failOn === 'never' || finding.silenced || finding.status === 'existing') return false;
  return SEVERITY_ORDER[finding.severity] >= SEVERITY_ORDER[failOn];
}

/**
 * Counts unsilenced findings (new and existing) by severity and decides the verdict. Only new findings block:
 * without a baseline every finding is new, so `baseline: none` blocks on everything at or above fail-on.
 */
export function summarize(
  findings: Finding[],
  failOn: FailOn,
  verdicts: 'planner' | 'static',
  fixed = 0,
): AuditSummary {
  const counts = { critical: 0, warning: 0, info: 0 };
  const added = { critical: 0, warning: 0, info: 0 };
  let silenced = 0;
  for (const finding of findings) {
    if (finding.silenced) {
      silenced += 1;
      continue;
    }
    counts[finding.severity] += 1;
    if (finding.status !== 'existing') added[finding.severity] += 1;
  }
  return {
    ...counts,
    blocked: findings.some((f) => blocks(f, failOn)),
    silenced,
    failOn,
    verdicts,
    new: added,
    fixed,
  };
}
