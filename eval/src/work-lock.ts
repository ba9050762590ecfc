/**
 * One eval at a time per work folder. Two runs share eval/.work: the same cached reports, trees and
 * last-run.json. Run side by side, one reads a report while the other rewrites it, and its runs come back
 * with no report: recall and precision then drop for no reason in the code.
 */

import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export type WorkLock = { release: () => void } | { heldBy: number };

const LOCK_FILE = 'run.lock';

/** Whether a process with this id is running (one we may not signal is running too). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holderOf(file: string): number | null {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Takes the work folder's lock for `pid`, or says which running eval holds it. A lock whose process has
 * ended (a run that was killed) is taken over.
 */
export function acquireWorkLock(dir: string, pid: number = process.pid): WorkLock {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, `${pid}\n`);
      closeSync(fd);
      return {
        release: () => {
          if (holderOf(file) === pid) rmSync(file, { force: true });
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = holderOf(file);
      if (holder !== null && holder !== pid && alive(holder)) return { heldBy: holder };
      rmSync(file, { force: true });
    }
  }
  throw new Error(`cannot take ${file}: it keeps coming back`);
}
