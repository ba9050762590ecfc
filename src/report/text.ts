/** The terminal rendering (`--format table`): the same sections as the markdown, as aligned plain text. */

import type { Finding } from '../findings.js';
import type { AuditReport } from './audit-report.js';
import { plain } from './escape.js';
import {
  blockingText,
  countsText,
  groupFindings,
  loadStatus,
  ms,
  planItems,
  summaryLines,
  verdictsText,
  whereOf,
  type Status,
} from './view.js';
import { lowCertaintyText } from './certainty-text.js';
import { rowsUsedText, sizesText } from './sizes-text.js';

const MARK: Record<Status, string> = {
  ok: 'OK',
  info: 'INFO',
  warning: 'WARN',
  critical: 'FAIL',
  unchecked: '--',
};

/** Columns padded to the widest cell; long cells are cut so a row stays readable. */
export function alignTable(headers: string[], rows: string[][], maxCell = 80): string {
  const cells = [headers, ...rows].map((r) => r.map((c) => plain(c, maxCell)));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => Array.from(r[i] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i]! - Array.from(c).length)))
      .join('  ')
      .trimEnd();
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join(
    '\n',
  );
}

function heading(title: string): string {
  return `${title}\n${'='.repeat(title.length)}`;
}

function findingRows(findings: Finding[]): string[][] {
  return findings.map((f) => [MARK[f.severity], f.rule, whereOf(f) ?? '-', f.title]);
}

function findingDetails(findings: Finding[]): string {
  return findings
    .map((f) => {
      const lines = [
        `[${MARK[f.severity]}] ${f.rule} ${plain(f.title, 200)}${whereOf(f) ? `  (${plain(whereOf(f), 200)})` : ''}`,
      ];
      lines.push(`    ${plain(f.message, 600)}`);
      const rows = rowsUsedText(f);
      if (rows) lines.push(`    ${plain(rows, 300)}`);
      if (f.fix?.sql) lines.push(`    fix (SQL):       ${plain(f.fix.sql, 400)}`);
      if (f.fix?.migration) lines.push(`    fix (migration): ${plain(f.fix.migration, 400)}`);
      if (f.fix?.text) {
        const [first, ...rest] = f.fix.text.split(/\r?\n/).filter((l) => l.trim() !== '');
        lines.push(
          `    fix:             ${plain(first, 400)}`,
          ...rest.map((l) => `                     ${plain(l, 400)}`),
        );
      }
      return lines.join('\n');
    })
    .join('\n\n');
}

