/**
 * A builder method whose name the code computes (`$query->$method(…)`, `->{$name}(…)`): read as that method
 * when the name is known where the call runs (`$method = 'orderBy'`); otherwise the rest of the chain is still
 * read and the call is one unread piece of it (pieces.ts), never a query lost without a word.
 */

import { child, type Step } from '../../php/ast.js';
import { methodName, type EvalContext } from '../../php/evaluate.js';

/** The method name a computed call has when the code fixes it, or null. */
export function computedMethodName(step: Step, ctx: EvalContext): string | null {
  const what = child(step.node, 'what');
  return what ? methodName(child(what, 'offset'), ctx) : null;
}

/** Why such a call is left unread. */
export const COMPUTED_METHOD_UNREAD = 'a method whose name the code computes (`->$method()`) is not read';
