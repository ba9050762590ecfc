/**
 * The sections of the markdown report. Each knows how many rows it has (`size`), renders with at most
 * `limit` of them (saying how many more are in the job summary), and names what it leaves out.
 */

import type { Finding } from '../findings.js';
import type { AuditReport, ExplainRow } from './audit-report.js';
import { mdCode, mdCodeBlock, mdText } from './escape.js';
import { indexPlan, planMigration, planSql } from './index-plan.js';
import {
  collapsed,
  docsLink,
  findingCard,
  findingsTable,
  ICON,
  placeLink,
  summaryPointer,
  table,
  textFixes,
  type PartsContext,
} from './markdown-parts.js';
import {
  blockingFindings,
  groupFindings,
  loadStatus,
  ms,
  notUnderstoodGroups,
  pluralize,
  summaryLines,
} from './view.js';

export interface Section {
  /** Higher gets the room first when the text must shrink. */
  priority: number;
  /** Rows (findings, queries, URLs…) it can show; 0 when it has nothing to show. */
  size: number;
  /** What `n` of its rows are, for the note on what was left out: "3 pre-existing findings". */
  what(n: number): string;
  /** The section with at most `limit` rows, or null when there is nothing to show. */
  render(limit: number): string | null;
}

function more(total: number, shown: number, ctx: PartsContext): string {
  return total > shown ? `\n\n_…and ${total - shown} more in ${summaryPointer(ctx)}._` : '';
}

/**
 * Blocking findings without room for their card are still named on the first screen, one short line
 * each (no link: the cards above have them), up to this many characters of names.
 */
const NAMED_BLOCKING_CHARS = 7_000;

/** `12. Missing index on orders.user\_id · `PA101` · `app/Orders.php:40`` */
function namedLine(f: Finding, n: number): string {
  const place = f.file ? ` · ${mdCode(f.line ? `${f.file}:${f.line}` : f.file, { max: 120 })}` : '';
  return `${n}. ${mdText(f.title, 160)} · ${mdCode(f.rule)}${place}`;
}

/**
 * `12. Missing index on orders.user\_id · `PA101` · `Orders.php:40``: when the full lines do not all fit,
 * every name is shortened (the file's name instead of its path, a shorter title) so that more of them reach
 * the first screen; the cards above and the job summary keep the full paths.
 */
function compactLine(f: Finding, n: number): string {
  const file = f.file ? (f.file.split('/').pop() ?? f.file) : null;
  const place = file ? ` · ${mdCode(f.line ? `${file}:${f.line}` : file, { max: 60 })}` : '';
  return `${n}. ${mdText(f.title, 100)} · ${mdCode(f.rule)}${place}`;
}

/** The names that fit in NAMED_BLOCKING_CHARS, numbered on from `from`: full lines if all fit, else compact. */
function namedLines(rest: Finding[], from: number): string[] {
  const fit = (line: (f: Finding, n: number) => string) => {
    const named: string[] = [];
    let chars = 0;
    for (const f of rest) {
      const text = line(f, from + named.length);
      if (chars + text.length > NAMED_BLOCKING_CHARS) break;
      named.push(text);
      chars += text.length + 1;
    }
    return named;
  };
  const full = fit(namedLine);
  return full.length === rest.length ? full : fit(compactLine);
}

/**
 * The findings that block this change: the first screen of the comment. As many as fit in full (with
 * their fixes); the others are still named, one line each, so the first screen names them all.
 */
export function blockingSection(report: AuditReport, ctx: PartsContext): Section {
  const blocking = blockingFindings(report);
  return {
    priority: 100,
    size: blocking.length,
    what: (n) => `the fixes of ${pluralize(n, 'blocking finding')}`,
    render(limit) {
      if (blocking.length === 0) return null;
      const shown = blocking.slice(0, limit);
      const cards = shown.map((f, i) => findingCard(ctx, f, i + 1));
      const named = namedLines(blocking.slice(shown.length), shown.length + 1);
      const list = named.length
        ? [`Also blocking (fixes in ${summaryPointer(ctx)}):\n\n${named.join('\n')}`]
        : [];
      return (
        [`### Blocking findings (${blocking.length})`, ...cards, ...list].join('\n\n') +
        more(blocking.length, shown.length + named.length, ctx)
      );
    },
  };
}

