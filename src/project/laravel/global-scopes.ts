/**
 * A model's global scopes, read the way Laravel boots a model: `boot()` (the nearest one; `parent::boot()`
 * runs the parent's, and the framework's own boots every trait of the class, its ancestors and their
 * traits through a static `boot<Trait>()`), then `booted()` (with its `parent::booted()` chain). Scopes are
 * `static::addGlobalScope(…)` calls there (a closure, a named closure, a Scope object or class) and
 * Laravel 10+'s `#[ScopedBy([Scope::class])]` on the class or an ancestor.
 */

import type { ModelInfo } from '../model.js';
import {
  child,
  children,
  field,
  firstParamName,
  flatten,
  paramName,
  resolveClass,
  type PhpNode,
} from '../php/ast.js';
import { bindParameters } from '../php/calls.js';
import type { ClassDecl, ClassIndex, FoundMethod } from '../php/class-index.js';
import { evaluate } from '../php/evaluate.js';
import type { PhpValue } from '../php/value.js';
import { evalContext, newState, scopeApplyArguments } from './queries/builder.js';
import type { Env } from './queries/builder.js';
import { applyCallbackTo, bodyExpressions } from './queries/chains.js';
import { literalValue } from './queries/literal.js';

type GlobalScope = NonNullable<ModelInfo['globalScopes']>[number];

const SCOPED_BY = 'illuminate\\database\\eloquent\\attributes\\scopedby';

