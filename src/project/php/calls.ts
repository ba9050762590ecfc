/**
 * Calls followed into the app's own code: `$this->method(…)`, `self::`/`static::`/`parent::` and
 * `Class::method(…)`, trait methods and private helpers of the class and its parents. Arguments are bound
 * to parameters (named, defaults, variadics); a depth and step budget stops recursion and runaway loops.
 * Interpreters (migrations, queries) run the bound body their own way; `returnValue` evaluates the
 * body of a pure helper (`return config('x.table', 'posts');`).
 */

import { bodyStatements, child, children, lineOf, nameOf, variableName, type PhpNode } from './ast.js';
import type { ClassDecl, ClassIndex, FoundMethod } from './class-index.js';
import type { ParamSummary } from './summary.js';
import { evaluate, evaluateArgs, type EvalContext, type EvaluatedArgs } from './evaluate.js';
import { Unknown, arrayFrom, entriesOf, truthy, type PhpValue } from './value.js';

export class CallBudget {
  depth = 0;
  steps = 0;
  private readonly active: string[] = [];

  constructor(
    readonly maxDepth = 8,
    readonly maxSteps = 20_000,
  ) {}

  /** Enters a call; false (and nothing entered) when it would recurse or go deeper than allowed. */
  enter(key: string): boolean {
    if (this.depth >= this.maxDepth || this.active.includes(key.toLowerCase())) return false;
    this.active.push(key.toLowerCase());
    this.depth++;
    return true;
  }

  leave(): void {
    this.active.pop();
    this.depth--;
  }

  /** Counts one statement; false once the budget is spent. */
  step(): boolean {
    this.steps++;
    return this.steps <= this.maxSteps;
  }

  get spent(): boolean {
    return this.steps > this.maxSteps;
  }
}

/** Who a call is made on, as the code spells it. */
export type CallTarget = 'this' | 'self' | 'parent' | string;

/**
 * The method a call reaches. `lateStatic` is the class `$this`/`static::` stand for (a subclass may
 * override the method); `self::` looks from the declaring class, `parent::` above it.
 */
export function resolveCall(
  index: ClassIndex,
  target: CallTarget,
  method: string,
  lateStatic: string | null,
  declaring: string | null = lateStatic,
): { found: FoundMethod; self: string } | null {
  if (target === 'this' || target === 'self') {
    const from = target === 'self' ? (declaring ?? lateStatic) : lateStatic;
    const found = from ? index.method(from, method) : null;
    return found && lateStatic ? { found, self: lateStatic } : null;
  }
  if (target === 'parent') {
    const parent = declaring ? index.get(declaring)?.parent : null;
    const found = parent ? index.method(parent, method) : null;
    return found && lateStatic ? { found, self: lateStatic } : null;
  }
  const found = index.method(target, method);
  return found ? { found, self: target } : null;
}

/** Binds call arguments to the method's parameters; a missing argument takes its default, evaluated. */
export function bindArguments(
  found: FoundMethod,
  args: EvaluatedArgs,
  defaults: EvalContext,
): Map<string, PhpValue> {
  return bindParameters(found.summary.params, args, defaults);
}

/** What binding needs of a parameter (a method's summary, or a plain function's parameter nodes). */
export type BoundParameter = Pick<ParamSummary, 'name' | 'default' | 'variadic'>;

/** Binds call arguments to parameters: positional, then named, then the default evaluated. */
export function bindParameters(
  params: BoundParameter[],
  args: EvaluatedArgs,
  defaults: EvalContext,
): Map<string, PhpValue> {
  const vars = new Map<string, PhpValue>();
  params.forEach((p, i) => {
    if (p.variadic) {
      vars.set(p.name, args.positional.slice(i));
      return;
    }
    let v: PhpValue | undefined = i < args.positional.length ? args.positional[i] : args.named[p.name];
    if (v === undefined) v = p.default ? evaluate(p.default, defaults) : new Unknown(`$${p.name}`, null);
    vars.set(p.name, v);
  });
  return vars;
}

export interface ReturnOptions {
  index: ClassIndex;
  budget: CallBudget;
  /** The context of the caller: host knowledge and `$this` properties carry into the callee. */
  caller: EvalContext;
  /** What an object of `fqcn` answers beyond the app's code: its framework base class's methods. */
  object?: FrameworkObject;
}

/**
 * An object whose class extends a framework class the app does not declare (an Eloquent model): the
 * methods and properties that class gives it, for `$this->…` in the object's own followed methods.
 */
export interface FrameworkObject {
  fqcn: string;
  /** `$this->name(…)` the app does not declare; undefined when not known. */
  method(name: string, args: PhpValue[]): PhpValue | undefined;
}

/** Whether a followed call on `self` runs on the framework object (so `$this` is that object). */
const onObject = (opts: ReturnOptions, self: string | null) =>
  !!opts.object && !!self && self.toLowerCase() === opts.object.fqcn.toLowerCase();

