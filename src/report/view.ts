/**
 * What the reports show, decided once for every format (markdown, terminal table, summary): the seed
 * audit's summary lines with a status each, the grouping of findings, and the prioritized plan.
 * Pure functions of an AuditReport; the renderers only lay it out.
 */

import { compareFindings, SEVERITY_ORDER, type Finding, type Severity } from '../findings.js';
import type { AuditReport, HttpResult, LoadStep } from './audit-report.js';
import { certaintyVerdicts } from './certainty-text.js';

export type Status = 'ok' | 'info' | 'warning' | 'critical' | 'unchecked';

export interface SummaryLine {
  metric: string;
  value: string;
  status: Status;
  /** A word or two after the status icon: "Excellent", "Migrate to Redis", "not checked". */
  note: string;
}

export interface FindingGroups {
  /** Unsilenced findings introduced by this change (all of them without a baseline). */
  added: Finding[];
  /** Unsilenced findings already present on the base. */
  existing: Finding[];
  silenced: Finding[];
  fixed: Finding[];
}

export interface PlanItem {
  priority: 'high' | 'medium' | 'low';
  finding: Finding;
  /** How many findings share this fix (e.g. several queries that need one index). */
  count: number;
}

export function groupFindings(report: AuditReport): FindingGroups {
  const findings = [...(report.findings ?? [])].sort(compareFindings);
  return {
    added: findings.filter((f) => !f.silenced && f.status !== 'existing'),
    existing: findings.filter((f) => !f.silenced && f.status === 'existing'),
    silenced: findings.filter((f) => f.silenced),
    fixed: [...(report.fixed ?? [])].sort(compareFindings),
  };
}

function worst(findings: Finding[]): Severity | null {
  let best: Severity | null = null;
  for (const f of findings) if (!best || SEVERITY_ORDER[f.severity] > SEVERITY_ORDER[best]) best = f.severity;
  return best;
}

function active(report: AuditReport, ...rules: string[]): Finding[] {
  return (report.findings ?? []).filter((f) => !f.silenced && rules.includes(f.rule));
}

function statusOf(findings: Finding[]): Status {
  return worst(findings) ?? 'ok';
}

function setting(report: AuditReport, ...keys: string[]): string | null {
  for (const key of keys) {
    const found = (report.settings ?? []).find((s) => s.key === key);
    if (found) return found.value ?? 'null';
  }
  return null;
}

function settingMatching(report: AuditReport, pattern: RegExp): string | null {
  const found = (report.settings ?? []).find((s) => pattern.test(s.key));
  return found ? (found.value ?? 'null') : null;
}

/** A line for a driver setting (cache, session, queue): the value, and the rule's verdict on it. */
function driverLine(
  report: AuditReport,
  metric: string,
  rule: string,
  keys: string[],
  fix: string,
): SummaryLine {
  const value = setting(report, ...keys);
  const findings = active(report, rule);
  const status = statusOf(findings);
  if (value === null && findings.length === 0)
    return { metric, value: '—', status: 'unchecked', note: 'not checked' };
  return { metric, value: value ?? '—', status, note: status === 'ok' ? 'Correct' : fix };
}

export function ms(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '—' : `${Math.round(value)} ms`;
}

/** The URL whose median TTFB is the headline number: the slowest one that answered. */
export function headlineHttp(report: AuditReport): HttpResult | null {
  const answered = (report.http ?? []).filter((h) => h.ttfbP50Ms !== null);
  if (answered.length === 0) return (report.http ?? [])[0] ?? null;
  return answered.reduce((a, b) => ((b.ttfbP50Ms ?? 0) > (a.ttfbP50Ms ?? 0) ? b : a));
}

function ttfbLine(report: AuditReport): SummaryLine {
  const metric = 'TTFB (time to first byte, median)';
  const head = headlineHttp(report);
  if (!head) return { metric, value: '—', status: 'unchecked', note: 'no URL audited' };
  const findings = active(report, 'PA301', 'PA302');
  const status = statusOf(findings);
  const value =
    head.ttfbP50Ms === null
      ? `failed (${head.error ?? head.status ?? 'no answer'})`
      : `${ms(head.ttfbP50Ms)} (${head.url})`;
  const note =
    status === 'critical'
      ? 'Too slow or failing'
      : status === 'warning'
        ? 'Above objective'
        : (head.ttfbP50Ms ?? 0) < 200
          ? 'Excellent'
          : 'Within objective';
  return { metric, value, status, note };
}

