/**
 * Small pieces the markdown sections are built from: tables, collapsed blocks, links to the rule docs and to
 * the exact line at the audited commit, finding cards with their fix as code blocks. Repository text goes
 * through escape.ts.
 */

import type { Finding } from '../findings.js';
import { htmlText, mdCode, mdCodeBlock, mdLines, mdLink, mdText, truncate } from './escape.js';
import { indexPlan, planSql } from './index-plan.js';
import type { Status } from './view.js';
import { rowsUsedText } from './sizes-text.js';

export const ICON: Record<Status, string> = {
  ok: '✅',
  info: 'ℹ️',
  warning: '⚠️',
  critical: '❌',
  unchecked: '➖',
};

/** Where the audited files live on GitHub: `{server}/{repo}/blob/{sha}` and the app's folder in the repo. */
export interface SourceBase {
  blobUrl: string;
  appDir?: string;
}

export interface PartsContext {
  docsBaseUrl?: string;
  source?: SourceBase;
  summaryUrl?: string;
}

export function table(headers: string[], rows: string[][]): string {
  const head = `| ${headers.join(' | ')} |`;
  const sep = `|${headers.map(() => '---').join('|')}|`;
  return [head, sep, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** A collapsed block; its summary line is HTML text. */
export function collapsed(summary: string, body: string): string {
  return `<details><summary>${htmlText(summary)}</summary>\n\n${body}\n\n</details>`;
}

export function docsLink(finding: Pick<Finding, 'rule' | 'docs'>, base: string | undefined): string {
  const path = finding.docs || `docs/rules/${finding.rule}.md`;
  if (!base || !/^docs\/rules\/PA\d{3}\.md$/.test(path)) return mdCode(finding.rule, { inTable: true });
  return mdLink(finding.rule, `${base.replace(/\/?$/, '/')}${path}`);
}

/** `{server}/{repo}/blob/{sha}/{app dir}/{path}#L{line}`, or null without a source base. */
export function sourceUrl(source: SourceBase | undefined, file: string, line: number | null): string | null {
  if (!source) return null;
  const dir = (source.appDir ?? '').replace(/^\.?\/*|\/+$/g, '');
  const path = `${dir ? `${dir}/` : ''}${file.replace(/^\.?\/+/, '')}`
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  return `${source.blobUrl.replace(/\/+$/, '')}/${path}${line ? `#L${line}` : ''}`;
}

/** A place as a link to that line at the audited commit (as code text when there is no link to make). */
export function placeLink(ctx: PartsContext, file: string, line: number | null, inTable = false): string {
  const label = line ? `${file}:${line}` : file;
  const url = sourceUrl(ctx.source, file, line);
  if (!url) return mdCode(label, { inTable, max: 200 });
  // A long path is one unbreakable word; <wbr> after each slash lets a narrow column wrap it.
  const text = truncate(label, 200)
    .split('/')
    .map((part) => mdText(part))
    .join('/<wbr>');
  // sourceUrl encoded every path segment already; only the parentheses could still end the link.
  return `[${text}](${url.replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))})`;
}

/** The finding's places: the first, up to `max` in all, and how many more. */
export function placesText(ctx: PartsContext, finding: Finding, max = 3, inTable = false): string {
  const seen = new Set<string>();
  const places: { file: string; line: number | null }[] = [];
  const all = [
    ...(finding.file ? [{ file: finding.file, line: finding.line }] : []),
    ...(finding.locations ?? []),
  ];
  for (const p of all) {
    const key = `${p.file}:${p.line ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    places.push(p);
  }
  if (places.length === 0) return '—';
  const shown = places.slice(0, max).map((p) => placeLink(ctx, p.file, p.line, inTable));
  const more = places.length > max ? ` and ${places.length - max} more` : '';
  return `${shown.join(', ')}${more}`;
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

/** The fix as code blocks: SQL, then the Laravel migration line, then any text. */
export function fixBlocks(finding: Finding): string[] {
  const out: string[] = [];
  // A newline from repository text would end an SQL or PHP comment early and turn the rest into code.
  if (finding.fix?.sql)
    out.push(mdCodeBlock(planSql(indexPlan([finding])) || oneLine(finding.fix.sql), 'sql', 2000));
  if (finding.fix?.migration) out.push(mdCodeBlock(oneLine(finding.fix.migration), 'php', 2000));
  if (finding.fix?.text) out.push(mdCodeBlock(finding.fix.text, '', 2000));
  return out;
}

/** The rows the planner gave the finding's table, when a statistics file was read: after the message. */
function rowsNote(finding: Finding): string {
  const rows = rowsUsedText(finding);
  return rows ? `<br>_${mdText(rows, 300)}._` : '';
}

const SEVERITY_ICON = { critical: '🔴', warning: '🟡', info: '🔵' } as const;

/** One finding in full: title, rule and places, what is wrong, and the fix as code blocks. */
export function findingCard(ctx: PartsContext, finding: Finding, n: number): string {
  const head = `#### ${n}. ${SEVERITY_ICON[finding.severity]} ${mdText(finding.title, 200)}`;
  const where = `${docsLink(finding, ctx.docsBaseUrl)} · ${placesText(ctx, finding)}`;
  return [head, where, mdText(finding.message, 600) + rowsNote(finding), ...fixBlocks(finding)].join('\n\n');
}

/** A findings table without fixes (those go in code blocks under it), identical rows folded with a count. */
export function findingsTable(ctx: PartsContext, findings: Finding[]): string {
  const rows = new Map<string, { row: string[]; count: number }>();
  for (const f of findings) {
    const cells = [
      ICON[f.severity],
      docsLink(f, ctx.docsBaseUrl),
      placesText(ctx, f, 1, true),
      `**${mdText(f.title, 160)}**<br>${mdText(f.message, 240)}${rowsNote(f)}`,
    ];
    const key = cells.join('\u0000');
    const known = rows.get(key);
    if (known) known.count += 1;
    else rows.set(key, { row: cells, count: 1 });
  }
  return table(
    ['', 'Rule', 'Where', 'Finding'],
    [...rows.values()].map(({ row, count }) =>
      count > 1 ? [...row.slice(0, 3), `${row[3]} (×${count})`] : row,
    ),
  );
}

/** Fixes that are not SQL, once each with how many findings they fix. */
export function textFixes(findings: Finding[]): string | null {
  const fixes = new Map<string, { title: string; count: number }>();
  for (const f of findings) {
    if (!f.fix?.text || f.fix.sql) continue;
    const known = fixes.get(f.fix.text);
    if (known) known.count += 1;
    else fixes.set(f.fix.text, { title: f.title, count: 1 });
  }
  if (fixes.size === 0) return null;
  return [...fixes.entries()]
    .map(
      ([text, { title, count }]) =>
        `- ${mdText(title, 160)}${count > 1 ? ` (×${count})` : ''}: ${mdLines(text, 400)}`,
    )
    .join('\n');
}

export function summaryPointer(ctx: PartsContext): string {
  return ctx.summaryUrl ? mdLink('the job summary', ctx.summaryUrl) : 'the job summary';
}
