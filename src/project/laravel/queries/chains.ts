/** Callbacks applied to a query: the chains a closure, a scope or a join callback runs on its parameter. */

import { child, children, field, firstParamName, flatten, nameOf, type PhpNode } from '../../php/ast.js';
import { addJoinOn, applyMethod } from './builder.js';
import { driverBranches } from './driver.js';
import type { After, Env, QueryState } from './builder.js';
import type { JoinTerm } from '../../model.js';
import { armsOf, runBranches } from './optional.js';
import { NAMED_REQUEST, readsRequestInput } from './request-input.js';

/** Expressions a function body evaluates at its top level (through if/else and blocks, not nested closures). */
export function bodyExpressions(fn: PhpNode): PhpNode[] {
  const out: PhpNode[] = [];
  if (fn.kind === 'arrowfunc') {
    const body = child(fn, 'body');
    if (body) out.push(body);
    return out;
  }
  const visit = (stmt: PhpNode | null): void => {
    if (!stmt) return;
    switch (stmt.kind) {
      case 'block':
        children(stmt, 'children').forEach(visit);
        break;
      case 'expressionstatement': {
        const e = child(stmt, 'expression');
        if (e) out.push(e.kind === 'assign' ? (child(e, 'right') ?? e) : e);
        break;
      }
      case 'return': {
        const e = child(stmt, 'expr');
        if (e) out.push(e);
        break;
      }
      case 'if':
      case 'switch': {
        const taken = driverBranches(stmt);
        if (taken) taken.forEach(visit);
        else if (stmt.kind === 'if') {
          visit(child(stmt, 'body'));
          visit(child(stmt, 'alternate'));
        }
        break;
      }
      case 'foreach':
      case 'for':
      case 'while':
        visit(child(stmt, 'body'));
        break;
    }
  };
  visit(child(fn, 'body'));
  return out;
}

/**
 * Applies a callback's chains on its parameter to `state`: `where(function ($q) { $q->where(…); })`,
 * `when($x, fn ($q) => $q->where(…))`, join closures (`$join->on(…)->where(…)`), scope bodies, and (with
 * `paramName` `this`) a macro's closure or a builder class's method. Gives what the body returns when that
 * is a chain on the query (`return $this->where(…)`, `return $this`): the query, or its result.
 */
export function applyCallbackTo(
  fn: PhpNode,
  state: QueryState,
  env: Env,
  join?: JoinTerm,
  paramName?: string,
): After | undefined {
  const param = paramName ?? firstParamName(fn);
  if (!param) return undefined;
  const apply = (expr: PhpNode): After | undefined => {
    if (expr.kind === 'variable') return nameOf(expr) === param ? { kind: 'builder' } : undefined;
    if (expr.kind !== 'call') return undefined;
    const chain = flatten(expr);
    if (chain.root.kind !== 'variable' || nameOf(chain.root) !== param) return undefined;
    let after: After = { kind: 'builder' };
    for (const step of chain.steps) {
      // In a builder class, `$this->query` is its base query builder: the same query.
      if (param === 'this' && step.kind === 'prop' && step.name === 'query') continue;
      if (step.kind !== 'call' || step.name === null) return undefined;
      const m = step.name.toLowerCase();
      if (join && (m === 'on' || m === 'oron')) {
        const lit = (n: PhpNode | undefined) => (n && n.kind === 'string' ? field<string>(n, 'value') : null);
        const a = lit(step.args[0]);
        const b = step.args.length >= 3 ? lit(step.args[2]) : lit(step.args[1]);
        if (a === null || b === null) state.unknown = true;
        else addJoinOn(state, join, a, b);
        continue;
      }
      after = applyMethod(state, step.name, step.args, env);
      if (after.kind !== 'builder') break;
    }
    return after;
  };
  if (fn.kind === 'arrowfunc') {
    const body = child(fn, 'body');
    return body ? apply(body) : undefined;
  }
  // The statements of the body in order; a branch's clauses are optional (optional.ts), as in the walker.
  let returned: After | undefined;
  const visit = (stmt: PhpNode | null): void => {
    if (!stmt) return;
    switch (stmt.kind) {
      case 'block':
        children(stmt, 'children').forEach(visit);
        break;
      case 'expressionstatement': {
        const e = child(stmt, 'expression');
        if (e) apply(e.kind === 'assign' ? (child(e, 'right') ?? e) : e);
        break;
      }
      case 'return': {
        const e = child(stmt, 'expr');
        if (e) returned = apply(e) ?? returned;
        break;
      }
      case 'if':
      case 'switch': {
        const taken = driverBranches(stmt);
        if (taken) {
          taken.forEach(visit);
          break;
        }
        const { arms, exhaustive, defaultArm } = armsOf(stmt);
        const reads = (n: PhpNode | null) =>
          !!n && (env.readsRequest?.(n) ?? readsRequestInput(n, NAMED_REQUEST));
        const subject = stmt.kind === 'switch' && reads(child(stmt, 'test'));
        const armInput: boolean[] = [];
        for (const arm of arms) armInput.push(subject || armInput.some(Boolean) || reads(arm.test));
        runBranches(
          [state],
          arms.map((arm) => () => visit(arm.body)),
          exhaustive,
          defaultArm,
          armInput,
        );
        break;
      }
      case 'foreach':
      case 'for':
      case 'while':
        visit(child(stmt, 'body'));
        break;
    }
  };
  visit(child(fn, 'body'));
  return returned;
}