/** New findings that have an SQL fix: one ALTER TABLE and one Schema::table per table. */
export function indexPlanSection(report: AuditReport): Section {
  const plans = indexPlan(groupFindings(report).added);
  return {
    priority: 90,
    size: plans.length,
    what: (n) => `the index plan of ${pluralize(n, 'table')}`,
    render(limit) {
      if (plans.length === 0) return null;
      const shown = plans.slice(0, limit);
      if (shown.length === 0) return null;
      const parts = ['### 🗂️ Index plan for the new findings', mdCodeBlock(planSql(shown), 'sql')];
      const php = planMigration(shown);
      if (php) parts.push(`Laravel migration:\n\n${mdCodeBlock(php, 'php')}`);
      if (plans.length > shown.length)
        parts.push(`_…and ${plans.length - shown.length} more tables in the job summary._`);
      return parts.join('\n\n');
    },
  };
}

/** Fixes under a collapsed findings table: the index plan, then the text fixes. */
function fixesOf(findings: Finding[]): string[] {
  const parts: string[] = [];
  const plans = indexPlan(findings);
  if (plans.length) {
    parts.push(mdCodeBlock(planSql(plans), 'sql'));
    const php = planMigration(plans);
    if (php) parts.push(mdCodeBlock(php, 'php'));
  }
  const text = textFixes(findings);
  if (text) parts.push(text);
  return parts;
}

/** New findings that do not block (collapsed), or pre-existing ones (collapsed), PA901 apart. */
export function findingsSection(
  report: AuditReport,
  ctx: PartsContext,
  which: 'other-new' | 'existing',
): Section {
  const groups = groupFindings(report);
  const blocking = new Set(blockingFindings(report));
  const findings = (which === 'existing' ? groups.existing : groups.added).filter(
    (f) => f.rule !== 'PA901' && !blocking.has(f),
  );
  const label = which === 'existing' ? 'pre-existing finding' : 'other new finding';
  return {
    priority: which === 'existing' ? 60 : 80,
    size: findings.length,
    what: (n) => pluralize(n, label),
    render(limit) {
      if (findings.length === 0) return null;
      const shown = findings.slice(0, limit);
      const title =
        which === 'existing'
          ? `${pluralize(findings.length, label)} (already on the base branch, not blocking)`
          : `${pluralize(findings.length, label)} (not blocking)`;
      if (shown.length === 0) return collapsed(title, `Listed in ${summaryPointer(ctx)}.`);
      const body = [findingsTable(ctx, shown), ...fixesOf(shown)].join('\n\n');
      return collapsed(title, body + more(findings.length, shown.length, ctx));
    },
  };
}

export function fixedSection(report: AuditReport, ctx: PartsContext): Section {
  const { fixed } = groupFindings(report);
  return {
    priority: 55,
    size: fixed.length,
    what: (n) => pluralize(n, 'fixed finding'),
    render(limit) {
      if (fixed.length === 0) return null;
      const shown = fixed.slice(0, limit);
      const title = `🎉 ${pluralize(fixed.length, 'finding')} fixed since base`;
      if (shown.length === 0) return collapsed(title, `Listed in ${summaryPointer(ctx)}.`);
      return collapsed(title, findingsTable(ctx, shown) + more(fixed.length, shown.length, ctx));
    },
  };
}

export function silencedSection(report: AuditReport, ctx: PartsContext): Section {
  const { silenced } = groupFindings(report);
  return {
    priority: 30,
    size: silenced.length,
    what: (n) => pluralize(n, 'silenced finding'),
    render(limit) {
      if (silenced.length === 0) return null;
      const shown = silenced.slice(0, limit);
      const rows = shown.map((f) => [
        ICON[f.severity],
        docsLink(f, ctx.docsBaseUrl),
        f.file ? placeLink(ctx, f.file, f.line, true) : '—',
        mdText(f.title, 160),
        `${mdText(f.silenced?.reason ?? '', 200)}<br>${mdText(f.silenced?.by ?? '', 120)}`,
      ]);
      const title = `🔕 ${pluralize(silenced.length, 'silenced finding')} (never blocking)`;
      const body = table(['', 'Rule', 'Where', 'Finding', 'Reason'], rows);
      return collapsed(title, body + more(silenced.length, shown.length, ctx));
    },
  };
}

