/**
 * A cancelled CI job interrupts perf-audit with SIGTERM/SIGINT: the general log settings must still be
 * put back. The capture runs in a child process (its sources transpiled to plain JS), which is signalled
 * while a request hangs mid-capture.
 */

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { GeneralLogSettings } from '../../src/database/capture.js';
import { parseDbUrl } from '../../src/database/connection.js';
import { generalLogSettings, setGeneralLogSettings } from './general-log.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DB_URL = process.env.PERF_AUDIT_DB_URL ?? 'mysql://root@127.0.0.1:3306';
const SOURCES = [
  'src/config/ranges.ts',
  'src/database/bounded.ts',
  'src/database/capture.ts',
  'src/database/connection.ts',
  'src/database/run-account.ts',
  'src/http/query-log.ts',
  'src/project/sql/dialects.ts',
  'src/lifecycle/cleanup.ts',
  'src/lifecycle/general-log-state.ts',
  'src/lifecycle/run-database.ts',
  'src/lifecycle/signals.ts',
];

let dir: string;
let original: GeneralLogSettings;

beforeAll(async () => {
  original = await settings();
  dir = mkdtempSync(join(tmpdir(), 'perf-audit-capture-'));
  for (const file of SOURCES) {
    const { outputText } = ts.transpileModule(readFileSync(join(ROOT, file), 'utf8'), {
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
      },
    });
    const out = join(dir, file.replace(/\.ts$/, '.js'));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, outputText);
  }
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(
    join(dir, 'child.mjs'),
    `import { captureRequests } from './src/database/capture.js';
import { parseDbUrl } from './src/database/connection.js';
await captureRequests({ url: parseDbUrl(process.argv[2]) }, ['http://127.0.0.1:9/'], async () => {
  process.stdout.write('capturing\\n');
  await new Promise(() => setInterval(() => undefined, 1000));
});
`,
  );
});

afterAll(async () => {
  await setSettings(original);
  rmSync(dir, { recursive: true, force: true });
});

const settings = () => generalLogSettings(parseDbUrl(DB_URL));
const setSettings = (x: GeneralLogSettings) => setGeneralLogSettings(parseDbUrl(DB_URL), x);

describe.each(['SIGTERM', 'SIGINT'] as const)('capture interrupted by %s', (signal) => {
  it('restores general_log and log_output before the process ends', async () => {
    // A known starting point that differs from what capture sets, so a missed restore shows.
    const before = { generalLog: false, logOutput: 'FILE' };
    await setSettings(before);
    const child = spawn(process.execPath, [join(dir, 'child.mjs'), DB_URL], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PERF_AUDIT_STATE_DIR: join(dir, 'state') },
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    await new Promise<void>((resolveStarted, reject) => {
      child.stdout.on('data', (c: Buffer) => c.toString().includes('capturing') && resolveStarted());
      void exited.then(() => reject(new Error(`child ended before capturing: ${stderr}`)));
    });

    const during = await settings();
    expect(during.generalLog).toBe(true);
    expect(during.logOutput).toContain('TABLE');

    child.kill(signal);
    // Handled: the settings are put back, then the process exits with 128 + the signal number.
    expect(await exited).toBe(signal === 'SIGTERM' ? 143 : 130);
    expect(await settings()).toEqual(before);
  });
});
