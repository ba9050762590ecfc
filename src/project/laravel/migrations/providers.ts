/**
 * What the app's service providers tell the migrator: the folders they add with `loadMigrationsFrom()`
 * (Laravel's Migrator reads them beside database/migrations, every file ordered by name), the
 * `Schema::defaultStringLength(n)` and the morph key type (`Schema::morphUsingUuids()`) they set. Every service provider class of the app counts (app/Providers,
 * packages/*, modules): their methods are read through the class index and the call arguments evaluated
 * with the PHP layer (`__DIR__.'/../Database/Migrations'`, `database_path('migrations/x')`, constants).
 */

import type { Problem } from '../../model.js';
import {
  baseName,
  calledMethod,
  child,
  children,
  classNameOf,
  lineOf,
  variableName,
  walk,
  type PhpNode,
} from '../../php/ast.js';
import type { ClassDecl, ClassIndex } from '../../php/class-index.js';
import { evaluate, type EvalContext, type EvalHost } from '../../php/evaluate.js';
import { entriesOf, firstUnknown, truthy, type PhpValue } from '../../php/value.js';
import { withDriver } from './driver.js';
import { withVendorClasses } from './vendor-classes.js';
import { MIGRATIONS_DIR } from './index.js';
import { normalizeAppPath } from '../../../config/app-path.js';

const SERVICE_PROVIDER = 'Illuminate\\Support\\ServiceProvider';

export interface ProviderSchemaSettings {
  /** The base folders (database/migrations unless configured) first, then every folder a provider registers, app-relative, without duplicates. */
  folders: string[];
  /** The length the last `defaultStringLength(n)` call found sets; null when none does. */
  defaultStringLength: number | null;
  /** `Schema::morphUsingUuids()` / `morphUsingUlids()` / `defaultMorphKeyType('uuid')`; null when none. */
  defaultMorphKeyType: 'int' | 'uuid' | 'ulid' | null;
  /** Calls whose argument could not be known: the folder or length they set is missing. */
  problems: Problem[];
}

/** Classes of the app that are Laravel service providers (own or in-app parent chain). */
export function serviceProviders(index: ClassIndex): ClassDecl[] {
  return index.classes.filter((decl) => {
    if (decl.kind !== 'class' || decl.isAbstract || decl.summary.anonymous) return false;
    if (index.isA(decl.fqcn, SERVICE_PROVIDER)) return true;
    // Laravel's own providers (RouteServiceProvider…) and packages' bases are vendor parents here.
    const root = index.vendorRoot(decl.fqcn);
    return root !== null && baseName(root).endsWith('ServiceProvider');
  });
}

export { normalizeAppPath };

/** Laravel's path helpers, relative to the app root (the evaluator's paths are app-relative). */
const PATH_HELPERS: Record<string, string> = {
  base_path: '',
  database_path: 'database',
  app_path: 'app',
};

export function withPathHelpers(host: EvalHost | undefined): EvalHost {
  return {
    ...host,
    callFunction(name, args, node) {
      if (Object.prototype.hasOwnProperty.call(PATH_HELPERS, name)) {
        const base = PATH_HELPERS[name];
        const rest = args[0];
        if (rest === undefined || rest === null || rest === '') return base;
        if (typeof rest !== 'string') return undefined;
        return base ? `${base}/${rest}` : rest;
      }
      return host?.callFunction?.(name, args, node);
    },
  };
}

function isSchemaClass(cls: string | null): boolean {
  const base = baseName(cls ?? '');
  return base === 'Schema' || base === 'Builder';
}

/**
 * `Schema::defaultStringLength(n)`, `Builder::defaultStringLength(n)` (static) and
 * `$schema->defaultStringLength(n)` / `DB::getSchemaBuilder()->defaultStringLength(n)` (the same static
 * setter called on an instance).
 */
function isDefaultStringLength(n: PhpNode): boolean {
  if (n.kind !== 'call' || calledMethod(n)?.toLowerCase() !== 'defaultstringlength') return false;
  const what = child(n, 'what');
  if (what?.kind === 'staticlookup') return isSchemaClass(classNameOf(child(what, 'what')));
  return what?.kind === 'propertylookup' || what?.kind === 'nullsafepropertylookup';
}

const MORPH_SETTERS: Record<string, 'uuid' | 'ulid' | null> = {
  morphusinguuids: 'uuid',
  morphusingulids: 'ulid',
  defaultmorphkeytype: null,
};

/** `Schema::morphUsingUuids()`, `Builder::defaultMorphKeyType('uuid')` and their instance forms. */
function morphSetter(n: PhpNode): string | null {
  const method = n.kind === 'call' ? calledMethod(n)?.toLowerCase() : undefined;
  if (!method || !Object.prototype.hasOwnProperty.call(MORPH_SETTERS, method)) return null;
  const what = child(n, 'what');
  if (what?.kind === 'staticlookup') return isSchemaClass(classNameOf(child(what, 'what'))) ? method : null;
  return what?.kind === 'propertylookup' ? method : null;
}

