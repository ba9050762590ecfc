/** App-wide schema builder settings declared outside migrations (usually in AppServiceProvider::boot). */

import type { ParsedPhp } from '../../php/parse.js';
import {
  baseName,
  child,
  children,
  classNameOf,
  calledMethod,
  forEachTopLevel,
  joinNs,
  nameOf,
  walk,
  type FileScope,
  type PhpNode,
} from '../../php/ast.js';
import type { ClassIndex } from '../../php/class-index.js';
import { evaluate, type EvalContext, type EvalHost } from '../../php/evaluate.js';
import { defaultHost } from './frame.js';
import { indexOfFiles } from '../../php/class-index.js';

export interface SettingsOptions {
  /** The app's classes (constants the call may use); an index of the providers alone when absent. */
  index?: ClassIndex;
  /** What the evaluator knows of the app's Laravel (config(), env()); both stay unknown when absent. */
  host?: EvalHost;
}

function isDefaultStringLength(n: PhpNode): boolean {
  const what = child(n, 'what');
  return (
    n.kind === 'call' &&
    what?.kind === 'staticlookup' &&
    calledMethod(n) === 'defaultStringLength' &&
    baseName(classNameOf(child(what, 'what')) ?? '') === 'Schema'
  );
}

/**
 * `Schema::defaultStringLength(191)` in the app's service providers: the length `string()` columns get by
 * default. The argument is evaluated (a constant or an expression is fine); the last call found wins.
 */
export function findDefaultStringLength(files: ParsedPhp[], options: SettingsOptions = {}): number | null {
  // Service providers' boot() is where Laravel documents this call; walking every app file costs seconds on large apps.
  const providers = files.filter((f) => f.path.startsWith('app/Providers/'));
  if (providers.length === 0) return null;
  const host = options.host ?? defaultHost();
  let index = options.index ?? null;
  /** Where a call sits: its class (constants, `$this->prop` defaults) or the file's namespace. */
  const contextOf = (top: PhpNode, scope: FileScope): EvalContext => {
    const name = top.kind === 'class' ? nameOf(child(top, 'name')) : null;
    index ??= indexOfFiles(providers, host);
    const decl = name ? index.get(joinNs(scope.namespace, name)) : undefined;
    if (!decl) return { scope, file: scope.file, host };
    const own = index;
    return { ...own.contextFor(decl), host, property: (prop) => own.propertyDefault(decl.fqcn, prop) };
  };
  let found: number | null = null;
  for (const f of providers) {
    forEachTopLevel(f.path, f.ast as unknown as PhpNode, (top, scope) => {
      walk(top, (n) => {
        if (!isDefaultStringLength(n)) return;
        const length = evaluate(children(n, 'arguments')[0], contextOf(top, scope));
        if (typeof length === 'number') found = length;
      });
    });
  }
  return found;
}
