/** PA108: the same statement shape runs again and again within one request (lazy-loaded relation). */

import type { FindingDraft } from '../findings.js';
import type { CapturedRequest } from '../database/types.js';
import {
  firstKeyword,
  lazyRelation,
  normalizeStatement,
  repeatedShapes,
  statementTables,
} from '../http/query-log.js';
import { DEFAULT_N_PLUS_ONE_REPEATS } from '../http/thresholds.js';
import { ruleOption } from './options.js';
import { urlPath } from '../http/urls.js';
import type { Rule, RuleContext } from './rule.js';

/** The capture, wherever the pipeline put it. */
export function capturedRequests(ctx: RuleContext): CapturedRequest[] {
  return ctx.http?.capture ?? ctx.database?.capture ?? [];
}

function studly(snake: string): string {
  return snake
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** Names the relation when the shape shows it (`lessons.chapter_id = ?` → Chapter … with('lessons')). */
export function fixText(statement: string): string {
  const rel = lazyRelation(statement);
  const how = rel
    ? `Eager-load the ${rel.table} of each ${rel.parent} where the list is read: ` +
      `${studly(rel.parent)}::with('${rel.table}')->get() or $${rel.parent}s->load('${rel.table}') ` +
      `(nested: with('${rel.parent}s.${rel.table}') on the parent query).`
    : 'Eager-load the relation where the list is read (with() / load()), or fetch the rows in one whereIn query.';
  return `${how} Model::preventLazyLoading() in development catches the next one.`;
}

export const pa108NPlusOne: Rule = {
  id: 'PA108',
  name: 'n-plus-one',
  title: 'N+1 queries: the same statement repeated within one request',
  defaultSeverity: 'warning',
  needs: 'http',
  check(ctx) {
    const minRepeats = ruleOption(ctx.config, 'PA108', 'min-repeats', DEFAULT_N_PLUS_ONE_REPEATS);
    const drafts: FindingDraft[] = [];
    for (const request of capturedRequests(ctx)) {
      const normalized = request.normalized ?? request.statements.map(normalizeStatement);
      for (const { sql: shape, times } of repeatedShapes(normalized)) {
        if (times < minRepeats) continue;
        // The concrete statement is only read here: its literals (session ids, emails, tokens) never reach the report.
        const example = request.statements[normalized.indexOf(shape)];
        if (firstKeyword(example) !== 'select') continue;
        const tables = statementTables(example);
        const path = urlPath(request.url);
        drafts.push({
          title: `N+1 on ${path}: the same query ran ${times} times in one request`,
          message:
            `One request to ${path} sent ${times} statements of the same shape` +
            (tables.length ? ` on ${tables.join(', ')}` : '') +
            ` (${request.statements.length} statements in total). This is usually a relation loaded lazily ` +
            `inside a loop: every row of the list asks the database again, so the page slows down with the data.`,
          table: tables[0],
          query: shape,
          evidence: {
            url: request.url,
            times,
            statementsInRequest: request.statements.length,
            threshold: minRepeats,
          },
          fix: { text: fixText(example) },
          fingerprintKey: path,
        });
      }
    }
    return drafts;
  },
};
