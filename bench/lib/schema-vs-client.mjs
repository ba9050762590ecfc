// The schema phase against the `mariadb` client loading the same final schema, measured one way for
// bench/run.mjs and bench/schema.mjs (they used to disagree: 1.08× against 1.92× on the same app, as each
// measured its side differently).
//
// The fair comparison, per run, on the same server state:
// - perf-audit: the engine's own runSchemaPhase, in process, on a fresh scratch database made by
//   createScratchDatabase (what the command's `schema` phase times: fold the app's migrations with its
//   providers' settings, apply, introspect). The ASTs are parsed once before the runs, as the command's
//   project phase does before its schema phase.
// - client: `mariadb` loading the statements that same fold renders (foldedStatements: tables, foreign
//   keys with FOREIGN_KEY_CHECKS off, raw SQL), one statement per round trip as the client sends them, into
//   a scratch database made the same way (same character set, collation and account creation); the
//   client's process start is in its time.
// - the two alternate which goes first, run by run, so neither always meets the server warm after the
//   other's drop; the database's creation and drop are outside both times.
// - `php artisan migrate --force` (optional) runs the same migrations inside a copy of the example app's
//   Laravel bootstrap, on a database made the same way.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { compileEngine } from './compile.mjs';
import { median } from './stats.mjs';

/** The engine's modules the comparison calls, transpiled from src/ into `out`. */
export async function loadSchemaEngine(root, out) {
  const load = compileEngine(
    root,
    [
      'src/database/schema-phase.ts',
      'src/database/connection.ts',
      'src/project/files.ts',
      'src/project/php/parse.ts',
      'src/project/laravel/migrations/app-migrations.ts',
      'src/config/defaults.ts',
    ],
    out,
  );
  return {
    connection: await load('src/database/connection.js'),
    schemaPhase: await load('src/database/schema-phase.js'),
    files: await load('src/project/files.js'),
    php: await load('src/project/php/parse.js'),
    migrations: await load('src/project/laravel/migrations/index.js'),
    appMigrations: await load('src/project/laravel/migrations/app-migrations.js'),
    defaults: await load('src/config/defaults.js'),
  };
}

/** A copy of the example app's Laravel bootstrap with `app`'s migrations, for `php artisan migrate`. */
export function artisanHost(root, app, dir) {
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(root, 'examples/laravel-app'), dir, {
    recursive: true,
    filter: (src) => !src.includes('database/migrations'),
  });
  cpSync(join(app, 'database/migrations'), join(dir, 'database/migrations'), { recursive: true });
  return dir;
}

/**
 * Medians and every run of: the schema phase, the client on the same DDL, and artisan (when `artisan` is
 * the folder from artisanHost). Throws when a side fails or the phase reports a problem: the two would not
 * have built the same schema.
 */
export async function schemaAgainstClient(engine, app, { dbUrl, runs, artisan = null, artisanRuns = runs }) {
  const url = engine.connection.parseDbUrl(dbUrl);
  const config = engine.defaults.defaultConfig(app);
  const files = await engine.files.readAppFiles(app);
  // What the command's project phase hands the schema phase: the migrations and the service providers.
  const parsed = files.php
    .filter((f) => f.path.startsWith('database/') || f.path.startsWith('app/Providers/'))
    .map((f) => engine.php.parsePhp(f.path, f.text).parsed)
    .filter(Boolean);
  const version = String(
    spawnSync('mariadb', [...clientArgs(url), '-N', '-e', 'SELECT VERSION()'], { env: clientEnv(url) }).stdout,
  ).trim();
  const input = { config, app: files, parsed, serverVersion: version };
  const folded = engine.appMigrations.appMigrations(input);
  const result = engine.migrations.schemaFromMigrations(folded.files, folded.options);
  const statements = engine.schemaPhase.foldedStatements(result.schema, result.raw);
  const ddl = statements.map((s) => `${s.sql};\n`).join('');

  const phase = async () => {
    const db = await engine.connection.createScratchDatabase(url);
    try {
      const t0 = performance.now();
      const r = await engine.schemaPhase.runSchemaPhase(db, input);
      const ms = performance.now() - t0;
      if (r.problems.length) throw new Error(`schema phase: ${r.problems[0].message}`);
      return ms;
    } finally {
      await db.drop();
    }
  };
  const client = async () => {
    const db = await engine.connection.createScratchDatabase(url);
    try {
      await db.conn.end();
      const t0 = performance.now();
      const r = spawnSync('mariadb', [...clientArgs(url), db.name], { input: ddl, env: clientEnv(url) });
      const ms = performance.now() - t0;
      if (r.status !== 0) throw new Error(`mariadb client: ${r.stderr}`);
      return ms;
    } finally {
      await db.drop();
    }
  };
  const migrate = async () => {
    const db = await engine.connection.createScratchDatabase(url);
    try {
      await db.conn.end();
      const env = {
        ...process.env,
        DB_CONNECTION: 'mysql',
        DB_HOST: url.host,
        DB_PORT: String(url.port),
        DB_DATABASE: db.name,
        DB_USERNAME: url.user,
        DB_PASSWORD: url.password,
      };
      const t0 = performance.now();
      const r = spawnSync('php', ['artisan', 'migrate', '--force'], { cwd: artisan, env });
      const ms = performance.now() - t0;
      if (r.status !== 0) throw new Error(`php artisan migrate: ${String(r.stderr || r.stdout).slice(-1500)}`);
      return ms;
    } finally {
      await db.drop();
    }
  };

  const times = { phase: [], client: [], artisan: [] };
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      times.phase.push(await phase());
      times.client.push(await client());
    } else {
      times.client.push(await client());
      times.phase.push(await phase());
    }
    if (artisan && i < artisanRuns) times.artisan.push(await migrate());
  }
  return {
    migrations: folded.files.length,
    tables: result.schema.tables.length,
    statements: statements.length,
    ...times,
    ratio: median(times.phase) / median(times.client),
  };
}

function clientArgs(url) {
  return ['-h', url.host, '-P', String(url.port), '-u', url.user];
}

function clientEnv(url) {
  return { ...process.env, MYSQL_PWD: url.password };
}
