/**
 * Code that runs rarely or never in production, so a query in it cannot block a merge: jobs nothing
 * dispatches, methods nothing calls, classes only scheduled tasks rarer than hourly (or only console
 * commands) reach, import and export code, and model delete/restore events. Pure: a function of the app's
 * summaries and registration files. Also what runs only when the cache misses (cached-reads.ts), which warns
 * at most.
 */

import { forEachTopLevel, type PhpNode } from '../../php/ast.js';
import type { ClassDecl, ClassIndex } from '../../php/class-index.js';
import type { ParsedPhp } from '../../php/parse.js';
import type { FileSummary } from '../../php/summary.js';
import type { ModelInfo, RarePath } from '../../model.js';
import { bootMethods, eventCallbacks, observedClasses, observerMethods } from './model-events.js';
import { cachedReads } from './cached-reads.js';
import { streamedDownloads } from './file-transfers.js';
import { rareClasses } from './rare-classes.js';
import { ReferenceIndex } from './references.js';
import { scheduledTasks, type ScheduledTask } from './schedule.js';
import { uncalledMethods } from './uncalled.js';

export interface RarePathInput {
  index: ClassIndex;
  /** Every app file's summary (with the classes it names). */
  summaries: FileSummary[];
  /** Files that register the schedule, observers and model events: console kernel, routes, bootstrap, providers. */
  registrations: ParsedPhp[];
  /** The tasks those files schedule (scheduleOf), read once for this and scheduled-work.ts. */
  tasks: ScheduledTask[];
  models: ModelInfo[];
}

const ast = (p: ParsedPhp) => p.ast as unknown as PhpNode;

/** The app's scheduled tasks, from the files that register the schedule. */
export const scheduleOf = (registrations: ParsedPhp[]): ScheduledTask[] =>
  registrations.flatMap((p) => scheduledTasks(p.path, ast(p)));

export function rarePaths(input: RarePathInput): RarePath[] {
  const { index, summaries, registrations, tasks, models } = input;
  const out: RarePath[] = [];
  for (const [decl, rare] of rareClasses(index, new ReferenceIndex(summaries, index), tasks)) {
    out.push({
      file: decl.file,
      line: decl.line,
      endLine: decl.summary.endLine,
      cap: rare.cap,
      kind: rare.kind,
      reason: `${decl.name} ${rare.reason}`,
    });
  }

  const observed = new Set<string>();
  const modelNames = new Set(models.map((m) => m.fqcn.toLowerCase()));
  for (const p of registrations) {
    forEachTopLevel(p.path, ast(p), (node, scope) => {
      for (const c of observedClasses(node, scope)) observed.add(c.toLowerCase());
      out.push(...eventCallbacks(p.path, node, scope, p.path, modelNames));
    });
  }
  out.push(...observerMethods(index, observed));
  out.push(...uncalledMethods(index, summaries));
  const declsByFile = new Map<string, ClassDecl[]>();
  for (const d of index.classes) declsByFile.set(d.file, [...(declsByFile.get(d.file) ?? []), d]);
  for (const s of summaries) {
    const decls = declsByFile.get(s.file) ?? [];
    out.push(...streamedDownloads(s, decls, index), ...cachedReads(s, decls, index));
  }
  for (const m of models) {
    const decl = index.get(m.fqcn);
    if (!decl) continue;
    for (const boot of bootMethods(decl, index))
      out.push(...eventCallbacks(decl.file, boot, decl.scope, decl.name, modelNames));
  }
  return out;
}
