/**
 * A moving cutoff in the past: the clock now (or today) minus an interval, as Carbon spells it
 * (`now()->subDays(30)`, `Carbon::now()->subMinutes($since)->toDateTimeString()`, `today()->subWeek()`).
 * A query comparing a date with it reads the rows older than the cutoff.
 */

import { child, flatten, nameOf, type PhpNode, type Step } from '../../php/ast.js';
import type { EvalContext } from '../../php/evaluate.js';
import { literalValue } from './literal.js';

/** Laravel's helpers and Carbon's (or the Date facade's) constructors of the current time. */
const CLOCKS = new Set(['now', 'today']);

/** Carbon's subtractions: sub(), subtract(), subDays(), subRealHours(), subMonthsNoOverflow()… */
const SUBTRACTION =
  /^sub(?:tract)?(?:real)?(?:micro|milli)?(second|minute|hour|day|weekday|week|month|quarter|year|decade|centur(?:y|ies))?s?(?:withoutoverflow|withoverflow|nooverflow|overflow)?$/;

const UNIT_SECONDS: Record<string, number> = {
  second: 1,
  minute: 60,
  hour: 3_600,
  day: 86_400,
  weekday: 86_400,
  week: 604_800,
  month: 2_592_000,
  quarter: 7_776_000,
  year: 31_536_000,
  decade: 315_360_000,
  century: 3_153_600_000,
  centuries: 3_153_600_000,
};

/** How far in the past the cutoff is, when the code spells it. */
export interface PastCutoff {
  /** Seconds before now; null when the interval is computed (`subDays($days)`, `config('x')`). */
  seconds: number | null;
}

/**
 * The expression as a cutoff in the past (the current time minus an interval; anything after the
 * subtraction formats it), or null when it is not one.
 */
export function pastCutoff(node: PhpNode, ctx: EvalContext): PastCutoff | null {
  const { root, steps } = flatten(node);
  let from = 0;
  if (steps[0]?.kind === 'static') {
    if (!CLOCKS.has(steps[0].name?.toLowerCase() ?? '')) return null;
    from = 1;
  } else if (root.kind !== 'call' || !CLOCKS.has(clockName(nameOf(child(root, 'what'))))) {
    return null;
  }
  const rest = steps.slice(from);
  if (!rest.every((s) => s.kind === 'call')) return null;
  const subtractions = rest.filter((s) => SUBTRACTION.test(s.name?.toLowerCase() ?? ''));
  if (!subtractions.length) return null;
  let seconds: number | null = 0;
  for (const s of subtractions) {
    const step = stepSeconds(s, ctx);
    seconds = seconds === null || step === null ? null : seconds + step;
  }
  return { seconds };
}

/**
 * One subtraction's interval: `subHours(12)`, `subWeek()`, `subDays(self::KEEP_DAYS)`; null for
 * `sub('1 day')` or a count known only at run time.
 */
function stepSeconds(step: Step, ctx: EvalContext): number | null {
  const unit = SUBTRACTION.exec(step.name!.toLowerCase())?.[1];
  if (!unit) return null;
  const count = step.args.length ? literalValue(step.args[0], ctx) : 1;
  return typeof count === 'number' && Number.isFinite(count) ? count * UNIT_SECONDS[unit] : null;
}

const clockName = (name: string | null) => (name ?? '').replace(/^\\/, '').toLowerCase();
