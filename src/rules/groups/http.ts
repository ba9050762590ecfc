import type { Rule } from '../rule.js';
import { pa108NPlusOne } from '../pa108-n-plus-one.js';
import { pa109TooManyQueries } from '../pa109-too-many-queries.js';
import { pa208FailedJobs } from '../pa208-failed-jobs.js';
import { pa301SlowTtfb } from '../pa301-slow-ttfb.js';
import { pa302SmokeFailed } from '../pa302-smoke-failed.js';
import { pa303Capacity } from '../pa303-capacity.js';

/** The http rules, one file each in src/rules/: what the smoke test, capture and load ramp found. */
export const httpRules: Rule[] = [
  pa108NPlusOne,
  pa109TooManyQueries,
  pa208FailedJobs,
  pa301SlowTtfb,
  pa302SmokeFailed,
  pa303Capacity,
];
