/**
 * Console code the schedule runs hourly or more often is the app's own workload, as a queued job is: a
 * command run every minute over a growing table scans it 1,440 times a day, and a callback
 * (`$schedule->call(…)->everyFiveMinutes()`) the same. Their queries are placed as a job's, so they can be
 * critical. A command typed by hand, run rarer than hourly, or scheduled at a rate that cannot be read keeps
 * the console bound (place-severity.ts, rare-classes.ts). Pure: a function of the class index and the tasks.
 */

import type { ClassIndex } from '../../php/class-index.js';
import type { QueryPlace, QueryShape, TableWrite } from '../../model.js';
import { CONSOLE_COMMAND } from '../framework-class.js';
import { placeOf } from '../queries/places.js';
import { describeRate } from './frequency.js';
import { isFrequentTask, tasksRunning } from './rare-classes.js';
import type { ScheduledTask } from './schedule.js';

/** Code the schedule runs hourly or more often, and which task runs it (for the report). */
export interface ScheduledPath {
  file: string;
  line: number;
  endLine: number;
  /** `SyncPartners runs from the schedule \`->everyFifteenMinutes()\` (96 times a day, app/Console/Kernel.php:41)` */
  reason: string;
}

const rateOf = (t: ScheduledTask) =>
  `the schedule ${t.frequency ? `\`${t.frequency}\`` : "with no frequency method (Laravel's default)"} ` +
  `(${describeRate(t.runsPerDay!)}, ${t.file}:${t.line})`;

/** The most frequent of some tasks. */
const mostFrequent = (tasks: ScheduledTask[]) =>
  tasks.reduce((a, b) => ((b.runsPerDay ?? 0) > (a.runsPerDay ?? 0) ? b : a));

export function scheduledWork(index: ClassIndex, tasks: ScheduledTask[]): ScheduledPath[] {
  const out: ScheduledPath[] = [];
  for (const d of index.classes) {
    if (d.kind !== 'class' || d.summary.isAbstract || !index.isA(d.fqcn, CONSOLE_COMMAND)) continue;
    if (placeOf(d.file, d.fqcn, index) === 'test') continue;
    const frequent = tasksRunning(d, index, tasks).filter(isFrequentTask);
    if (frequent.length === 0) continue;
    const reason = `${d.name} runs from ${rateOf(mostFrequent(frequent))}`;
    out.push({ file: d.file, line: d.line, endLine: d.summary.endLine, reason });
  }
  for (const t of tasks) {
    if (t.kind !== 'call' || !isFrequentTask(t)) continue;
    out.push({ file: t.file, line: t.line, endLine: t.endLine, reason: `a callback run by ${rateOf(t)}` });
  }
  return out;
}

/** The scheduled path holding a location, if any. */
function pathAt(paths: ScheduledPath[], file: string, line: number): ScheduledPath | undefined {
  return paths.find((p) => p.file === file && line >= p.line && line <= p.endLine);
}

const lifted = (place: QueryPlace | undefined, at: ScheduledPath | undefined) =>
  place === 'console' && at !== undefined;

/** Queries of console code the schedule runs often are a job's, and say which task runs them. */
export function placeScheduledQueries(shapes: QueryShape[], paths: ScheduledPath[]): QueryShape[] {
  if (paths.length === 0) return shapes;
  return shapes.map((s) => {
    const at = pathAt(paths, s.location.file, s.location.line);
    return lifted(s.place, at) ? { ...s, place: 'job', scheduled: at!.reason } : s;
  });
}

/** Writes of such code are a job's too (the table they fill grows on the app's own workload). */
export function placeScheduledWrites(writes: TableWrite[], paths: ScheduledPath[]): TableWrite[] {
  if (paths.length === 0) return writes;
  return writes.map((w) =>
    lifted(w.place, pathAt(paths, w.location.file, w.location.line)) ? { ...w, place: 'job' } : w,
  );
}
