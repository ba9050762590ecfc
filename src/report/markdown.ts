/**
 * The audit as markdown, laid out like the seed audit: headline verdict, summary table with a status per
 * line, critical queries, missing indexes with ready SQL and migration lines, findings (new first), TTFB,
 * capacity, a prioritized plan. Used for the PR comment and the job summary. All repository text is
 * escaped (see escape.ts); the whole stays under `maxChars` by dropping the least important sections.
 */

import type { Finding } from '../findings.js';
import type { AuditReport, ExplainRow } from './audit-report.js';
import { htmlText, mdCode, mdCodeBlock, mdLines, mdLink, mdText, truncate } from './escape.js';
import {
  blockingText,
  countsText,
  groupFindings,
  loadStatus,
  ms,
  planItems,
  pluralize,
  summaryLines,
  verdictsText,
  whereOf,
  type Status,
} from './view.js';
import { lowCertaintyText } from './certainty-text.js';

/** GitHub's limit on a comment body is 65,536 characters; keep a margin for the marker and footers. */
export const COMMENT_MAX_CHARS = 65_536 - 1_536;

export interface MarkdownOptions {
  /** Base URL that `docs/rules/PA###.md` is appended to (e.g. the action's repository blob URL). */
  docsBaseUrl?: string;
  maxChars?: number;
  /** Adds the hidden marker `<!-- perf-audit:{key} -->` that the PR comment is found by. */
  commentKey?: string;
  /** Link to the job summary, shown when sections had to be trimmed. */
  summaryUrl?: string;
  /** Extra lines under the headline (e.g. how many annotations were left out). */
  notes?: string[];
}

/** Keys are limited to a safe alphabet so a marker can never close the HTML comment early. */
export function sanitizeCommentKey(key: string | undefined): string {
  const cleaned = (key ?? '')
    .trim()
    .replace(/[^A-Za-z0-9._/-]/g, '-')
    .slice(0, 100);
  return cleaned || 'default';
}

export function commentMarker(key: string | undefined): string {
  return `<!-- perf-audit:${sanitizeCommentKey(key)} -->`;
}

/**
 * Repository text inside code spans and blocks is not entity-escaped, so a file named
 * `<!-- perf-audit:other -->.php` would carry another audit's marker into this comment. A zero-width space
 * after `perf-audit` keeps it readable and no longer a marker.
 */
export function neutraliseMarkers(text: string): string {
  return text.replace(/(<!--\s*perf-audit)(:)/gi, '$1\u200b$2');
}

/** The comment text with its own marker first and every other marker neutralised. */
function ownMarkerOnly(text: string, marker: string | null): string {
  if (marker && text.startsWith(marker)) return marker + neutraliseMarkers(text.slice(marker.length));
  return neutraliseMarkers(text);
}

const ICON: Record<Status, string> = { ok: '✅', info: 'ℹ️', warning: '⚠️', critical: '❌', unchecked: '➖' };

