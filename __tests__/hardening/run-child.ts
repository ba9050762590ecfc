/** Runs the bundled command as a child process that the test can signal at a chosen moment. */

import { spawn, type ChildProcess } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, ROOT } from '../cli/helpers.js';

export interface ChildRun {
  child: ChildProcess;
  stderr: () => string;
  /** Exit code, or 128 + n when killed by a signal it did not handle. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The child's own TMPDIR: it must be empty again after the run. */
  tmp: string;
}

const made: string[] = [];
// The children's temp folders are checked empty by the tests; the folders themselves go with the test file.
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

export function runChild(
  args: string[],
  env: Record<string, string> = {},
  as: { uid: number; gid: number } | null = null,
): ChildRun {
  const tmp = mkdtempSync(join(tmpdir(), 'pa-child-tmp-'));
  made.push(tmp);
  if (as) chownSync(tmp, as.uid, as.gid);
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    ...(as ?? {}),
    env: { ...process.env, PERF_AUDIT_DB_URL: '', TMPDIR: tmp, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  child.stdout?.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  return { child, stderr: () => err, exited, tmp };
}

/** Polls `check` until it holds (or fails the test after `ms`). */
export async function waitFor(
  what: string,
  check: () => Promise<boolean> | boolean,
  ms = 20_000,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Running (a zombie waiting for its parent to reap it counts as gone). */
export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) [ZX]/s.test(stat);
  } catch {
    return false;
  }
}

export const listTmp = (dir: string) => readdirSync(dir);
