/**
 * Builder macros the app registers while it boots (`Builder::macro('whereActive', fn () => $this->where(…))`
 * in a service provider, or `Builder::mixin(new class { public function whereActive() { return fn … } })`):
 * a chain calling `->whereActive()` gets what the closure adds, `$this` being the query (builder.ts).
 */

import {
  child,
  children,
  field,
  flatten,
  lineOf,
  nameKey,
  paramName,
  walk,
  type FileScope,
  type PhpNode,
} from '../../php/ast.js';
import type { BoundParameter } from '../../php/calls.js';
import type { ClassDecl, ClassIndex } from '../../php/class-index.js';
import { anonymousClassName } from '../../php/summary.js';
import { literalValue } from './literal.js';

/** Which builder a macro is registered on; it decides the chains that can call it. */
export type MacroTarget = 'eloquent' | 'query' | 'relation';

export interface Macro {
  name: string;
  target: MacroTarget;
  /** The closure the macro runs; null when it is registered with something else (a callable array, a variable). */
  fn: PhpNode | null;
  params: BoundParameter[];
  /** Where the closure is written: its imports and the class `self` means there. */
  scope: FileScope;
  selfFqcn: string;
}

const TARGETS: Record<string, MacroTarget> = {
  'illuminate\\database\\eloquent\\builder': 'eloquent',
  'illuminate\\database\\query\\builder': 'query',
  'illuminate\\database\\eloquent\\relations\\relation': 'relation',
};
const SERVICE_PROVIDER = 'Illuminate\\Support\\ServiceProvider';

/** The macros of the app by lower-case name (several targets may share a name). */
export class Macros {
  private readonly byName = new Map<string, Macro[]>();

  add(macro: Macro): void {
    const key = macro.name.toLowerCase();
    this.byName.set(key, [...(this.byName.get(key) ?? []), macro]);
  }

  /** The macro a call runs on a query of this kind, in the order Laravel's `__call` looks them up. */
  find(name: string, targets: MacroTarget[]): Macro | null {
    const found = this.byName.get(name.toLowerCase());
    if (!found) return null;
    for (const t of targets) {
      // The last registration wins, as `static::$macros[$name] = $macro` overwrites.
      const last = found.filter((m) => m.target === t).pop();
      if (last) return last;
    }
    return null;
  }
}

/** Reads the macros every service provider of the app registers (in any of its methods). */
export function findMacros(index: ClassIndex): Macros {
  const macros = new Macros();
  for (const decl of index.classes) {
    if (decl.kind !== 'class' || !index.isA(decl.fqcn, SERVICE_PROVIDER)) continue;
    for (const method of decl.summary.methods) {
      const node = index.methodNode(decl, method);
      if (node) registrations(node, decl, index, macros);
    }
  }
  return macros;
}

function registrations(body: PhpNode, decl: ClassDecl, index: ClassIndex, macros: Macros): void {
  walk(body, (n) => {
    if (n.kind !== 'call') return;
    const chain = flatten(n);
    const step = chain.steps[0];
    if (chain.steps.length !== 1 || step.kind !== 'static' || !step.name) return;
    const verb = step.name.toLowerCase();
    if (verb !== 'macro' && verb !== 'mixin') return;
    const fq = index.resolveRef(chain.root, decl.scope, decl.fqcn);
    const target = fq ? (relationTarget(fq) ?? TARGETS[nameKey(fq)]) : undefined;
    if (!target) return;
    if (verb === 'macro') {
      const name = literalValue(step.args[0], index.contextFor(decl, decl.fqcn, decl.scope));
      if (typeof name !== 'string') return;
      const fn = step.args[1];
      const closure = fn && (fn.kind === 'closure' || fn.kind === 'arrowfunc') ? fn : null;
      macros.add({
        name,
        target,
        fn: closure,
        params: closure ? paramsOf(closure) : [],
        scope: decl.scope,
        selfFqcn: decl.fqcn,
      });
      return;
    }
    mixin(step.args[0], target, decl, index, macros);
  });
}

/** A relation class of the framework (`HasMany::macro`): its macros run on relation queries. */
function relationTarget(fqcn: string): MacroTarget | undefined {
  return /^\\?illuminate\\database\\eloquent\\relations\\\w+$/i.test(fqcn) ? 'relation' : undefined;
}

/**
 * `Builder::mixin(new QueryMacros)`: each public method of the object returns the closure registered under
 * its name. Only a method whose body is `return function (…) {…};` is read.
 */
function mixin(
  arg: PhpNode | undefined,
  target: MacroTarget,
  decl: ClassDecl,
  index: ClassIndex,
  macros: Macros,
): void {
  if (arg?.kind !== 'new') return;
  const what = child(arg, 'what');
  let owner: ClassDecl | undefined;
  if (what?.kind === 'class') owner = index.get(anonymousClassName(decl.file, lineOf(what)));
  else if (what) {
    const fq = index.resolveRef(what, decl.scope, decl.fqcn);
    owner = fq ? index.get(fq) : undefined;
  }
  if (!owner) return;
  for (const [, found] of index.methodsOf(owner.fqcn)) {
    const { summary } = found;
    if (summary.isStatic || summary.visibility === 'private' || summary.visibility === 'protected') continue;
    const stmts = children(child(found.node, 'body'), 'children');
    const ret = stmts.length === 1 && stmts[0].kind === 'return' ? child(stmts[0], 'expr') : null;
    const closure = ret && (ret.kind === 'closure' || ret.kind === 'arrowfunc') ? ret : null;
    macros.add({
      name: summary.name,
      target,
      fn: closure,
      params: closure ? paramsOf(closure) : [],
      scope: found.decl.scope,
      selfFqcn: found.decl.fqcn,
    });
  }
}

function paramsOf(fn: PhpNode): BoundParameter[] {
  return children(fn, 'arguments').map((p) => ({
    name: paramName(p) ?? '',
    default: child(p, 'value'),
    variadic: field<boolean>(p, 'variadic') === true,
  }));
}
