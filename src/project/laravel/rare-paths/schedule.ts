/**
 * The app's scheduled tasks: `$schedule->job(new X)->weekly()`, `->command(X::class)->daily()`,
 * `->call(…)->dailyAt('03:00')` in the console kernel's schedule(), `Schedule::job(…)` in routes/console.php,
 * `withSchedule(fn (Schedule $s) => …)` in bootstrap/app.php or a service provider. A chain counts as a
 * task when a frequency method follows the job/command/call step, which only the scheduler's events have.
 */

import {
  child,
  endLineOf,
  field,
  flatten,
  forEachTopLevel,
  lineOf,
  nameOf,
  renderStep,
  resolveClass,
  walk,
  type FileScope,
  type PhpNode,
  type Step,
} from '../../php/ast.js';
import { evaluate } from '../../php/evaluate.js';
import { describeRate, isFrequencyMethod, runsPerDay } from './frequency.js';

export interface ScheduledTask {
  file: string;
  line: number;
  endLine: number;
  /** The step that names what runs. */
  kind: 'job' | 'command' | 'call';
  /** Classes the task names: the job, the command class, or any class named in the callback. */
  classes: string[];
  /** An Artisan command given by name (`ninja:check-data`), its first word. */
  command?: string;
  /** The frequency calls as written: `->sundays()->at('02:30')`; empty when there is none (every minute). */
  frequency: string;
  /** Null when the frequency cannot be read. */
  runsPerDay: number | null;
}

const TASK_STEPS = new Set(['job', 'command', 'call']);

/** How a task is scheduled, for a message: `` `->daily()` (once a day, app/Console/Kernel.php:12)``. */
export function describeSchedule(t: ScheduledTask): string {
  const how = t.frequency ? `\`${t.frequency}\`` : "with no frequency method (Laravel's default)";
  const rate = t.runsPerDay === null ? 'at a rate that cannot be read' : describeRate(t.runsPerDay);
  return `${how} (${rate}, ${t.file}:${t.line})`;
}

export function scheduledTasks(file: string, program: PhpNode): ScheduledTask[] {
  const tasks: ScheduledTask[] = [];
  const inner = new Set<PhpNode>();
  forEachTopLevel(file, program, (top, scope) => {
    walk(top, (node) => {
      if (node.kind !== 'call' || inner.has(node)) return;
      const { root, steps } = flatten(node);
      // Calls nested in this chain are steps of it, not chains of their own.
      for (const s of steps) inner.add(s.node);
      const at = steps.findIndex((s) => s.name !== null && TASK_STEPS.has(s.name.toLowerCase()));
      if (at < 0) return;
      const frequency = steps.slice(at + 1).filter((s) => s.name !== null && isFrequencyMethod(s.name));
      if (frequency.length === 0 && !(at === 0 && onSchedule(root, steps[0], scope))) return;
      const task = steps[at];
      const kind = task.name!.toLowerCase() as ScheduledTask['kind'];
      const target = task.args[0] ?? null;
      tasks.push({
        file,
        line: lineOf(node),
        endLine: endLineOf(node),
        kind,
        classes: target ? namedClasses(target, scope, kind === 'call') : [],
        ...(kind === 'command' && target?.kind === 'string'
          ? { command: String(field<string>(target, 'value')).trim().split(/\s+/)[0] }
          : {}),
        frequency: frequency.map(renderStep).join(''),
        runsPerDay: runsPerDay(
          frequency.map((s) => ({ name: s.name!, args: s.args.map((a) => evaluate(a)) })),
        ),
      });
    });
  });
  return tasks;
}

/**
 * A task with no frequency method runs every minute (Laravel's default `* * * * *`). Without one, only a
 * call on the scheduler itself is a task: `$schedule->command(…)` in the kernel or a `withSchedule`
 * callback, or the `Schedule` facade; `Artisan::command('name', fn …)` defines a command, and another
 * class's `command()` or `job()` is its own.
 */
const SCHEDULE_FACADE = 'illuminate\\support\\facades\\schedule';

function onSchedule(root: PhpNode, first: Step, scope: FileScope): boolean {
  if (first.kind === 'call') return root.kind === 'variable' && nameOf(root)?.toLowerCase() === 'schedule';
  if (first.kind !== 'static' || root.kind !== 'name' || !nameOf(root)) return false;
  return resolveClass(nameOf(root)!, field(root, 'resolution'), scope).toLowerCase() === SCHEDULE_FACADE;
}

/**
 * The classes a task's argument names: `new X`, `X::class`; for a callback, every class named in it
 * (the code it calls runs when the task does).
 */
function namedClasses(target: PhpNode, scope: FileScope, deep: boolean): string[] {
  const out = new Set<string>();
  const direct = classOfTarget(target, scope);
  if (direct) out.add(direct);
  if (deep) {
    walk(target, (n) => {
      if (n.kind !== 'name') return;
      const raw = nameOf(n);
      if (raw) out.add(resolveClass(raw, field(n, 'resolution'), scope));
    });
  }
  return [...out];
}

/** `new X(…)` or `X::class`. */
function classOfTarget(n: PhpNode, scope: FileScope): string | null {
  const named = (c: PhpNode | null) =>
    c?.kind === 'name' && nameOf(c) ? resolveClass(nameOf(c)!, field(c, 'resolution'), scope) : null;
  if (n.kind === 'new') return named(child(n, 'what'));
  if (n.kind === 'staticlookup' && nameOf(child(n, 'offset'))?.toLowerCase() === 'class')
    return named(child(n, 'what'));
  return null;
}
