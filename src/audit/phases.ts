/** Runs one phase with its timing; a phase that throws is recorded as failed and the audit goes on. */

import type { PhaseResult } from '../report/audit-report.js';
import { tenthsCounter, type Counter, type PhaseEvent } from '../report/progress.js';

/** A failure that must end the run (exit 3) instead of degrading: recorded as the phase's failure, then rethrown. */
export class FatalPhaseError extends Error {
  override name = 'FatalPhaseError';
}

export class PhaseLog {
  readonly phases: PhaseResult[] = [];
  /** The phase running now (a signal's report names it). */
  current: string | null = null;
  /** Told when a phase starts and ends (the progress lines). */
  onEvent: ((event: PhaseEvent) => void) | null = null;

  private tell(event: PhaseEvent): void {
    try {
      this.onEvent?.(event);
    } catch {
      // A progress line that cannot be written never changes the audit.
    }
  }

  skip(name: string, note: string): void {
    this.phases.push({ name, status: 'skipped', ms: 0, note });
    this.tell({ phase: name, state: 'skipped', note });
  }

  /** A Counter for a long phase's items (`unit`: what is counted, e.g. `statements applied`). */
  counter(name: string, unit: string): Counter {
    return tenthsCounter((done, total) =>
      this.tell({ phase: name, state: 'count', done, total, note: unit }),
    );
  }

  /**
   * Runs `fn`; returns its value, or null when it failed (the failure is recorded with its message).
   * `fn` is given `count(unit)`, a Counter for the phase's progress lines.
   */
  async run<T>(
    name: string,
    fn: (count: (unit: string) => Counter) => Promise<{ value: T; note: string }>,
  ): Promise<T | null> {
    const start = performance.now();
    this.current = name;
    this.tell({ phase: name, state: 'start' });
    try {
      const { value, note } = await fn((unit) => this.counter(name, unit));
      const ms = Math.round(performance.now() - start);
      this.phases.push({ name, status: 'ran', ms, note });
      this.tell({ phase: name, state: 'ran', ms, note });
      return value;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const ms = Math.round(performance.now() - start);
      this.phases.push({ name, status: 'failed', ms, note: message });
      this.tell({ phase: name, state: 'failed', ms, note: message });
      if (err instanceof FatalPhaseError) throw err;
      return null;
    } finally {
      this.current = null;
    }
  }
}
