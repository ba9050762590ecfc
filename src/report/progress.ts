/**
 * Progress lines: one when a phase starts, one when it ends with its time and what it counted. Colours on
 * a terminal only: NO_COLOR turns them off, FORCE_COLOR turns them on (also in CI logs, which get none
 * otherwise).
 */

export interface PhaseEvent {
  phase: string;
  /** `count`: how far a long phase is (`done` of `total`, `note` says of what). */
  state: 'start' | 'count' | 'ran' | 'failed' | 'skipped';
  done?: number;
  total?: number;
  ms?: number;
  note?: string;
  /** Set for the audit of the base commit, whose lines are labelled so. */
  label?: string;
}

/** Told how far a long phase is: `done` of `total` (a new total starts a new count). */
export type Counter = (done: number, total: number) => void;

/** Below this many items a phase is short: no count lines. */
export const COUNT_FROM = 20;

/**
 * A Counter that tells `emit` at every tenth of the total and at the end, so a long phase writes at most
 * ten count lines however many items it has; a total under COUNT_FROM writes none.
 */
export function tenthsCounter(emit: (done: number, total: number) => void): Counter {
  let total = -1;
  let last = 0;
  return (done, of) => {
    if (of !== total) {
      total = of;
      last = 0;
    }
    if (of < COUNT_FROM) return;
    const step = done >= of ? 10 : Math.floor((done * 10) / of);
    if (step <= last) return;
    last = step;
    emit(Math.min(done, of), of);
  };
}

export function useColor(isTty: boolean, env: NodeJS.ProcessEnv): boolean {
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['CI'] || env['GITHUB_ACTIONS']) return false;
  return isTty && env['TERM'] !== 'dumb';
}

const PAINT = { green: '32', red: '31', dim: '2', cyan: '36' } as const;

function paint(color: boolean, code: keyof typeof PAINT, text: string): string {
  return color ? `\u001b[${PAINT[code]}m${text}\u001b[0m` : text;
}

export function seconds(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** The line for one event; `text` is already safe for a log line (the caller escapes repository text). */
export function progressLine(e: PhaseEvent, color: boolean): string {
  const who = e.label ? `${e.label} ${e.phase}` : e.phase;
  const note = e.note ? `: ${e.note}` : '';
  switch (e.state) {
    case 'start':
      return `${paint(color, 'cyan', '▶')} ${who}…`;
    case 'count':
      return `${paint(color, 'dim', '…')} ${who}: ${e.done ?? 0}/${e.total ?? 0} ${e.note ?? ''}`.trimEnd();
    case 'ran':
      return `${paint(color, 'green', '✔')} ${who} ${paint(color, 'dim', `(${seconds(e.ms ?? 0)})`)}${note}`;
    case 'failed':
      return `${paint(color, 'red', '✖')} ${who} failed after ${seconds(e.ms ?? 0)}${note}`;
    default:
      return `${paint(color, 'dim', '–')} ${who} skipped${note}`;
  }
}
