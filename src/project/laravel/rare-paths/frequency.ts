/**
 * How often a scheduled task runs, in runs per day, from the frequency methods chained on it
 * (Laravel's ManagesFrequencies: `->hourly()`, `->dailyAt('02:10')`, `->sundays()->at('02:30')`,
 * `->cron('0 4 * * *')`). Null when it cannot be told (a cron expression in a variable); a task with no
 * time method runs every minute, as Laravel's default expression `* * * * *` does.
 */

import { HostValue, Unknown, type PhpValue } from '../../php/value.js';

/** Runs per day of each time method (on the days it runs). */
const PER_DAY: Record<string, number> = {
  everysecond: 86_400,
  everytwoseconds: 43_200,
  everyfiveseconds: 17_280,
  everytenseconds: 8_640,
  everyfifteenseconds: 5_760,
  everytwentyseconds: 4_320,
  everythirtyseconds: 2_880,
  everyminute: 1_440,
  everytwominutes: 720,
  everythreeminutes: 480,
  everyfourminutes: 360,
  everyfiveminutes: 288,
  everytenminutes: 144,
  everyfifteenminutes: 96,
  everythirtyminutes: 48,
  hourly: 24,
  hourlyat: 24,
  everyoddhour: 12,
  everytwohours: 12,
  everythreehours: 8,
  everyfourhours: 6,
  everysixhours: 4,
  daily: 1,
  dailyat: 1,
  at: 1,
  twicedaily: 2,
  twicedailyat: 2,
};

/** Time methods that also fix the days: a day filter chained on them does not thin them further. */
const PER_PERIOD: Record<string, number> = {
  weekly: 1 / 7,
  weeklyon: 1 / 7,
  monthly: 1 / 30,
  monthlyon: 1 / 30,
  twicemonthly: 2 / 30,
  lastdayofmonth: 1 / 30,
  quarterly: 1 / 91,
  quarterlyon: 1 / 91,
  yearly: 1 / 365,
  yearlyon: 1 / 365,
};

/** Day filters: the share of the week's days the task runs on. */
const DAYS: Record<string, number> = {
  weekdays: 5 / 7,
  weekends: 2 / 7,
  mondays: 1 / 7,
  tuesdays: 1 / 7,
  wednesdays: 1 / 7,
  thursdays: 1 / 7,
  fridays: 1 / 7,
  saturdays: 1 / 7,
  sundays: 1 / 7,
};

/** Whether a method name is one of the scheduler's frequency methods. */
export function isFrequencyMethod(name: string): boolean {
  const n = name.toLowerCase();
  return n in PER_DAY || n in PER_PERIOD || n in DAYS || n === 'days' || n === 'cron';
}

/** Runs per day of a task from its frequency calls in order (name, evaluated arguments). */
export function runsPerDay(calls: { name: string; args: PhpValue[] }[]): number | null {
  let perDay: number | null = null;
  let days = 1;
  let fixedPeriod = false;
  for (const { name, args } of calls) {
    const n = name.toLowerCase();
    if (n in PER_DAY) perDay = PER_DAY[n];
    else if (n in PER_PERIOD) {
      perDay = PER_PERIOD[n];
      fixedPeriod = true;
    } else if (n in DAYS) days = DAYS[n];
    else if (n === 'days') {
      // `days([0, 6])` or `days(0, 6)`: an array counts its items.
      const first = args[0];
      const count =
        args.length === 1 &&
        first !== null &&
        typeof first === 'object' &&
        !(first instanceof HostValue) &&
        !(first instanceof Unknown)
          ? Object.keys(first).length
          : args.length;
      days = count ? Math.min(count, 7) / 7 : 1;
    } else if (n === 'cron') {
      const expr = typeof args[0] === 'string' ? args[0] : null;
      if (expr === null) return null;
      const runs = cronRunsPerDay(expr);
      if (runs === null) return null;
      perDay = runs;
      fixedPeriod = true;
    }
  }
  return (perDay ?? PER_DAY.everyminute) * (fixedPeriod ? 1 : days);
}

/** The average runs per day of a five-field cron expression; null when it cannot be read. */
export function cronRunsPerDay(expr: string): number | null {
  const fields = expr.trim().split(/\s+/);
  if (fields.length !== 5) return null;
  const [minute, hour, dom, month, dow] = fields;
  const counts = [values(minute, 60), values(hour, 24), values(dom, 31), values(month, 12), values(dow, 7)];
  if (counts.some((c) => c === null)) return null;
  const [m, h, d, mo, w] = counts as number[];
  return m * h * (d / 31) * (mo / 12) * (w / 7);
}

/** How many values of a cron field's range (`*`, `*\/15`, `1,15`, `8-18`, `8-18/2`, `MON`) it matches. */
function values(field: string, size: number): number | null {
  let total = 0;
  for (const part of field.split(',')) {
    const [range, stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) return null;
    let span: number;
    if (range === '*' || range === '?') span = size;
    else if (range.includes('-')) {
      const [a, b] = range.split('-').map(Number);
      if (!Number.isInteger(a) || !Number.isInteger(b) || b < a) return null;
      span = b - a + 1;
    } else span = stepText === undefined ? 1 : size;
    total += Math.ceil(span / step);
  }
  return Math.min(total, size);
}

/** A reader's word for a rate: "every minute", "24 times a day", "about once a week". */
export function describeRate(perDay: number): string {
  if (perDay >= 1_440) return 'every minute or more often';
  if (perDay >= 2) return `${Math.round(perDay)} times a day`;
  if (perDay >= 0.9) return 'once a day';
  if (perDay >= 1 / 7 - 1e-9)
    return `about ${Math.round(perDay * 7)} times a week`.replace(/^about 1 times/, 'about once');
  return 'about once a month or less';
}
