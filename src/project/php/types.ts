/**
 * Types of values: which class `$this->book`, a typed parameter, a local assigned from `new X` or
 * `app(X::class)`, or a method's declared return holds. Only what the code states (signatures, promoted
 * properties, docblocks, `new`) is used; nothing is guessed from names.
 */

import { child, children, nameOf, variableName, type FileScope, type PhpNode } from './ast.js';
import type { ClassIndex } from './class-index.js';
import { preferClass } from './class-index.js';
import { classOf } from './evaluate.js';
import type { TypeSummary } from './summary.js';

/** What the host knows about the types its helpers return (`app(X::class)` is an X in Laravel). */
export interface TypeHost {
  /** A global function call's type, `name` lower case without a leading backslash. */
  functionType?(name: string, args: PhpNode[], ctx: TypeContext): string | null;
  /** `Class::method(…)` on a class the app does not declare (facades, vendor classes). */
  staticType?(fqcn: string, method: string, args: PhpNode[], ctx: TypeContext): string | null;
}

export interface TypeContext {
  index: ClassIndex;
  scope: FileScope;
  /** The class the code sits in (`$this`, `self`, `static`). */
  self: string | null;
  /** Locals whose class is known: parameters and assignments seen so far. */
  locals: Map<string, string>;
  host?: TypeHost;
}

/** The class a declared type names: the first class name; `self`/`static`/`$this` → `self`. */
export function classOfType(t: TypeSummary | null, self: string | null): string | null {
  for (const n of t?.names ?? []) {
    if (n === 'self' || n === 'static') return self;
    if (n.includes('\\') || /^[A-Z]/.test(n)) return n;
  }
  return null;
}

/** The class a property holds: its declared, promoted or docblock type, through parents and traits. */
export function propertyClass(index: ClassIndex, cls: string, prop: string): string | null {
  return classOfType(index.propertyType(cls, prop), cls);
}

/** The class a method declares it returns (signature, else `@return`). */
export function returnClass(index: ClassIndex, cls: string, method: string): string | null {
  const found = index.method(cls, method);
  if (!found) return null;
  return classOfType(preferClass(found.summary.returnType, found.summary.docReturnType), cls);
}

/** Parameter name → class, for a function or method node in `ctx` (signature, then `@param`). */
export function parameterClasses(
  fn: PhpNode,
  ctx: Pick<TypeContext, 'index' | 'scope' | 'self'>,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of children(fn, 'arguments')) {
    const name = nameOf(child(p, 'name'));
    const type = child(p, 'type');
    const fq = type && type.kind === 'name' ? classOf(type, { scope: ctx.scope, self: ctx.self }) : null;
    if (name && fq) out.set(name, fq);
  }
  return out;
}

/** The class an expression evaluates to, or null when the code does not say. */
export function classOfExpression(node: PhpNode | null, ctx: TypeContext, depth = 0): string | null {
  if (!node || depth > 8) return null;
  switch (node.kind) {
    case 'variable': {
      const n = variableName(node);
      if (n === 'this') return ctx.self;
      return n ? (ctx.locals.get(n) ?? null) : null;
    }
    case 'parenthesis':
      return classOfExpression(child(node, 'inner'), ctx, depth + 1);
    case 'new':
      return classOf(child(node, 'what'), { scope: ctx.scope, self: ctx.self });
    case 'clone':
      return classOfExpression(child(node, 'what'), ctx, depth + 1);
    case 'propertylookup':
    case 'nullsafepropertylookup': {
      const owner = classOfExpression(child(node, 'what'), ctx, depth + 1);
      const prop = child(node, 'offset')?.kind === 'identifier' ? nameOf(child(node, 'offset')) : null;
      return owner && prop ? propertyClass(ctx.index, owner, prop) : null;
    }
    case 'call': {
      const what = child(node, 'what');
      const args = children(node, 'arguments');
      if (!what) return null;
      if (what.kind === 'name') {
        const fname = String(what.name).replace(/^\\/, '').toLowerCase();
        return ctx.host?.functionType?.(fname, args, ctx) ?? null;
      }
      const method = child(what, 'offset')?.kind === 'identifier' ? nameOf(child(what, 'offset')) : null;
      if (!method) return null;
      if (what.kind === 'staticlookup') {
        const cls = classOf(child(what, 'what'), { scope: ctx.scope, self: ctx.self });
        if (!cls) return null;
        if (ctx.index.get(cls)) {
          const own = returnClass(ctx.index, cls, method);
          if (own) return own;
        }
        return ctx.host?.staticType?.(cls, method, args, ctx) ?? null;
      }
      const owner = classOfExpression(child(what, 'what'), ctx, depth + 1);
      return owner ? returnClass(ctx.index, owner, method) : null;
    }
    default:
      return null;
  }
}
