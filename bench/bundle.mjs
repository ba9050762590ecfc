#!/usr/bin/env node
// `npm run bench:bundle`: size of dist/ and the command's start-up (time to its first output), for one or
// more bundles side by side (e.g. the committed dist/ of an older commit, extracted with `git archive`).
//
// Usage: node bench/bundle.mjs [--runs 11] [--label before=DIR] [--label after=dist] ...
// Sizes are bytes on disk: JavaScript and other files, then source maps. Start-up is the median (min–max)
// of --runs separate processes, measured by bench/lib/proc.mjs like `npm run bench` does.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure } from './lib/proc.mjs';
import { spread, table } from './lib/stats.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(opt('runs', 11));
const labels = args.flatMap((a, i) => (a === '--label' ? [args[i + 1]] : []));
const bundles = (labels.length ? labels : ['dist=dist']).map((l) => {
  const [name, dir] = l.includes('=') ? l.split('=') : [l, l];
  return { name, dir: resolve(ROOT, dir) };
});

function sizes(dir) {
  const out = { code: 0, maps: 0, action: 0, cli: 0 };
  for (const entry of readdirSync(dir, { recursive: true })) {
    const file = join(dir, String(entry));
    const st = statSync(file);
    if (!st.isFile()) continue;
    if (file.endsWith('.map')) out.maps += st.size;
    else out.code += st.size;
    if (!file.endsWith('.js')) continue;
    if (String(entry).startsWith('cli/')) out.cli += st.size;
    else if (!String(entry).includes('/')) out.action += st.size;
  }
  return out;
}

async function firstOutput(cli, argv) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await measure(process.execPath, [cli, ...argv], {
      env: { ...process.env, PERF_AUDIT_CACHE_DIR: 'none' },
    });
    times.push(r.firstOutputMs);
  }
  return times;
}

/**
 * CPU time (user + system) of whole `--version` runs, from GNU time: on a loaded machine wall-clock
 * start-up mostly measures the wait for a core, CPU time what the start-up itself costs.
 */
function cpuMs(cli, argv) {
  if (!existsSync('/usr/bin/time')) return [];
  const dir = mkdtempSync(join(tmpdir(), 'perf-audit-bench-cpu-'));
  const out = join(dir, 'time');
  const times = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      execFileSync('/usr/bin/time', ['-f', '%U %S', '-o', out, process.execPath, cli, ...argv], {
        stdio: 'ignore',
      });
      const [user, sys] = readFileSync(out, 'utf8').trim().split('\n').pop().split(' ').map(Number);
      times.push((user + sys) * 1000);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return times;
}

const MB = (b) => `${(b / 1e6).toFixed(2)} MB`;
const rows = [
  [
    'bundle',
    'JS + other files',
    'source maps',
    'action JS',
    'command JS',
    '`--version` (first output)',
    '`--version` (CPU time)',
    'first progress line (static run)',
  ],
];
for (const { name, dir } of bundles) {
  const s = sizes(dir);
  const cli = join(dir, 'cli', 'index.js');
  const version = await firstOutput(cli, ['--version']);
  const progress = await firstOutput(cli, [
    '--app',
    join(ROOT, 'examples/laravel-app'),
    '--db',
    'none',
    '--format',
    'json',
  ]);
  const cpu = cpuMs(cli, ['--version']);
  rows.push([
    name,
    MB(s.code),
    MB(s.maps),
    MB(s.action),
    MB(s.cli),
    spread(version),
    spread(cpu),
    spread(progress),
  ]);
}
const floor = [];
for (let i = 0; i < RUNS; i++) {
  floor.push((await measure(process.execPath, ['-e', 'process.stdout.write("x")'])).firstOutputMs);
}
rows.push(['`node -e` (bare node, the floor)', '', '', '', '', spread(floor), '', '']);
console.log(`node ${process.version}, ${RUNS} runs each; start-up is time to the first byte of output.\n`);
console.log(table(rows));