/**
 * What a followed method returns, evaluated statically: assignments to locals, `if`/`else` on known
 * conditions, `return`. Anything the evaluator cannot decide makes the result Unknown.
 */
export function returnValue(
  target: CallTarget,
  method: string,
  args: EvaluatedArgs,
  node: PhpNode,
  opts: ReturnOptions,
): PhpValue | undefined {
  const self = opts.caller.self ?? null;
  const resolved = resolveCall(opts.index, target, method, self, opts.caller.declaring ?? self);
  if (!resolved)
    return target === 'this' && onObject(opts, self)
      ? opts.object!.method(method, args.positional)
      : undefined;
  const { found } = resolved;
  const body = found.node;
  if (!body || found.summary.isAbstract) return new Unknown(`${method}() has no body in the app`, node);
  const key = `${found.decl.fqcn}::${method}`;
  if (!opts.budget.enter(key)) return new Unknown(`${method}() calls itself or nests too deep`, node);
  try {
    const ctx = methodContext(opts, found, resolved.self);
    const vars = bindArguments(found, args, ctx);
    const local: EvalContext = {
      ...ctx,
      variable: (n) => vars.get(n),
      // A helper calling a helper: arguments see this method's locals.
      callMethod: (t, m, a, n) =>
        returnValue(t, m, callArguments(n, a, local), n, { ...opts, caller: local }),
    };
    return bodyReturnValue(bodyStatements(body), vars, local, opts.budget);
  } finally {
    opts.budget.leave();
  }
}

/** The arguments of a call as the evaluator passed them, with named ones read again from the node. */
function callArguments(call: PhpNode, positional: PhpValue[], ctx: EvalContext): EvaluatedArgs {
  const nodes = children(call, 'arguments');
  return nodes.some((a) => a.kind === 'namedargument') ? evaluateArgs(nodes, ctx) : { positional, named: {} };
}

/**
 * The evaluation context inside a followed method: its class's names and constants, and nested calls.
 * A trait's method runs as part of the class using it (`self::`, `parent::`, `__CLASS__`), with the
 * trait file's names.
 */
export function methodContext(opts: ReturnOptions, found: FoundMethod, self: string): EvalContext {
  const using = found.decl.kind === 'trait' ? usingClass(opts.index, found.decl, self) : null;
  const base = using
    ? { ...opts.index.contextFor(using, self, found.decl.scope), file: found.decl.file }
    : opts.index.contextFor(found.decl, self);
  // `$this` is the caller's object only when the callee runs for the same class (not `Other::helper()`).
  const sameObject = opts.caller.self?.toLowerCase() === self.toLowerCase();
  const ctx: EvalContext = {
    ...base,
    host: opts.caller.host ?? base.host,
    property: (name) =>
      (sameObject ? opts.caller.property?.(name) : undefined) ?? opts.index.propertyDefault(self, name),
    callMethod: (target, m, a, n) =>
      returnValue(target, m, callArguments(n, a, ctx), n, { ...opts, caller: ctx }),
  };
  return ctx;
}

/** The class (of `lateStatic` and its ancestors) whose `use` brings in a trait, directly or through traits. */
function usingClass(index: ClassIndex, trait: ClassDecl, lateStatic: string): ClassDecl | null {
  const want = trait.fqcn.toLowerCase();
  const uses = (names: string[], seen: Set<string>): boolean =>
    names.some((n) => {
      const lower = n.toLowerCase();
      if (lower === want) return true;
      if (seen.has(lower)) return false;
      seen.add(lower);
      return uses(index.get(n)?.traits ?? [], seen);
    });
  return index.lineage(lateStatic).find((c) => uses(c.traits, new Set())) ?? null;
}

const NO_RETURN = Symbol('no return');

/** What a function body returns with `vars` bound, run as `returnValue` runs a method; null without a return. */
export function bodyReturnValue(
  statements: PhpNode[],
  vars: Map<string, PhpValue>,
  ctx: EvalContext,
  budget: CallBudget,
): PhpValue {
  const out = runForValue(statements, vars, ctx, budget);
  return out === NO_RETURN ? null : out;
}

