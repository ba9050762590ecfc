/**
 * Calls followed into the app's own code: `$this->method(…)`, `self::`/`static::`/`parent::` and
 * `Class::method(…)`, trait methods and private helpers of the class and its parents. Arguments are bound
 * to parameters (named, defaults, variadics); a depth and step budget stops recursion and runaway loops.
 * Interpreters (migrations, queries) run the bound body their own way; `returnValue` evaluates the
 * body of a pure helper (`return config('x.table', 'posts');`).
 */

import { bodyStatements, child, children, lineOf, nameOf, variableName, type PhpNode } from './ast.js';
import type { ClassIndex, FoundMethod } from './class-index.js';
import type { ParamSummary } from './summary.js';
import { evaluate, type EvalContext, type EvaluatedArgs } from './evaluate.js';
import { Unknown, entriesOf, truthy, type PhpValue } from './value.js';

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
 * The method a call reaches. `lateStatic` is the class `$this`/`static::` stands for (a subclass may
 * override the method); `parent::` looks above the declaring class.
 */
export function resolveCall(
  index: ClassIndex,
  target: CallTarget,
  method: string,
  lateStatic: string | null,
  declaring: string | null = lateStatic,
): { found: FoundMethod; self: string } | null {
  if (target === 'this' || target === 'self') {
    if (!lateStatic) return null;
    const found = index.method(lateStatic, method);
    return found ? { found, self: lateStatic } : null;
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
}

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
  const resolved = resolveCall(opts.index, target, method, self);
  if (!resolved) return undefined;
  const { found } = resolved;
  const body = found.node;
  if (!body || found.summary.isAbstract) return new Unknown(`${method}() has no body in the app`, node);
  const key = `${found.decl.fqcn}::${method}`;
  if (!opts.budget.enter(key)) return new Unknown(`${method}() calls itself or nests too deep`, node);
  try {
    const ctx = methodContext(opts, found, resolved.self);
    const vars = bindArguments(found, args, ctx);
    const local: EvalContext = { ...ctx, variable: (n) => vars.get(n) };
    return bodyReturnValue(bodyStatements(body), vars, local, opts.budget);
  } finally {
    opts.budget.leave();
  }
}

/** The evaluation context inside a followed method: its class's names and constants, and nested calls. */
export function methodContext(opts: ReturnOptions, found: FoundMethod, self: string): EvalContext {
  const base = opts.index.contextFor(found.decl, self);
  const ctx: EvalContext = {
    ...base,
    host: opts.caller.host ?? base.host,
    property: (name) => opts.caller.property?.(name) ?? opts.index.propertyDefault(self, name),
    callMethod: (target, m, a, n) =>
      returnValue(target, m, { positional: a, named: {} }, n, { ...opts, caller: ctx }),
  };
  return ctx;
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
        if (e?.kind === 'assign' && e.operator === '=') {
          const name = variableName(child(e, 'left'));
          if (name) vars.set(name, evaluate(child(e, 'right'), ctx));
          else return new Unknown('an assignment the evaluator does not follow', e);
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

/** The method name of a call node on `$this` / `self::` / `static::` / `parent::`, with its target. */
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
  if (cls?.kind === 'selfreference' || cls?.kind === 'staticreference') return { target: 'self', method };
  if (cls?.kind === 'parentreference') return { target: 'parent', method };
  const raw = cls?.kind === 'name' ? String(cls.name).toLowerCase() : null;
  if (raw === 'self' || raw === 'static') return { target: 'self', method };
  if (raw === 'parent') return { target: 'parent', method };
  return null;
}
