/**
 * Is the folder a Laravel app with a schema to read? Checked before anything is parsed, so a wrong folder
 * ends at once with what was looked for (exit 2) instead of parsing thousands of files, or "passing" an
 * app with no tables at all. Reads only names and composer.json.
 */

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './model.js';

const FRAMEWORKS = ['laravel/framework', 'laravel/lumen-framework', 'illuminate/database'];

/** Folders never searched for migrations: dependencies, build output, runtime data. */
const NOT_SEARCHED = new Set(['vendor', 'node_modules', '.git', 'storage', 'public', 'tests', 'bootstrap']);

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function requiresLaravel(root: string): boolean {
  const file = join(root, 'composer.json');
  if (!existsSync(file)) return false;
  try {
    const composer = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    return ['require', 'require-dev'].some((key) => {
      const deps = composer[key];
      return !!deps && typeof deps === 'object' && FRAMEWORKS.some((f) => f in deps);
    });
  } catch {
    return false;
  }
}

function hasFile(dir: string, test: (name: string) => boolean): boolean {
  try {
    return readdirSync(dir, { withFileTypes: true }).some((e) => e.isFile() && test(e.name));
  } catch {
    return false;
  }
}

/** A folder named migrations holding PHP files, a few levels down (modules and packages keep their own). */
function migrationsFolderBelow(dir: string, depth: number): string | null {
  if (depth < 0) return null;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return null;
  }
  for (const e of entries) {
    if (!e.isDirectory() || NOT_SEARCHED.has(e.name)) continue;
    const path = join(dir, e.name);
    if (e.name.toLowerCase() === 'migrations' && hasFile(path, (n) => n.endsWith('.php'))) return path;
    const below = migrationsFolderBelow(path, depth - 1);
    if (below) return below;
  }
  return null;
}

/** Null when the app can be audited; else the message for exit 2, saying what was looked for. */
export function checkLaravelApp(config: Config): string | null {
  const root = config.app;
  const laravel = existsSync(join(root, 'artisan')) || requiresLaravel(root) || isDir(join(root, 'app'));
  if (!laravel)
    return (
      `${root} is not a Laravel app: looked for an artisan file, a composer.json requiring laravel/framework ` +
      'and an app/ folder, and found none of them. Point --app (action input app) at the Laravel app.'
    );
  const mode = config.database.schema;
  if (mode === 'dump' || mode === 'sql' || mode === 'command') return null;
  const configured = config.database.migrations ?? [];
  if (configured.length) {
    if (configured.some((f) => hasFile(join(root, f), (n) => n.endsWith('.php')))) return null;
    return (
      `no migrations found in ${root}: database.migrations in ${config.configFile ?? 'the config'} names ` +
      `${configured.join(', ')}, and no PHP file is in ${configured.length > 1 ? 'any of them' : 'it'}. ` +
      'Name the folders that hold the migrations (app-relative), or give the schema another way (database.schema: dump, sql or command).'
    );
  }
  if (hasFile(join(root, 'database', 'migrations'), (n) => n.endsWith('.php'))) return null;
  if (hasFile(join(root, 'database', 'schema'), (n) => n.endsWith('.sql'))) return null;
  // The Laravel 4 layout: its migrator read app/database/migrations, and so does the audit.
  if (hasFile(join(root, 'app', 'database', 'migrations'), (n) => n.endsWith('.php'))) return null;
  if (migrationsFolderBelow(root, 4)) return null;
  return (
    `no migrations and no schema found in ${root}: looked for database/migrations/*.php, ` +
    'app/database/migrations/*.php (Laravel 4), database/schema/*.sql and any migrations/ folder of PHP files ' +
    'below the app. If the migrations are elsewhere, name their folders in .perf-audit.yml (database.migrations: ' +
    '[path/to/migrations]), or give the schema another way: database.schema: dump (a .sql file), sql (a folder ' +
    'of .sql files) or command (e.g. php artisan migrate --force).'
  );
}
