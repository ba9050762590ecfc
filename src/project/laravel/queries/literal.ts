/**
 * The plain values a query shape records (a table or column name, a predicate's sample value), taken
 * from the floor's evaluator. A query binds a backed enum case by its value, as Laravel does.
 */

import { child, nameOf, type PhpNode } from '../../php/ast.js';
import { evaluate, type EvalContext } from '../../php/evaluate.js';
import { EnumCase, type PhpValue } from '../../php/value.js';

export type Literal = string | number | boolean | null;

/** A scalar value as a query binds it; undefined for unknown values, arrays, objects and pure enum cases. */
export function literal(v: PhpValue | undefined): Literal | undefined {
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof EnumCase) return v.value ?? undefined;
  return undefined;
}

/** The literal an expression evaluates to in `ctx`, or undefined when it is not one. */
export function literalValue(n: PhpNode | null | undefined, ctx: EvalContext): Literal | undefined {
  return n ? literal(evaluate(n, ctx)) : undefined;
}

/**
 * A value the deployment sets: `config('x')` or `env('X')`, which the app's own files may leave null. A
 * query comparing a column with it compares with the production value, not with NULL.
 */
export function setByDeployment(n: PhpNode | null | undefined): boolean {
  if (!n || n.kind !== 'call') return false;
  const name = nameOf(child(n, 'what'))?.toLowerCase().replace(/^\\/, '');
  return name === 'config' || name === 'env';
}

/** The literal a query binds for a compared value; a null the deployment sets is not known. */
export function comparedValue(n: PhpNode | null | undefined, ctx: EvalContext): Literal | undefined {
  const v = literalValue(n, ctx);
  return v === null && setByDeployment(n) ? undefined : v;
}