function countLine(
  report: AuditReport,
  metric: string,
  rules: string[],
  okNote: string,
  badNote: string,
): SummaryLine {
  const findings = active(report, ...rules);
  const status = statusOf(findings);
  return { metric, value: String(findings.length), status, note: findings.length ? badNote : okNote };
}

function capacityLine(report: AuditReport): SummaryLine | null {
  const steps = report.load ?? [];
  if (steps.length === 0) return null;
  const top = steps.reduce((a, b) => (b.users > a.users ? b : a));
  const status: Status = loadStatus(top);
  return {
    metric: `Capacity at ${top.users} concurrent users`,
    value: `p95 ${ms(top.p95Ms)}, ${top.rps.toFixed(0)} req/s`,
    status,
    note: top.verdict,
  };
}

export function loadStatus(step: LoadStep): Status {
  return step.verdict === 'manageable' ? 'ok' : step.verdict === 'may degrade' ? 'warning' : 'critical';
}

/** The seed's executive summary: one line per check, each with a status. */
export function summaryLines(report: AuditReport): SummaryLine[] {
  const lines: SummaryLine[] = [ttfbLine(report)];
  lines.push(driverLine(report, 'Cache driver', 'PA201', ['cache.default'], 'Migrate to Redis'));
  lines.push(driverLine(report, 'Session driver', 'PA202', ['session.driver'], 'Migrate to Redis'));
  lines.push(driverLine(report, 'Queue connection', 'PA203', ['queue.default'], 'Use a real queue'));

  const workers = settingMatching(report, /max_children/);
  const fpm = active(report, 'PA205');
  lines.push(
    workers === null && fpm.length === 0
      ? { metric: 'PHP-FPM workers', value: '—', status: 'unchecked', note: 'no pool config given' }
      : {
          metric: 'PHP-FPM workers',
          value: workers ? `${workers} max` : '—',
          status: statusOf(fpm),
          note: fpm.length ? 'Limiting' : 'Enough',
        },
  );

  const opcache = active(report, 'PA204');
  const opcacheValue = settingMatching(report, /^opcache\./);
  if (opcache.length || opcacheValue !== null) {
    lines.push({
      metric: 'OPcache',
      value: opcache.length ? 'revalidates or too small' : 'tuned',
      status: statusOf(opcache),
      note: opcache.length ? 'Tune for production' : 'Correct',
    });
  }

  const failed = active(report, 'PA208');
  if (failed.length) {
    const count = failed[0]?.evidence?.['failedJobs'] ?? failed[0]?.evidence?.['count'];
    lines.push({
      metric: 'Failed jobs',
      value: count === undefined ? 'recorded' : String(count),
      status: statusOf(failed),
      note: 'Review',
    });
  } else {
    // failed_jobs is read after the smoke test, which needs both a database and a running app.
    const smoke = (report.phases ?? []).some((p) => p.name === 'http' && p.status === 'ran');
    lines.push(
      report.summary?.verdicts === 'planner' && smoke
        ? { metric: 'Failed jobs', value: '0', status: 'ok', note: 'None recorded' }
        : {
            metric: 'Failed jobs',
            value: '—',
            status: 'unchecked',
            note: 'not checked (needs a database and a URL)',
          },
    );
  }

  lines.push(countLine(report, 'Missing indexes', ['PA101'], 'None', 'Add the indexes below'));
  lines.push(
    countLine(
      report,
      'Full table scans / filesorts',
      ['PA102', 'PA103', 'PA104'],
      'None',
      'See the queries below',
    ),
  );
  for (const [metric, rules, bad] of [
    ['Schema (foreign keys, duplicates, primary keys)', ['PA105', 'PA106', 'PA107'], 'Review'],
    ['Queries per request (N+1)', ['PA108', 'PA109'], 'Reduce'],
    ['Telescope / APP_DEBUG', ['PA206', 'PA207'], 'Fix for production'],
    ['Files not understood', ['PA901'], 'See below'],
  ] as const) {
    if (active(report, ...rules).length) lines.push(countLine(report, metric, [...rules], 'None', bad));
  }
  const capacity = capacityLine(report);
  if (capacity) lines.push(capacity);
  return lines;
}

