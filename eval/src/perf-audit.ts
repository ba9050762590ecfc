/** One run of the bundled command on an app, as a user runs it; reports are cached per commit. */

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AuditReport } from '../../src/report/audit-report.js';
import { renderMarkdown } from '../../src/report/markdown.js';

export interface PerfAuditRun {
  /** null when the command wrote no report (crash, time limit). */
  report: AuditReport | null;
  exitCode: number | null;
  wallMs: number;
  /** Characters of the PR comment the action would post for this report. */
  commentChars: number | null;
  /** The last lines of stderr when the run did not give a report. */
  error: string | null;
  cached: boolean;
}

export interface RunOptions {
  cli: string;
  appDir: string;
  /** mysql:// URL, or null for static verdicts (`--db none`). */
  dbUrl: string | null;
  timeoutMs: number;
  /** Where the run's record is kept; reused when present. */
  cacheFile: string;
}

/**
 * Short hash of the bundled command, so a rebuilt perf-audit never reuses reports of the previous one:
 * the entry and every chunk beside it (the entry loads the engine from its chunks, so it alone can stay
 * the same while the engine changes).
 */
export function cliFingerprint(cli: string): string {
  const h = createHash('sha1').update(readFileSync(cli));
  const dir = dirname(cli);
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.js'))
    .sort())
    h.update(f).update(readFileSync(join(dir, f)));
  return h.digest('hex').slice(0, 12);
}

/** The comment as the action renders it (src/main.ts postComment), docs links included. */
export function commentText(report: AuditReport): string {
  return renderMarkdown(report, {
    commentKey: 'default',
    docsBaseUrl: 'https://github.com/perf-audit/perf-audit/blob/v1/',
    summaryUrl: 'https://github.com/owner/app/actions/runs/12345678901',
    source: { blobUrl: 'https://github.com/owner/app/blob/0123456789abcdef0123456789abcdef01234567' },
  });
}

export function commentLength(report: AuditReport): number {
  return commentText(report).length;
}

function spawnCli(
  opts: RunOptions,
  output: string,
): Promise<{ code: number | null; stderr: string; ms: number }> {
  const env = { ...process.env };
  delete env['PERF_AUDIT_DB_URL'];
  delete env['PERF_AUDIT_PARSE_WORKERS'];
  // The URL goes by environment, not argv, so a password never shows in `ps`.
  if (opts.dbUrl) env['PERF_AUDIT_DB_URL'] = opts.dbUrl;
  const args = [opts.cli, '--app', opts.appDir, '--format', 'json', '--output', output];
  if (!opts.dbUrl) args.push('--db', 'none');
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-20000);
    });
    const timer = setTimeout(() => {
      stderr += `\n(killed after ${opts.timeoutMs} ms)`;
      child.kill('SIGKILL');
    }, opts.timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, ms: Math.round(performance.now() - started) });
    });
  });
}

export async function runPerfAudit(opts: RunOptions): Promise<PerfAuditRun> {
  if (existsSync(opts.cacheFile)) {
    const kept = JSON.parse(readFileSync(opts.cacheFile, 'utf8')) as PerfAuditRun;
    return { ...kept, cached: true };
  }
  mkdirSync(dirname(opts.cacheFile), { recursive: true });
  const output = `${opts.cacheFile}.report.json`;
  rmSync(output, { force: true });
  const r = await spawnCli(opts, output);
  let report: AuditReport | null = null;
  let error: string | null = null;
  if (existsSync(output)) {
    try {
      report = JSON.parse(readFileSync(output, 'utf8')) as AuditReport;
    } catch (e) {
      error = `unreadable report: ${e instanceof Error ? e.message : String(e)}`;
    }
    rmSync(output, { force: true });
  }
  if (!report) error ??= r.stderr.trim().split('\n').slice(-6).join('\n') || `exit ${r.code}`;
  const result: PerfAuditRun = {
    report,
    exitCode: r.code,
    wallMs: r.ms,
    commentChars: report ? commentLength(report) : null,
    error,
    cached: false,
  };
  // A run killed by the time limit or the database is not kept: the next run tries again.
  if (report) {
    writeFileSync(`${opts.cacheFile}.part`, JSON.stringify(result));
    renameSync(`${opts.cacheFile}.part`, opts.cacheFile);
  }
  return result;
}
