/**
 * Classes whose code runs rarely or never in production, from who names them:
 * - a job nothing outside tests names (no `X::dispatch`, `dispatch(new X)`, `X::class`…) does not run;
 * - a class named only inside scheduled tasks rarer than hourly runs only that often;
 * - a console command no schedule runs is run by hand (an install, an import, a data fix), and one the
 *   schedule runs rarer than hourly is a maintenance pass;
 * - a class named only by console commands runs when an operator or the scheduler runs them;
 * - import and export code (file-transfers.ts) runs when someone imports or exports a file, unless a task
 *   runs it hourly or more often;
 * and, followed to a fixed point, a class named only by such classes runs only when they do.
 * Any other reference (a controller, a provider, a route, a config file) keeps a class on the hot path.
 * A maintenance pass or a command typed by hand costs one background run, never a user's wait: the
 * reviewed findings of the corpus in such code were rejected by the apps' maintainers, so they are info.
 * A command the schedule runs hourly or more often is the app's own workload, as a queued job is: it is not
 * rare, and neither is what it calls (scheduled-work.ts places its queries as a job's). One scheduled at a
 * rate that cannot be read keeps the console bound (a warning at most, place-severity.ts), and so does what
 * only such commands call.
 */

import { SEVERITY_ORDER } from '../../../findings.js';
import type { ClassDecl, ClassIndex } from '../../php/class-index.js';
import type { RarePath } from '../../model.js';
import { placeOf } from '../queries/places.js';
import { TRANSFER_CAP, transferOf } from './file-transfers.js';
import type { Reference, ReferenceIndex } from './references.js';
import { describeSchedule, type ScheduledTask } from './schedule.js';
import { CONSOLE_COMMAND as COMMAND } from '../framework-class.js';

/**
 * Tasks running fewer than this many times a day are rare. Hourly is not: a reminder or billing loop run
 * every hour over a growing table is the app's own workload (the corpus's reviewed hourly jobs were real
 * findings), while one run every few hours, daily or weekly is a maintenance pass whose scan costs one
 * background run, never a user's wait.
 */
export const RARE_RUNS_PER_DAY = 24;

const QUEUED = 'illuminate\\contracts\\queue\\shouldqueue';
const DISPATCHABLE = 'illuminate\\foundation\\bus\\dispatchable';

/** `reason` reads after the class name: "SystemMaintenance runs only from the schedule …". */
type Rare = Pick<RarePath, 'cap' | 'kind' | 'reason'> & {
  /** The reason of the class the chain starts from, so a propagated reason names one hop. */
  root: string;
};
const UNUSED = 'is never dispatched (nothing outside tests names it)';
const BY_HAND = 'is a console command no schedule runs: it runs when someone types it';
const TRANSFER = {
  import: 'is import code: it runs when someone imports a file, an occasional action rather than a page view',
  export: 'is export code: it runs when someone exports a file, an occasional action rather than a page view',
} as const;
const isRareTask = (t: ScheduledTask) => t.runsPerDay !== null && t.runsPerDay < RARE_RUNS_PER_DAY;
/** A task known to run hourly or more often. */
export const isFrequentTask = (t: ScheduledTask) =>
  t.runsPerDay !== null && t.runsPerDay >= RARE_RUNS_PER_DAY;
const scheduleReason = (t: ScheduledTask) => `runs only from the schedule ${describeSchedule(t)}`;

/** The name Artisan runs a command by: the first word of its `$signature`, else its `$name`. */
function commandName(d: ClassDecl, index: ClassIndex): string | null {
  for (const prop of ['signature', 'name']) {
    const value = index.propertyDefault(d.fqcn, prop);
    if (typeof value === 'string' && value.trim()) return value.trim().split(/\s+/)[0];
  }
  return null;
}

/** The scheduled tasks that run a console command, by its class or by its Artisan name. */
export function tasksRunning(d: ClassDecl, index: ClassIndex, tasks: ScheduledTask[]): ScheduledTask[] {
  const name = commandName(d, index);
  return tasks.filter(
    (t) => t.kind === 'command' && (t.classes.includes(d.fqcn) || (name !== null && t.command === name)),
  );
}

/**
 * How a console command runs, from the schedule alone: null when a task runs it hourly or more often (or at
 * a frequency that cannot be read); else a rare schedule or, with no task naming it, by hand.
 */
