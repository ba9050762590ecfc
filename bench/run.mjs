#!/usr/bin/env node
// `npm run bench`: how fast the gate is, how its cost grows with the app, and how it compares.
//
// Generates synthetic Laravel apps (bench/synth.mjs) of growing size into a temporary folder and times
// whole runs of the bundled command (dist/cli/index.js) as separate processes: median and spread of N runs,
// peak RSS (GNU time), per phase (the report's `phases`) and in total; static-only runs (no database) and
// full runs (static + schema + planner, no HTTP). Side by side, in the same run: parse-only time of the
// same PHP files (bench/lib/parse-only.mjs), the `mariadb` client loading the same final DDL, `php artisan
// migrate` on the same migrations, the command's start-up, and the planner, schema and TTFB benchmarks
// (bench/planner.mjs, bench/schema.mjs, bench/ttfb.mjs), whose output is kept verbatim.
//
// Usage: node bench/run.mjs [--runs 5] [--quick] [--sizes 100x50,1000x300] [--cli dist/cli/index.js]
//                           [--db mysql://root@127.0.0.1:3306] [--no-extras] [--write]
// --write replaces the generated part of bench/RESULTS.md (between the bench markers) with this run's.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machine } from './lib/machine.mjs';
import { GNU_TIME, measure } from './lib/proc.mjs';
import { profileTotals } from './lib/profile.mjs';
import { artisanHost, loadSchemaEngine, schemaAgainstClient } from './lib/schema-vs-client.mjs';
import { mb, median, ratio, spread, table } from './lib/stats.mjs';
import { generateApp } from './synth.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const QUICK = flag('quick');
const RUNS = Number(opt('runs', QUICK ? 2 : 5));
const CLI = resolve(ROOT, opt('cli', 'dist/cli/index.js'));
const DB = opt('db', process.env.PERF_AUDIT_DB_URL ?? 'mysql://root@127.0.0.1:3306');
const EXTRAS = !flag('no-extras') && !QUICK;
const ARTISAN_RUNS = Math.min(RUNS, 3);
const SIZES = opt('sizes', QUICK ? '100x50,300x60' : '100x50,1000x300,2000x300,5000x1000')
  .split(',')
  .map((s) => {
    const [phpFiles, migrations] = s.split('x').map(Number);
    return {
      phpFiles,
      migrations,
      label: `${phpFiles.toLocaleString('en-US')} files + ${migrations} migrations`,
    };
  });
// Worker threads for parsing are compared on the larger apps (see src/project/parse-pool.ts).
const WORKER_SIZES = new Set(QUICK ? [300] : [2000, 5000]);

const dbUrl = new URL(DB);
const dbHost = dbUrl.hostname;
const dbPort = dbUrl.port || '3306';
const dbUser = decodeURIComponent(dbUrl.username) || 'root';
const dbPassword = decodeURIComponent(dbUrl.password);
const log = (line) => process.stderr.write(`${line}\n`);

/**
 * The command's environment: no database URL from the caller's shell, no parse workers and no project
 * cache unless asked (a cache would make every run after the first a warm one).
 */
function cliEnv(extra = {}) {
  const env = { ...process.env };
  delete env.PERF_AUDIT_DB_URL;
  delete env.PERF_AUDIT_PARSE_WORKERS;
  return { ...env, PERF_AUDIT_CACHE_DIR: 'none', ...extra };
}

