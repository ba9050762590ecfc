/**
 * The report of a run that stopped before its verdict (the audit could not run, or a signal): no findings,
 * blocked (never a pass by omission), the phases that did run, why it stopped and what was cleaned up.
 */

import type { PhaseLog } from '../audit/phases.js';
import type { Config } from '../config/model.js';
import { summarize } from '../gate/policy.js';
import type { AuditReport, IncompleteRun, PhaseResult } from '../report/audit-report.js';
import { VERSION } from '../version.js';

export function incompleteReport(
  config: Pick<Config, 'app' | 'failOn'>,
  phases: PhaseLog | null,
  run: IncompleteRun,
): AuditReport {
  const done: PhaseResult[] = [...(phases?.phases ?? [])];
  // The phase the run stopped in, unless it already recorded its own failure.
  const current = phases?.current ?? null;
  if (current && done.at(-1)?.name !== current)
    done.push({ name: current, status: 'failed', ms: 0, note: run.reason });
  if (run.cleanup.length) {
    done.push({
      name: 'cleanup',
      status: run.cleanup.every((c) => c.ok) ? 'ran' : 'failed',
      ms: 0,
      note: run.cleanup.map((c) => (c.ok ? c.label : `${c.label}: FAILED (${c.error ?? '?'})`)).join('; '),
    });
  }
  return {
    version: 1,
    tool: { name: 'perf-audit', version: VERSION },
    app: config.app,
    generatedAt: new Date().toISOString(),
    summary: { ...summarize([], config.failOn, 'static'), blocked: true },
    findings: [],
    fixed: [],
    explains: [],
    http: [],
    load: [],
    schema: null,
    settings: [],
    phases: done,
    incomplete: run,
  };
}
