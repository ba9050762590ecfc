/**
 * A query in code that runs rarely or never (a weekly task, a job nothing dispatches, a model's delete
 * event: project/laravel/rare-paths/) is bounded like a console command's: it can warn at most, and each
 * path says its own cap (info for most).
 */

import type { ProjectModel, QueryShape, RarePath } from '../../project/model.js';
import { SEVERITY_ORDER } from '../../findings.js';
import { CodeRanges } from '../../project/code-ranges.js';

const ranges = new WeakMap<ProjectModel, CodeRanges<RarePath>>();

/** The most restrictive rare path holding the shape's code; null when it runs on the hot path. */
export function rarePathOf(project: ProjectModel, shape: QueryShape): RarePath | null {
  let known = ranges.get(project);
  if (!known) ranges.set(project, (known = new CodeRanges(project.rarePaths ?? [])));
  let best: RarePath | null = null;
  for (const p of known.holding(shape.location.file, shape.location.line))
    if (!best || SEVERITY_ORDER[p.cap] < SEVERITY_ORDER[best.cap]) best = p;
  return best;
}
