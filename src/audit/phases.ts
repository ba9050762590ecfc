/** Runs one phase with its timing; a phase that throws is recorded as failed and the audit goes on. */

import type { PhaseResult } from '../report/audit-report.js';

/** A failure that must end the run (exit 3) instead of degrading: recorded as the phase's failure, then rethrown. */
export class FatalPhaseError extends Error {
  override name = 'FatalPhaseError';
}

export class PhaseLog {
  readonly phases: PhaseResult[] = [];
  /** The phase running now (a signal's report names it). */
  current: string | null = null;

  skip(name: string, note: string): void {
    this.phases.push({ name, status: 'skipped', ms: 0, note });
  }

  /** Runs `fn`; returns its value, or null when it failed (the failure is recorded with its message). */
  async run<T>(name: string, fn: () => Promise<{ value: T; note: string }>): Promise<T | null> {
    const start = performance.now();
    this.current = name;
    try {
      const { value, note } = await fn();
      this.phases.push({ name, status: 'ran', ms: Math.round(performance.now() - start), note });
      return value;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.phases.push({ name, status: 'failed', ms: Math.round(performance.now() - start), note: message });
      if (err instanceof FatalPhaseError) throw err;
      return null;
    } finally {
      this.current = null;
    }
  }
}
