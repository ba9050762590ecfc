/**
 * `where($conditions)` with an array held in a variable (a repository finder's `array $where` bound to the
 * caller's `['status' => 'open', ['total', '>', 10]]`): each entry is a condition, as Builder::addArrayOfWheres
 * reads it. Returns false when the argument is not an array the evaluator knows.
 */

import type { PhpNode } from '../../php/ast.js';
import { evaluate, type EvalContext } from '../../php/evaluate.js';
import { entriesOf } from '../../php/value.js';
import type { Operator } from '../../model.js';
import { comparisonOperator } from '../../operators.js';
import { literal, type Literal } from './literal.js';

export function arrayWhere(
  arg: PhpNode,
  ctx: EvalContext,
  pred: (column: string | null, op: Operator, value: Literal | undefined) => void,
): boolean {
  const entries = entriesOf(evaluate(arg, ctx));
  if (!entries) return false;
  for (const [key, value] of entries) {
    if (typeof key === 'string') {
      const v = literal(value);
      pred(key, v === null ? 'is null' : '=', v ?? undefined);
      continue;
    }
    // A numeric key holds [column, operator, value] or [column, value].
    const parts = entriesOf(value)?.map(([, x]) => x) ?? [];
    const column = typeof parts[0] === 'string' ? parts[0] : null;
    if (parts.length >= 3) {
      const op = literal(parts[1]);
      const v = literal(parts[2]);
      pred(column, typeof op === 'string' ? comparisonOperator(op, v) : 'other', v ?? undefined);
    } else {
      const v = literal(parts[1]);
      pred(column, v === null ? 'is null' : '=', v ?? undefined);
    }
  }
  return true;
}
