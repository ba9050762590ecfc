/** Process-wide cleanup actions, run on every exit path (signals, errors, timeouts). */

const actions = new Map<number, { label: string; fn: () => unknown }>();
let next = 0;

/** Registers an action; the returned function unregisters it (call it once the thing is cleaned up). */
export function registerCleanup(label: string, fn: () => unknown): () => void {
  const id = next++;
  actions.set(id, { label, fn });
  return () => void actions.delete(id);
}

/** Runs every registered action, newest first, each once; failures do not stop the others. */
export async function runCleanups(): Promise<void> {
  const all = [...actions.entries()].reverse();
  actions.clear();
  for (const [, a] of all) {
    try {
      await a.fn();
    } catch {
      // keep going: the next action may still free something
    }
  }
}
