// The static phase against php-parser alone, and a second audit of an unchanged app with the project
// cache against the first: whole runs of the bundled command as separate processes (`--db none`), the
// project phase read from the JSON report, medians of N runs. The baseline is bench/lib/parse-only.mjs
// (php-parser alone on the same files with the engine's options), run in the same session.
//
// Usage: node bench/cache.mjs [--runs 5] [--sizes 1000x300,2000x300] [--cli dist/cli/index.js] [--write]
// --write puts the table between the bench-cache markers of bench/RESULTS.md.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machine } from './lib/machine.mjs';
import { measure } from './lib/proc.mjs';
import { median, ratio, spread, table } from './lib/stats.mjs';
import { generateApp } from './synth.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(opt('runs', 5));
const CLI = resolve(ROOT, opt('cli', 'dist/cli/index.js'));
const SIZES = opt('sizes', '1000x300,2000x300')
  .split(',')
  .map((s) => s.split('x').map(Number));
const log = (line) => process.stderr.write(`${line}\n`);

function env(cacheDir) {
  const e = { ...process.env, PERF_AUDIT_CACHE_DIR: cacheDir ?? 'none' };
  delete e.PERF_AUDIT_DB_URL;
  delete e.PERF_AUDIT_PARSE_WORKERS;
  return e;
}

async function projectPhase(app, cacheDir) {
  const r = await measure(process.execPath, [CLI, '--app', app, '--db', 'none', '--format', 'json'], {
    env: env(cacheDir),
  });
  if (r.code !== 0 && r.code !== 1) throw new Error(`perf-audit exited ${r.code}: ${r.stderr.slice(-2000)}`);
  const phase = JSON.parse(r.stdout).phases.find((p) => p.name === 'project');
  return { ms: phase.ms, total: r.ms };
}

const work = mkdtempSync(join(tmpdir(), 'perf-audit-bench-cache-'));
const rows = [];
try {
  for (const [phpFiles, migrations] of SIZES) {
    const app = join(work, `app-${phpFiles}`);
    generateApp(app, { phpFiles, migrations });
    const label = `${phpFiles.toLocaleString('en-US')} files + ${migrations} migrations`;
    log(label);
    const parse = [];
    const plain = [];
    const cold = [];
    const warm = [];
    for (let i = 0; i < RUNS; i++) {
      const p = await measure(process.execPath, [join(ROOT, 'bench/lib/parse-only.mjs'), app]);
      parse.push(JSON.parse(p.stdout).parseMs);
      plain.push((await projectPhase(app, null)).ms);
      const dir = mkdtempSync(join(work, 'cache-'));
      cold.push((await projectPhase(app, dir)).ms);
      warm.push((await projectPhase(app, dir)).ms);
      rmSync(dir, { recursive: true, force: true });
    }
    rows.push([
      label,
      spread(parse),
      spread(plain),
      ratio(median(plain), median(parse)),
      spread(cold),
      spread(warm),
      `${Math.round((100 * median(warm)) / median(cold))}%`,
    ]);
    rmSync(app, { recursive: true, force: true });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const m = machine(process.env.PERF_AUDIT_DB_URL ?? 'mysql://root@127.0.0.1:3306');
const text = [
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by \`node bench/cache.mjs --runs ${RUNS}\`` +
    ` on ${m.nproc} cores (${m.cpu}), Node ${m.node}, load average at the end ${m.load}; medians (min–max) of ${RUNS} runs.`,
  '',
  table([
    [
      'app',
      'php-parser alone (parse-only)',
      'project phase, no cache',
      'project / parse-only',
      'project phase, cold cache',
      'project phase, warm cache',
      'warm / cold',
    ],
    ...rows,
  ]),
].join('\n');
process.stdout.write(`${text}\n`);

if (args.includes('--write')) {
  const file = join(ROOT, 'bench/RESULTS.md');
  const start = '<!-- bench-cache:start (written by `node bench/cache.mjs --write`) -->';
  const end = '<!-- bench-cache:end -->';
  const old = readFileSync(file, 'utf8');
  const block = `${start}\n${text}\n${end}`;
  const i = old.indexOf(start);
  const j = old.indexOf(end);
  const next =
    i >= 0 && j > i
      ? old.slice(0, i) + block + old.slice(j + end.length)
      : `${old.trimEnd()}\n\n## The static phase and the project cache\n\n${block}\n`;
  writeFileSync(file, next);
  log('bench/RESULTS.md written');
}
