/**
 * A query in code that runs rarely or never (a weekly task, a job nothing dispatches, a model's delete
 * event: project/laravel/rare-paths/) is bounded like a console command's: it can warn at most, and each
 * path says its own cap (info for most).
 */

import type { ProjectModel, QueryShape, RarePath } from '../../project/model.js';
import { SEVERITY_ORDER } from '../../findings.js';

const byFile = new WeakMap<ProjectModel, Map<string, RarePath[]>>();

/** The most restrictive rare path holding the shape's code; null when it runs on the hot path. */
export function rarePathOf(project: ProjectModel, shape: QueryShape): RarePath | null {
  let files = byFile.get(project);
  if (!files) {
    files = new Map();
    for (const p of project.rarePaths ?? []) files.set(p.file, [...(files.get(p.file) ?? []), p]);
    byFile.set(project, files);
  }
  let best: RarePath | null = null;
  for (const p of files.get(shape.location.file) ?? []) {
    if (shape.location.line < p.line || shape.location.line > p.endLine) continue;
    if (!best || SEVERITY_ORDER[p.cap] < SEVERITY_ORDER[best.cap]) best = p;
  }
  return best;
}
