/** perf-audit's own sentences about the table sizes a run used (the file name and table names are escaped by the caller). */

import type { Finding } from '../findings.js';
import type { AuditReport } from './audit-report.js';

/** "Sizes measured for 3 tables (from .perf-audit-stats.json)", or why the file was not used; null without a file. */
export function sizesText(report: AuditReport): string | null {
  const s = report.statistics;
  if (!s) return null;
  const n = Object.keys(s.measured).length;
  const head = n
    ? `Sizes measured for ${n} table${n === 1 ? '' : 's'} (from ${s.file})`
    : `No measured size used from ${s.file}`;
  return s.problems.length ? `${head}; ${s.problems.join('; ')}` : head;
}

const SOURCE_TEXT = { measured: 'measured', config: 'from database.tables', assumed: 'assumed' } as const;

/** "Rows used for roles: 6 (measured)", from evidence.tableSize; null when the finding has none. */
export function rowsUsedText(finding: Finding): string | null {
  const size = finding.evidence?.tableSize as { rows?: unknown; source?: unknown } | undefined;
  if (!size || typeof size.rows !== 'number' || !finding.table) return null;
  const source = SOURCE_TEXT[size.source as keyof typeof SOURCE_TEXT] ?? 'assumed';
  return `Rows used for ${finding.table}: ${size.rows.toLocaleString('en-US')} (${source})`;
}