/** High: critical; medium: warnings; low: info. New findings first; findings sharing one fix fold together. */
export function planItems(report: AuditReport): PlanItem[] {
  const groups = groupFindings(report);
  const items = new Map<string, PlanItem>();
  for (const finding of [...groups.added, ...groups.existing]) {
    const fixKey = finding.fix?.sql ?? finding.fix?.text ?? finding.fix?.migration ?? finding.fingerprint;
    const key = `${finding.rule}\u0000${fixKey}`;
    const existing = items.get(key);
    if (existing) {
      existing.count += 1;
      continue;
    }
    const priority =
      finding.severity === 'critical' ? 'high' : finding.severity === 'warning' ? 'medium' : 'low';
    items.set(key, { priority, finding, count: 1 });
  }
  const order = { high: 0, medium: 1, low: 2 };
  return [...items.values()].sort((a, b) => order[a.priority] - order[b.priority]);
}

/** `file:line` for a finding, or null when it has no place in the code. */
export function whereOf(finding: Finding): string | null {
  if (!finding.file) return null;
  return finding.line ? `${finding.file}:${finding.line}` : finding.file;
}

export function pluralize(n: number, word: string, plural = `${word}s`): string {
  return `${n} ${n === 1 ? word : plural}`;
}

/** The headline counts, in words: "2 critical, 3 warnings, 1 info". */
export function countsText(report: AuditReport): string {
  const s = report.summary;
  return `${pluralize(s?.critical ?? 0, 'critical', 'critical')}, ${pluralize(s?.warning ?? 0, 'warning')}, ${pluralize(s?.info ?? 0, 'info', 'info')}`;
}

export function verdictsText(report: AuditReport): string {
  return certaintyVerdicts(report.summary?.verdicts === 'planner', report.certainty);
}

/** Why the run blocked, or why it passed, in one sentence. */
export function blockingText(report: AuditReport): string {
  if (report.incomplete) return `the audit did not finish: ${report.incomplete.reason}`;
  const groups = groupFindings(report);
  const failOn = report.summary?.failOn ?? 'critical';
  if (failOn === 'never') return 'fail-on is never: findings are reported, nothing blocks';
  const threshold = SEVERITY_ORDER[failOn as Severity] ?? SEVERITY_ORDER.critical;
  const blocking = groups.added.filter((f) => SEVERITY_ORDER[f.severity] >= threshold);
  return report.summary?.blocked
    ? `${pluralize(blocking.length, 'new finding')} at or above fail-on ${failOn}`
    : `no new finding at or above fail-on ${failOn}`;
}

export interface ConstructGroup {
  /** The construct perf-audit did not understand (or "File does not parse"). */
  construct: string;
  count: number;
  /** Up to three places, in report order. */
  locations: { file: string; line: number | null }[];
}

/** PA901 findings grouped by construct: one line each, however many times it occurs. */
export function notUnderstoodGroups(findings: Finding[], maxLocations = 3): ConstructGroup[] {
  const groups = new Map<string, ConstructGroup>();
  for (const f of findings) {
    if (f.rule !== 'PA901') continue;
    const raw = f.evidence?.['construct'];
    const construct = typeof raw === 'string' && raw !== '' && raw !== 'parse error' ? raw : f.title;
    const group = groups.get(construct) ?? { construct, count: 0, locations: [] };
    groups.set(construct, group);
    group.count += 1;
    if (f.file && group.locations.length < maxLocations) group.locations.push({ file: f.file, line: f.line });
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.construct.localeCompare(b.construct));
}

/** The unsilenced new findings at or above fail-on: what blocks this change. */
export function blockingFindings(report: AuditReport): Finding[] {
  const failOn = report.summary?.failOn ?? 'critical';
  if (failOn === 'never') return [];
  const threshold = SEVERITY_ORDER[failOn as Severity] ?? SEVERITY_ORDER.critical;
  return groupFindings(report).added.filter((f) => SEVERITY_ORDER[f.severity] >= threshold);
}
