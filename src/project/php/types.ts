/**
 * Types of values: which class `$this->book`, a typed parameter, a local assigned from `new X` or
 * `app(X::class)`, or a method's declared return holds. Only what the code states (signatures, promoted
 * properties, docblocks, `new`) is used; nothing is guessed from names.
 */

import {
  child,
  children,
  lineOf,
  nameKey,
  nameOf,
  variableName,
  type FileScope,
  type PhpNode,
} from './ast.js';
import type { ClassDecl, ClassIndex } from './class-index.js';
import { preferClass } from './class-index.js';
import { anonymousClassName, paramDocTypes, typeOf, type TypeSummary } from './summary.js';

/** What the host knows about the types its helpers return (`app(X::class)` is an X in Laravel). */
export interface TypeHost {
  /** A global function call's type, `name` lower case without a leading backslash. */
  functionType?(name: string, args: PhpNode[], ctx: TypeContext): string | null;
  /** `Class::method(…)` on a class the app does not declare (facades, vendor classes). */
  staticType?(fqcn: string, method: string, args: PhpNode[], ctx: TypeContext): string | null;
  /** `$object->method(…)` on an object of a class whose method the app does not declare. */
  methodType?(fqcn: string, method: string, args: PhpNode[], ctx: TypeContext): string | null;
  /**
   * `$this->prop` where no class of the app declares `prop`: a property of the vendor class `fqcn`, the first
   * ancestor outside the app (a form request's `$container`, a service provider's `$app`).
   */
  propertyType?(fqcn: string, prop: string): string | null;
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

/**
 * The class a declared type names: the first class name (`Collection<int, User>` is a Collection; `User[]`
 * is an array, no class); `static`/`$this` → `self`, and `self` → `declaring` (the class that wrote it).
 */
export function classOfType(
  t: TypeSummary | null,
  self: string | null,
  declaring: string | null = self,
): string | null {
  for (const n of t?.names ?? []) {
    if (n === 'static') return self;
    if (n === 'self') return declaring;
    if (n.endsWith('[]')) continue;
    const base = n.includes('<') ? n.slice(0, n.indexOf('<')) : n;
    if (base.includes('\\') || /^[A-Z]/.test(base)) return base;
  }
  return null;
}

/** The class a property holds: its declared, promoted or docblock type, through parents and traits. */
export function propertyClass(index: ClassIndex, cls: string, prop: string): string | null {
  const found = index.property(cls, prop);
  if (!found) return null;
  return declaredClass(index, index.propertyType(cls, prop), cls, found.decl);
}

/** The class a method declares it returns (signature, else `@return`); `static` is `cls`, `self` its declarer. */
export function returnClass(index: ClassIndex, cls: string, method: string): string | null {
  const found = index.signature(cls, method);
  if (!found) return null;
  const type = preferClass(found.summary.returnType, found.summary.docReturnType);
  return declaredClass(index, type, cls, found.decl);
}

/** A member's type as a class: `self` is the declaring class (a trait's is the class using it), `parent` its parent. */
function declaredClass(
  index: ClassIndex,
  t: TypeSummary | null,
  cls: string,
  decl: ClassDecl,
): string | null {
  const declaring = decl.kind === 'trait' ? cls : decl.fqcn;
  if (t?.names[0] === 'parent') return index.get(declaring)?.parent ?? null;
  return classOfType(t, cls, declaring);
}

/** Parameter name → class, for a function or method node in `ctx` (signature, then `@param`). */
export function parameterClasses(
  fn: PhpNode,
  ctx: Pick<TypeContext, 'index' | 'scope' | 'self'>,
): Map<string, string> {
  const out = new Map<string, string>();
  const docs = paramDocTypes(fn, ctx.scope);
  for (const p of children(fn, 'arguments')) {
    const name = nameOf(child(p, 'name'));
    if (!name) continue;
    const declared = typeOf(child(p, 'type'), p.nullable === true, ctx.scope);
    const fq = classOfType(preferClass(declared, docs.get(name) ?? null), ctx.self);
    if (fq) out.set(name, fq);
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
    case 'new': {
      const what = child(node, 'what');
      // `new class extends X {…}` is the anonymous class the file's summary names.
      if (what?.kind === 'class') return anonymousClassName(ctx.scope.file, lineOf(what));
      return what ? ctx.index.resolveRef(what, ctx.scope, ctx.self) : null;
    }
    case 'staticlookup': {
      // `self::$instance`: a static property's type.
      const what = child(node, 'what');
      const cls = what ? ctx.index.resolveRef(what, ctx.scope, ctx.self) : null;
      const prop = variableName(child(node, 'offset'));
      return cls && prop ? propertyClass(ctx.index, cls, prop) : null;
    }
    case 'clone':
      return classOfExpression(child(node, 'what'), ctx, depth + 1);
    case 'propertylookup':
    case 'nullsafepropertylookup': {
      const owner = classOfExpression(child(node, 'what'), ctx, depth + 1);
      const prop = child(node, 'offset')?.kind === 'identifier' ? nameOf(child(node, 'offset')) : null;
      if (!owner || !prop) return null;
      const own = propertyClass(ctx.index, owner, prop);
      if (own || ctx.index.property(owner, prop)) return own;
      const vendor = ctx.index.vendorRoot(owner);
      return vendor ? (ctx.host?.propertyType?.(vendor, prop) ?? null) : null;
    }
    case 'call': {
      const what = child(node, 'what');
      const args = children(node, 'arguments');
      if (!what) return null;
      if (what.kind === 'name') {
        const fname = nameKey(String(what.name));
        return ctx.host?.functionType?.(fname, args, ctx) ?? null;
      }
      const method = child(what, 'offset')?.kind === 'identifier' ? nameOf(child(what, 'offset')) : null;
      if (!method) return null;
      if (what.kind === 'staticlookup') {
        const target = child(what, 'what');
        const cls = target ? ctx.index.resolveRef(target, ctx.scope, ctx.self) : null;
        if (!cls) return null;
        if (ctx.index.get(cls)) {
          const own = returnClass(ctx.index, cls, method);
          if (own) return own;
        }
        return ctx.host?.staticType?.(cls, method, args, ctx) ?? null;
      }
      const owner = classOfExpression(child(what, 'what'), ctx, depth + 1);
      if (!owner) return null;
      return (
        returnClass(ctx.index, owner, method) ?? ctx.host?.methodType?.(owner, method, args, ctx) ?? null
      );
    }
    default:
      return null;
  }
}