function runForValue(
  statements: PhpNode[],
  vars: Map<string, PhpValue>,
  ctx: EvalContext,
  budget: CallBudget,
): PhpValue | typeof NO_RETURN {
  for (const st of statements) {
    if (!budget.step()) return new Unknown('the work limit was reached', st);
    switch (st.kind) {
      case 'return':
        return st.expr ? evaluate(st.expr, ctx) : null;
      case 'expressionstatement': {
        const e = child(st, 'expression');
        if (e?.kind === 'assign' && !assign(e, vars, ctx)) {
          return new Unknown('an assignment the evaluator does not follow', e);
        }
        // Other expression statements (logging, events) do not change what is returned.
        break;
      }
      case 'block': {
        const v = runForValue(children(st, 'children'), vars, ctx, budget);
        if (v !== NO_RETURN) return v;
        break;
      }
      case 'if': {
        const t = truthy(evaluate(child(st, 'test'), ctx));
        if (t instanceof Unknown) return t;
        const branch = t ? child(st, 'body') : child(st, 'alternate');
        if (!branch) break;
        const v = runForValue(
          branch.kind === 'block' ? children(branch, 'children') : [branch],
          vars,
          ctx,
          budget,
        );
        if (v !== NO_RETURN) return v;
        break;
      }
      case 'foreach': {
        const entries = entriesOf(evaluate(child(st, 'source'), ctx));
        const valueName = variableName(child(st, 'value'));
        const keyName = variableName(child(st, 'key'));
        if (!entries || !valueName) return new Unknown('a loop over values not known statically', st);
        const body = child(st, 'body');
        for (const [k, v] of entries) {
          if (!budget.step()) return new Unknown('the work limit was reached', st);
          if (keyName) vars.set(keyName, k);
          vars.set(valueName, v);
          const r = runForValue(
            body?.kind === 'block' ? children(body, 'children') : body ? [body] : [],
            vars,
            ctx,
            budget,
          );
          if (r !== NO_RETURN) return r;
        }
        break;
      }
      case 'inline':
      case 'noop':
      case 'echo':
        break;
      default:
        return new Unknown(`${st.kind} statement at line ${lineOf(st)} is not followed`, st);
    }
  }
  return NO_RETURN;
}

/**
 * A local assignment: `$x = …`, `$x .= …` (and the other compound operators), `$list[] = …`,
 * `$map['k'] = …`. False for what is not followed (`$this->x = …`, `[$a, $b] = …`, nested offsets).
 */
function assign(e: PhpNode, vars: Map<string, PhpValue>, ctx: EvalContext): boolean {
  const left = child(e, 'left');
  const right = child(e, 'right');
  const op = String(e.operator);
  const name = variableName(left);
  if (name) {
    if (op === '=') vars.set(name, evaluate(right, ctx));
    // `$x .= 'y'` is `$x = $x . 'y'`, evaluated as that expression.
    else vars.set(name, evaluate({ kind: 'bin', type: op.slice(0, -1), left, right, loc: e.loc }, ctx));
    return true;
  }
  const arrayName = left?.kind === 'offsetlookup' ? variableName(child(left, 'what')) : null;
  if (!arrayName || op !== '=') return false;
  const current = vars.get(arrayName) ?? [];
  const offset = child(left!, 'offset');
  const key = offset ? evaluate(offset, ctx) : null;
  if (key !== null && typeof key !== 'string' && typeof key !== 'number') {
    vars.set(arrayName, key instanceof Unknown ? key : new Unknown('an array key', offset));
    return true;
  }
  vars.set(arrayName, withElement(current, key, evaluate(right, ctx), e));
  return true;
}

/** An array with one element set (`key` null appends), as a new value. */
function withElement(base: PhpValue, key: string | number | null, value: PhpValue, node: PhpNode): PhpValue {
  const entries = entriesOf(base);
  if (!entries) return base instanceof Unknown ? base : new Unknown('an element set on a non-array', node);
  return arrayFrom([...entries, [key === null ? nextIndex(entries) : key, value]]);
}

function nextIndex(entries: [string | number, PhpValue][]): number {
  let next = 0;
  for (const [k] of entries) if (typeof k === 'number' && k >= next) next = k + 1;
  return next;
}

/**
 * The method name of a call node on `$this` / `self::` / `static::` / `parent::`, with its target
 * (`static::` comes back as `this`: both stand for the late-bound class).
 */
export function ownCallTarget(call: PhpNode): { target: CallTarget; method: string } | null {
  const what = child(call, 'what');
  const method = what && child(what, 'offset')?.kind === 'identifier' ? nameOf(child(what, 'offset')) : null;
  if (!what || !method) return null;
  if (
    (what.kind === 'propertylookup' || what.kind === 'nullsafepropertylookup') &&
    variableName(child(what, 'what')) === 'this'
  ) {
    return { target: 'this', method };
  }
  if (what.kind !== 'staticlookup') return null;
  const cls = child(what, 'what');
  // `static::` binds late, as `$this->` does; `self::` is the declaring class.
  const raw = cls?.kind === 'name' ? String(cls.name).toLowerCase() : null;
  if (cls?.kind === 'selfreference' || raw === 'self') return { target: 'self', method };
  if (cls?.kind === 'staticreference' || raw === 'static') return { target: 'this', method };
  if (cls?.kind === 'parentreference' || raw === 'parent') return { target: 'parent', method };
  return null;
}
