/** The report of a run that stopped: blocked, says why in every format, and survives a save and reload. */

import { PhaseLog } from '../../src/audit/phases.js';
import { incompleteReport } from '../../src/lifecycle/incomplete-report.js';
import { parseReport, renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderTable } from '../../src/report/text.js';

function stopped() {
  const phases = new PhaseLog();
  phases.phases.push({ name: 'project', status: 'ran', ms: 3, note: '2 PHP files' });
  phases.current = 'planner';
  return incompleteReport({ app: '/app', failOn: 'critical' }, phases, {
    reason: 'interrupted by SIGTERM during planner',
    exitCode: 143,
    signal: 'SIGTERM',
    cleanup: [
      { label: 'drop database perf_audit_0123456789ab', ok: true },
      { label: 'restore general_log', ok: false, error: 'server gone' },
    ],
  });
}

it('is blocked, names the phase it stopped in and what was cleaned up', () => {
  const r = stopped();
  expect(r.summary.blocked).toBe(true);
  expect(r.findings).toEqual([]);
  expect(r.phases.map((p) => [p.name, p.status])).toEqual([
    ['project', 'ran'],
    ['planner', 'failed'],
    ['cleanup', 'failed'],
  ]);
  expect(r.phases.at(-1)?.note).toContain('restore general_log: FAILED (server gone)');
});

it('says why in the table and markdown formats', () => {
  const r = stopped();
  expect(renderTable(r)).toContain('the audit did not finish: interrupted by SIGTERM during planner');
  expect(renderMarkdown(r)).toContain('the audit did not finish: interrupted by SIGTERM during planner');
  expect(renderMarkdown(r)).not.toContain('passed');
});

it('keeps its reason and stays blocked through a saved report (comment-only mode)', () => {
  const r = stopped();
  const back = parseReport(renderJson({ ...r, summary: { ...r.summary, blocked: false } }), 'report.json');
  expect(back.incomplete).toEqual(r.incomplete);
  expect(back.summary.blocked).toBe(true);
});
