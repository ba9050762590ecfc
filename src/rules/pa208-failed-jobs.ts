/** PA208: the app's failed_jobs table holds rows after the smoke test. */

import { DEFAULT_MAX_FAILED_JOBS } from '../http/thresholds.js';
import { ruleOption } from './options.js';
import type { Rule } from './rule.js';

export const pa208FailedJobs: Rule = {
  id: 'PA208',
  name: 'failed-jobs',
  title: 'Failed jobs recorded',
  defaultSeverity: 'warning',
  needs: 'http',
  check(ctx) {
    const count = ctx.http?.failedJobs ?? ctx.database?.failedJobs ?? null;
    const allowed = ruleOption(ctx.config, 'PA208', 'max', DEFAULT_MAX_FAILED_JOBS);
    if (count === null || count <= allowed) return [];
    return [
      {
        title: `${count} failed job${count === 1 ? '' : 's'} in failed_jobs`,
        message:
          `The app's failed_jobs table holds ${count} row${count === 1 ? '' : 's'} after the smoke test. ` +
          `Jobs that throw are retried and then parked there: work the users expect is not being done, and the ` +
          `retries cost workers and database time.`,
        table: 'failed_jobs',
        evidence: { failedJobs: count, allowed },
        fix: {
          text:
            'Inspect them with `php artisan queue:failed`, fix the cause (or disable the integration that fails), then ' +
            '`php artisan queue:retry all` or `php artisan queue:flush`; schedule `queue:prune-failed` so the table stays small.',
        },
      },
    ];
  },
};
