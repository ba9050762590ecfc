/**
 * The parse pool gives the same ASTs, problems and project model as parsing on one thread, with the
 * bundled command (dist/cli/index.js, built by `npm test`'s bundle step) as the worker host.
 * Correctness only: speed is measured by bench/run.mjs.
 */

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultConfig } from '../../src/config/defaults.js';
import { readAppFiles } from '../../src/project/files.js';
import type { AppFiles } from '../../src/project/files.js';
import { parseSource } from '../../src/project/parse-source.js';
import { loadProject } from '../../src/project/load.js';
import { parseFiles, setParseWorkerScript } from '../../src/project/parse-pool.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(ROOT, 'dist/cli/index.js');
const EXAMPLE_APP = join(ROOT, 'examples/laravel-app');

let files: AppFiles;
let tmp: string;

beforeAll(async () => {
  if (!existsSync(CLI) || !readFileSync(CLI, 'utf8').includes('perf-audit-parse-worker')) {
    throw new Error(`${CLI} is missing or older than src/cli-entry.ts: run \`npm run bundle\` first`);
  }
  files = await readAppFiles(EXAMPLE_APP);
  // One file that does not parse: its problem must come back from the worker like from the main thread.
  files.php.push({
    path: 'app/Broken.php',
    text: '<?php\nclass Broken {\n  public function x( {\n}\n',
  } as never);
  tmp = mkdtempSync(join(tmpdir(), 'perf-audit-pool-'));
});

afterAll(() => {
  setParseWorkerScript(null);
  delete process.env.PERF_AUDIT_PARSE_WORKERS;
  rmSync(tmp, { recursive: true, force: true });
});

const sequential = () => files.php.map((f) => parseSource(f.path, f.text));

test('a worker parses every file and its ASTs and problems equal the main thread’s', () => {
  const pooled = parseFiles(files.php, parseSource, {
    script: CLI,
    workers: 1,
    minFiles: 0,
    mainThreadParses: false,
  });
  expect(pooled.workers).toBe(1);
  expect(pooled.byWorkers).toBe(files.php.length);
  expect(JSON.stringify(pooled.outcomes)).toBe(JSON.stringify(sequential()));
  const broken = pooled.outcomes.at(-1)!;
  expect(broken.parsed).toBeNull();
  expect(broken.problem).toMatchObject({ location: { file: 'app/Broken.php', line: 3 } });
});

test('the project model read from pooled ASTs equals the one read on one thread', () => {
  const config = defaultConfig(EXAMPLE_APP);
  // Enough files to pass the pool's threshold: the example app several times over, in other folders.
  const many: AppFiles = { ...files, php: [] };
  for (let copy = 0; copy < 8; copy++) {
    many.php.push(...files.php.map((f) => ({ ...f, path: copy ? `copy${copy}/${f.path}` : f.path })));
  }
  setParseWorkerScript(CLI);
  process.env.PERF_AUDIT_PARSE_WORKERS = '0';
  const alone = loadProject(many, config).project;
  process.env.PERF_AUDIT_PARSE_WORKERS = '2';
  const pooled = loadProject(many, config).project;
  expect(pooled.queries.length).toBeGreaterThan(0);
  expect(pooled).toEqual(alone);
});

test('a worker that never answers costs nothing but the wait: the main thread parses its files', () => {
  const silent = join(tmp, 'silent-worker.mjs');
  writeFileSync(silent, '// starts and serves nothing\n');
  const pooled = parseFiles(files.php, parseSource, {
    script: silent,
    workers: 1,
    minFiles: 0,
    mainThreadParses: false,
    stallMs: 300,
  });
  expect(pooled.byWorkers).toBe(0);
  expect(JSON.stringify(pooled.outcomes)).toBe(JSON.stringify(sequential()));
});

test('small apps and entries without a worker host are parsed on this thread', () => {
  setParseWorkerScript(null);
  const pooled = parseFiles(files.php, parseSource, { workers: 1, minFiles: 0 });
  expect(pooled).toMatchObject({ workers: 0, byWorkers: 0 });
  const small = parseFiles(files.php, parseSource, { script: CLI, workers: 1, minFiles: 10_000 });
  expect(small).toMatchObject({ workers: 0, byWorkers: 0 });
  expect(JSON.stringify(small.outcomes)).toBe(JSON.stringify(sequential()));
});
