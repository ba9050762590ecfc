/**
 * Rows a query fetched and the code then deletes one by one, as Laravel's own `Prunable` does: a loop over
 * them (`foreach ($old as $log) $log->delete()`), `->each(fn ($log) => $log->delete())`, the higher-order
 * `->each->delete()`, or the row handed to a method that deletes it (`$repo->delete($invoice)`). Such a query
 * deletes what it matches, as `->delete()` on the builder would.
 */

import {
  bodyStatements,
  calledMethod,
  child,
  children,
  firstParamName,
  isFunctionLike,
  nameOf,
  walk,
} from '../../php/ast.js';
import type { PhpNode, Step } from '../../php/ast.js';

/** Model methods that delete the row, and the prefixes of methods taking a row to delete it. */
const DELETES_ROW = new Set(['delete', 'forcedelete', 'deletequietly', 'forcedeletequietly']);
const DELETER = /^(delete|forcedelete|destroy|remove|purge)/;

/** Whether the statements delete the row a variable holds (`$row->delete()`, `$repo->delete($row)`). */
export function deletesVariable(statements: PhpNode[], name: string): boolean {
  let found = false;
  walk(statements, (n) => {
    if (found || n.kind !== 'call') return;
    const method = calledMethod(n)?.toLowerCase();
    if (!method) return;
    const receiver = child(child(n, 'what'), 'what');
    if (DELETES_ROW.has(method) && isVariable(receiver, name)) found = true;
    else if (DELETER.test(method) && isVariable(children(n, 'arguments')[0], name)) found = true;
  });
  return found;
}

/**
 * Whether a chain's steps after `from` delete each row the query returns: `->each(fn ($row) => …delete…)`,
 * or `->each->delete()`.
 */
export function deletesEachRow(steps: Step[], from: number): boolean {
  for (let i = from; i < steps.length; i++) {
    const s = steps[i];
    const name = s.name?.toLowerCase();
    if (name !== 'each') continue;
    if (s.kind === 'prop') {
      const next = steps[i + 1]?.name?.toLowerCase();
      if (steps[i + 1]?.kind === 'call' && next && DELETES_ROW.has(next)) return true;
      continue;
    }
    const fn = s.args[0];
    const param = fn && isFunctionLike(fn) ? firstParamName(fn) : null;
    if (fn && param && deletesVariable(bodyStatements(fn), param)) return true;
  }
  return false;
}

const isVariable = (n: PhpNode | null | undefined, name: string) =>
  n?.kind === 'variable' && nameOf(n) === name;
