/**
 * The plain values a query shape records (a table or column name, a predicate's sample value), taken
 * from the floor's evaluator. A query binds a backed enum case by its value, as Laravel does.
 */

import type { PhpNode } from '../../php/ast.js';
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
