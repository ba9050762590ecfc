/**
 * Comparison operators as SQL and Laravel's query builder spell them, mapped to the shape's Operator.
 * Raw SQL (`WHERE a <> 1`), whereRaw fragments and `where('a', '<>', 1)` all read through here.
 */

import type { Operator } from './model.js';

const COMPARISONS: Record<string, Operator> = {
  '=': '=',
  // `==` is not SQL; Laravel does not list it either and compares with `=` (the operator as the value).
  '==': '=',
  '<=>': '=',
  '!=': '!=',
  '<>': '!=',
  '<': '<',
  '>': '>',
  '<=': '<=',
  '>=': '>=',
  in: 'in',
  'not in': 'not in',
  between: 'between',
  // `IS NULL` / `IS NOT NULL`; a caller comparing with something else than NULL makes it `other`.
  is: 'is null',
  'is not': 'is not null',
};

/** LIKE in its spellings: its pattern decides whether an index prefix can serve it. */
const LIKES = new Set(['like', 'like binary']);

/**
 * `=`, `<>`, `LIKE`, `not in`… (any case, any spacing) → the shape's Operator; `value` is the compared
 * value (a LIKE pattern). Operators an index cannot serve as such (`NOT LIKE`, `REGEXP`) are `other`.
 */
export function comparisonOperator(raw: string, value?: unknown): Operator {
  const key = raw.trim().replace(/\s+/g, ' ').toLowerCase();
  if (LIKES.has(key)) return likeOperator(value);
  return Object.prototype.hasOwnProperty.call(COMPARISONS, key) ? COMPARISONS[key] : 'other';
}

/** `LIKE 'abc%'` can use an index; a leading wildcard or an unknown pattern cannot be assumed to. */
export function likeOperator(value: unknown): Operator {
  if (typeof value !== 'string' || value === '') return 'like';
  return value[0] === '%' || value[0] === '_' ? 'like' : 'like-prefix';
}

const MIRRORED: Partial<Record<Operator, Operator>> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=' };

/** The operator with its sides swapped: `5 < price` reads as `price > 5`. */
export function mirrored(op: Operator): Operator {
  return MIRRORED[op] ?? op;
}