/** A cold audit into an empty cache folder, then a warm one of the same unchanged app. */
async function cachedPair(app, work) {
  const dir = mkdtempSync(join(work, 'cache-'));
  try {
    const cold = await audit(app, { db: false, env: { PERF_AUDIT_CACHE_DIR: dir } });
    const warm = await audit(app, { db: false, env: { PERF_AUDIT_CACHE_DIR: dir } });
    return { cold, warm };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function mariadb(sqlArgs, input) {
  return execFileSync('mariadb', ['-h', dbHost, '-P', dbPort, '-u', dbUser, ...sqlArgs], {
    input,
    env: { ...process.env, MYSQL_PWD: dbPassword },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** One audit by the bundled command; the JSON report gives the phases. */
async function audit(app, { db, env } = {}) {
  // The URL goes by environment, not argv: a password in it must not show in `ps`.
  const r = await measure(
    process.execPath,
    [CLI, '--app', app, '--format', 'json', ...(db ? [] : ['--db', 'none'])],
    { env: cliEnv({ ...env, ...(db ? { PERF_AUDIT_DB_URL: DB } : {}) }) },
  );
  if (r.code !== 0 && r.code !== 1) throw new Error(`perf-audit exited ${r.code}: ${r.stderr.slice(-2000)}`);
  const report = JSON.parse(r.stdout);
  const phases = Object.fromEntries(
    report.phases.filter((p) => p.status === 'ran').map((p) => [p.name, p.ms]),
  );
  const failed = report.phases.filter((p) => p.status === 'failed').map((p) => `${p.name}: ${p.note}`);
  if (failed.length) throw new Error(`perf-audit phases failed: ${failed.join('; ')}`);
  const inPhases = Object.values(phases).reduce((a, b) => a + b, 0);
  return { ms: r.ms, rssKb: r.rssKb, phases, outside: r.ms - inPhases, findings: report.findings.length };
}

async function repeat(n, fn) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(await fn(i));
  return out;
}

/** Start-up: time to the first byte of output, as a user sees it. */
async function startup() {
  const n = Math.max(RUNS, 10);
  const first = async (argv, env) =>
    (await repeat(n, () => measure(process.execPath, [CLI, ...argv], { env: cliEnv(env) }))).map(
      (r) => r.firstOutputMs,
    );
  const bare = (await repeat(n, () => measure(process.execPath, ['-e', 'process.stdout.write("x")']))).map(
    (r) => r.firstOutputMs,
  );
  return {
    version: await first(['--version']),
    help: await first(['--help']),
    progress: await first(['--app', join(ROOT, 'examples/laravel-app'), '--format', 'json', '--db', 'none']),
    progressDb: await first(['--app', join(ROOT, 'examples/laravel-app'), '--format', 'json'], {
      PERF_AUDIT_DB_URL: DB,
    }),
    node: bare,
  };
}

/**
 * The schema phase against the `mariadb` client on the same final DDL and `php artisan migrate` on the same
 * migrations, measured by the function bench/schema.mjs uses too (bench/lib/schema-vs-client.mjs).
 */
async function schemaBaselines(engine, app, work, label) {
  const host = artisanHost(ROOT, app, join(work, `${label}-artisan`));
  return schemaAgainstClient(engine, app, { dbUrl: DB, runs: RUNS, artisan: host, artisanRuns: ARTISAN_RUNS });
}

/** One of the focused benchmarks (planner, schema, TTFB), run as it is; its output is kept verbatim. */
async function extra(script, argv) {
  log(`  ${script} ${argv.join(' ')}`);
  // planner.mjs reads PERF_AUDIT_DB_URL, schema.mjs PERF_AUDIT_TEST_DB when no --db is given.
  const env = { ...process.env, PERF_AUDIT_DB_URL: DB, PERF_AUDIT_TEST_DB: DB };
  const r = await measure(process.execPath, [join(ROOT, script), ...argv], { env });
  const text = `${r.stdout}${r.code === 0 ? '' : `\n(exit ${r.code}) ${r.stderr.trim().split('\n').slice(-5).join('\n')}`}`;
  return { script, argv, ms: r.ms, text: text.trim() };
}

async function main() {
  if (!existsSync(CLI)) throw new Error(`${CLI} does not exist: run \`npm run bundle\` first`);
  mariadb(['-e', 'SELECT 1']);
  const env = machine(DB);
  log(`perf-audit bench: ${RUNS} runs per point, ${SIZES.map((s) => s.label).join('; ')}`);
  log(
    `  ${env.nproc} cores (${env.cpu}), ${env.memory}, load ${env.load}; node ${env.node}, MariaDB ${env.mariadb}, PHP ${env.php}`,
  );
  if (!GNU_TIME) log('  /usr/bin/time is missing: no peak RSS');

  const work = mkdtempSync(join(tmpdir(), 'perf-audit-bench-'));
  const results = { env, runs: RUNS, sizes: [], startup: null, extras: [] };
  try {
    log('start-up');
    results.startup = await startup();

    const engine = await loadSchemaEngine(ROOT, join(work, 'engine'));

    for (const size of SIZES) {
      const app = join(work, `app-${size.phpFiles}-${size.migrations}`);
      const generated = generateApp(app, { phpFiles: size.phpFiles, migrations: size.migrations });
      const point = { ...size, generated };
      log(`${size.label}: ${generated.tables} tables`);

      log('  parse-only');
      point.parseOnly = await repeat(RUNS, async () => {
        const r = await measure(process.execPath, [join(ROOT, 'bench/lib/parse-only.mjs'), app]);
        return { ...JSON.parse(r.stdout), ms: r.ms, rssKb: r.rssKb };
      });
      log('  static runs');
      point.static = await repeat(RUNS, () => audit(app, { db: false }));
      if (WORKER_SIZES.has(size.phpFiles)) {
        log('  static runs with 1 parse worker');
        point.staticWorkers = await repeat(RUNS, () =>
          audit(app, { db: false, env: { PERF_AUDIT_PARSE_WORKERS: '1' } }),
        );
      }
      log('  static runs with the project cache: cold, then warm');
      point.cached = await repeat(RUNS, () => cachedPair(app, work));
      log('  full runs');
      point.full = await repeat(RUNS, () => audit(app, { db: true }));
      log('  profiles of one static and one full run');
      point.profile = await profileTotals(CLI, app, cliEnv());
      point.profileFull = await profileTotals(CLI, app, cliEnv(), { db: DB });
      log('  schema baselines');
      point.schema = await schemaBaselines(engine, app, work, `app-${size.phpFiles}`);
      results.sizes.push(point);
      rmSync(app, { recursive: true, force: true });
    }

    if (EXTRAS) {
      log('other benchmarks');
      results.extras.push(await extra('bench/planner.mjs', ['--runs', '3']));
      results.extras.push(await extra('bench/schema.mjs', ['--runs', '3']));
      results.extras.push(await extra('bench/ttfb.mjs', ['40']));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  const text = render(results);
  process.stdout.write(`${text}\n`);
  // The raw numbers, for a closer look (bench/.work is ignored by git).
  mkdirSync(join(ROOT, 'bench/.work'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/.work/last-run.json'), `${JSON.stringify(results, null, 2)}\n`);
  if (flag('write')) writeResults(text);
}

const col = (runs, key) => runs.map((r) => r[key]);
const phase = (runs, name) => runs.map((r) => r.phases[name]).filter((x) => x !== undefined);

function render(r) {
  const e = r.env;
  const out = [];
  out.push(
    `Measured ${e.date} on ${e.nproc} cores (${e.cpu}), ${e.memory} RAM, load average at start ${e.load}.`,
  );
  out.push(
    `Versions: node ${e.node}, MariaDB server ${e.mariadb}, client \`${e.mariadbClient}\`, PHP ${e.php}, Laravel ${e.laravel}.`,
  );
  out.push(
    `Each point: median (min–max) of ${r.runs} runs as separate processes; peak RSS is GNU time's %M${GNU_TIME ? '' : ' (missing here)'}. ` +
      'Times are wall-clock on a machine shared with other work: the spread shows the noise.',
  );

  out.push('\n### Start-up (time to first output)\n');
  const s = r.startup;
  out.push(
    table([
      ['command', 'first output', 'target'],
      ['`node -e` (bare node, the floor)', spread(s.node), ''],
      ['`perf-audit --version`', spread(s.version), '< 300 ms'],
      ['`perf-audit --help`', spread(s.help), '< 300 ms'],
      ['first progress line of a static run (example app)', spread(s.progress), '< 300 ms'],
      ['first progress line of a run with `--db`', spread(s.progressDb), '< 300 ms'],
    ]),
  );

  out.push('\n### Static runs (no database)\n');
  out.push(
    table([
      [
        'app',
        'total',
        'peak RSS',
        'project phase',
        'outside phases¹',
        'parse-only (in process)',
        'parse-only process',
        'project / parse-only',
      ],
      ...r.sizes.map((p) => [
        p.label,
        spread(col(p.static, 'ms')),
        mb(median(col(p.static, 'rssKb'))),
        spread(phase(p.static, 'project')),
        spread(col(p.static, 'outside')),
        spread(col(p.parseOnly, 'parseMs')),
        spread(col(p.parseOnly, 'ms')),
        ratio(median(phase(p.static, 'project')), median(col(p.parseOnly, 'parseMs'))),
      ]),
    ]),
  );
  out.push(
    '\n¹ start-up, reading the files, the rules, the inline-ignore scan and the JSON report: total minus the phases.',
  );

  const withCache = r.sizes.filter((p) => p.cached);
  if (withCache.length) {
    out.push('\n### A second audit of the unchanged app, with the project cache\n');
    out.push(
      'Each run: an audit into an empty cache folder (cold), then the same audit again (warm). ' +
        'The project phase parses, summarizes and extracts; warm, it reuses each file whose bytes and world are unchanged.\n',
    );
    out.push(
      table([
        ['app', 'project phase, cold', 'project phase, warm', 'warm / cold', 'total cold', 'total warm'],
        ...withCache.map((p) => {
          const cold = p.cached.map((c) => c.cold);
          const warm = p.cached.map((c) => c.warm);
          return [
            p.label,
            spread(phase(cold, 'project')),
            spread(phase(warm, 'project')),
            ratio(median(phase(warm, 'project')), median(phase(cold, 'project'))),
            spread(col(cold, 'ms')),
            spread(col(warm, 'ms')),
          ];
        }),
      ]),
    );
  }

  const withWorkers = r.sizes.filter((p) => p.staticWorkers);
  if (withWorkers.length) {
    out.push('\n### Parsing in a worker thread (PERF_AUDIT_PARSE_WORKERS=1) against one thread\n');
    out.push(
      table([
        [
          'app',
          'project phase, 1 thread',
          'project phase, + 1 worker',
          'total, 1 thread',
          'total, + 1 worker',
          'peak RSS, 1 thread',
          'peak RSS, + 1 worker',
        ],
        ...withWorkers.map((p) => [
          p.label,
          spread(phase(p.static, 'project')),
          spread(phase(p.staticWorkers, 'project')),
          spread(col(p.static, 'ms')),
          spread(col(p.staticWorkers, 'ms')),
          mb(median(col(p.static, 'rssKb'))),
          mb(median(col(p.staticWorkers, 'rssKb'))),
        ]),
      ]),
    );
  }

  out.push('\n### Full runs (static + schema + planner, no HTTP)\n');
  out.push(
    table([
      ['app', 'total', 'peak RSS', 'project', 'connect', 'schema', 'planner', 'outside phases'],
      ...r.sizes.map((p) => [
        p.label,
        spread(col(p.full, 'ms')),
        mb(median(col(p.full, 'rssKb'))),
        spread(phase(p.full, 'project')),
        spread(phase(p.full, 'connect')),
        spread(phase(p.full, 'schema')),
        spread(phase(p.full, 'planner')),
        spread(col(p.full, 'outside')),
      ]),
    ]),
  );

  out.push('\n### Schema spin-up against the `mariadb` client and `php artisan migrate`\n');
  out.push(
    "Measured by bench/lib/schema-vs-client.mjs (bench/schema.mjs uses it too): per run, the engine's own schema " +
      'phase in process on a fresh scratch database, and the `mariadb` client loading the statements that same fold ' +
      'renders into a scratch database made the same way, alternating which goes first; database creation and drop ' +
      'are outside both times. `php artisan migrate --force` runs the same migrations inside a copy of ' +
      `examples/laravel-app's Laravel ${e.laravel} bootstrap (${ARTISAN_RUNS} runs). The full runs' own schema phase is shown for reference.\n`,
  );
  out.push(
    table([
      [
        'app',
        'tables (statements)',
        'perf-audit schema phase',
        '`mariadb` client, same DDL',
        '`php artisan migrate`',
        'perf-audit / client',
        'perf-audit / artisan',
        'schema phase in the full runs',
      ],
      ...r.sizes.map((p) => [
        p.label,
        `${p.schema.tables} (${p.schema.statements})`,
        spread(p.schema.phase),
        spread(p.schema.client),
        spread(p.schema.artisan),
        ratio(median(p.schema.phase), median(p.schema.client)),
        ratio(median(p.schema.phase), median(p.schema.artisan)),
        spread(phase(p.full, 'schema')),
      ]),
    ]),
  );

  for (const [key, what] of [
    ['profile', 'one static run'],
    ['profileFull', 'one full run'],
  ]) {
    out.push(`\n### Where the time of ${what} goes (CPU profile of the main thread, inclusive ms)\n`);
    const names = [...new Set(r.sizes.flatMap((p) => Object.keys(p[key] ?? {})))];
    out.push(
      table([
        ['function', ...r.sizes.map((p) => p.label)],
        ...names.map((n) => [
          `\`${n}\``,
          ...r.sizes.map((p) => (p[key]?.[n] === undefined ? 'n/a' : String(p[key][n]))),
        ]),
      ]),
    );
  }

  out.push('\n### Growth with size\n');
  const rows = [
    [
      'step',
      'files ×',
      'static total ×',
      'project phase ×',
      'outside phases ×',
      'full total ×',
      'planner ×',
      'peak RSS ×',
    ],
  ];
  for (let i = 1; i < r.sizes.length; i++) {
    const a = r.sizes[i - 1];
    const b = r.sizes[i];
    const m = (p, f) => median(f(p));
    const x = (f) => ratio(m(b, f), m(a, f));
    rows.push([
      `${a.label} → ${b.label}`,
      ratio(b.generated.phpFiles, a.generated.phpFiles),
      x((p) => col(p.static, 'ms')),
      x((p) => phase(p.static, 'project')),
      x((p) => col(p.static, 'outside')),
      x((p) => col(p.full, 'ms')),
      x((p) => phase(p.full, 'planner')),
      x((p) => col(p.static, 'rssKb')),
    ]);
  }
  out.push(table(rows));
  out.push(
    '\nPer PHP file (static run): ' +
      r.sizes
        .map((p) => `${p.label}: ${(median(col(p.static, 'ms')) / p.generated.phpFiles).toFixed(2)} ms`)
        .join('; ') +
      '.',
  );

  out.push('\n### Acceptance (this machine)\n');
  const at = (files, migrations) => r.sizes.find((p) => p.phpFiles === files && p.migrations === migrations);
  const checks = [];
  const check = (what, value, target, ok) =>
    checks.push([what, value, target, ok === null ? 'not measured' : ok ? 'met' : '**missed**']);
  const m1 = at(1000, 300);
  check(
    '1,000 files + 300 migrations, full audit without HTTP',
    m1 ? spread(col(m1.full, 'ms')) : 'n/a',
    '< 8 s',
    m1 ? median(col(m1.full, 'ms')) < 8000 : null,
  );
  check(
    '1,000 files + 300 migrations, static phase / parse-only',
    m1 ? ratio(median(phase(m1.static, 'project')), median(col(m1.parseOnly, 'parseMs'))) : 'n/a',
    '≤ 2',
    m1 ? median(phase(m1.static, 'project')) <= 2 * median(col(m1.parseOnly, 'parseMs')) : null,
  );
  const a2 = at(2000, 300);
  check(
    '2,000 files + 300 migrations, static analysis',
    a2 ? spread(col(a2.static, 'ms')) : 'n/a',
    '< 5 s',
    a2 ? median(col(a2.static, 'ms')) < 5000 : null,
  );
  check(
    '2,000 files + 300 migrations, static peak RSS',
    a2 ? mb(median(col(a2.static, 'rssKb'))) : 'n/a',
    '< 300 MB',
    a2 && GNU_TIME ? median(col(a2.static, 'rssKb')) < 300 * 1024 : null,
  );
  const l = at(5000, 1000);
  check(
    '5,000 files + 1,000 migrations, full audit without HTTP',
    l ? spread(col(l.full, 'ms')) : 'n/a',
    '< 15 s',
    l ? median(col(l.full, 'ms')) < 15000 : null,
  );
  check(
    '5,000 files + 1,000 migrations, static only',
    l ? spread(col(l.static, 'ms')) : 'n/a',
    '< 15 s',
    l ? median(col(l.static, 'ms')) < 15000 : null,
  );
  check(
    '5,000 files + 1,000 migrations, full peak RSS',
    l ? mb(median(col(l.full, 'rssKb'))) : 'n/a',
    '< 500 MB',
    l && GNU_TIME ? median(col(l.full, 'rssKb')) < 500 * 1024 : null,
  );
  if (m1) {
    check(
      'schema spin-up / `mariadb` client (300 migrations)',
      ratio(median(m1.schema.phase), median(m1.schema.client)),
      '≤ 1.5',
      median(m1.schema.phase) <= 1.5 * median(m1.schema.client),
    );
    check(
      'schema spin-up / `php artisan migrate` (300 migrations)',
      ratio(median(m1.schema.phase), median(m1.schema.artisan)),
      '< 1',
      median(m1.schema.phase) < median(m1.schema.artisan),
    );
  }
  check('`perf-audit --version` to first output', spread(s.version), '< 300 ms', median(s.version) < 300);
  check(
    'first progress line of a real run (static; with --db)',
    `${spread(s.progress)}; ${spread(s.progressDb)}`,
    '< 300 ms',
    Math.max(median(s.progress), median(s.progressDb)) < 300,
  );
  out.push(table([['what', 'measured', 'target', ''], ...checks]));

  for (const x of r.extras) {
    out.push(`\n### \`node ${x.script} ${x.argv.map((a) => (a === DB ? '<db>' : a)).join(' ')}\`\n`);
    out.push('```');
    out.push(x.text.replaceAll(DB, '<db>'));
    out.push('```');
  }
  return out.join('\n');
}

const START = '<!-- bench:start (written by `node bench/run.mjs --write`; edit outside these markers) -->';
const END = '<!-- bench:end -->';

function writeResults(text) {
  const file = join(ROOT, 'bench/RESULTS.md');
  const block = `${START}\n${text}\n${END}`;
  let doc = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmark results\n\n${START}\n${END}\n`;
  const a = doc.indexOf(START);
  const b = doc.indexOf(END);
  doc = a >= 0 && b > a ? `${doc.slice(0, a)}${block}${doc.slice(b + END.length)}` : `${doc}\n${block}\n`;
  writeFileSync(file, doc);
  log(`bench/RESULTS.md written`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
