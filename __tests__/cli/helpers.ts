import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = join(ROOT, 'dist/cli/index.js');
export const EXAMPLE_APP = join(ROOT, 'examples/laravel-app');
export const DB_URL = process.env.PERF_AUDIT_TEST_DB_URL ?? 'mysql://root@127.0.0.1:3306';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the bundled command as a separate process, as users do. */
export function runCli(args: string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      env: { ...process.env, PERF_AUDIT_DB_URL: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

const copies: string[] = [];
// Removed after the test file that made them (hooks registered here attach to the importing file).
afterAll(() => copies.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A writable copy of the example app, for tests that break a file; removed after the test file. */
export function copyExampleApp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pa-app-'));
  copies.push(dir);
  cpSync(EXAMPLE_APP, dir, { recursive: true, filter: (src) => !src.includes('/vendor/') });
  return dir;
}
