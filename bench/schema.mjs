#!/usr/bin/env node
// Schema phase benchmark: the schema phase against the `mariadb` client loading the same final schema and
// `php artisan migrate --force` on the same migrations (Laravel 8.83 from Debian), measured as
// bench/lib/schema-vs-client.mjs describes (the same function bench/run.mjs uses), for the example app
// (examples/laravel-app) and a 300-migration synthetic app (bench/synth.mjs).
// Usage: node bench/schema.mjs [--runs 5] [--db mysql://root@127.0.0.1:3306]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { artisanHost, loadSchemaEngine, schemaAgainstClient } from './lib/schema-vs-client.mjs';
import { median, ratio, spread } from './lib/stats.mjs';
import { generateApp } from './synth.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(opt('runs', 5));
const DB = opt('db', process.env.PERF_AUDIT_TEST_DB ?? 'mysql://root@127.0.0.1:3306');

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'perf-audit-bench-schema-'));
  try {
    const engine = await loadSchemaEngine(ROOT, join(work, 'build'));
    const synthetic = join(work, 'synthetic-app');
    generateApp(synthetic, { phpFiles: 0, migrations: 300 });
    const apps = [
      ['example app', join(ROOT, 'examples/laravel-app')],
      ['synthetic app', synthetic],
    ];
    const rows = [];
    for (const [label, app] of apps) {
      const host = artisanHost(ROOT, app, join(work, `${label.replace(/\W+/g, '-')}-artisan`));
      const r = await schemaAgainstClient(engine, app, { dbUrl: DB, runs: RUNS, artisan: host });
      rows.push({
        app: `${label} (${r.migrations} migrations → ${r.tables} tables, ${r.statements} statements)`,
        'schema phase': spread(r.phase),
        'mariadb client, same DDL': spread(r.client),
        'artisan migrate': spread(r.artisan),
        'phase / client': ratio(median(r.phase), median(r.client)),
        'phase / artisan': ratio(median(r.phase), median(r.artisan)),
      });
    }
    console.log(
      `Schema phase against the client, medians (min–max) of ${RUNS} runs, alternating (${new Date().toISOString()})`,
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
