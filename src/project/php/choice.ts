/**
 * A value picked at run time from a list the code spells, with the value used when the input names none:
 *   in_array($request->sort, $allowed) ? $request->sort : 'created_at'
 *   match ($request->sort) { 'name' => 'name', 'date' => 'created_at', default => 'id' }
 *   $columns[$request->sort] ?? 'id'
 * Which entry a request picks is unknown; that it is one of these, and which one a request without the
 * input gets, is known. Carried symbolically (anything computed from it is Unknown); a reader that knows
 * what a choice means (a sort column) takes the fallback and records the rest.
 */

import { child, children, nameKey, type PhpNode } from './ast.js';
import { entriesOf, SymbolicValue, Unknown, type PhpValue } from './value.js';

export class ChoiceValue extends SymbolicValue {
  constructor(
    /** What a request that names no allowed entry gets. */
    readonly fallback: string,
    /** Every value the code allows, the fallback included, in the code's order. */
    readonly options: string[],
  ) {
    super();
  }

  describe(): string {
    return `one of ${this.options.join(', ')} (chosen at run time)`;
  }
}

type Evaluate = (node: PhpNode | null | undefined) => PhpValue;

const allowed = (fallback: string, values: string[]) =>
  new ChoiceValue(fallback, [...new Set([fallback, ...values])]);

/** The strings of a known list (values of a list, or of a keyed array); null when any is not one. */
function strings(v: PhpValue): string[] | null {
  const entries = entriesOf(v);
  if (!entries?.length) return null;
  const out = entries.map(([, x]) => x);
  return out.every((x): x is string => typeof x === 'string') ? out : null;
}

/** Two expressions read the same input (`$request->sort` twice, `$sort` twice): compared without positions. */
export function sameExpression(a: PhpNode | null | undefined, b: PhpNode | null | undefined): boolean {
  if (!a || !b) return false;
  const strip = (n: unknown): unknown => {
    if (Array.isArray(n)) return n.map(strip);
    if (n && typeof n === 'object') {
      const o: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(n)) if (k !== 'loc' && k !== 'leadingComments') o[k] = strip(v);
      return o;
    }
    return n;
  };
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}

/** `in_array($x, LIST) ? $x : 'd'` and `!in_array($x, LIST) ? 'd' : $x`; null for any other ternary. */
export function ternaryChoice(node: PhpNode, evaluate: Evaluate): ChoiceValue | null {
  let test = child(node, 'test');
  let picked = child(node, 'trueExpr');
  let other = child(node, 'falseExpr');
  while (test?.kind === 'parenthesis') test = child(test, 'inner');
  if (test?.kind === 'unary' && test.type === '!') {
    test = child(test, 'what');
    [picked, other] = [other, picked];
  }
  if (test?.kind !== 'call' || !picked || !other) return null;
  const fn = child(test, 'what');
  if (fn?.kind !== 'name' || nameKey(String(fn.name)) !== 'in_array') return null;
  const [needle, hay] = children(test, 'arguments');
  const escaped = escapedArgument(picked);
  if (!sameExpression(needle, escaped ?? picked)) return null;
  const list = strings(evaluate(hay));
  // Escaping returns a plain name unchanged, so the picked value is still one of the list's.
  if (escaped && !list?.every((x) => PLAIN_NAME.test(x))) return null;
  const fallback = evaluate(other);
  return list && typeof fallback === 'string' ? allowed(fallback, list) : null;
}

/**
 * Functions that escape a string for HTML or trim it: on a column name (letters, digits, `_`, `.`) they
 * return it unchanged. `e()` is Laravel's HTML escape (`in_array($sort, $allowed) ? e($sort) : 'id'`).
 */
const NAME_PRESERVING = new Set([
  'e',
  'htmlspecialchars',
  'htmlentities',
  'strip_tags',
  'trim',
  'addslashes',
]);
const PLAIN_NAME = /^[A-Za-z0-9_.]+$/;

/** `e($x)`: the `$x` an escaping call wraps; null for anything else. */
function escapedArgument(node: PhpNode): PhpNode | null {
  if (node.kind !== 'call') return null;
  const fn = child(node, 'what');
  if (fn?.kind !== 'name' || !NAME_PRESERVING.has(nameKey(String(fn.name)))) return null;
  const args = children(node, 'arguments');
  return args.length === 1 ? args[0] : null;
}

/** `match ($x) { 'a' => 'col_a', …, default => 'col' }` on an unknown `$x`: every arm a string. */
export function matchChoice(node: PhpNode, evaluate: Evaluate): ChoiceValue | null {
  let fallback: string | null = null;
  const values: string[] = [];
  for (const arm of children(node, 'arms')) {
    const v = evaluate(child(arm, 'body'));
    if (typeof v !== 'string') return null;
    if (arm.conds) values.push(v);
    else fallback = v;
  }
  return fallback !== null && values.length ? allowed(fallback, values) : null;
}

/** `$map[$x] ?? 'd'`: a known map of strings looked up with an unknown key. */
export function lookupChoice(
  left: PhpNode | null,
  right: PhpNode | null,
  evaluate: Evaluate,
): ChoiceValue | null {
  if (left?.kind !== 'offsetlookup') return null;
  if (!(evaluate(child(left, 'offset')) instanceof Unknown)) return null;
  const list = strings(evaluate(child(left, 'what')));
  const fallback = evaluate(right);
  return list && typeof fallback === 'string' ? allowed(fallback, list) : null;
}
