/**
 * Resolves the app's settings the way Laravel does: config/*.php (read with php-parser) gives each key an
 * env() variable and a default; the env files, in order of precedence, decide the variable. Pure: the
 * caller reads the files (readAppFiles) and parses the PHP (parsePhp).
 */

import type { AppFiles } from '../../files.js';
import type { Location } from '../../../findings.js';
import type { Problem, ResolvedSetting } from '../../model.js';
import { calledMethod, walk } from '../../php/ast.js';
import { FunctionIndex } from '../../php/functions.js';
import type { ParsedPhp } from '../../php/parse.js';
import type { AppKnowledge } from '../app-host.js';
import { DEFAULT_CONFIG_FOLDER, type ConfigFolder } from './config-folder.js';
import { configPrefix, readConfigFiles, type ConfigExpr, type ConfigTree } from './config-php.js';
import { configLookup } from './config-values.js';
import { laravelEnvValue, parseDotenv, type EnvFile } from './dotenv.js';
import { dockerEnvLayers, isComposeFile } from './docker-env.js';
import { ENV_ALIASES, WATCHED_KEYS, frameworkDefault, frameworkDefaultSource } from './laravel-defaults.js';
import { resolveServerSettings } from './server-config.js';
import { telescopePackage, telescopePruneSchedule } from './telescope.js';

export { detectLaravelVersion } from './version.js';
export { parseDotenv, laravelEnvValue } from './dotenv.js';
export { parseIni, iniBool, iniMegabytes } from './ini.js';
export { configLookup, type ConfigLookup } from './config-values.js';

export interface SettingsInput {
  files: AppFiles;
  parsed: ParsedPhp[];
  /** The app's global functions, when the caller has them from summaries (else read from `parsed`). */
  functions?: FunctionIndex;
  /** The env file that wins over .env (`.env.production` when not given and present). */
  envFile: string | null;
  phpIni: string[];
  fpmPool: string[];
  laravelVersion: number | null;
  /** Where the config files are (findConfigFolder); config/ when absent. */
  configFolder?: ConfigFolder;
}

export interface SettingsResult {
  settings: Record<string, ResolvedSetting>;
  problems: Problem[];
  /** What the other readers' evaluator knows of the app: config() and env() as production sees them. */
  app: AppKnowledge;
}

/**
 * Env files in order of precedence, only those the app has: the configured one, .env.production and
 * .env.prod, then a Docker production setup (docker-env.ts), then .env, then templates.
 */
