/**
 * Console code the schedule runs hourly or more often is the app's own workload, as a queued job is: a
 * command run every minute over a growing table scans it 1,440 times a day, and a callback
 * (`$schedule->call(…)->everyFiveMinutes()`) the same. Their queries are placed as a job's, so they can be
 * critical. A command typed by hand, run rarer than hourly, or scheduled at a rate that cannot be read keeps
 * the console bound (place-severity.ts, rare-classes.ts). Pure: a function of the class index and the tasks.
 */

import type { ClassIndex } from '../../php/class-index.js';
import type { Location } from '../../../findings.js';
import type { QueryPlace, QueryShape, TableWrite } from '../../model.js';
import { CONSOLE_COMMAND } from '../framework-class.js';
import { placeOf } from '../queries/places.js';
import { isFrequentTask, tasksRunning } from './rare-classes.js';
import { describeSchedule, type ScheduledTask } from './schedule.js';
import { CodeRanges } from '../../code-ranges.js';

/** Code the schedule runs hourly or more often, and which task runs it (for the report). */
export interface ScheduledPath {
  file: string;
  line: number;
  endLine: number;
  /** `SyncPartners runs from the schedule \`->everyFifteenMinutes()\` (96 times a day, app/Console/Kernel.php:41)` */
  reason: string;
}

const rateOf = (t: ScheduledTask) => `the schedule ${describeSchedule(t)}`;

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

/** Each console item inside a scheduled path, lifted by `lift`; the others as they are. */
function placeScheduled<T extends { place?: QueryPlace; location: Location }>(
  items: T[],
  paths: ScheduledPath[],
  lift: (item: T, at: ScheduledPath) => T,
): T[] {
  if (paths.length === 0) return items;
  const ranges = new CodeRanges(paths);
  return items.map((item) => {
    const at =
      item.place === 'console' ? ranges.holding(item.location.file, item.location.line)[0] : undefined;
    return at ? lift(item, at) : item;
  });
}

/** Queries of console code the schedule runs often are a job's, and say which task runs them. */
export const placeScheduledQueries = (shapes: QueryShape[], paths: ScheduledPath[]): QueryShape[] =>
  placeScheduled(shapes, paths, (s, at) => ({ ...s, place: 'job', scheduled: at.reason }));

/** Writes of such code are a job's too (the table they fill grows on the app's own workload). */
export const placeScheduledWrites = (writes: TableWrite[], paths: ScheduledPath[]): TableWrite[] =>
  placeScheduled(writes, paths, (w) => ({ ...w, place: 'job' }));
