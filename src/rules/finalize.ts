/** Turns a rule's drafts into findings: severity policy, fingerprint, docs link. */

import { createHash } from 'node:crypto';
import type { Config } from '../config/model.js';
import type { Finding, FindingDraft } from '../findings.js';
import type { Rule } from './rule.js';

/** Collapses literals and whitespace so a fingerprint survives edits that do not change the query's shape. */
export function normalizeQuery(sql: string): string {
  return sql
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, '?')
    .replace(/\b\d+(?:\.\d+)?\b/g, '?')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** rule + table + columns + normalized query (+ key): never the line, so moving code keeps it stable. */
export function fingerprint(rule: string, draft: FindingDraft): string {
  const parts = [
    rule,
    draft.table?.toLowerCase() ?? '',
    (draft.columns ?? []).map((c) => c.toLowerCase()).join(','),
    draft.query ? normalizeQuery(draft.query) : '',
    draft.fingerprintKey ?? '',
  ];
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}

export function finalize(rule: Rule, draft: FindingDraft, config: Config): Finding {
  const configured = config.rules[rule.id]?.severity;
  const location = draft.location ?? draft.locations?.[0];
  return {
    rule: rule.id,
    severity: configured ?? draft.severity ?? rule.defaultSeverity,
    title: draft.title,
    message: draft.message,
    file: location?.file ?? null,
    line: location?.line ?? null,
    locations: draft.locations ?? (draft.location ? [draft.location] : []),
    table: draft.table ?? null,
    columns: draft.columns ?? [],
    query: draft.query ?? draft.exampleQuery ?? null,
    evidence: draft.evidence ?? {},
    fix: {
      sql: draft.fix?.sql ?? null,
      migration: draft.fix?.migration ?? null,
      text: draft.fix?.text ?? null,
    },
    fingerprint: fingerprint(rule.id, draft),
    status: 'new',
    docs: `docs/rules/${rule.id}.md`,
  };
}
