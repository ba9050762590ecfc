/**
 * Where a query runs bounds how severe its finding can be: a page or a queued job can block a merge (and so
 * can console code the schedule runs hourly or more often, placed as a job: rare-paths/scheduled-work.ts), any
 * other console command can only warn, and the queries of seeders, migrations and tests never reach production
 * traffic, so they are not findings at all.
 */

import { SEVERITY_ORDER, type Severity } from '../../findings.js';
import type { QueryPlace, QueryShape } from '../../project/model.js';

/** The most severe finding a query from each place can give; null: none. */
const CAP: Record<QueryPlace, Severity | null> = {
  request: 'critical',
  job: 'critical',
  console: 'warning',
  seeder: null,
  migration: null,
  test: null,
};

const RANK: Record<QueryPlace, number> = { request: 5, job: 4, console: 3, seeder: 2, migration: 1, test: 0 };

/** Whether code at this place reaches production data: requests, jobs and console commands. */
export function runsInProduction(place: QueryPlace): boolean {
  return CAP[place] !== null;
}

/** A shape's place; the config file's own queries (no place) are the app's, as a request's. */
export function placeOfShape(shape: QueryShape): QueryPlace {
  return shape.place ?? 'request';
}

/** The place that lets a finding served by several queries be most severe. */
export function highestPlace(shapes: QueryShape[]): QueryPlace | null {
  let best: QueryPlace | null = null;
  for (const s of shapes) {
    const p = placeOfShape(s);
    if (best === null || RANK[p] > RANK[best]) best = p;
  }
  return best;
}

/** The lower of two severities; null (not a finding) is lowest. */
export function capSeverity(severity: Severity, cap: Severity | null): Severity | null {
  if (cap === null) return null;
  return SEVERITY_ORDER[severity] <= SEVERITY_ORDER[cap] ? severity : cap;
}

/** A severity bounded by where the query runs; null when such a query is no finding. */
export function severityAtPlace(severity: Severity, place: QueryPlace): Severity | null {
  return capSeverity(severity, CAP[place]);
}