function commandRuns(d: ClassDecl, index: ClassIndex, tasks: ScheduledTask[]): Rare | null {
  const runs = tasksRunning(d, index, tasks);
  if (runs.some((t) => !isRareTask(t))) return null;
  if (runs.length === 0) return { cap: 'info', kind: 'console', reason: BY_HAND, root: BY_HAND };
  const reason = scheduleReason(runs[0]);
  return { cap: 'info', kind: 'schedule', reason, root: reason };
}

export function rareClasses(
  index: ClassIndex,
  refs: ReferenceIndex,
  tasks: ScheduledTask[],
): Map<ClassDecl, Rare> {
  const rare = new Map<ClassDecl, Rare>();
  const candidates = index.classes.filter(
    (d) =>
      (d.kind === 'class' || d.kind === 'trait') &&
      !d.summary.anonymous &&
      placeOf(d.file, d.fqcn, index) !== 'test' &&
      !index.isA(d.fqcn, COMMAND),
  );

  for (const d of index.classes) {
    if (d.kind !== 'class' || d.summary.isAbstract || !index.isA(d.fqcn, COMMAND)) continue;
    if (placeOf(d.file, d.fqcn, index) === 'test') continue;
    const runs = commandRuns(d, index, tasks);
    if (runs) rare.set(d, runs);
  }

  const taskAt = (r: Reference) =>
    tasks.find((t) => t.file === r.file && r.line >= t.line && r.line <= t.endLine) ?? null;

  // Import and export code, unless the schedule runs it hourly or more often (a feed synced all day).
  for (const d of candidates) {
    const transfer = transferOf(d, index);
    if (!transfer) continue;
    const frequent = refs.referencesTo(d.fqcn).some((r) => {
      const task = taskAt(r);
      return task !== null && !isRareTask(task);
    });
    const reason = TRANSFER[transfer];
    if (!frequent) rare.set(d, { cap: TRANSFER_CAP[transfer], kind: transfer, reason, root: reason });
  }

  for (const d of candidates) {
    if (rare.has(d)) continue;
    if (isJob(d, index) && refs.referencesTo(d.fqcn).length === 0)
      rare.set(d, {
        cap: 'info',
        kind: 'unused-job',
        reason: UNUSED,
        root: UNUSED,
      });
  }

  /** Why a reference runs rarely; null when it may run on a request or a frequent job. */
  const rareSource = (r: Reference, target: ClassDecl): Rare | null => {
    const task = taskAt(r);
    if (task) {
      if (!isRareTask(task)) return null;
      const reason = scheduleReason(task);
      return { cap: 'info', kind: 'schedule', reason, root: reason };
    }
    const from = r.from ? index.get(r.from) : undefined;
    if (!from || from === target) return null;
    const known = rare.get(from);
    if (known) return { ...known, reason: `runs only from ${from.name}, which ${known.root}` };
    if (index.isA(from.fqcn, COMMAND)) {
      if (tasksRunning(from, index, tasks).some(isFrequentTask)) return null;
      const reason = `runs only from console commands (${from.name})`;
      return { cap: 'warning', kind: 'console', reason, root: reason };
    }
    return null;
  };

  for (let changed = true; changed;) {
    changed = false;
    for (const d of candidates) {
      if (rare.has(d)) continue;
      const named = refs.referencesTo(d.fqcn);
      if (named.length === 0) continue;
      let worst: Rare | null = null;
      let all = true;
      for (const r of named) {
        const why = rareSource(r, d);
        if (!why) {
          all = false;
          break;
        }
        // The most severe bound wins; at the same one, the schedule says more than "console commands".
        const order = (x: Rare) => SEVERITY_ORDER[x.cap] * 2 + (x.kind === 'schedule' ? 1 : 0);
        if (!worst || order(why) > order(worst)) worst = why;
      }
      if (all && worst) {
        rare.set(d, worst);
        changed = true;
      }
    }
  }
  return rare;
}

/** A dispatchable job class: a queued or `Dispatchable` class, or one the app keeps under app/Jobs. */
function isJob(d: ClassDecl, index: ClassIndex): boolean {
  if (d.summary.isAbstract || d.kind !== 'class') return false;
  const inJobs = d.file.replace(/\\/g, '/').toLowerCase().startsWith('app/jobs/');
  const dispatchable = index.traitsOf(d.fqcn).some((t) => t.toLowerCase() === DISPATCHABLE);
  return inJobs || (dispatchable && index.isA(d.fqcn, QUEUED));
}
