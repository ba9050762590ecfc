/**
 * The action, like the command, writes its report when the audit cannot run (exit 3): report.json says
 * why and carries no finding that could pass for a verdict, the job summary says why, and no stack trace
 * reaches the log unless the runner is in debug mode.
 */

import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { jest } from '@jest/globals';
import { runAction } from '../action/run-action.js';
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
