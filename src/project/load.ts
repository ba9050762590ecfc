/** Builds the ProjectModel from the app's files: parse once, then each reader is a pure function of the ASTs. */

import type { Config } from '../config/model.js';
import type { Location } from '../findings.js';
import type { AppFiles } from './files.js';
import { indexOfFiles } from './php/class-index.js';
import type { EvalHost } from './php/evaluate.js';
import { parsePhp } from './php/parse.js';
import type { ParsedPhp } from './php/parse.js';
import { appHost } from './laravel/app-host.js';
import { orderMigrationFiles, schemaFromMigrations } from './laravel/migrations/index.js';
import { extractModels } from './laravel/models.js';
import { extractQueries } from './laravel/queries/index.js';
import { detectLaravelVersion, resolveSettings } from './laravel/settings/index.js';
import { shapesFromSql } from './sql/shapes.js';
import { parseFiles } from './parse-pool.js';
import type { ProjectModel, Problem, QueryShape } from './model.js';

export interface LoadedProject {
  project: ProjectModel;
  parsed: ParsedPhp[];
  /** The evaluator host for the app's code: config() and env() as production sees them, its helpers. */
  host: EvalHost;
}

/** Where a critical query from the config file is reported: the config file itself. */
function configLocation(config: Config): Location {
  return {
    file: config.configFile ? config.configFile.replace(`${config.app}/`, '') : '.perf-audit.yml',
    line: 1,
  };
}

export function loadProject(files: AppFiles, config: Config): LoadedProject {
  const problems: Problem[] = [];
  const parsed: ParsedPhp[] = [];
  for (const u of files.unreadable ?? [])
    problems.push({
      location: { file: u.path, line: 0 },
      message: `could not read ${u.path} (${u.message}): skipped`,
      construct: 'unreadable file',
    });
  // With $PERF_AUDIT_PARSE_WORKERS set, large apps are also parsed in worker threads (parse-pool.ts).
  for (const { parsed: p, problem } of parseFiles(files.php, parsePhp).outcomes) {
    if (p) parsed.push(p);
    if (problem) problems.push(problem);
  }

  const migrationPaths = new Set(orderMigrationFiles(files.php).map((f) => f.path));
  const migrations = orderMigrationFiles(files.php)
    .map((f) => parsed.find((p) => p.path === f.path))
    .filter((p): p is ParsedPhp => p !== undefined);
  const fromMigrations = schemaFromMigrations(migrations);
  problems.push(...fromMigrations.problems);

  // One class index of every app file, shared by the model and the query readers.
  const classes = indexOfFiles(parsed);
  const models = extractModels(parsed, classes);
  const code = parsed.filter((p) => !migrationPaths.has(p.path));
  const extracted = extractQueries(code, models, classes);
  problems.push(...extracted.problems);

  const queries: QueryShape[] = [...extracted.queries];
  for (const q of config.queries) {
    const { shapes, problem } = shapesFromSql(q.sql, configLocation(config), q.name);
    queries.push(...shapes.map((s) => ({ ...s, origin: 'config' as const, name: q.name })));
    if (problem) problems.push(problem);
  }

  const laravelVersion = detectLaravelVersion(files);
  const settings = resolveSettings({
    files,
    parsed,
    envFile: config.envFile,
    phpIni: config.phpIni,
    fpmPool: config.fpmPool,
    laravelVersion,
  });
  problems.push(...settings.problems);

  return {
    parsed,
    host: appHost(settings.app),
    project: {
      root: files.root,
      laravelVersion,
      migrationFiles: [...migrationPaths],
      schema: fromMigrations.schema,
      models,
      queries,
      settings: settings.settings,
      problems,
      phpFiles: files.php.length,
    },
  };
}