export function readGlobalScopes(
  decl: ClassDecl,
  info: ModelInfo,
  index: ClassIndex,
  envFor: (decl: ClassDecl) => Env,
): GlobalScope[] {
  // Laravel keys the scopes by name: one added again under the same name replaces the first.
  const scopes = new Map<string, GlobalScope>();
  const ran = new Set<string>();
  const lineage = new Set(index.lineage(decl.fqcn).map((c) => c.fqcn.toLowerCase()));

  /** What a scope adds to a fresh query of the model, kept when its columns are known. */
  const read = (name: string, callback: PhpNode, env: Env, args: PhpValue[]): void => {
    const state = newState(info.table, info, 'eloquent', info.location, '');
    const params = children(callback, 'arguments').map((p, i) => ({
      name: paramName(p) ?? `#${i}`,
      default: child(p, 'value'),
      variadic: !!field<boolean>(p, 'variadic'),
    }));
    const bindings = new Map([
      ...(env.bindings ?? []),
      ...bindParameters(params, { positional: args, named: {} }, evalContext(env)),
    ]);
    applyCallbackTo(callback, state, { ...env, bindings }, undefined, firstParamName(callback) ?? undefined);
    // A scope whose columns the code does not name cannot be added to the shapes.
    // One that adds nothing to this model (`if (in_array($table, $skip)) return;`) is left out.
    if (state.unknown || (!state.where.length && !state.orderBy.length)) return;
    scopes.set(name.toLowerCase(), { name, where: state.where, orderBy: state.orderBy });
  };

  /** A Scope class: its apply(Builder $builder, Model $model), run for this model. */
  const scopeClass = (fq: string | null, name?: string): void => {
    const apply = fq ? index.method(fq, 'apply') : null;
    if (!fq || !apply?.node) return;
    const env = { ...envFor(apply.decl), selfFqcn: index.get(fq)?.fqcn ?? fq };
    read(name ?? env.selfFqcn, apply.node, env, scopeApplyArguments(info));
  };

  const isCallback = (n: PhpNode | undefined) => n?.kind === 'closure' || n?.kind === 'arrowfunc';

  /** `static::addGlobalScope(…)` in one of the boot methods. */
  const addGlobalScope = (expr: PhpNode, args: PhpNode[], m: FoundMethod): void => {
    const env = { ...envFor(m.decl), selfFqcn: info.fqcn };
    const ctx = evalContext(env);
    const classRef = (n: PhpNode | undefined): string | null => {
      if (n?.kind === 'new') {
        const what = child(n, 'what');
        return what ? index.resolveRef(what, m.decl.scope, info.fqcn) : null;
      }
      const v = literalValue(n, ctx);
      return typeof v === 'string' ? v.replace(/^\\/, '') : null;
    };
    const [a, b] = args;
    const query = scopeApplyArguments(info).slice(0, 1);
    if (a && isCallback(a)) read(`closure@${expr.loc?.start.line ?? 0}`, a, env, query);
    else if (a && b) {
      const name = literalValue(a, ctx);
      if (typeof name !== 'string') return;
      if (isCallback(b)) read(name, b, env, query);
      else scopeClass(classRef(b), name);
    } else if (a) scopeClass(classRef(a));
  };

  /** The body of a boot method: its scopes, and `parent::<hook>()` where it calls it. */
  const runBody = (m: FoundMethod, hook: string): void => {
    for (const expr of bodyExpressions(m.node!)) {
      if (expr.kind !== 'call') continue;
      const chain = flatten(expr);
      const step = chain.steps[0];
      if (chain.steps.length !== 1 || step.kind !== 'static' || !step.name) continue;
      const method = step.name.toLowerCase();
      const parent =
        chain.root.kind === 'parentreference' ||
        (chain.root.kind === 'name' && String(chain.root.name).toLowerCase() === 'parent');
      if ((method === 'boot' || method === 'booted') && method === hook && parent) {
        // A trait's `parent::` is its user's parent: only a class's own chain is followed.
        if (m.decl.kind === 'class') runHook(method, m.decl.parent);
        continue;
      }
      if (method !== 'addglobalscope') continue;
      const target = index.resolveRef(chain.root, m.decl.scope, info.fqcn)?.toLowerCase();
      if (target && (lineage.has(target) || target === m.decl.fqcn.toLowerCase()))
        addGlobalScope(expr, step.args, m);
    }
  };

  /** Model::boot() / booted() as PHP resolves them from `from`; the framework's boot() boots the traits. */
  const runHook = (hook: 'boot' | 'booted', from: string | null): void => {
    const m = from ? index.method(from, hook) : null;
    if (!m?.node) {
      if (hook === 'boot') bootTraits();
      return;
    }
    const key = `${m.decl.fqcn}::${hook}`.toLowerCase();
    if (ran.has(key)) return;
    ran.add(key);
    runBody(m, hook);
  };

  /** Model::bootTraits(): ScopedBy (HasGlobalScopes' own boot), then `boot<Trait>()`, eldest class first. */
  const bootTraits = (): void => {
    if (ran.has('#traits')) return;
    ran.add('#traits');
    scopedBy();
    for (const t of [...index.traitsOf(decl.fqcn)].reverse()) {
      const method = `boot${t.split('\\').pop()}`;
      const m = index.method(decl.fqcn, method);
      const key = `${m?.decl.fqcn}::${method}`.toLowerCase();
      if (!m?.node || ran.has(key)) continue;
      ran.add(key);
      runBody(m, method.toLowerCase());
    }
  };

  /** `#[ScopedBy([TenantScope::class])]` / `#[ScopedBy(TenantScope::class)]` on the class or an ancestor. */
  const scopedBy = (): void => {
    for (const c of [...index.lineage(decl.fqcn)].reverse()) {
      for (const group of children(index.classNode(c), 'attrGroups'))
        for (const attr of children(group, 'attrs')) {
          const name = field<string>(attr, 'name');
          if (!name || resolveClass(name, null, c.scope).toLowerCase() !== SCOPED_BY) continue;
          const arg = children(attr, 'args')[0];
          const v = arg ? evaluate(arg, index.contextFor(c, decl.fqcn, c.scope)) : null;
          const list = Array.isArray(v) ? v : [v];
          for (const s of list) if (typeof s === 'string') scopeClass(s.replace(/^\\/, ''));
        }
    }
  };

  runHook('boot', decl.fqcn);
  runHook('booted', decl.fqcn);
  return [...scopes.values()];
}
