/**
 * Builds the ProjectModel from the app's files. Every file is summarized once (its declarations, as plain
 * data, cached by content hash); one class index over the summaries serves every reader; each reader is
 * a pure function of the ASTs it reads. With a project cache, a file is parsed only when its summary or
 * its queries are not cached, or a reader needs its code (migrations, models, config): an unchanged app
 * parses a fraction of its files.
 */

import type { Config } from '../config/model.js';
import type { Location } from '../findings.js';
import { phpDirectives, type Directive } from '../gate/ignores.js';
import type { AppFiles } from './files.js';
import { appHost } from './laravel/app-host.js';
import { orderMigrationFiles } from './laravel/migrations/index.js';
import { baseMigrationFolders } from './laravel/migrations/folders.js';
import { providerSchemaSettings } from './laravel/migrations/providers.js';
import { extractModels } from './laravel/models.js';
import { ModelRegistry, extractFileQueries, findMacros } from './laravel/queries/index.js';
import { detectLaravelVersion, resolveSettings } from './laravel/settings/index.js';
import { findConfigFolder } from './laravel/settings/config-folder.js';
import { isComposeFile, isDockerfile } from './laravel/settings/docker-env.js';
import { configPrefix } from './laravel/settings/config-php.js';
import { appDatabase } from './laravel/app-database.js';
import { rarePaths, scheduleOf } from './laravel/rare-paths/index.js';
import {
  placeScheduledQueries,
  placeScheduledWrites,
  scheduledWork,
} from './laravel/rare-paths/scheduled-work.js';
import { ClassIndex } from './php/class-index.js';
import type { EvalHost } from './php/evaluate.js';
import { FunctionIndex } from './php/functions.js';
import type { ParsedPhp } from './php/parse.js';
import { parseSource } from './parse-source.js';
import { summarizeFile, type FileSummary } from './php/summary.js';
import { lexedNames } from './php/called-names.js';
import { parseFiles } from './parse-pool.js';
import { ProjectCache, contentHash, fingerprint } from './project-cache.js';
import type { ModelInfo, ProjectModel, Problem, QueryShape, TableWrite, WholeTableRead } from './model.js';
import { shapesFromSql } from './sql/shapes.js';
import { VERSION } from '../version.js';
import type { PhpNode } from './php/ast.js';
import { staticSchema, type StaticSchema } from '../schema/static-source.js';

export interface LoadedProject {
  project: ProjectModel;
  /** The ASTs parsed in this run (the config files and service providers always; the rest as needed). */
  parsed: ParsedPhp[];
  /** The migrations and service providers, parsed now if this run had no need to: what the schema phase reads. */
  schemaSources(): ParsedPhp[];
  /** Inline ignore directives of every PHP file that has some. */
  directives: Map<string, Directive[]>;
  /** The evaluator host for the app's code: config() and env() as production sees them, its helpers. */
  host: EvalHost;
  /** Every class of the app. */
  index: ClassIndex;
  /** What the project cache gave: `null` when there was none. */
  cache: {
    summariesReused: number;
    extractionsReused: number;
    resultsReused: string[];
    parsed: number;
    note: string | null;
  } | null;
}

/** Where a critical query from the config file is reported: the config file itself. */
function configLocation(config: Config): Location {
  return {
    file: config.configFile ? config.configFile.replace(`${config.app}/`, '') : '.perf-audit.yml',
    line: 1,
  };
}

/** Files whose code the settings reader runs on every audit (config, providers, console and bootstrap). */
function alwaysRead(path: string): boolean {
  return (
    path.startsWith('config/') ||
    path.startsWith('app/Providers/') ||
    path.startsWith('bootstrap/') ||
    path.startsWith('routes/') ||
    path.startsWith('app/Console/')
  );
}

/** What the cache keeps per file beside the queries: the declarations and the inline ignores. */
interface FileFacts {
  summary: FileSummary;
  directives: Directive[];
}

