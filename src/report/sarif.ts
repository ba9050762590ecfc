/**
 * SARIF 2.1.0 for github/codeql-action/upload-sarif: one run, every rule with its help text (from
 * docs/rules/PA###.md when available), results with levels, locations relative to the repository,
 * stable partialFingerprints, baseline state, and suppressions for silenced findings.
 */

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Finding, Severity } from '../findings.js';
import type { Rule } from '../rules/rule.js';
import { repoPath } from './annotations.js';
import type { AuditReport } from './audit-report.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** GitHub keeps at most 25,000 results per run. */
export const SARIF_MAX_RESULTS = 25_000;

export interface SarifOptions {
  /** Markdown of docs/rules/PA###.md by rule id: becomes each rule's help. */
  docs?: Record<string, string>;
  /** Base URL for helpUri (docs/rules/PA###.md is appended). */
  docsBaseUrl?: string;
  /** The app's folder relative to the repository root, so result paths are repository paths. */
  appDir?: string;
  /** Repository path used for findings without a file (code scanning wants a location on every result). */
  fallbackFile?: string;
  /** Distinguishes several audits (comment-key) in one repository. */
  category?: string;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  warning: 'warning',
  info: 'note',
};

/** Reads docs/rules/*.md into a map by rule id; a missing folder gives an empty map. */
export async function loadRuleDocs(dir: string): Promise<Record<string, string>> {
  const docs: Record<string, string> = {};
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return docs;
  }
  for (const name of names) {
    const match = /^(PA\d{3})\.md$/.exec(name);
    if (match) docs[match[1]!] = await readFile(join(dir, name), 'utf8');
  }
  return docs;
}

/** Plain text of a markdown page, for clients that do not render markdown. */
function markdownToText(markdown: string): string {
  return markdown
    .replace(/```[a-z]*\n?/gi, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/^#+\s*/gm, '')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .trim();
}

function uri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function docsUrl(base: string | undefined, id: string): string | undefined {
  return base ? `${base.replace(/\/?$/, '/')}docs/rules/${id}.md` : undefined;
}

function ruleDescriptor(rule: Pick<Rule, 'id' | 'name' | 'title' | 'defaultSeverity'>, opts: SarifOptions) {
  const doc = opts.docs?.[rule.id];
  const helpUri = docsUrl(opts.docsBaseUrl, rule.id);
  const fallback = `${rule.title}. See docs/rules/${rule.id}.md for what it means, how to fix it and how to silence it.`;
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.title },
    ...(helpUri ? { helpUri } : {}),
    help: doc ? { text: markdownToText(doc), markdown: doc } : { text: fallback },
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] ?? 'warning' },
    properties: {
      tags: ['performance', 'perf-audit'],
      'problem.severity': LEVEL[rule.defaultSeverity] ?? 'warning',
    },
  };
}

function location(file: string, line: number | null, appDir: string | undefined) {
  return {
    physicalLocation: {
      artifactLocation: { uri: uri(repoPath(appDir ?? '', file)), uriBaseId: '%SRCROOT%' },
      ...(line && line > 0 ? { region: { startLine: line } } : {}),
    },
  };
}

function result(f: Finding, ruleIndex: number, opts: SarifOptions) {
  const fix = [f.fix?.sql, f.fix?.migration, f.fix?.text].filter(Boolean).join(' | ');
  const locations = f.file
    ? [location(f.file, f.line, opts.appDir)]
    : opts.fallbackFile
      ? [
          {
            physicalLocation: {
              artifactLocation: { uri: uri(opts.fallbackFile), uriBaseId: '%SRCROOT%' },
              region: { startLine: 1 },
            },
          },
        ]
      : [];
  const related = (f.locations ?? []).slice(1, 50).map((l, i) => ({
    id: i + 1,
    ...location(l.file, l.line, opts.appDir),
    message: { text: 'Also needs it' },
  }));
  return {
    ruleId: f.rule,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: LEVEL[f.severity],
    message: { text: `${f.title}. ${f.message}${fix ? ` Fix: ${fix}` : ''}` },
    ...(locations.length ? { locations } : {}),
    ...(related.length ? { relatedLocations: related } : {}),
    partialFingerprints: { 'perfAudit/v1': f.fingerprint },
    baselineState: f.status === 'existing' ? 'unchanged' : 'new',
    ...(f.silenced
      ? {
          suppressions: [
            {
              kind: f.silenced.by.startsWith('inline') ? 'inSource' : 'external',
              justification: f.silenced.reason,
            },
          ],
        }
      : {}),
    properties: {
      severity: f.severity,
      status: f.status,
      ...(f.table ? { table: f.table } : {}),
      ...(f.columns?.length ? { columns: f.columns } : {}),
    },
  };
}

export function toSarif(report: AuditReport, rules: Rule[], opts: SarifOptions = {}): object {
  const descriptors = [...rules];
  // A finding of a rule this build does not know (an older saved report) still gets a descriptor.
  for (const f of report.findings ?? []) {
    if (!descriptors.some((r) => r.id === f.rule)) {
      descriptors.push({
        id: f.rule,
        name: f.rule.toLowerCase(),
        title: f.title,
        defaultSeverity: f.severity,
        needs: 'project',
        check: () => [],
      });
    }
  }
  const index = new Map(descriptors.map((r, i) => [r.id, i]));
  const results = (report.findings ?? [])
    .slice(0, SARIF_MAX_RESULTS)
    .map((f) => result(f, index.get(f.rule) ?? -1, opts));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'perf-audit',
            version: report.tool?.version ?? '0.0.0',
            semanticVersion: report.tool?.version ?? '0.0.0',
            ...(opts.docsBaseUrl ? { informationUri: opts.docsBaseUrl } : {}),
            rules: descriptors.map((r) => ruleDescriptor(r, opts)),
          },
        },
        automationDetails: { id: `perf-audit/${opts.category ?? 'default'}/` },
        columnKind: 'utf16CodeUnits',
        results,
        properties: {
          blocked: report.summary?.blocked ?? false,
          verdicts: report.summary?.verdicts ?? 'static',
          ...((report.findings?.length ?? 0) > SARIF_MAX_RESULTS
            ? { truncatedResults: (report.findings?.length ?? 0) - SARIF_MAX_RESULTS }
            : {}),
        },
      },
    ],
  };
}