/** `.env.production:12: CACHE_DRIVER`: the file and line that decided a setting, when it has them. */
export function decidedAt(s: { source: string; file: string | null; line: number | null }): string {
  if (!s.file || !s.line) return s.source;
  const at = `${s.file}:${s.line}`;
  if (s.source.startsWith(`${s.file}: `)) return `${at}: ${s.source.slice(s.file.length + 2)}`;
  return s.source.includes(at) ? s.source : `${s.source} (${at})`;
}

/** The seed audit's summary lines, and which file decided every setting read. */
export function checksSection(report: AuditReport): Section {
  const settings = report.settings ?? [];
  return {
    priority: 75,
    size: 1,
    what: () => 'the checks and settings table',
    render(limit) {
      if (limit < 1) return null;
      const rows = summaryLines(report).map((line) => [
        mdText(line.metric),
        line.value === '—' ? '—' : `**${mdText(line.value, 120)}**`,
        `${ICON[line.status]} ${mdText(line.note)}`,
      ]);
      const parts = [table(['Check', 'Value', 'Status'], rows)];
      if (settings.length)
        parts.push(
          table(
            ['Setting', 'Value', 'Decided by'],
            settings.map((s) => [
              mdCode(s.key, { inTable: true, max: 80 }),
              s.value === null ? '—' : mdCode(s.value, { inTable: true, max: 80 }),
              mdText(decidedAt(s), 160),
            ]),
          ),
        );
      return collapsed('📊 Checks and settings', parts.join('\n\n'));
    },
  };
}

function httpStatus(report: AuditReport, url: string): string {
  const findings = (report.findings ?? []).filter(
    (f) => !f.silenced && (f.rule === 'PA301' || f.rule === 'PA302') && f.evidence?.['url'] === url,
  );
  if (findings.some((f) => f.severity === 'critical')) return `${ICON.critical} Too slow`;
  return findings.length ? `${ICON.warning} Above objective` : `${ICON.ok} OK`;
}

export function ttfbSection(report: AuditReport): Section {
  const results = report.http ?? [];
  return {
    priority: 70,
    size: results.length,
    what: (n) => `response times of ${pluralize(n, 'URL')}`,
    render(limit) {
      if (results.length === 0) return null;
      const shown = results.slice(0, limit);
      if (shown.length === 0) return null;
      const rows = shown.map((h) => [
        mdCode(h.url, { inTable: true, max: 120 }),
        String(h.samples ?? '—'),
        `**${ms(h.ttfbP50Ms)}**`,
        ms(h.ttfbP95Ms),
        ms(h.totalP50Ms),
        h.ok
          ? httpStatus(report, h.url)
          : `${ICON.critical} ${mdText(h.error ?? `status ${h.status ?? '?'}`, 120)}`,
      ]);
      const body = table(['URL', 'Samples', 'TTFB p50', 'TTFB p95', 'Total p50', 'Status'], rows);
      return collapsed('⚡ Response times', body);
    },
  };
}

export function capacitySection(report: AuditReport): Section {
  const steps = report.load ?? [];
  return {
    priority: 45,
    size: steps.length,
    what: (n) => pluralize(n, 'load step'),
    render(limit) {
      const shown = steps.slice(0, limit);
      if (shown.length === 0) return null;
      const rows = shown.map((s) => [
        mdCode(s.url, { inTable: true, max: 120 }),
        String(s.users),
        Number.isFinite(s.rps) ? s.rps.toFixed(1) : '—',
        ms(s.p95Ms),
        Number.isFinite(s.errorRate) ? `${(s.errorRate * 100).toFixed(1)}%` : '—',
        `${ICON[loadStatus(s)]} ${mdText(s.verdict)}`,
      ]);
      return collapsed(
        '🚀 Capacity',
        table(['URL', 'Users', 'Requests/s', 'p95', 'Errors', 'Verdict'], rows),
      );
    },
  };
}

function explainProblem(row: ExplainRow): string {
  if (row.verdict === 'ok') return row.key ? `✅ Uses index ${mdCode(row.key, { inTable: true })}` : '✅ OK';
  if (row.verdict === 'error') return `⚠️ EXPLAIN failed: ${mdText(row.error ?? 'unknown error', 160)}`;
  const words: Record<string, string> = {
    'full scan': 'Full table scan',
    filesort: 'Filesort',
    'full scan + filesort': 'Full table scan + filesort',
    temporary: 'Temporary table',
  };
  return `❌ ${mdText(words[row.verdict] ?? row.verdict)}`;
}

