/**
 * The action, like the command, writes its report when the audit cannot run (exit 3): report.json says
 * why and carries no finding that could pass for a verdict, the job summary says why, and no stack trace
 * reaches the log unless the runner is in debug mode.
 */

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { jest } from '@jest/globals';
import { BUNDLE, runAction } from '../action/run-action.js';
import { startPrivateServer, type PrivateServer } from './private-server.js';

jest.setTimeout(50_000);

let db: PrivateServer;
let workspace: string;

beforeAll(async () => {
  db = await startPrivateServer();
  workspace = await mkdtemp(join(tmpdir(), 'pa-action-exit3-'));
  await cp(resolve('__tests__/fixtures/gate/shop-app'), join(workspace, 'shop'), { recursive: true });
  await writeFile(
    join(workspace, 'shop', '.perf-audit.yml'),
    'database:\n  schema: dump\n  dump: empty.sql\n',
  );
  await writeFile(join(workspace, 'shop', 'empty.sql'), '-- no table here\n');
}, 60_000);

afterAll(async () => {
  await db?.stop();
  await rm(workspace, { recursive: true, force: true });
});

it.each([
  ['without debug', {}, false],
  ['with RUNNER_DEBUG', { RUNNER_DEBUG: '1' }, true],
])('exit 3 %s: report.json and the summary say why', async (_name, env, stack) => {
  const run = await runAction({
    workspace,
    inputs: { app: 'shop', baseline: 'none', comment: 'false', 'database-url': db.url },
    env,
  });
  expect(run.code).toBe(3);
  const report = run.report as unknown as {
    incomplete: { reason: string; exitCode: number };
    findings: unknown[];
    summary: { blocked: boolean };
  };
  expect(report.incomplete).toMatchObject({ exitCode: 3 });
  expect(report.incomplete.reason).toMatch(/^schema: dump produced no table/);
  expect(report.findings).toEqual([]);
  expect(report.summary.blocked).toBe(true);
  expect(run.summary).toMatch(/schema: dump produced no table/);
  // ::error:: lines carry newlines as %0A.
  expect(/(\n|%0A)\s+at .+:\d+:\d+/.test(run.stdout)).toBe(stack);
  expect(await db.query("SHOW DATABASES LIKE 'perf\\_audit\\_%'")).toEqual([]);
});

it('SIGTERM during the schema phase: the action cleans up, then writes report.json and the summary', async () => {
  const app = join(workspace, 'slow');
  const mark = join(workspace, 'slow-mark');
  await mkdir(app, { recursive: true });
  await writeFile(join(app, '.perf-audit.yml'), 'database:\n  schema: command\n  command: sh ./schema.sh\n');
  await writeFile(join(app, 'schema.sh'), `touch ${mark}\nsleep 300 & wait\n`);
  // A Laravel app by its artisan file, so the run gets past the app check to the schema phase.
  await writeFile(join(app, 'artisan'), '<?php\n');
  const runner = await mkdtemp(join(tmpdir(), 'pa-action-runner-'));
  const files = { summary: join(runner, 'summary.md'), output: join(runner, 'output.txt') };
  await writeFile(files.summary, '');
  await writeFile(files.output, '');
  const child = spawn(process.execPath, [BUNDLE], {
    cwd: workspace,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      HOME: runner,
      GITHUB_ACTIONS: 'true',
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_OUTPUT: files.output,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: runner,
      INPUT_APP: 'slow',
      INPUT_BASELINE: 'none',
      INPUT_COMMENT: 'false',
      'INPUT_DATABASE-URL': db.url,
    },
  });
  child.stdout.resume();
  child.stderr.resume();
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  try {
    const deadline = Date.now() + 20_000;
    while (!existsSync(mark) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    expect(existsSync(mark)).toBe(true);
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    const report = JSON.parse(await readFile(join(runner, 'perf-audit', 'report.json'), 'utf8')) as {
      incomplete: { reason: string; cleanup: { label: string; ok: boolean }[] };
      summary: { blocked: boolean };
    };
    expect(report.incomplete.reason).toBe('interrupted by SIGTERM during schema');
    expect(report.incomplete.cleanup.map((c) => c.label)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^drop database perf_audit_/)]),
    );
    expect(report.summary.blocked).toBe(true);
    expect(await readFile(files.summary, 'utf8')).toMatch(/interrupted by SIGTERM/);
    expect(await db.query("SHOW DATABASES LIKE 'perf\\_audit\\_%'")).toEqual([]);
  } finally {
    child.kill('SIGKILL');
    await rm(runner, { recursive: true, force: true });
  }
});
