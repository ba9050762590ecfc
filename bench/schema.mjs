#!/usr/bin/env node
// Schema phase benchmark (medians of 5 runs, each on a fresh scratch database):
//   perf-audit  — fold the migrations in memory, render the final DDL, apply it (batched), as the schema phase does
//   mariadb CLI — the `mariadb` client loading that same final DDL from a file
//   artisan     — `php artisan migrate --force` on the same migrations (Laravel 8.83 from Debian)
// for the example app (examples/laravel-app) and a 300-migration synthetic app (bench/synth.mjs).
// Usage: node bench/schema.mjs [--runs 5] [--db mysql://root@127.0.0.1:3306]
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { generateApp } from './synth.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(opt('runs', 5));
const DB = opt('db', process.env.PERF_AUDIT_TEST_DB ?? 'mysql://root@127.0.0.1:3306');

/** Transpiles the engine's TypeScript sources reachable from `entries` into a temp folder (no full build needed). */
function compile(entries, out) {
  const seen = new Set();
  const queue = entries.map((e) => resolve(ROOT, e));
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    const js = ts.transpileModule(source, {
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        verbatimModuleSyntax: false,
      },
      fileName: file,
    }).outputText;
    const target = join(out, relative(ROOT, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, js);
    for (const m of source.matchAll(/from '(\.{1,2}\/[^']+)\.js'/g))
      queue.push(resolve(dirname(file), `${m[1]}.ts`));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(out, 'node_modules'));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'perf-audit-bench-schema-'));
  try {
    const build = join(work, 'build');
    compile(['src/database/schema-phase.ts', 'src/config/defaults.ts', 'src/project/files.ts'], build);
    const load = (p) => import(pathToFileURL(join(build, p)).href);
    const { createScratchDatabase, parseDbUrl } = await load('src/database/connection.js');
    const { schemaFromMigrations, orderMigrationFiles } = await load(
      'src/project/laravel/migrations/index.js',
    );
    const { applyFolded, foldedStatements } = await load('src/database/schema-phase.js');
    const { readAppFiles } = await load('src/project/files.js');
    const { parsePhp } = await load('src/project/php/parse.js');
    const url = parseDbUrl(DB);

    // The synthetic app runs inside a copy of the example app's skeleton so `php artisan migrate` works.
    const synthetic = join(work, 'synthetic-app');
    cpSync(join(ROOT, 'examples/laravel-app'), synthetic, {
      recursive: true,
      filter: (src) => !src.includes('database/migrations'),
    });
    generateApp(join(work, 'synthetic-gen'), { phpFiles: 0, migrations: 300 });
    cpSync(join(work, 'synthetic-gen/database/migrations'), join(synthetic, 'database/migrations'), {
      recursive: true,
    });

    const apps = [
      ['example app', join(ROOT, 'examples/laravel-app')],
      ['synthetic app', synthetic],
    ];
    const rows = [];
    for (const [label, root] of apps) {
      const files = await readAppFiles(root);
      const migrations = orderMigrationFiles(files.php);
      const ddlFile = join(work, `${label.replace(/\W+/g, '-')}.sql`);
      const times = { fold: [], perfAudit: [], cli: [], artisan: [] };
      let tables = 0;
      for (let run = 0; run < RUNS; run++) {
        // perf-audit: parse + fold + render + apply (what the schema phase does for schema: migrations).
        let db = await createScratchDatabase(url);
        try {
          const t0 = performance.now();
          const parsed = migrations.map((f) => parsePhp(f.path, f.text).parsed).filter(Boolean);
          const result = schemaFromMigrations(parsed);
          const statements = foldedStatements(result.schema, result.raw);
          const t1 = performance.now();
          const applied = await applyFolded(db.conn, result.schema, result.raw);
          const t2 = performance.now();
          if (applied.problems.length) throw new Error(`${label}: ${applied.problems[0].message}`);
          times.fold.push(t1 - t0);
          times.perfAudit.push(t2 - t0);
          tables = result.schema.tables.length;
          // "The same DDL" for the client: exactly the statements perf-audit sent.
          writeFileSync(ddlFile, statements.map((s) => `${s.sql};\n`).join(''));
        } finally {
          await db.drop();
        }
        // mariadb client loading the same final DDL.
        db = await createScratchDatabase(url);
        try {
          await db.conn.end();
          const env = { ...process.env, MYSQL_PWD: url.password };
          const t0 = performance.now();
          const res = spawnSync(
            'mariadb',
            ['-h', url.host, '-P', String(url.port), '-u', url.user, db.name],
            {
              input: readFileSync(ddlFile),
              env,
            },
          );
          times.cli.push(performance.now() - t0);
          if (res.status !== 0) throw new Error(`mariadb client: ${res.stderr}`);
        } finally {
          await db.drop();
        }
        // php artisan migrate on the same migrations.
        db = await createScratchDatabase(url);
        try {
          await db.conn.end();
          const env = {
            ...process.env,
            DB_HOST: url.host,
            DB_PORT: String(url.port),
            DB_DATABASE: db.name,
            DB_USERNAME: url.user,
            DB_PASSWORD: url.password,
          };
          const t0 = performance.now();
          execFileSync('php', ['artisan', 'migrate', '--force'], { cwd: root, env, stdio: 'pipe' });
          times.artisan.push(performance.now() - t0);
        } finally {
          await db.drop();
        }
      }
      rows.push({
        app: `${label} (${migrations.length} migrations → ${tables} tables)`,
        'perf-audit ms': median(times.perfAudit).toFixed(0),
        '(fold+render ms)': median(times.fold).toFixed(0),
        'mariadb CLI ms': median(times.cli).toFixed(0),
        'artisan migrate ms': median(times.artisan).toFixed(0),
        'perf-audit / CLI': (median(times.perfAudit) / median(times.cli)).toFixed(2),
        'perf-audit / artisan': (median(times.perfAudit) / median(times.artisan)).toFixed(2),
      });
    }
    console.log(
      `Schema phase, medians of ${RUNS} runs (${new Date().toISOString()}, MariaDB at ${url.host}:${url.port})`,
    );
    console.table(rows);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