function isLoadMigrationsFrom(n: PhpNode): boolean {
  if (n.kind !== 'call' || calledMethod(n)?.toLowerCase() !== 'loadmigrationsfrom') return false;
  const what = child(n, 'what');
  return what?.kind === 'propertylookup' && variableName(child(what, 'what')) === 'this';
}

function known(v: PhpValue): boolean {
  return firstUnknown(v) === null;
}

/** The `if` tests on the way from `root` to `target`, with the branch that leads to it. */
function guardsOf(root: PhpNode, target: PhpNode): { test: PhpNode; taken: boolean }[] | null {
  if (root === target) return [];
  for (const [key, value] of Object.entries(root)) {
    if (key === 'loc' || key === 'leadingComments' || key === 'trailingComments') continue;
    const kids = Array.isArray(value) ? value : [value];
    for (const kid of kids) {
      if (!kid || typeof kid !== 'object' || typeof (kid as PhpNode).kind !== 'string') continue;
      const below = guardsOf(kid as PhpNode, target);
      if (below === null) continue;
      if (root.kind === 'if' && (key === 'body' || key === 'alternate'))
        return [{ test: root.test as PhpNode, taken: key === 'body' }, ...below];
      return below;
    }
  }
  return null;
}

/**
 * Whether the `if` guards around a call let it run: a guard that cannot be known (a server version
 * without a database) is taken as passing, as the call is then the app's intent on the servers it names.
 */
function guardsPass(method: PhpNode, call: PhpNode, ctx: EvalContext): boolean {
  for (const { test, taken } of guardsOf(method, call) ?? []) {
    const v = truthy(evaluate(test, ctx));
    if (typeof v === 'boolean' && v !== taken) return false;
  }
  return true;
}

/**
 * Folders and string length set by the app's service providers. Pure: the index holds the app's code;
 * `server` is the connection's driver and, when a database is given, its version (guards such as
 * `version_compare($pdo->getAttribute(PDO::ATTR_SERVER_VERSION), '5.7.7', '<')` are decided with it).
 */
export function providerSchemaSettings(
  appIndex: ClassIndex,
  host?: EvalHost,
  server: { driver: string; version: string | null } = { driver: 'mysql', version: null },
  base: readonly string[] = [MIGRATIONS_DIR],
): ProviderSchemaSettings {
  const index = withVendorClasses(appIndex);
  const folders = [...base];
  const problems: Problem[] = [];
  let defaultStringLength: number | null = null;
  let defaultMorphKeyType: ProviderSchemaSettings['defaultMorphKeyType'] = null;
  const evalHost = withPathHelpers(withDriver(host ?? {}, server.driver, server.version));
  // Providers in file order, so the result does not depend on how the index lists them.
  const providers = serviceProviders(index).sort((a, b) =>
    a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1,
  );
  for (const decl of providers) {
    // Own, trait and inherited methods: `__DIR__` is the folder of the file that declares each one.
    for (const found of index.methodsOf(decl.fqcn).values()) {
      const node = found.node;
      if (!node) continue;
      const ctx: EvalContext = { ...index.contextFor(found.decl, decl.fqcn), host: evalHost };
      const at = found.decl.file;
      walk(node, (n) => {
        if (isLoadMigrationsFrom(n)) {
          const v = evaluate(children(n, 'arguments')[0], ctx);
          const paths = entriesOf(v)?.map(([, p]) => p) ?? [v];
          for (const p of paths) {
            const folder = typeof p === 'string' && known(p) ? normalizeAppPath(p) : null;
            if (folder === null) {
              problems.push({
                location: { file: at, line: lineOf(n) },
                message:
                  typeof p === 'string'
                    ? `loadMigrationsFrom(): ${p} is outside the app: its migrations are not read`
                    : 'loadMigrationsFrom(): the folder cannot be known statically: its migrations are not read',
                construct: 'loadMigrationsFrom',
              });
            } else if (!folders.includes(folder)) folders.push(folder);
          }
        } else if (morphSetter(n)) {
          const fixed = MORPH_SETTERS[morphSetter(n)!];
          const v = fixed ?? evaluate(children(n, 'arguments')[0], ctx);
          if (v === 'int' || v === 'uuid' || v === 'ulid') defaultMorphKeyType = v;
          else
            problems.push({
              location: { file: at, line: lineOf(n) },
              message: 'defaultMorphKeyType(): the key type cannot be known statically: int is used',
              construct: 'Schema::defaultMorphKeyType',
            });
        } else if (isDefaultStringLength(n)) {
          if (!guardsPass(node, n, ctx)) return;
          const v = evaluate(children(n, 'arguments')[0], ctx);
          if (typeof v === 'number') defaultStringLength = v;
          else
            problems.push({
              location: { file: at, line: lineOf(n) },
              message: 'defaultStringLength(): the length cannot be known statically: 255 is used',
              construct: 'Schema::defaultStringLength',
            });
        }
      });
    }
  }
  return { folders, defaultStringLength, defaultMorphKeyType, problems };
}