export function loadProject(files: AppFiles, config: Config, cache?: ProjectCache): LoadedProject {
  const store = cache ?? ProjectCache.none();
  const problems: Problem[] = [];
  for (const u of files.unreadable ?? [])
    problems.push({
      location: { file: u.path, line: 0 },
      message: `could not read ${u.path} (${u.message}): skipped`,
      construct: 'unreadable file',
    });

  const hashes = new Map(files.php.map((f) => [f.path, contentHash(f.text)]));
  const texts = new Map(files.php.map((f) => [f.path, f.text]));

  // Parse what has no cached facts or is always read; the rest is parsed when a reader asks for it.
  const facts = new Map<string, FileFacts>();
  for (const f of files.php) {
    const cached = store.summary(f.path, hashes.get(f.path)!);
    const directives = cached ? store.directives<Directive>(f.path, hashes.get(f.path)!) : undefined;
    if (cached && directives) facts.set(f.path, { summary: cached, directives });
  }
  const parsedByPath = new Map<string, ParsedPhp | null>();
  const parseProblems = new Map<string, Problem>();
  const upfront = files.php.filter((f) => !facts.has(f.path) || alwaysRead(f.path));
  // With $PERF_AUDIT_PARSE_WORKERS set, large apps are also parsed in worker threads (parse-pool.ts).
  parseFiles(upfront, parseSource).outcomes.forEach(({ parsed, problem }, i) => {
    parsedByPath.set(upfront[i].path, parsed);
    if (problem) parseProblems.set(upfront[i].path, problem);
  });
  const parsedFile = (path: string): ParsedPhp | null => {
    if (!parsedByPath.has(path)) {
      const text = texts.get(path);
      const r = text === undefined ? null : parseSource(path, text);
      parsedByPath.set(path, r?.parsed ?? null);
      if (r?.problem) parseProblems.set(path, r.problem);
    }
    return parsedByPath.get(path) ?? null;
  };

  // Reads of other files' code while one file's queries are extracted: that file's cached queries are
  // valid only while those files are unchanged too.
  let reads: Set<string> | null = null;
  const astSource = (path: string): PhpNode | null => {
    reads?.add(path);
    return (parsedFile(path)?.ast as unknown as PhpNode) ?? null;
  };

  for (const f of files.php) {
    if (facts.has(f.path)) continue;
    const p = parsedFile(f.path);
    if (!p) continue;
    const summary = summarizeFile(p.path, p.ast as unknown as PhpNode);
    const directives = phpDirectives(p.path, '', p);
    facts.set(f.path, { summary, directives });
    store.putSummary(f.path, hashes.get(f.path)!, summary);
    store.putDirectives(f.path, hashes.get(f.path)!, directives);
  }
  const summaries = files.php.map((f) => facts.get(f.path)?.summary).filter((s): s is FileSummary => !!s);

  const laravelVersion = detectLaravelVersion(files);
  const configFolder = findConfigFolder(
    files.php
      .filter((f) => f.path.startsWith('bootstrap/'))
      .map((f) => parsedFile(f.path))
      .filter((p): p is ParsedPhp => p !== null),
    files.php.map((f) => f.path),
    summaries,
    (path) => (parsedFile(path)?.ast as unknown as PhpNode) ?? null,
  );
  const isConfig = (path: string) => configPrefix(path, configFolder) !== null;
  const settingsSources = files.php
    .filter((f) => alwaysRead(f.path) || isConfig(f.path))
    .map((f) => parsedFile(f.path))
    .filter((p): p is ParsedPhp => p !== null);
  const settings = resolveSettings({
    files,
    parsed: settingsSources,
    functions: FunctionIndex.fromSummaries(summaries, astSource),
    envFile: config.envFile,
    phpIni: config.phpIni,
    fpmPool: config.fpmPool,
    laravelVersion,
    configFolder,
  });
  const host = appHost(settings.app);

  // One class index of every app file, shared by the migration, model and query readers.
  const index = new ClassIndex(summaries, astSource, host);
  const unchanged = (dep: string, h: string) => hashes.get(dep) === h;
  // Keys of a cache that is off are never compared: hashing every summary and model for them is skipped.
  const cacheKey = (parts: () => unknown[]): string => (store.enabled ? fingerprint(...parts()) : '');
  // The declarations and config every whole-app result depends on (beyond the files it reads).
  const declared = cacheKey(() => [
    VERSION,
    files.php
      .filter((f) => facts.has(f.path))
      .map((f) => [
        f.path,
        store.summaryFingerprint(f.path, hashes.get(f.path)!, facts.get(f.path)!.summary),
      ]),
    hostInputs(files, config, hashes, summaries, isConfig),
  ]);
  const tracked = <T>(fn: () => T): { value: T; deps: [string, string][] } => {
    reads = new Set();
    try {
      const value = fn();
      return { value, deps: [...reads].map((d): [string, string] => [d, hashes.get(d) ?? '']) };
    } finally {
      reads = null;
    }
  };

  // The migrator's folders (database/migrations and those service providers register) and its order.
  const baseFolders = baseMigrationFolders(
    config.database.migrations,
    files.php.map((f) => f.path),
  );
  const providers = tracked(() => providerSchemaSettings(index, host, undefined, baseFolders));
  const providerFiles = new Set(providers.deps.map(([path]) => path));
  const orderedMigrations = orderMigrationFiles(files.php, providers.value.folders);
  const migrationPaths = new Set(orderedMigrations.map((f) => f.path));
  const migrationsKey = cacheKey(() => [
    declared,
    orderedMigrations.map((f) => [f.path, hashes.get(f.path)]),
    // The static schema also reads a schema dump or SQL folder, as the configured source says.
    [
      config.database.schema,
      config.database.dump,
      config.database.sqlDir,
      files.other.filter((f) => f.path.endsWith('.sql')).map((f) => [f.path, contentHash(f.text)]),
    ],
    providers.deps,
    baseFolders,
  ]);
  let fromMigrations = store.result<StaticSchema>('migrations', migrationsKey, unchanged);
  if (!fromMigrations) {
    const folded = tracked(() =>
      staticSchema({
        config,
        app: files,
        parsed: orderedMigrations.map((f) => parsedFile(f.path)).filter((p): p is ParsedPhp => p !== null),
        index,
        host,
      }),
    );
    fromMigrations = folded.value;
    store.putResult('migrations', migrationsKey, folded.deps, fromMigrations);
  }
  problems.push(...fromMigrations.problems);

  let models = store.result<ModelInfo[]>('models', declared, unchanged);
  if (!models) {
    const read = tracked(() => extractModels([], index, host));
    models = read.value;
    store.putResult('models', declared, read.deps, models);
  }
  const registry = new ModelRegistry(models);
  // Builder macros are registered by the service providers: every file's queries may call one.
  const macros = tracked(() => findMacros(index));
  // Everything a file's queries depend on beyond its own bytes and the files it reads.
  const world = cacheKey(() => [declared, models, macros.deps]);
  const queries: QueryShape[] = [];
  const writes: TableWrite[] = [];
  const wholeReads: WholeTableRead[] = [];
  for (const f of files.php) {
    if (migrationPaths.has(f.path)) continue;
    const hash = hashes.get(f.path)!;
    const cached = store.extraction(f.path, hash, world, (dep, h) => hashes.get(dep) === h);
    if (cached) {
      queries.push(...cached.queries);
      problems.push(...cached.problems);
      writes.push(...(cached.writes ?? []));
      wholeReads.push(...(cached.wholeReads ?? []));
      continue;
    }
    const p = parsedFile(f.path);
    if (!p) continue;
    reads = new Set();
    const one = extractFileQueries(p, registry, index, host, macros.value);
    const deps = [...reads]
      .filter((d) => d !== f.path)
      .map((d): [string, string] => [d, hashes.get(d) ?? '']);
    reads = null;
    store.putExtraction(f.path, hash, world, deps, one);
    queries.push(...one.queries);
    problems.push(...one.problems);
    writes.push(...one.writes);
    wholeReads.push(...one.wholeReads);
  }

  for (const q of config.queries) {
    const { shapes, problem } = shapesFromSql(q.sql, configLocation(config), q.name);
    queries.push(...shapes.map((s) => ({ ...s, origin: 'config' as const, name: q.name })));
    if (problem) problems.push(problem);
  }
  problems.push(...settings.problems);
  // Where code runs rarely or never: the schedule, observers and model events are registered in the files
  // always read (console kernel, routes, bootstrap, providers). A file that does not parse still names the
  // methods it calls, read by the lexer.
  const unparsed = files.php
    .filter((f) => !facts.has(f.path))
    .map((f): FileSummary => ({ file: f.path, classes: [], functions: [], calls: lexedNames(f.text) }));
  const registrations = files.php
    .filter((f) => alwaysRead(f.path))
    .map((f) => parsedFile(f.path))
    .filter((p): p is ParsedPhp => p !== null);
  const tasks = scheduleOf(registrations);
  const rare = rarePaths({ index, summaries: [...summaries, ...unparsed], registrations, tasks, models });
  // Console code the schedule runs hourly or more often is placed as a job's.
  const scheduled = scheduledWork(index, tasks);
  // Parse errors first, in file order, as a reader of the report expects them.
  const parseErrors = files.php.map((f) => parseProblems.get(f.path)).filter((p): p is Problem => !!p);

  const directives = new Map<string, Directive[]>();
  for (const [path, f] of facts) if (f.directives.length) directives.set(path, f.directives);
  const parsed = [...parsedByPath.values()].filter((p): p is ParsedPhp => p !== null);
  // The index outlives this function (the schema phase follows migration helpers through it): it keeps
  // the ASTs every audit reads, and parses any other file again if one is ever asked for.
  for (const path of [...parsedByPath.keys()])
    if (!alwaysRead(path) && !migrationPaths.has(path) && !providerFiles.has(path)) parsedByPath.delete(path);

  return {
    parsed,
    schemaSources: () =>
      files.php
        .filter(
          (f) =>
            migrationPaths.has(f.path) || providerFiles.has(f.path) || f.path.startsWith('app/Providers/'),
        )
        .map((f) => parsedFile(f.path))
        .filter((p): p is ParsedPhp => p !== null),
    directives,
    host,
    index,
    cache: cache
      ? {
          ...store.stats,
          resultsReused: [...store.stats.resultsReused],
          parsed: parsed.length,
          note: store.note,
        }
      : null,
    project: {
      root: files.root,
      laravelVersion,
      migrationFiles: [...migrationPaths],
      schema: fromMigrations.schema,
      models,
      queries: placeScheduledQueries(queries, scheduled),
      writes: placeScheduledWrites(writes, scheduled),
      wholeReads,
      rarePaths: rare,
      settings: settings.settings,
      problems: [...parseErrors, ...problems],
      phpFiles: files.php.length,
      database: appDatabase(settings.app.config),
    },
  };
}

/** What config() and env() answer from: config files, env files, the app's helper functions. */
function hostInputs(
  files: AppFiles,
  config: Config,
  hashes: Map<string, string>,
  summaries: FileSummary[],
  isConfig: (path: string) => boolean,
): unknown {
  const helpers = new Set(summaries.filter((s) => s.functions.length).map((s) => s.file));
  return [
    config.envFile,
    files.php.filter((f) => isConfig(f.path) || helpers.has(f.path)).map((f) => [f.path, hashes.get(f.path)]),
    files.other
      .filter((f) => {
        const name = f.path.split('/').pop() ?? '';
        return name.startsWith('.env') || name.endsWith('.env') || isComposeFile(name) || isDockerfile(name);
      })
      .map((f) => [f.path, contentHash(f.text)]),
  ];
}