export function envFileOrder(files: AppFiles, envFile: string | null): EnvFile[] {
  const chosen = envFile?.replace(/^\.\//, '') ?? null;
  const docker = dockerEnvLayers(files.other, chosen && isComposeFile(chosen) ? chosen : null);
  const wanted: (string | EnvFile[])[] = chosen
    ? [chosen, docker, '.env', '.env.example', '.env.dist']
    : ['.env.production', '.env.prod', docker, '.env', '.env.example', '.env.dist'];
  const seen = new Set<string>();
  const out: EnvFile[] = [];
  for (const item of wanted) {
    for (const layer of typeof item === 'string' ? [item] : item) {
      const path = typeof layer === 'string' ? layer : layer.path;
      if (seen.has(path)) continue;
      if (typeof layer !== 'string') {
        seen.add(path);
        out.push(layer);
        continue;
      }
      // A compose file named as the env file is read as compose (above), never as dotenv.
      if (isComposeFile(path)) continue;
      const file = files.other.find((f) => f.path === path);
      if (file) {
        seen.add(path);
        out.push(parseDotenv(file.path, file.text));
      }
    }
  }
  return out;
}

/** Laravel 11's bootstrap/app.php starts with `Application::configure(...)`. */
function looksLikeLaravel11(parsed: ParsedPhp[]): boolean {
  const bootstrap = parsed.find((p) => p.path === 'bootstrap/app.php');
  let found = false;
  if (bootstrap) {
    walk(bootstrap.ast, (node) => {
      if (node.kind === 'call' && calledMethod(node) === 'configure') found = true;
    });
  }
  return found;
}

interface Resolution {
  value: string | null;
  location: Location | null;
  source: string;
  /** Env variables the value's expression consults, outermost first. */
  keys: string[];
}

class Resolver {
  constructor(
    private readonly layers: EnvFile[],
    private readonly noEnvFiles: boolean,
  ) {}

  /** `env(key)` as production sees it: the raw value of the first env file that sets it. */
  env(key: string): string | null | undefined {
    return this.lookup(key)?.value;
  }

  lookup(key: string): { layer: EnvFile; value: string | null; line: number } | null {
    for (const layer of this.layers) {
      const entry = layer.entries.get(key);
      if (entry) return { layer, value: entry.value, line: entry.line };
    }
    return null;
  }

  /**
   * Follows env('A', env('B', 'x')) down to the first variable an env file sets, else to the literal default.
   * `file` is the config file the expression is written in, null for a framework default.
   */
  resolve(start: ConfigExpr, file: string | null, defaultSource: string): Resolution {
    const keys: string[] = [];
    let expr: ConfigExpr | null = start;
    while (expr && expr.kind === 'env') {
      keys.push(expr.key);
      const hit = this.lookup(expr.key);
      if (hit) {
        return {
          value: laravelEnvValue(hit.value),
          location: { file: hit.layer.path, line: hit.line },
          source: `${hit.layer.path}: ${expr.key}`,
          keys,
        };
      }
      if (!expr.fallback) break;
      expr = expr.fallback;
    }
    const where = file ?? defaultSource;
    const location = file && expr ? { file, line: expr.line } : file ? { file, line: start.line } : null;
    const why =
      keys.length === 0
        ? ''
        : this.noEnvFiles
          ? ' (the app has no env file)'
          : ` (no env file sets ${keys.join(' or ')})`;
    if (!expr || expr.kind === 'env') {
      return {
        value: null,
        location,
        source: `${where}: env('${keys[keys.length - 1]}') has no default${why}`,
        keys,
      };
    }
    if (expr.kind === 'literal') {
      const label = file ? (keys.length ? `${file} default` : `${file} (literal)`) : defaultSource;
      return { value: expr.value, location, source: `${label}${why}`, keys };
    }
    return {
      value: null,
      location,
      source: `${where}: computed when the app runs (${expr.what})${why}`,
      keys,
    };
  }

  /** Every env line that sets one of `keys`, highest precedence first. */
  definitions(keys: string[]): NonNullable<ResolvedSetting['definitions']> {
    const out: NonNullable<ResolvedSetting['definitions']> = [];
    for (const key of keys) {
      for (const layer of this.layers) {
        const entry = layer.entries.get(key);
        if (entry) {
          out.push({
            value: laravelEnvValue(entry.value),
            location: { file: layer.path, line: entry.line },
            source: `${layer.path}: ${key}`,
          });
        }
      }
    }
    return out;
  }

  /** An env line for a renamed variable (CACHE_DRIVER on an app that reads CACHE_STORE) does nothing: say so. */
  aliasNote(keys: string[]): string | undefined {
    for (const key of keys) {
      const alias = ENV_ALIASES[key];
      if (!alias || keys.includes(alias)) continue;
      const hit = this.lookup(alias);
      if (hit) {
        return `${hit.layer.path}:${hit.line} sets ${alias}, but this app reads ${key}: that line has no effect.`;
      }
    }
    return undefined;
  }
}

function configSetting(
  key: string,
  tree: ConfigTree,
  resolver: Resolver,
  version: number,
  unreadable: Set<string>,
  folderNote: string | null = null,
): ResolvedSetting | null {
  const prefix = key.split('.')[0];
  const entry = tree.entries.get(key);
  let expr: ConfigExpr | null;
  let file: string | null;
  let defaultSource = frameworkDefaultSource(key, version);
  if (entry) {
    expr = entry.expr;
    file = entry.file;
  } else if (tree.files.has(prefix)) {
    // The app's config file exists but has no such key: Laravel merges nothing in (before 11) or the
    // framework's file underneath (11+); the framework default is the best statement of either.
    expr = frameworkDefault(key, version);
    file = null;
    defaultSource = `${frameworkDefaultSource(key, version).replace(/ \(config\/.*absent\)$/, '')} (not in ${tree.files.get(prefix)})`;
  } else {
    expr = frameworkDefault(key, version);
    file = null;
  }
  if (!expr) return null;
  if (unreadable.has(prefix)) {
    defaultSource = `${frameworkDefaultSource(key, version).replace(/ \(config\/.*absent\)$/, '')} (config/${prefix}.php did not parse)`;
  }
  const r = resolver.resolve(expr, file, defaultSource);
  const setting: ResolvedSetting = { key, value: r.value, location: r.location, source: r.source };
  if (r.keys.length) {
    setting.envKey = r.keys[0];
    const defs = resolver.definitions(r.keys);
    if (defs.length) setting.definitions = defs;
  }
  const note = resolver.aliasNote(r.keys);
  if (note) setting.note = note;
  if (unreadable.has(prefix)) {
    const why = `config/${prefix}.php did not parse: this value ignores it.`;
    setting.note = setting.note ? `${setting.note} ${why}` : why;
  }
  if (folderNote) setting.note = setting.note ? `${setting.note} ${folderNote}` : folderNote;
  return setting;
}

export function resolveSettings(input: SettingsInput): SettingsResult {
  const { files, parsed } = input;
  const problems: Problem[] = [];
  const settings: Record<string, ResolvedSetting> = {};

  // Config files that did not parse: the caller's parsePhp already reported them (PA901, file and line);
  // here the settings they hold fall back to env files and framework defaults, and say so.
  const parsedPaths = new Set(parsed.map((p) => p.path));
  const unreadable = new Set<string>();
  const where = input.configFolder ?? DEFAULT_CONFIG_FOLDER;
  problems.push(...where.problems);
  const first = where.problems[0];
  // The config may come from elsewhere: every verdict read from config says it could not be found.
  const folderNote = first
    ? `The app may load its config from another folder (${first.location.file}:${first.location.line}), which could not be read: this value is from ${where.folder}/.`
    : null;
  for (const file of files.php) {
    const prefix = configPrefix(file.path, where);
    if (prefix && !parsedPaths.has(file.path)) unreadable.add(prefix);
  }

  const layers = envFileOrder(files, input.envFile);
  if (input.envFile && !layers.some((l) => l.path === input.envFile!.replace(/^\.\//, ''))) {
    problems.push({
      location: { file: input.envFile, line: 1 },
      message: `The env file ${input.envFile} named in the config does not exist; settings come from .env, .env.example and config/*.php`,
      construct: 'missing file',
    });
  }
  for (const layer of layers) problems.push(...layer.problems);

  const version = input.laravelVersion ?? (looksLikeLaravel11(parsed) ? 11 : 10);
  const functions = input.functions ?? new FunctionIndex(parsed);
  const tree = readConfigFiles(parsed, functions, where);
  const resolver = new Resolver(layers, layers.length === 0);

  const telescopeInstalled = telescopePackage(files);
  const keys: string[] = WATCHED_KEYS.filter(
    (k) => k !== 'telescope.enabled' || telescopeInstalled || tree.files.has('telescope'),
  );
  for (const key of keys) {
    const s = configSetting(key, tree, resolver, version, unreadable, folderNote);
    if (s) settings[key] = s;
  }
  // The driver behind the chosen cache store / queue connection (a store named `db` may use `database`).
  const dependent: [string, string][] = [
    ['cache.default', 'cache.stores'],
    ['queue.default', 'queue.connections'],
  ];
  for (const [selector, group] of dependent) {
    const name = settings[selector]?.value;
    const driverKey = `${group}.${name}.driver`;
    if (name && tree.entries.has(driverKey)) {
      const s = configSetting(driverKey, tree, resolver, version, unreadable, folderNote);
      if (s) settings[driverKey] = s;
    }
  }

  if (telescopeInstalled) settings[telescopeInstalled.key] = telescopeInstalled;
  const prune = telescopePruneSchedule(parsed);
  if (prune) settings[prune.key] = prune;

  settings['laravel.version'] = {
    key: 'laravel.version',
    value: String(version),
    location: null,
    source:
      input.laravelVersion !== null
        ? 'composer.lock / composer.json'
        : 'assumed (no laravel/framework in composer files)',
  };

  const server = resolveServerSettings({
    root: files.root,
    other: files.other,
    phpIni: input.phpIni,
    fpmPool: input.fpmPool,
  });
  Object.assign(settings, server.settings);
  problems.push(...server.problems);
  const env = (name: string) => resolver.env(name);
  const config = configLookup(tree, env, { functions, unreadable });
  return { settings, problems, app: { config, env, functions, configFileRead: config.fileRead } };
}
