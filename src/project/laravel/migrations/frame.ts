/**
 * Where the migration interpreter stands while it runs a method body: the class (for `self::`, constants
 * and `$this->prop` defaults), the local variables, and how values are evaluated there. The PHP floor
 * returns what it cannot know as Unknown values; the interpreter needs known values to build a schema,
 * so meeting one stops the statement with NotStatic, reported as "cannot know statically: <reason>".
 */

import { endLineOf, lineOf, type PhpNode } from '../../php/ast.js';
import { returnValue, type CallBudget } from '../../php/calls.js';
import type { ClassDecl, ClassIndex } from '../../php/class-index.js';
import { evaluate, evaluateArgs, type EvalContext, type EvalHost } from '../../php/evaluate.js';
import {
  EnumCase,
  HostValue,
  ObjectValue,
  firstUnknown,
  isKeyedArray,
  truthy,
  type PhpValue,
} from '../../php/value.js';
import { laravelHost } from '../host.js';
import type { Args } from './blueprint.js';

/**
 * Laravel as the evaluator knows it when the caller says nothing of the app's configuration: DB::raw,
 * `new Expression`, the Str:: helpers; config() and env() stay unknown (their defaults would be guesses).
 */
export function defaultHost(): EvalHost {
  const host = laravelHost();
  return {
    ...host,
    callFunction: (name, args, node) =>
      name === 'config' || name === 'env' ? undefined : host.callFunction?.(name, args, node),
  };
}

/** A value the interpreter needs is not known statically; the statement is reported and skipped. */
export class NotStatic extends Error {
  constructor(
    readonly node: PhpNode | null,
    what: string,
  ) {
    super(what);
  }
}

export type Scope = Map<string, PhpValue>;

/** What every frame of one migration file shares. */
export interface ClassEnv {
  index: ClassIndex;
  host: EvalHost;
  calls: CallBudget;
}

export class Frame {
  readonly eval: EvalContext;

  constructor(
    readonly env: ClassEnv,
    /** The class whose method is running (a trait or parent for inherited helpers). */
    readonly decl: ClassDecl,
    /** The migration class itself: what `$this` and `static::` stand for. */
    readonly self: string,
    readonly vars: Scope,
    /** How code of this class evaluates, locals aside (shared by the frames of one method's closures). */
    private readonly inClass: EvalContext = classContext(env, decl, self),
  ) {
    this.eval = { ...inClass, variable: (name) => vars.get(name) };
  }

  /** The same class with other local variables (a closure's). */
  with(vars: Scope): Frame {
    return new Frame(this.env, this.decl, this.self, vars, this.inClass);
  }
}

function classContext(env: ClassEnv, decl: ClassDecl, self: string): EvalContext {
  const { index, host, calls } = env;
  const ctx: EvalContext = {
    ...index.contextFor(decl, self),
    host,
    property: (name) => knownOrNothing(ownDefault(index, self, name)),
    classConstant: (cls, name) => knownOrNothing(index.constant(cls, name)),
    callMethod: (target, method, args, node) =>
      returnValue(target, method, { positional: args, named: {} }, node, {
        index,
        budget: calls,
        caller: ctx,
      }),
  };
  return ctx;
}

/** `$this->prop`'s declared default; a property without one is set at run time (not known here). */
function ownDefault(index: ClassIndex, self: string, name: string): PhpValue | undefined {
  const found = index.property(self, name);
  return found?.summary.default ? index.propertyDefault(self, name) : undefined;
}

/**
 * A member whose value is only partly known is left unknown as a whole, so the use site is reported
 * (`$this->table`, `a class constant`) rather than a line inside the declaration.
 */
function knownOrNothing(v: PhpValue | undefined): PhpValue | undefined {
  return v === undefined || firstUnknown(v) ? undefined : v;
}

/** Objects the schema builder cannot take as a value (SQL from DB::raw and closures are fine). */
function opaque(v: PhpValue): string | null {
  if (v instanceof ObjectValue) return 'an object';
  if (v instanceof EnumCase) return 'a class constant';
  if (v instanceof HostValue) return null;
  const items = Array.isArray(v) ? v : isKeyedArray(v) ? Object.values(v) : [];
  for (const item of items) {
    const found = opaque(item);
    if (found) return found;
  }
  return null;
}

/**
 * The value itself when all of it is known; otherwise NotStatic at the node that made it unknown when that
 * node is part of `node` (an Unknown made in a helper's body or a declaration elsewhere is reported here).
 */
export function known(v: PhpValue, node: PhpNode | null): PhpValue {
  const unknown = firstUnknown(v);
  if (unknown)
    throw new NotStatic(inside(unknown.node, node) ? unknown.node : (node ?? unknown.node), unknown.reason);
  const what = opaque(v);
  if (what) throw new NotStatic(node, what);
  return v;
}

function inside(inner: PhpNode | null, outer: PhpNode | null): boolean {
  if (!inner || !outer) return !outer;
  const line = lineOf(inner);
  return line >= lineOf(outer) && line <= endLineOf(outer);
}

export function valueOf(node: PhpNode, frame: Frame): PhpValue {
  return known(evaluate(node, frame.eval), node);
}

/** PHP truthiness of a known value. */
export function isTrue(v: PhpValue, node: PhpNode | null): boolean {
  return truthy(known(v, node)) === true;
}

/** Call arguments, every one of them known (checked in source order, as PHP evaluates them). */
export function argsOf(nodes: PhpNode[], frame: Frame): Args {
  const out: Args = { positional: [], named: {} };
  for (const n of nodes) {
    const one = evaluateArgs([n], frame.eval);
    for (const v of one.positional) out.positional.push(known(v, n));
    for (const [name, v] of Object.entries(one.named)) out.named[name] = known(v, n);
  }
  return out;
}
