/**
 * Process-wide registry of cleanup actions (scratch databases, the run's account, worktrees, temp folders,
 * child process groups, general_log). Whoever creates something registers how to undo it and unregisters
 * once undone, so a signal or an early exit can undo whatever is still outstanding, newest first.
 */

export type CleanupFn = () => unknown;

interface Entry {
  id: number;
  label: string;
  fn: CleanupFn;
}

const entries: Entry[] = [];
let nextId = 1;
let closing = false;

/** True once the process is stopping (a signal): creating anything new now would outlive the process. */
export function shuttingDown(): boolean {
  return closing;
}

/** Registers `fn` under `label`; the returned function unregisters it (call it once the thing is undone). */
export function registerCleanup(label: string, fn: CleanupFn): () => void {
  const id = nextId++;
  entries.push({ id, label, fn });
  return () => {
    const i = entries.findIndex((e) => e.id === id);
    if (i >= 0) entries.splice(i, 1);
  };
}

/** The labels still registered, oldest first. */
export function pendingCleanups(): string[] {
  return entries.map((e) => e.label);
}

export interface CleanupOutcome {
  label: string;
  ok: boolean;
  error?: string;
}

/**
 * Runs and unregisters every registered action, newest first (a connection registered after its database
 * closes before the database is dropped). A failing action does not stop the others.
 */
export async function runCleanups(options: { stopping?: boolean } = {}): Promise<CleanupOutcome[]> {
  // Only a stopping process refuses new work; the end of a run in a long-lived process (tests, the action's
  // error path) undoes what is outstanding and goes on.
  if (options.stopping) closing = true;
  const out: CleanupOutcome[] = [];
  while (entries.length > 0) {
    const e = entries.pop()!;
    try {
      await e.fn();
      out.push({ label: e.label, ok: true });
    } catch (err) {
      out.push({ label: e.label, ok: false, error: err instanceof Error ? err.message : String(err) });
    }
  }
  return out;
}
