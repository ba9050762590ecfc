/**
 * Work limits of the migration interpreter: a 4 KB migration whose nested loops ask for a million
 * statements, one that runs DB::statement in a loop, one that doubles a string, and a run whose files
 * together exceed the total. Each stops at its limit with a PA901 finding, in bounded time; with a database
 * the run goes on and the sentinel is untouched.
 */

import { mkdtempSync, mkdirSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAudit } from '../../src/audit.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { LIMITS } from '../../src/project/laravel/migrations/budget.js';
import { schemaFromMigrations } from '../../src/project/laravel/migrations/index.js';
import { parsePhp, type ParsedPhp } from '../../src/project/php/parse.js';
import { ROOT } from '../cli/helpers.js';
import { createSentinel } from './sentinel.js';
import { TcpProxy } from './tcp-proxy.js';

const HEAD = `<?php
use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\DB;
use Illuminate\\Support\\Facades\\Schema;
`;

function migration(body: string): string {
  return `${HEAD}return new class extends Migration {\n    public function up(): void\n    {\n${body}\n    }\n};\n`;
}

const TEN = '[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]';

/** Six nested loops of ten: a million runs of the innermost statement. */
function millionLoop(inner: string): string {
  const vars = ['a', 'b', 'c', 'd', 'e', 'f'];
  const open = vars.map((v) => `foreach (${TEN} as $${v}) {`).join('\n');
  return migration(`${open}\n${inner}\n${vars.map(() => '}').join('\n')}`);
}

function parse(path: string, text: string): ParsedPhp {
  const r = parsePhp(path, text);
  if (!r.parsed) throw new Error(r.problem?.message);
  return r.parsed;
}

const file = (i: number) => `database/migrations/2024_01_01_${String(i).padStart(6, '0')}_m${i}.php`;

describe('migration interpretation limits', () => {
  it('a 4 KB migration that loops 10^6 times stops at the per-file limit', () => {
    const text = millionLoop("Schema::hasTable('x');\n$n = 'x';");
    expect(text.length).toBeLessThan(4096);
    const started = Date.now();
    const r = schemaFromMigrations([parse(file(1), text)]);
    expect(Date.now() - started).toBeLessThan(10_000);
    const limit = r.problems.filter((p) => p.construct === 'work limit');
    expect(limit).toHaveLength(1);
    expect(limit[0].message).toMatch(
      new RegExp(`stopped interpreting this migration after ${LIMITS.stepsPerFile} statements`),
    );
    expect(limit[0].location.file).toBe(file(1));
  });

  it('DB::statement in a loop stops at the raw-statement limit', () => {
    const text = millionLoop("DB::statement('CREATE TABLE t' . $a . $b . $c . $d . $e . $f . ' (id INT)');");
    const r = schemaFromMigrations([parse(file(1), text)]);
    expect(r.raw.length + r.schema.tables.length).toBeLessThanOrEqual(LIMITS.rawPerFile);
    expect(r.problems.map((p) => p.message).join('\n')).toMatch(
      new RegExp(`after ${LIMITS.rawPerFile} DB::statement calls`),
    );
  });

  it('a string doubled in a loop stops at the string limit', () => {
    const text = migration(`$s = 'x';\nforeach (${TEN} as $a) { foreach (${TEN} as $b) { $s = $s . $s; } }`);
    const started = Date.now();
    const r = schemaFromMigrations([parse(file(1), text)]);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(r.problems.map((p) => p.message).join('\n')).toMatch(/a string longer than 1000000 characters/);
  });

  it('the total over all files: later files are named as not read', () => {
    const n = Math.ceil(LIMITS.stepsTotal / LIMITS.stepsPerFile) + 2;
    const files = Array.from({ length: n }, (_, i) => parse(file(i), millionLoop("Schema::hasTable('x');")));
    const started = Date.now();
    const r = schemaFromMigrations(files);
    expect(Date.now() - started).toBeLessThan(30_000);
    const messages = r.problems.map((p) => `${p.location.file}: ${p.message}`);
    expect(messages.at(-1)).toMatch(/not read: the work limit for all migrations was reached/);
  }, 40_000);
});

describe('with a database', () => {
  it('the run goes on: PA901 names the limit, MariaDB ran at most the per-file number of raw statements', async () => {
    const sentinel = await createSentinel();
    const proxy = await new TcpProxy().start();
    const app = mkdtempSync(join(tmpdir(), 'bounds-mig-'));
    try {
      cpSync(join(ROOT, 'examples/laravel-app'), app, {
        recursive: true,
        filter: (src) => !src.includes('/vendor/'),
      });
      mkdirSync(join(app, 'database/migrations'), { recursive: true });
      writeFileSync(
        join(app, 'database/migrations/2099_01_01_000000_loop.php'),
        millionLoop("DB::statement('UPDATE users SET name = name WHERE id = 0');"),
      );
      const config = defaultConfig(app);
      config.database.url = proxy.url;
      proxy.countOf = 'UPDATE users SET name = name WHERE id = 0';
      const started = Date.now();
      const report = await runAudit(config);
      expect(Date.now() - started).toBeLessThan(40_000);
      const pa901 = report.findings
        .filter((f) => f.rule === 'PA901')
        .flatMap((f) => (f.evidence['places'] as { message: string }[]).map((p) => p.message));
      expect(pa901.join('\n')).toMatch(/after 1000 DB::statement calls/);
      expect(report.phases.find((p) => p.name === 'schema')?.status).toBe('ran');
      expect(report.phases.find((p) => p.name === 'planner')?.status).toBe('ran');
      expect(proxy.counted).toBeGreaterThan(0);
      expect(proxy.counted).toBeLessThanOrEqual(LIMITS.rawPerFile);
      await sentinel.check();
    } finally {
      await proxy.stop();
      await sentinel.drop(proxy.databases);
      rmSync(app, { recursive: true, force: true });
    }
  }, 55_000);
});
