/**
 * What Laravel adds to PHP for the static evaluator: `config('x.y')` from the app's config files,
 * `env('X')` from the resolved environment, `DB::raw()` / `new Expression()` as SQL written by hand, the
 * `Str::` helpers Laravel's naming uses, and the container's `app(X::class)` / `resolve(X::class)`.
 */

import type { FileScope, PhpNode } from '../php/ast.js';
import { classOf, type EvalHost } from '../php/evaluate.js';
import type { TypeHost } from '../php/types.js';
import { ClosureValue, HostValue, Unknown, toPhpString, type PhpValue } from '../php/value.js';
import { laravelEnvValue } from './settings/dotenv.js';
import { camel, classBasename, plural, singular, snake, studly } from './naming.js';
import { nameKey } from '../php/ast.js';

/** `DB::raw('...')` / `new Expression('...')`: SQL used as written. */
export class RawSql extends HostValue {
  constructor(readonly sql: string) {
    super();
  }

  override toPhpString(): string {
    return this.sql;
  }
}

export interface LaravelKnowledge {
  /** `config('a.b')`: the app's value (arrays for a prefix), or undefined when the app does not set it. */
  config?(key: string): PhpValue | undefined;
  /**
   * Whether the app's config file holding `key` was read: a key that file does not set is then null, as
   * Laravel's config() returns (a package's mergeConfigFrom adds only its published keys, which the app's
   * copy carries). Without it an unset key stays unknown.
   */
  configFileRead?(key: string): boolean;
  /** `env('X')` as the app would see it in production; undefined when unset, null when set to nothing. */
  env?(name: string): string | null | undefined;
}

const DB_FACADES = new Set(['db', 'illuminate\\support\\facades\\db']);
const STR = new Set(['str', 'illuminate\\support\\str']);
const EXPRESSIONS = new Set(['expression', 'illuminate\\database\\query\\expression']);

type StrHelper = (s: string, ...rest: PhpValue[]) => PhpValue;

const STR_HELPERS: Record<string, StrHelper> = {
  snake: (s, d) => snake(s, typeof d === 'string' ? d : '_'),
  studly: (s) => studly(s),
  camel: (s) => camel(s),
  plural: (s) => plural(s),
  singular: (s) => singular(s),
  lower: (s) => s.toLowerCase(),
  upper: (s) => s.toUpperCase(),
  kebab: (s) => snake(s, '-'),
  classbasename: (s) => classBasename(s),
};

function str(v: PhpValue | undefined, node: PhpNode): string | Unknown {
  return toPhpString(v ?? null, node);
}

/** Laravel's knowledge as an evaluator host. */
export function laravelHost(knows: LaravelKnowledge = {}): EvalHost {
  return {
    callFunction(name, args, node) {
      switch (name) {
        case 'config': {
          const key = args[0];
          if (typeof key !== 'string') return undefined;
          const v = knows.config?.(key);
          if (v !== undefined) return v;
          if (args.length > 1) return args[1];
          return knows.configFileRead?.(key) ? null : undefined;
        }
        case 'value':
          // Laravel's value(): a closure is called (not followed here), anything else is itself.
          return args.length >= 1 && !(args[0] instanceof ClosureValue) ? args[0] : undefined;
        case 'env': {
          const key = args[0];
          if (typeof key !== 'string') return undefined;
          const v = knows.env?.(key);
          if (v !== undefined) return v === null ? null : envValue(v);
          return args.length > 1 ? args[1] : undefined;
        }
        case 'class_basename': {
          const s = str(args[0], node);
          return s instanceof Unknown ? s : classBasename(s);
        }
        default:
          return undefined;
      }
    },
    callStatic(fqcn, method, args, node) {
      const cls = fqcn.toLowerCase();
      const m = method.toLowerCase();
      if (DB_FACADES.has(cls) && m === 'raw' && args.length === 1) {
        const sql = str(args[0], node);
        return sql instanceof Unknown ? sql : new RawSql(sql);
      }
      if (STR.has(cls) && Object.prototype.hasOwnProperty.call(STR_HELPERS, m)) {
        const s = str(args[0], node);
        return s instanceof Unknown ? s : STR_HELPERS[m](s, ...args.slice(1));
      }
      return undefined;
    },
    construct(fqcn, args, node) {
      const base = fqcn.toLowerCase();
      if ((EXPRESSIONS.has(base) || base.endsWith('\\expression')) && args.length === 1) {
        const sql = str(args[0], node);
        return sql instanceof Unknown ? sql : new RawSql(sql);
      }
      return undefined;
    },
  };
}

/**
 * env() as PHP sees it: Laravel's reading of the raw text (null, empty, quotes: laravelEnvValue), with
 * "true" and "false" (bare or in parentheses) as booleans.
 */
export function envValue(raw: string): PhpValue {
  const bare = raw.toLowerCase().replace(/^\((true|false)\)$/, '$1');
  if (bare === 'true' || bare === 'false') return bare === 'true';
  return laravelEnvValue(raw);
}

const APPLICATION = 'Illuminate\\Foundation\\Application';
const CONTAINERS = new Set([
  'illuminate\\foundation\\application',
  'illuminate\\container\\container',
  'illuminate\\contracts\\foundation\\application',
  'illuminate\\contracts\\container\\container',
]);
const RESOLVING = new Set(['make', 'makewith', 'get', 'resolve']);

/**
 * The container as Laravel's own base classes hold it, by their docblocks: `$this->container->make(X::class)`
 * in a form request, `$this->app->make(…)` in a service provider, `$this->laravel->make(…)` in a command.
 */
const FRAMEWORK_PROPERTIES = new Map<string, Record<string, string>>([
  ['illuminate\\foundation\\http\\formrequest', { container: 'Illuminate\\Contracts\\Container\\Container' }],
  ['illuminate\\support\\serviceprovider', { app: 'Illuminate\\Contracts\\Foundation\\Application' }],
  ['illuminate\\console\\command', { laravel: 'Illuminate\\Contracts\\Foundation\\Application' }],
]);

/** The container's `app(X::class)` / `resolve(X::class)` / `app()->make(X::class)`: an X. */
export const laravelTypes: TypeHost = {
  functionType(name, args, ctx) {
    if ((name === 'app' || name === 'resolve') && args[0]) return classArgument(args[0], ctx);
    // `app()` alone is the application container.
    if (name === 'app' && args.length === 0) return APPLICATION;
    return null;
  },
  methodType(fqcn, method, args, ctx) {
    if (CONTAINERS.has(fqcn.toLowerCase()) && RESOLVING.has(method.toLowerCase()) && args[0]) {
      return classArgument(args[0], ctx);
    }
    return null;
  },
  propertyType(fqcn, prop) {
    const props = FRAMEWORK_PROPERTIES.get(nameKey(fqcn));
    return props && Object.prototype.hasOwnProperty.call(props, prop) ? props[prop] : null;
  },
  staticType(fqcn, method, args, ctx) {
    const cls = fqcn.toLowerCase();
    if (
      (cls === 'app' || cls === 'illuminate\\support\\facades\\app') &&
      method.toLowerCase() === 'make' &&
      args[0]
    ) {
      return classArgument(args[0], ctx);
    }
    return null;
  },
};

function classArgument(arg: PhpNode, ctx: { scope: FileScope; self: string | null }): string | null {
  if (
    arg.kind !== 'staticlookup' ||
    arg.offset?.kind !== 'identifier' ||
    String(arg.offset.name).toLowerCase() !== 'class'
  ) {
    return null;
  }
  return classOf(arg.what, { scope: ctx.scope, self: ctx.self });
}
