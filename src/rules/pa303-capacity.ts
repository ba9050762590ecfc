/** PA303: at the target concurrency the load ramp's p95 or error rate is past the limit. */

import type { FindingDraft } from '../findings.js';
import type { LoadStep } from '../report/audit-report.js';
import { urlPath } from '../http/urls.js';
import type { Rule } from './rule.js';

/** The step that speaks for the target: the same user count, else the next one up, else the highest run. */
export function stepAtTarget(steps: LoadStep[], target: number): LoadStep | null {
  if (steps.length === 0) return null;
  const sorted = [...steps].sort((a, b) => a.users - b.users);
  return sorted.find((s) => s.users >= target) ?? sorted[sorted.length - 1];
}

export const pa303Capacity: Rule = {
  id: 'PA303',
  name: 'capacity',
  title: 'Capacity: p95 or errors past the limit at the target concurrency',
  defaultSeverity: 'warning',
  needs: 'http',
  check(ctx) {
    const load = ctx.http?.load ?? [];
    const limits = ctx.config.http.load;
    const target = ctx.config.targetConcurrency;
    const drafts: FindingDraft[] = [];
    for (const url of [...new Set(load.map((s) => s.url))]) {
      const steps = load.filter((s) => s.url === url);
      const step = stepAtTarget(steps, target);
      if (!step || step.verdict === 'manageable') continue;
      const path = urlPath(url);
      const limitText = limits
        ? ` (limits: p95 ${limits.p95Ms} ms, errors ${limits.maxErrorRate * 100}%)`
        : '';
      drafts.push({
        title: `${path} at ${step.users} users: ${step.verdict}`,
        message:
          `With ${step.users} concurrent users for ${step.seconds} s, ${path} answered ${step.rps} requests/s with ` +
          `p95 ${step.p95Ms} ms and ${(step.errorRate * 100).toFixed(1)}% errors${limitText}; the target is ${target} users.`,
        evidence: { url, target, step, steps },
        fix: {
          text:
            'Find the bottleneck at that step: PHP-FPM workers (pm.max_children, PA205), slow queries (PA101/PA108), ' +
            'database-backed cache/session (PA201/PA202). Cache what can be cached and add workers or servers.',
        },
        fingerprintKey: path,
      });
    }
    return drafts;
  },
};