function table(headers: string[], rows: string[][]): string {
  const head = `| ${headers.join(' | ')} |`;
  const sep = `|${headers.map(() => '---').join('|')}|`;
  return [head, sep, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function docsLink(finding: Pick<Finding, 'rule' | 'docs'>, base: string | undefined): string {
  const path = finding.docs || `docs/rules/${finding.rule}.md`;
  if (!base || !/^docs\/rules\/PA\d{3}\.md$/.test(path)) return mdCode(finding.rule, { inTable: true });
  return mdLink(finding.rule, `${base.replace(/\/?$/, '/')}${path}`);
}

function whereCell(finding: Finding): string {
  const where = whereOf(finding);
  const more = (finding.locations?.length ?? 0) > 1 ? ` (+${finding.locations.length - 1} more)` : '';
  return where ? `${mdCode(where, { inTable: true, max: 200 })}${more}` : '—';
}

function findingCell(finding: Finding): string {
  return `**${mdText(finding.title, 200)}**<br>${mdText(finding.message, 400)}`;
}

function fixCell(finding: Finding): string {
  const parts: string[] = [];
  if (finding.fix?.sql) parts.push(mdCode(finding.fix.sql, { inTable: true, max: 300 }));
  if (finding.fix?.migration) parts.push(mdCode(finding.fix.migration, { inTable: true, max: 300 }));
  if (finding.fix?.text) parts.push(mdLines(finding.fix.text, 300));
  return parts.length ? parts.join('<br>') : '—';
}

/** A findings table limited to `limit` rows, with a pointer for the rest. */
function findingsTable(findings: Finding[], opts: RenderContext, limit: number, withFix = true): string {
  const shown = findings.slice(0, limit);
  const rows = shown.map((f) => {
    const row = [ICON[f.severity], docsLink(f, opts.docsBaseUrl), whereCell(f), findingCell(f)];
    if (withFix) row.push(fixCell(f));
    return row;
  });
  const headers = ['', 'Rule', 'Where', 'Finding', ...(withFix ? ['Fix'] : [])];
  let out = table(headers, rows);
  if (findings.length > shown.length)
    out += `\n\n_…and ${findings.length - shown.length} more: ${summaryPointer(opts)}._`;
  return out;
}

interface RenderContext extends MarkdownOptions {
  trimmed: boolean;
}

function summaryPointer(opts: MarkdownOptions): string {
  return opts.summaryUrl ? mdLink('see the job summary', opts.summaryUrl) : 'see the job summary';
}

interface Section {
  /** Higher survives longer when the text must shrink. */
  priority: number;
  /** Renders with at most `limit` rows in its main table. */
  render(limit: number): string | null;
}

function headline(report: AuditReport): string {
  const blocked = report.summary?.blocked === true;
  const groups = groupFindings(report);
  const title = blocked ? '## ❌ perf-audit: blocked' : '## ✅ perf-audit: passed';
  const facts = [
    `**${mdText(blockingText(report))}**`,
    `totals: ${mdText(countsText(report))}`,
    `${groups.added.length} new, ${groups.existing.length} pre-existing`,
  ];
  if (groups.fixed.length) facts.push(`${pluralize(groups.fixed.length, 'finding')} fixed since base`);
  if (groups.silenced.length) facts.push(`${groups.silenced.length} silenced`);
  // verdictsText is perf-audit's own wording, never repository text.
  const verdicts = `${report.summary?.verdicts === 'planner' ? '🔬' : '📄'} ${verdictsText(report)}`;
  const low = lowCertaintyText(report.certainty);
  // perf-audit's own wording with counts, like verdictsText: no repository text.
  const warning = low ? `\n\n> ⚠️ **${low}**` : '';
  return `${title}\n\n${facts.join(' · ')}${warning}\n\n_${verdicts}_`;
}

function summarySection(report: AuditReport): string {
  const rows = summaryLines(report).map((line) => [
    mdText(line.metric),
    line.value === '—' ? '—' : `**${mdText(line.value, 200)}**`,
    `${ICON[line.status]} ${mdText(line.note)}`,
  ]);
  return `### 📊 Summary\n\n${table(['Metric', 'Value', 'Status'], rows)}`;
}

function explainProblem(row: ExplainRow): string {
  if (row.verdict === 'ok') return row.key ? `✅ Uses index ${mdCode(row.key, { inTable: true })}` : '✅ OK';
  if (row.verdict === 'error') return `⚠️ EXPLAIN failed: ${mdText(row.error ?? 'unknown error', 200)}`;
  const words: Record<string, string> = {
    'full scan': 'Full table scan',
    filesort: 'Filesort',
    'full scan + filesort': 'Full table scan + filesort',
    temporary: 'Temporary table',
  };
  return `❌ ${mdText(words[row.verdict] ?? row.verdict)}`;
}

function queriesSection(report: AuditReport, limit: number): string | null {
  const rows = report.explains ?? [];
  if (rows.length === 0) return null;
  const bad = rows.filter((r) => r.verdict !== 'ok');
  const sorted = [...bad, ...rows.filter((r) => r.verdict === 'ok')].slice(0, limit);
  const body = sorted.map((r) => {
    const where = r.location
      ? `<br>${mdCode(`${r.location.file}:${r.location.line}`, { inTable: true, max: 200 })}`
      : '';
    return [
      `${mdText(r.name, 120)}<br>${mdCode(r.sql, { inTable: true, max: 240 })}${where}`,
      mdCode(r.access || '?', { inTable: true, max: 20 }),
      Number.isFinite(r.rows) ? Math.round(r.rows).toLocaleString('en-US') : '—',
      explainProblem(r),
    ];
  });
  let out = `### 🔍 Critical queries (EXPLAIN at production scale)\n\n${table(['Query', 'Type', 'Rows', 'Problem'], body)}`;
  if (rows.length > sorted.length)
    out += `\n\n_…and ${rows.length - sorted.length} more queries in the job summary._`;
  return out;
}

/** Missing indexes: the ready ALTER TABLE statements, then the same as Laravel migration lines. */
function indexesSection(report: AuditReport, limit: number): string | null {
  const findings = (report.findings ?? []).filter(
    (f) => f.rule === 'PA101' && !f.silenced && (f.fix?.sql || f.fix?.migration),
  );
  if (findings.length === 0) return null;
  const ordered = [
    ...findings.filter((f) => f.status !== 'existing'),
    ...findings.filter((f) => f.status === 'existing'),
  ];
  const shown = ordered.slice(0, limit);
  const sql: string[] = [];
  const byTable = new Map<string, string[]>();
  const seenSql = new Set<string>();
  for (const f of shown) {
    const label = `${f.table ?? '?'}.${f.columns.join(', ')}`;
    const tag = f.severity === 'critical' ? '🔴' : '🟡';
    if (f.fix.sql && !seenSql.has(f.fix.sql)) {
      seenSql.add(f.fix.sql);
      sql.push(
        `-- ${tag} ${f.status === 'existing' ? 'existing' : 'new'}: ${truncate(label, 120)}${whereOf(f) ? ` (${truncate(whereOf(f) ?? '', 160)})` : ''}`,
      );
      sql.push(f.fix.sql);
    }
    if (f.fix.migration && f.table) {
      const lines = byTable.get(f.table) ?? [];
      if (!lines.includes(f.fix.migration)) lines.push(f.fix.migration);
      byTable.set(f.table, lines);
    }
  }
  const parts = [`### 🗂️ Missing indexes (${findings.length})`];
  // Newlines inside repository text would end a SQL comment early; fold them before the block is built.
  if (sql.length) parts.push(mdCodeBlock(sql.map((l) => l.replace(/[\r\n]+/g, ' ')).join('\n'), 'sql'));
  if (byTable.size) {
    const php = [...byTable.entries()].map(
      ([name, lines]) =>
        `Schema::table(${phpString(name)}, function (Blueprint $table) {\n${lines.map((l) => `    ${l.replace(/[\r\n]+/g, ' ')}`).join('\n')}\n});`,
    );
    parts.push(`Laravel migration:\n\n${mdCodeBlock(php.join('\n\n'), 'php')}`);
  }
  if (findings.length > shown.length)
    parts.push(`_…and ${findings.length - shown.length} more in the job summary._`);
  return parts.join('\n\n');
}

function phpString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function newSection(report: AuditReport, ctx: RenderContext, limit: number): string {
  const { added } = groupFindings(report);
  if (added.length === 0) return '### 🆕 New findings\n\nNone: this change adds no finding.';
  return `### 🆕 New findings (${added.length})\n\n${findingsTable(added, ctx, limit)}`;
}

function fixedSection(report: AuditReport, ctx: RenderContext, limit: number): string | null {
  const { fixed } = groupFindings(report);
  if (fixed.length === 0) return null;
  return `### 🎉 Fixed since base (${fixed.length})\n\n${findingsTable(fixed, ctx, limit, false)}`;
}

function existingSection(report: AuditReport, ctx: RenderContext, limit: number): string | null {
  const { existing } = groupFindings(report);
  if (existing.length === 0) return null;
  return `<details><summary>${htmlText(`${pluralize(existing.length, 'pre-existing finding')} (already on the base branch, not blocking)`)}</summary>\n\n${findingsTable(existing, ctx, limit)}\n\n</details>`;
}

function silencedSection(report: AuditReport, ctx: RenderContext, limit: number): string | null {
  const { silenced } = groupFindings(report);
  if (silenced.length === 0) return null;
  const shown = silenced.slice(0, limit);
  const rows = shown.map((f) => [
    ICON[f.severity],
    docsLink(f, ctx.docsBaseUrl),
    whereCell(f),
    mdText(f.title, 200),
    mdText(f.silenced?.reason ?? '', 200),
    mdText(f.silenced?.by ?? '', 120),
  ]);
  let out = `### 🔕 Silenced (${silenced.length}, never blocking)\n\n${table(['', 'Rule', 'Where', 'Finding', 'Reason', 'Silenced by'], rows)}`;
  if (silenced.length > shown.length)
    out += `\n\n_…and ${silenced.length - shown.length} more in the job summary._`;
  return out;
}

function httpStatus(report: AuditReport, url: string, ok: boolean): string {
  if (!ok) return `${ICON.critical} Failed`;
  const findings = (report.findings ?? []).filter(
    (f) => !f.silenced && (f.rule === 'PA301' || f.rule === 'PA302') && f.evidence?.['url'] === url,
  );
  const sev = findings.some((f) => f.severity === 'critical')
    ? 'critical'
    : findings.length
      ? 'warning'
      : 'ok';
  return `${ICON[sev]} ${sev === 'ok' ? 'OK' : sev === 'warning' ? 'Above objective' : 'Too slow'}`;
}

function ttfbSection(report: AuditReport, limit: number): string | null {
  const results = report.http ?? [];
  if (results.length === 0) return null;
  const rows = results
    .slice(0, limit)
    .map((h) => [
      mdCode(h.url, { inTable: true, max: 200 }),
      String(h.samples ?? '—'),
      ms(h.dnsMs),
      ms(h.connectMs),
      `**${ms(h.ttfbP50Ms)}**`,
      ms(h.ttfbP95Ms),
      ms(h.totalP50Ms),
      h.ok
        ? httpStatus(report, h.url, true)
        : `${ICON.critical} ${mdText(h.error ?? `status ${h.status ?? '?'}`, 120)}`,
    ]);
  return `### ⚡ Response times\n\n${table(['URL', 'Samples', 'DNS', 'Connect', 'TTFB p50', 'TTFB p95', 'Total p50', 'Status'], rows)}`;
}

function capacitySection(report: AuditReport, limit: number): string | null {
  const steps = report.load ?? [];
  if (steps.length === 0) return null;
  const rows = steps
    .slice(0, limit)
    .map((s) => [
      mdCode(s.url, { inTable: true, max: 200 }),
      String(s.users),
      Number.isFinite(s.rps) ? s.rps.toFixed(1) : '—',
      ms(s.p50Ms),
      ms(s.p95Ms),
      Number.isFinite(s.errorRate) ? `${(s.errorRate * 100).toFixed(1)}%` : '—',
      `${ICON[loadStatus(s)]} ${mdText(s.verdict)}`,
    ]);
  return `### 🚀 Capacity\n\n${table(['URL', 'Users', 'Requests/s', 'p50', 'p95', 'Errors', 'Verdict'], rows)}`;
}

function planSection(report: AuditReport, limit: number): string | null {
  const items = planItems(report);
  if (items.length === 0) return null;
  const titles = {
    high: '**High priority** (critical)',
    medium: '**Medium priority** (warnings)',
    low: '**Low priority** (info)',
  };
  const parts = ['### 🔧 Plan'];
  let n = 0;
  for (const priority of ['high', 'medium', 'low'] as const) {
    const group = items.filter((i) => i.priority === priority);
    if (group.length === 0) continue;
    const lines = group.slice(0, limit).map((item) => {
      n += 1;
      const f = item.finding;
      const fix = f.fix?.sql
        ? ` — ${mdCode(f.fix.sql, { max: 300 })}`
        : f.fix?.text
          ? ` — ${mdLines(f.fix.text, 300)}`
          : f.fix?.migration
            ? ` — ${mdCode(f.fix.migration, { max: 300 })}`
            : '';
      const times = item.count > 1 ? ` (×${item.count})` : '';
      const state = f.status === 'existing' ? ' _(pre-existing)_' : '';
      return `${n}. ${mdText(f.title, 200)}${times}${state}${fix}`;
    });
    if (group.length > limit) lines.push(`- …and ${group.length - limit} more`);
    parts.push(`${titles[priority]}\n\n${lines.join('\n')}`);
  }
  return parts.join('\n\n');
}

function phasesSection(report: AuditReport, limit: number): string | null {
  const phases = report.phases ?? [];
  if (phases.length === 0) return null;
  const icon = { ran: '✅ ran', skipped: '➖ skipped', failed: '❌ failed' } as Record<string, string>;
  const rows = phases
    .slice(0, limit)
    .map((p) => [
      mdText(p.name, 60),
      icon[p.status] ?? mdText(p.status, 20),
      ms(p.ms),
      mdText(p.note ?? '', 300) || '—',
    ]);
  return `<details><summary>Phases</summary>\n\n${table(['Phase', 'Status', 'Time', 'Note'], rows)}\n\n</details>`;
}

function footer(report: AuditReport, ctx: RenderContext): string {
  const version = mdText(report.tool?.version ?? '?', 40);
  const when = mdText(report.generatedAt ?? '', 40);
  const link = ctx.summaryUrl ? ` · ${mdLink('full audit in the job summary', ctx.summaryUrl)}` : '';
  return `<sub>perf-audit ${version} · ${when}${link}</sub>`;
}

/** Renders the audit; the result is always at most `maxChars` characters. */
export function renderMarkdown(report: AuditReport, opts: MarkdownOptions = {}): string {
  const maxChars = opts.maxChars ?? COMMENT_MAX_CHARS;
  const ctx: RenderContext = { ...opts, trimmed: false };
  const sections: Section[] = [
    { priority: 100, render: () => summarySection(report) },
    { priority: 60, render: (n) => queriesSection(report, n) },
    { priority: 80, render: (n) => indexesSection(report, n) },
    { priority: 90, render: (n) => newSection(report, ctx, n) },
    { priority: 70, render: (n) => fixedSection(report, ctx, n) },
    { priority: 40, render: (n) => existingSection(report, ctx, n) },
    { priority: 30, render: (n) => silencedSection(report, ctx, n) },
    { priority: 50, render: (n) => ttfbSection(report, n) },
    { priority: 20, render: (n) => capacitySection(report, n) },
    { priority: 10, render: (n) => planSection(report, n) },
    { priority: 5, render: (n) => phasesSection(report, n) },
  ];

  const top = [opts.commentKey !== undefined ? commentMarker(opts.commentKey) : null, headline(report)];
  const notes = [...(report.notices ?? []), ...(opts.notes ?? [])].map((n) => `> ${mdText(n, 500)}`);
  const trimNote = `> ✂️ Shortened to fit GitHub's size limit: ${summaryPointer(opts)} for the full audit.`;

  const assemble = (kept: Section[], limit: number, trimmed: boolean): string => {
    const body = sections
      .filter((s) => kept.includes(s))
      .map((s) => s.render(limit))
      .filter((s): s is string => s !== null);
    const head = [...top.filter((t): t is string => t !== null), ...(trimmed ? [trimNote] : []), ...notes];
    return [...head, ...body, footer(report, ctx)].join('\n\n') + '\n';
  };

  let kept = [...sections];
  let limit = Number.MAX_SAFE_INTEGER;
  let text = assemble(kept, limit, false);
  // Least important sections go first; then the remaining tables lose rows, halving until the text fits.
  const dropOrder = [...sections].sort((a, b) => a.priority - b.priority).filter((s) => s.priority < 90);
  while (text.length > maxChars && dropOrder.length) {
    const drop = dropOrder.shift()!;
    kept = kept.filter((s) => s !== drop);
    text = assemble(kept, limit, true);
  }
  limit = Math.max(...[report.findings?.length ?? 0, report.explains?.length ?? 0, 1]);
  while (text.length > maxChars && limit > 1) {
    limit = Math.floor(limit / 2);
    text = assemble(kept, limit, true);
  }
  if (text.length > maxChars) {
    // Only the headline is left to give; it is short by construction.
    text = `${[...top.filter((t): t is string => t !== null), trimNote].join('\n\n')}\n`;
    text = text.slice(0, maxChars);
  }
  return ownMarkerOnly(text, top[0]);
}