export function renderTable(report: AuditReport): string {
  const out: string[] = [];
  const groups = groupFindings(report);
  const verdict = report.summary?.blocked ? 'BLOCKED' : 'PASSED';
  out.push(
    `perf-audit ${plain(report.tool?.version ?? '?', 40)}: ${verdict} (${plain(blockingText(report))})`,
  );
  out.push(
    `Totals: ${countsText(report)}; ${groups.added.length} new, ${groups.existing.length} pre-existing, ${groups.fixed.length} fixed, ${groups.silenced.length} silenced`,
  );
  const low = lowCertaintyText(report.certainty);
  if (low) out.push(`WARNING: ${low}.`);
  out.push(`${verdictsText(report).replace(/^./, (c) => c.toUpperCase())}.`);
  const sizes = sizesText(report);
  if (sizes) out.push(`${plain(sizes, 500)}.`);
  for (const n of report.notices ?? []) out.push(`Note: ${plain(n, 500)}`);

  out.push('', heading('Summary'));
  out.push(
    alignTable(
      ['Metric', 'Value', 'Status'],
      summaryLines(report).map((l) => [l.metric, l.value, `${MARK[l.status]} ${l.note}`]),
    ),
  );

  if (report.explains?.length) {
    out.push('', heading('Critical queries (EXPLAIN at production scale)'));
    out.push(
      alignTable(
        ['Query', 'Type', 'Rows', 'Problem'],
        report.explains.map((r) => [
          r.name,
          r.access,
          Number.isFinite(r.rows) ? Math.round(r.rows).toLocaleString('en-US') : '-',
          r.verdict === 'ok'
            ? `OK${r.key ? ` uses ${r.key}` : ''}`
            : r.verdict === 'error'
              ? `EXPLAIN failed: ${r.error ?? ''}`
              : `FAIL ${r.verdict}`,
        ]),
      ),
    );
  }

  const indexes = report.findings?.filter((f) => f.rule === 'PA101' && !f.silenced && f.fix?.sql) ?? [];
  if (indexes.length) {
    out.push('', heading(`Missing indexes (${indexes.length})`));
    for (const f of indexes) {
      out.push(`  ${plain(f.fix.sql)}${f.status === 'existing' ? '   -- pre-existing' : ''}`);
      if (f.fix.migration) out.push(`    Laravel: ${plain(f.fix.migration)}`);
    }
  }

  out.push('', heading(`New findings (${groups.added.length})`));
  out.push(groups.added.length ? findingDetails(groups.added) : 'None: this change adds no finding.');
  if (groups.fixed.length)
    out.push(
      '',
      heading(`Fixed since base (${groups.fixed.length})`),
      alignTable(['', 'Rule', 'Where', 'Finding'], findingRows(groups.fixed)),
    );
  if (groups.existing.length)
    out.push(
      '',
      heading(`Pre-existing, not blocking (${groups.existing.length})`),
      alignTable(['', 'Rule', 'Where', 'Finding'], findingRows(groups.existing)),
    );
  if (groups.silenced.length) {
    out.push('', heading(`Silenced (${groups.silenced.length}, never blocking)`));
    out.push(
      alignTable(
        ['', 'Rule', 'Where', 'Finding', 'Reason', 'By'],
        groups.silenced.map((f) => [...findingRows([f])[0]!, f.silenced?.reason ?? '', f.silenced?.by ?? '']),
      ),
    );
  }

  if (report.http?.length) {
    out.push('', heading('Response times'));
    out.push(
      alignTable(
        ['URL', 'Samples', 'DNS', 'Connect', 'TTFB p50', 'TTFB p95', 'Total p50', 'Status'],
        report.http.map((h) => [
          h.url,
          String(h.samples),
          ms(h.dnsMs),
          ms(h.connectMs),
          ms(h.ttfbP50Ms),
          ms(h.ttfbP95Ms),
          ms(h.totalP50Ms),
          h.ok ? 'OK' : `FAIL ${h.error ?? h.status ?? ''}`,
        ]),
      ),
    );
  }
  if (report.load?.length) {
    out.push('', heading('Capacity'));
    out.push(
      alignTable(
        ['URL', 'Users', 'Req/s', 'p50', 'p95', 'Errors', 'Verdict'],
        report.load.map((s) => [
          s.url,
          String(s.users),
          s.rps.toFixed(1),
          ms(s.p50Ms),
          ms(s.p95Ms),
          `${(s.errorRate * 100).toFixed(1)}%`,
          `${MARK[loadStatus(s)]} ${s.verdict}`,
        ]),
      ),
    );
  }

  const plan = planItems(report);
  if (plan.length) {
    out.push('', heading('Plan'));
    let n = 0;
    for (const priority of ['high', 'medium', 'low'] as const) {
      const items = plan.filter((p) => p.priority === priority);
      if (!items.length) continue;
      out.push(
        `${priority === 'high' ? 'High (critical)' : priority === 'medium' ? 'Medium (warnings)' : 'Low (info)'}:`,
      );
      for (const item of items) {
        n += 1;
        const fix = item.finding.fix?.sql ?? item.finding.fix?.text ?? item.finding.fix?.migration;
        out.push(
          `  ${n}. ${plain(item.finding.title, 200)}${item.count > 1 ? ` (x${item.count})` : ''}${fix ? ` -> ${plain(fix, 300)}` : ''}`,
        );
      }
    }
  }

  if (report.phases?.length) {
    out.push('', heading('Phases'));
    out.push(
      alignTable(
        ['Phase', 'Status', 'Time', 'Note'],
        report.phases.map((p) => [p.name, p.status, ms(p.ms), p.note || '-']),
        120,
      ),
    );
  }
  return `${out.join('\n')}\n`;
}
