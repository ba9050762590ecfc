/** PA301: median time to first byte above the objective (critical above the fail threshold). */

import type { FindingDraft } from '../findings.js';
import { ruleOption } from './options.js';
import { urlPath } from '../http/urls.js';
import type { Rule } from './rule.js';

export const pa301SlowTtfb: Rule = {
  id: 'PA301',
  name: 'slow-ttfb',
  title: 'Time to first byte above the objective',
  defaultSeverity: 'warning',
  needs: 'http',
  check(ctx) {
    const objective = ruleOption(ctx.config, 'PA301', 'objective-ms', ctx.config.http.ttfb.objectiveMs);
    const fail = ruleOption(ctx.config, 'PA301', 'fail-ms', ctx.config.http.ttfb.failMs);
    const drafts: FindingDraft[] = [];
    for (const r of ctx.http?.results ?? []) {
      if (!r.ok || r.ttfbP50Ms === null || r.ttfbP50Ms <= objective) continue;
      const critical = r.ttfbP50Ms > fail;
      const path = urlPath(r.url);
      drafts.push({
        severity: critical ? 'critical' : 'warning',
        title: `TTFB ${Math.round(r.ttfbP50Ms)} ms on ${path} (objective ${objective} ms${critical ? `, fail ${fail} ms` : ''})`,
        message:
          `The median time to first byte of ${path} over ${r.samples} samples is ${r.ttfbP50Ms} ms ` +
          `(p95 ${r.ttfbP95Ms} ms, max ${r.ttfbMaxMs} ms), above the ${objective} ms objective` +
          (critical ? ` and the ${fail} ms fail threshold.` : '.') +
          ' The server spends that long before the browser can start drawing the page.',
        evidence: {
          url: r.url,
          samples: r.samples,
          ttfbP50Ms: r.ttfbP50Ms,
          ttfbP95Ms: r.ttfbP95Ms,
          ttfbMaxMs: r.ttfbMaxMs,
          connectMs: r.connectMs,
          objectiveMs: objective,
          failMs: fail,
          ...(r.queries ? { queries: r.queries.count } : {}),
        },
        fix: {
          text:
            'Look at what the page does before it answers: the queries it sends (PA108/PA109 on the same URL), missing ' +
            'indexes (PA101), database-backed cache or session (PA201/PA202), OPcache settings (PA204).',
        },
        fingerprintKey: path,
      });
    }
    return drafts;
  },
};
