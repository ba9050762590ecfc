/** PA109: one request sends more statements than the configured budget. */

import type { FindingDraft } from '../findings.js';
import { normalizeStatement, repeatedShapes } from '../http/query-log.js';
import { DEFAULT_MAX_QUERIES } from '../http/thresholds.js';
import { ruleOption } from './options.js';
import { urlPath } from '../http/urls.js';
import { capturedRequests } from './pa108-n-plus-one.js';
import type { Rule } from './rule.js';

export const pa109TooManyQueries: Rule = {
  id: 'PA109',
  name: 'too-many-queries',
  title: 'Too many queries for one request',
  defaultSeverity: 'warning',
  needs: 'http',
  check(ctx) {
    const maxQueries = ruleOption(ctx.config, 'PA109', 'max-queries', DEFAULT_MAX_QUERIES);
    const drafts: FindingDraft[] = [];
    for (const request of capturedRequests(ctx)) {
      const count = request.statements.length;
      if (count <= maxQueries) continue;
      const shapes = repeatedShapes(request.normalized ?? request.statements.map(normalizeStatement));
      const path = urlPath(request.url);
      drafts.push({
        title: `${path} sent ${count} queries in one request (budget ${maxQueries})`,
        message:
          `One request to ${path} sent ${count} statements to the database (${shapes.length} distinct shapes); ` +
          `the budget is ${maxQueries}. Every round trip adds latency, and under load they queue on the database.`,
        evidence: {
          url: request.url,
          count,
          distinct: shapes.length,
          budget: maxQueries,
          top: shapes.slice(0, 5),
        },
        fix: {
          text:
            'Eager-load relations, cache values that do not change per request (Cache::remember), and merge lookups ' +
            'into whereIn queries. Raise the budget with rules: { PA109: { options: { max-queries: N } } } if this page is expected to be heavy.',
        },
        fingerprintKey: path,
      });
    }
    return drafts;
  },
};