/**
 * Shapes of one query (its optional branches) that the table would show as the same row: the same code, place,
 * access, rows and problem (a filesort row does not name its index). They are shown once, with their count,
 * so no row repeats.
 */
function samePlanOnce(rows: ExplainRow[]): (ExplainRow & { shapes: number })[] {
  const byRow = new Map<string, ExplainRow & { shapes: number }>();
  for (const r of rows) {
    const key = JSON.stringify([
      r.name, r.code ?? r.sql, r.location?.file, r.location?.line, r.access, Math.round(r.rows), explainProblem(r),
    ]); // prettier-ignore
    const seen = byRow.get(key);
    if (seen) seen.shapes += 1;
    else byRow.set(key, { ...r, shapes: 1 });
  }
  return [...byRow.values()];
}

/** EXPLAIN at production scale; each query as the code wrote it, never with values the audit made up. */
export function explainSection(report: AuditReport, ctx: PartsContext): Section {
  const all = report.explains ?? [];
  const rows = samePlanOnce([
    ...all.filter((r) => r.verdict !== 'ok'),
    ...all.filter((r) => r.verdict === 'ok'),
  ]);
  return {
    priority: 50,
    size: rows.length,
    what: (n) => pluralize(n, 'EXPLAIN row'),
    render(limit) {
      const shown = rows.slice(0, limit);
      if (shown.length === 0) return null;
      const body = shown.map((r) => {
        const where = r.location ? `<br>${placeLink(ctx, r.location.file, r.location.line, true)}` : '';
        const shapes = r.shapes > 1 ? `<br>_${r.shapes} shapes of this query, one plan_` : '';
        return [
          `${mdText(r.name, 80)}<br>${mdCode(r.code ?? r.sql, { inTable: true, max: 200 })}${where}${shapes}`,
          mdCode(r.access || '?', { inTable: true, max: 20 }),
          Number.isFinite(r.rows) ? Math.round(r.rows).toLocaleString('en-US') : '—',
          explainProblem(r),
        ];
      });
      const bad = rows.filter((r) => r.verdict !== 'ok').length;
      const title = `🔍 EXPLAIN at production scale: ${pluralize(rows.length, 'query', 'queries')}, ${bad} with a problem`;
      return collapsed(
        title,
        table(['Query', 'Type', 'Rows', 'Problem'], body) + more(rows.length, shown.length, ctx),
      );
    },
  };
}

/** Constructs not understood (PA901): one line each, with a count and up to three places. */
export function notUnderstoodSection(report: AuditReport, ctx: PartsContext): Section {
  const groups = notUnderstoodGroups((report.findings ?? []).filter((f) => !f.silenced));
  const total = groups.reduce((n, g) => n + g.count, 0);
  return {
    priority: 35,
    size: groups.length,
    what: (n) => pluralize(n, 'construct') + ' not understood',
    render(limit) {
      const shown = groups.slice(0, limit);
      if (shown.length === 0) return null;
      const lines = shown.map((g) => {
        const places = g.locations.map((l) => placeLink(ctx, l.file, l.line)).join(', ');
        const rest = g.count > g.locations.length ? ` and ${g.count - g.locations.length} more` : '';
        return `- ${mdText(g.construct, 200)} ×${g.count}${places ? `: ${places}${rest}` : ''}`;
      });
      const title = `🧩 Not understood: ${pluralize(groups.length, 'construct')}, ${pluralize(total, 'place')} (verdicts there may be incomplete)`;
      return collapsed(title, lines.join('\n') + more(groups.length, shown.length, ctx));
    },
  };
}

export function phasesSection(report: AuditReport): Section {
  const phases = report.phases ?? [];
  const icon = { ran: '✅ ran', skipped: '➖ skipped', failed: '❌ failed' } as Record<string, string>;
  return {
    priority: 20,
    size: phases.length,
    what: (n) => pluralize(n, 'phase'),
    render(limit) {
      const shown = phases.slice(0, limit);
      if (shown.length === 0) return null;
      const rows = shown.map((p) => [
        mdText(p.name, 60),
        icon[p.status] ?? mdText(p.status, 20),
        ms(p.ms),
        mdText(p.note ?? '', 300) || '—',
      ]);
      return collapsed('Phases', table(['Phase', 'Status', 'Time', 'Note'], rows));
    },
  };
}
