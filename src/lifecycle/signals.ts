/**
 * SIGINT/SIGTERM (a cancelled CI job, Ctrl-C): undo everything registered in the cleanup registry, let the
 * caller write its report, then exit with 128 + the signal number. A second signal while this runs is
 * ignored: the cleanup is what it would interrupt. The cleanup has a deadline so an unanswering database
 * cannot keep the process alive until the runner's SIGKILL.
 */

import { runCleanups, type CleanupOutcome } from './cleanup.js';

/** `during`: what the process was doing when the signal came (read before the cleanup disturbs it). */
export type InterruptHook = (
  signal: NodeJS.Signals,
  cleaned: CleanupOutcome[],
  during: string | null,
) => unknown;

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const CODES: Record<string, number> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

/** CI runners send SIGKILL a few seconds after SIGINT/SIGTERM: stay well inside that. */
export const CLEANUP_DEADLINE_MS = 5000;

let hooks: { hook: InterruptHook; describe: () => string | null; during: string | null }[] = [];
let installed = false;
let interrupted: NodeJS.Signals | null = null;

/** The signal being handled, if any (a phase that fails because of the cleanup can say why). */
export function interruptedBy(): NodeJS.Signals | null {
  return interrupted;
}

/**
 * Resolves at once, unless a signal is being handled: then never (the handler ends the process), so the
 * interrupted main flow does not write a second report or exit first.
 */
export function unlessInterrupted(): Promise<void> {
  return interrupted ? new Promise<void>(() => undefined) : Promise.resolve();
}

async function withDeadline<T>(p: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((r) => (timer = setTimeout(() => r(fallback), ms)));
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function onSignal(signal: NodeJS.Signals): Promise<void> {
  if (interrupted) return;
  interrupted = signal;
  for (const h of hooks) h.during = h.describe();
  // Connections killed under a running phase report their loss as errors nobody awaits any more.
  process.on('uncaughtException', () => undefined);
  process.on('unhandledRejection', () => undefined);
  const cleanAll = async () => {
    const first = await runCleanups({ stopping: true });
    // Something created while the first pass ran (a database half made) registers just after it.
    await new Promise((r) => setTimeout(r, 200));
    return [...first, ...(await runCleanups({ stopping: true }))];
  };
  const cleaned = await withDeadline(cleanAll(), CLEANUP_DEADLINE_MS, [
    { label: `cleanup did not finish within ${CLEANUP_DEADLINE_MS} ms`, ok: false },
  ]);
  for (const h of hooks) {
    try {
      await withDeadline(Promise.resolve(h.hook(signal, cleaned, h.during)), CLEANUP_DEADLINE_MS, undefined);
    } catch {
      // The report is best effort here; the exit status still says what happened.
    }
  }
  process.exit(CODES[signal] ?? 1);
}

function listener(signal: NodeJS.Signals): void {
  void onSignal(signal);
}

/**
 * Installs the handlers once per process (idempotent); `hook` runs after the cleanup, before the exit, and
 * is told what `describe` said at the moment of the signal.
 */
export function handleInterrupts(
  hook?: InterruptHook,
  describe: () => string | null = () => null,
): () => void {
  if (!installed) {
    installed = true;
    for (const s of SIGNALS) process.on(s, listener);
  }
  const entry = hook ? { hook, describe, during: null } : null;
  if (entry) hooks.push(entry);
  return () => {
    hooks = hooks.filter((h) => h !== entry);
  };
}
