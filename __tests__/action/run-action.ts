/**
 * Runs the bundled action (dist/index.js) the way a GitHub runner does: INPUT_* variables, GITHUB_* context,
 * file commands for outputs and the step summary, an event payload on disk. `npm run bundle` must have
 * built dist/ first (`npm test` does).
 */

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUNDLE = join(REPO_ROOT, 'dist', 'index.js');

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  /** GITHUB_STEP_SUMMARY's content ('' when nothing was written). */
  summary: string;
  outputs: Record<string, string>;
  /** The JSON report the action wrote (from the report-json output), when it wrote one. */
  report: {
    summary: { blocked: boolean; critical: number; warning: number };
    findings: {
      rule: string;
      status: string;
      table: string | null;
      columns: string[];
      silenced?: { reason: string; by: string };
    }[];
    fixed: unknown[];
  } | null;
  reportPath: string | null;
  sarifPath: string | null;
  /** Lines the action wrote as workflow commands (::error, ::warning…). */
  commands: string[];
}

export interface RunOptions {
  inputs: Record<string, string>;
  workspace: string;
  apiUrl?: string;
  event?: { name: string; payload: object };
  env?: Record<string, string>;
  bundle?: string;
  timeoutMs?: number;
}

export function pullRequestEvent(number: number, baseSha = 'b'.repeat(40), headSha = 'a'.repeat(40)) {
  return {
    name: 'pull_request',
    payload: {
      action: 'synchronize',
      number,
      pull_request: { number, base: { sha: baseSha, ref: 'main' }, head: { sha: headSha, ref: 'feature' } },
    },
  };
}

/** Reads GitHub's file-command format: `name<<DELIM\nvalue\nDELIM`. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    i += 1;
    while (i < lines.length && lines[i] !== m[2]) value.push(lines[i++]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

const runDirs: string[] = [];
// Each run's runner folder (its summary, outputs and reports) goes after the test file that ran it.
afterAll(async () => {
  await Promise.all(runDirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

export async function runAction(opts: RunOptions): Promise<ActionRun> {
  // PERF_AUDIT_ACTION_BUNDLE points at another build of the same source (e.g. while dist/ is being rebuilt).
  const bundle = opts.bundle ?? process.env['PERF_AUDIT_ACTION_BUNDLE'] ?? BUNDLE;
  if (!existsSync(bundle))
    throw new Error(`${bundle} is missing: run \`npm run bundle\` first (npm test does)`);
  const dir = await mkdtemp(join(tmpdir(), 'perf-audit-action-'));
  runDirs.push(dir);
  const summaryFile = join(dir, 'summary.md');
  const outputFile = join(dir, 'output.txt');
  const eventFile = join(dir, 'event.json');
  await writeFile(summaryFile, '');
  await writeFile(outputFile, '');
  await writeFile(eventFile, JSON.stringify(opts.event?.payload ?? {}));

  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: process.env['HOME'] ?? dir,
    GITHUB_ACTIONS: 'true',
    ...(process.env['NODE_PATH'] ? { NODE_PATH: process.env['NODE_PATH'] } : {}),
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: opts.event?.name ?? 'push',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_RUN_ID: '4242',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_WORKSPACE: opts.workspace,
    RUNNER_TEMP: dir,
    ...(opts.apiUrl ? { GITHUB_API_URL: opts.apiUrl } : {}),
    ...opts.env,
  };
  for (const [name, value] of Object.entries(opts.inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;

  const child = spawn(process.execPath, [bundle], {
    cwd: opts.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number>((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the action did not finish in ${opts.timeoutMs ?? 90_000} ms\n${stdout}\n${stderr}`));
    }, opts.timeoutMs ?? 90_000);
    child.on('close', (c) => {
      clearTimeout(timer);
      resolvePromise(c ?? -1);
    });
  });

  const outputs = parseOutputs(await readFile(outputFile, 'utf8'));
  const reportPath = outputs['report-json'] || null;
  const report = reportPath && existsSync(reportPath) ? JSON.parse(await readFile(reportPath, 'utf8')) : null;
  return {
    code,
    stdout,
    stderr,
    summary: await readFile(summaryFile, 'utf8'),
    outputs,
    report,
    reportPath,
    sarifPath: outputs['sarif'] || null,
    commands: stdout.split('\n').filter((l) => l.startsWith('::')),
  };
}
