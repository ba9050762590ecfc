// Runs a command as a separate process and measures it: wall time, time to its first byte of output,
// peak RSS (GNU time's %M, when /usr/bin/time is there), exit code, and its standard output.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

export function measure(cmd, args, { env = process.env, cwd, input } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'perf-audit-bench-time-'));
  const rssFile = join(dir, 'rss');
  const [file, argv] = GNU_TIME ? [GNU_TIME, ['-f', '%M', '-o', rssFile, cmd, ...args]] : [cmd, args];
  return new Promise((resolveRun, reject) => {
    const start = performance.now();
    let first = null;
    const out = [];
    const err = [];
    const child = spawn(file, argv, { env, cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const mark = () => (first ??= performance.now() - start);
    child.stdout.on('data', (d) => (mark(), out.push(d)));
    child.stderr.on('data', (d) => (mark(), err.push(d)));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      let rssKb = NaN;
      try {
        rssKb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
      } catch {
        /* no GNU time */
      }
      rmSync(dir, { recursive: true, force: true });
      resolveRun({
        code,
        ms,
        firstOutputMs: first ?? ms,
        rssKb,
        stdout: Buffer.concat(out).toString(),
        stderr: Buffer.concat(err).toString(),
      });
    });
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
  });
}
