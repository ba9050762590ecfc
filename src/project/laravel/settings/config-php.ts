/**
 * Reads config/*.php for the settings verdicts: each file evaluated by the floor with env() read
 * symbolically, flattened to dotted keys. A value is a literal, the env() variable that decides it (with
 * its default), or something only PHP at run time can compute.
 */

import { children, endLineOf, lineOf, type PhpNode } from '../../php/ast.js';
import type { EvalHost } from '../../php/evaluate.js';
import { withAppFunctions, type FunctionIndex } from '../../php/functions.js';
import type { ParsedPhp } from '../../php/parse.js';
import { EnumCase, HostValue, SymbolicValue, Unknown, entriesOf, type PhpValue } from '../../php/value.js';
import { laravelHost } from '../host.js';
import {
  configInConfigFile,
  evaluateConfigFile,
  type ConfigFile,
  type ConfigFileValue,
} from './config-file.js';

/** A config value as written: a literal, an env() call (with its default), or something only PHP can compute. */
export type ConfigExpr =
  | { kind: 'literal'; value: string | null; line: number }
  | { kind: 'env'; key: string; fallback: ConfigExpr | null; line: number }
  | { kind: 'unknown'; line: number; what: string };

export interface ConfigEntry {
  /** Dotted key as Laravel's config() reads it: `cache.stores.redis.connection`. */
  key: string;
  file: string;
  expr: ConfigExpr;
}

/** Where the config files are (config-folder.ts): config/ with subfolders unless the app says otherwise. */
export interface ConfigPlace {
  folder: string;
  nested: boolean;
}

const CONFIG: ConfigPlace = { folder: 'config', nested: true };

/** `config/cache.php` → `cache`; `config/services/mail.php` → `services.mail`; anything else → null. */
export function configPrefix(path: string, place: ConfigPlace = CONFIG): string | null {
  if (!path.startsWith(`${place.folder}/`) || !path.endsWith('.php')) return null;
  const rest = path.slice(place.folder.length + 1, -'.php'.length);
  if (!rest || (!place.nested && rest.includes('/'))) return null;
  return rest.split('/').join('.');
}

/** `env('KEY', fallback)` read symbolically: which variable decides, and what applies when none sets it. */
export class EnvRef extends SymbolicValue {
  constructor(
    readonly key: string,
    /** undefined when env() has no second argument. */
    readonly fallback: PhpValue | undefined,
    readonly node: PhpNode,
  ) {
    super();
  }

  describe(): string {
    return `a value computed from env('${this.key}')`;
  }

  /** `(bool) env('APP_DEBUG', false)`: the cast does not change which variable decides. */
  override cast(): PhpValue {
    return this;
  }
}

/** Laravel's host with env() answered by an EnvRef, and the app's functions followed. */
function symbolicEnvHost(functions: FunctionIndex | undefined): EvalHost {
  const base = laravelHost({ config: configInConfigFile });
  const host: EvalHost = {
    ...base,
    callFunction(name, args, node) {
      if (name !== 'env') return base.callFunction?.(name, args, node);
      if (typeof args[0] !== 'string') return new Unknown('env() with a computed name', node);
      return new EnvRef(args[0], args.length > 1 ? args[1] : undefined, node);
    },
  };
  return withAppFunctions(host, functions);
}

/** `node` when it sits inside `origin` (same file, same entry), else `origin`: a helper's env() call is elsewhere. */
function locate(node: PhpNode | undefined, origin: PhpNode): PhpNode {
  const line = lineOf(node, 0);
  return node && line >= lineOf(origin) && line <= endLineOf(origin) ? node : origin;
}

function literal(value: string | null, origin: PhpNode): ConfigExpr {
  return { kind: 'literal', value, line: lineOf(origin) };
}

export function toConfigExpr(v: PhpValue, origin: PhpNode): ConfigExpr {
  if (v instanceof EnvRef) {
    const fallbackNode = locate(children(v.node, 'arguments')[1], origin);
    return {
      kind: 'env',
      key: v.key,
      fallback: v.fallback === undefined ? null : toConfigExpr(v.fallback, fallbackNode),
      line: lineOf(locate(v.node, origin)),
    };
  }
  if (v instanceof Unknown) return { kind: 'unknown', line: lineOf(origin), what: v.reason };
  if (v instanceof EnumCase) return literal(v.value === null ? null : String(v.value), origin);
  if (v instanceof HostValue) return { kind: 'unknown', line: lineOf(origin), what: 'an object' };
  if (typeof v === 'boolean') return literal(v ? 'true' : 'false', origin);
  if (v === null || typeof v === 'string' || typeof v === 'number')
    return literal(v === null ? null : String(v), origin);
  return { kind: 'unknown', line: lineOf(origin), what: 'an array' };
}

/** Every leaf of the file's value under its dotted key. */
function flatten(
  file: ConfigFile,
  evaluated: ConfigFileValue,
  value: PhpValue,
  path: string[],
  out: ConfigEntry[],
): void {
  const entries = entriesOf(value);
  if (entries) {
    for (const [k, v] of entries) flatten(file, evaluated, v, [...path, String(k)], out);
    return;
  }
  const key = [file.prefix, ...path].join('.');
  out.push({ key, file: file.path, expr: toConfigExpr(value, evaluated.origin(path)) });
}

export interface ConfigTree {
  /** Config files read, by prefix (`cache` → `config/cache.php`). */
  files: Map<string, string>;
  entries: Map<string, ConfigEntry>;
  /** Every config file that parsed, to evaluate again with another host (config() as production sees it). */
  sources: ConfigFile[];
}

export function readConfigFiles(
  parsed: ParsedPhp[],
  functions?: FunctionIndex,
  place: ConfigPlace = CONFIG,
): ConfigTree {
  const files = new Map<string, string>();
  const entries = new Map<string, ConfigEntry>();
  const sources: ConfigFile[] = [];
  const host = symbolicEnvHost(functions);
  for (const p of parsed) {
    const prefix = configPrefix(p.path, place);
    if (!prefix) continue;
    const file: ConfigFile = { prefix, path: p.path, program: p.ast as unknown as PhpNode };
    sources.push(file);
    const evaluated = evaluateConfigFile(file, host);
    // A file that returns no array is not read (its keys come from the framework's defaults).
    if (!entriesOf(evaluated.value)) continue;
    files.set(prefix, p.path);
    const out: ConfigEntry[] = [];
    flatten(file, evaluated, evaluated.value, [], out);
    for (const entry of out) entries.set(entry.key, entry);
  }
  return { files, entries, sources };
}
