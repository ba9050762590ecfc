/**
 * Child processes started in their own process group, so that everything they start in turn (a shell, php,
 * composer scripts…) can be killed together: on a signal (cleanup registry) and when the caller gives up.
 */

import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { registerCleanup, shuttingDown } from './cleanup.js';

/** Kills the child's whole group; quiet when it has already gone. */
export function killGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * spawn() in a new process group, registered for cleanup until it closes. The group is killed as a
 * whole (not only the shell) so no grandchild is orphaned.
 */
export function spawnGroup(command: string, args: string[], options: SpawnOptions): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true });
  const unregister = registerCleanup(`kill process group of ${command}`, () => killGroup(child));
  // On exit, not close: a grandchild holding the output pipe open would delay close forever.
  child.once('exit', () => {
    unregister();
    // Whatever the command left running in its group goes with it.
    killGroup(child);
  });
  child.once('error', unregister);
  // Started while perf-audit is stopping: nothing will clean it up later, so it goes now.
  if (shuttingDown()) killGroup(child);
  return child;
}
