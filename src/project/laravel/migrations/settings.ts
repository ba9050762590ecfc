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
  type PhpNode,
} from '../../php/ast.js';
import type { ClassIndex } from '../../php/class-index.js';
import { evaluate, type EvalContext, type EvalHost } from '../../php/evaluate.js';
import { defaultHost } from './frame.js';
import { indexOfFiles } from './migration-class.js';

export interface SettingsOptions {
  /** The app's classes (constants the call may use); an index of the providers alone when absent. */
  index?: ClassIndex;
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
  const index = options.index ?? indexOfFiles(providers, host);
  let found: number | null = null;
  for (const f of providers) {
    forEachTopLevel(f.path, f.ast as unknown as PhpNode, (node, scope) => {
      const name = node.kind === 'class' ? nameOf(child(node, 'name')) : null;
      const decl = name ? index.get(joinNs(scope.namespace, name)) : undefined;
      const ctx: EvalContext = decl
        ? { ...index.contextFor(decl), host, property: (prop) => index.propertyDefault(decl.fqcn, prop) }
        : { scope, file: f.path, host };
      walk(node, (n) => {
        if (!isDefaultStringLength(n)) return;
        const length = evaluate(children(n, 'arguments')[0], ctx);
        if (typeof length === 'number') found = length;
      });
    });
  }
  return found;
}
