/**
 * Child processes started in their own process group, so that everything they start in turn (a shell, php,
 * composer scripts…) can be killed together: on a signal (cleanup registry) and when the caller gives up.
 */

import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { registerCleanup } from './cleanup.js';

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
  return child;
}

export interface GroupResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command to completion in its own process group (git fetch starts helpers of its own), output
 * collected; a signal to perf-audit kills the group instead of leaving it running.
 */
export function runGroup(
  command: string,
  args: string[],
  options: { cwd: string; maxBuffer?: number },
): Promise<GroupResult> {
  return new Promise((done) => {
    const child = spawnGroup(command, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const max = options.maxBuffer ?? 16 * 1024 * 1024;
    let stdout = '';
    let stderr = '';
    const collect = (into: 'out' | 'err') => (d: Buffer) => {
      if (into === 'out') stdout = (stdout + d.toString()).slice(0, max);
      else stderr = (stderr + d.toString()).slice(-max);
    };
    child.stdout?.on('data', collect('out'));
    child.stderr?.on('data', collect('err'));
    child.once('error', (err) => done({ code: -1, stdout, stderr: `${stderr}${err.message}` }));
    child.once('close', (code) => done({ code, stdout, stderr }));
  });
}
