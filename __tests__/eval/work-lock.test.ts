import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquireWorkLock } from '../../eval/src/work-lock.js';

const dir = mkdtempSync(join(tmpdir(), 'eval-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The id of a process that has ended. */
function endedPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(r.stdout.toString());
}

describe('acquireWorkLock', () => {
  it('lets one eval hold the work folder and tells a second which one holds it', () => {
    const first = acquireWorkLock(dir);
    expect('release' in first).toBe(true);
    // A second run (another pid) while this process, alive, holds it.
    expect(acquireWorkLock(dir, process.pid + 1_000_000)).toEqual({ heldBy: process.pid });
    if ('release' in first) first.release();
    expect(existsSync(join(dir, 'run.lock'))).toBe(false);
    const again = acquireWorkLock(dir, process.pid + 1_000_000);
    expect('release' in again).toBe(true);
    if ('release' in again) again.release();
  });

  it('takes over the lock of a run that was killed', () => {
    writeFileSync(join(dir, 'run.lock'), `${endedPid()}\n`);
    const lock = acquireWorkLock(dir);
    expect('release' in lock).toBe(true);
    if ('release' in lock) lock.release();
  });
});
