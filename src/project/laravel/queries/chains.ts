/** Callbacks applied to a query: the chains a closure, a scope or a join callback runs on its parameter. */

import { child, children, firstParamName, flatten, nameOf, type PhpNode } from '../../php/ast.js';
import { evaluate } from '../../php/evaluate.js';
import { firstUnknown } from '../../php/value.js';
import { addJoinOn, applyMethod, evalContext, knownTruth } from './builder.js';
import { driverBranches } from './driver.js';
import { isBuiltString } from './like.js';
import type { After, Env, QueryState } from './builder.js';
import type { JoinTerm } from '../../model.js';
import { armsOf, runBranches } from './optional.js';
import { NAMED_REQUEST, readsRequestInput } from './request-input.js';
import { unknownPiece } from './pieces.js';
import { COMPUTED_METHOD_UNREAD, computedMethodName } from './computed-method.js';

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
  // Locals the body assigns (`$table = $model->getTable();`) are known to what follows them.
  const outer = env;
  // The string forms the body assigns its locals (`$s = '%' . $term . '%'`), for the LIKE patterns read from
  // them; the caller's, for the variables a closure captures (all of them in an arrow function).
  const patterns = new Map<string, PhpNode>();
  const captured = new Set(children(fn, 'uses').map((u) => nameOf(u)));
  env = {
    ...outer,
    bindings: new Map(outer.bindings ?? []),
    patternOf: (name) =>
      patterns.get(name) ??
      (fn.kind === 'arrowfunc' || captured.has(name) ? outer.patternOf?.(name) : undefined),
  };
  const locals = env.bindings!;
  const apply = (expr: PhpNode): After | undefined => {
    if (expr.kind === 'variable') return nameOf(expr) === param ? { kind: 'builder' } : undefined;
    if (expr.kind !== 'call') return undefined;
    const chain = flatten(expr);
    if (chain.root.kind !== 'variable' || nameOf(chain.root) !== param) {
      // `return $filters->apply($query)`: another object adds to the query; unread, the shape is partial.
      const to = chain.steps.find((s) => s.args.some((a) => a.kind === 'variable' && nameOf(a) === param));
      if (!to || param === 'this') return undefined;
      const after = env.passQuery ? env.passQuery(expr, state, param) : null;
      if (after === null) unknownPiece(state, `what ${to.name ?? 'a dynamic method'}() adds is not read`);
      return after ?? undefined;
    }
    let after: After = { kind: 'builder' };
    for (const step of chain.steps) {
      // In a builder class, `$this->query` is its base query builder: the same query.
      if (param === 'this' && step.kind === 'prop' && step.name === 'query') continue;
      if (step.kind !== 'call') return undefined;
      const name = step.name ?? computedMethodName(step, evalContext(env));
      if (name === null) {
        unknownPiece(state, COMPUTED_METHOD_UNREAD);
        continue;
      }
      const m = name.toLowerCase();
      if (join && (m === 'on' || m === 'oron')) {
        // A column the body builds (`$table . '.id'`, `$this->model->getTable() . '.id'`) is read as written.
        const column = (n: PhpNode | undefined) => {
          const v = n ? evaluate(n, evalContext(env)) : null;
          return typeof v === 'string' ? v : null;
        };
        const a = column(step.args[0]);
        const b = step.args.length >= 3 ? column(step.args[2]) : column(step.args[1]);
        if (a === null || b === null) state.unknown = true;
        else addJoinOn(state, join, a, b);
        continue;
      }
      after = applyMethod(state, name, step.args, env);
      if (after.kind !== 'builder') break;
    }
    return after;
  };
  if (fn.kind === 'arrowfunc') {
    const body = child(fn, 'body');
    return body ? apply(body) : undefined;
  }
  // The statements of the body in order; a branch's clauses are optional (optional.ts), as in the walker.
  // A `return` on the path every call takes ends the body; one inside an optional branch does not.
  let returned: After | undefined;
  let ended = false;
  let branchDepth = 0;
  const visit = (stmt: PhpNode | null): void => {
    if (!stmt || ended) return;
    switch (stmt.kind) {
      case 'block':
        children(stmt, 'children').forEach(visit);
        break;
      case 'expressionstatement': {
        const e = child(stmt, 'expression');
        if (e?.kind === 'assign') assignLocal(e);
        if (e) apply(e.kind === 'assign' ? (child(e, 'right') ?? e) : e);
        break;
      }
      case 'return': {
        const e = child(stmt, 'expr');
        if (e) returned = apply(e) ?? returned;
        if (branchDepth === 0) ended = true;
        break;
      }
      case 'if':
      case 'switch': {
        // A condition the code decides (`if (in_array($table, ['jobs', …])) return;`) takes one arm.
        const known = stmt.kind === 'if' ? knownTruth(child(stmt, 'test'), env) : null;
        if (known !== null) {
          visit(known ? child(stmt, 'body') : child(stmt, 'alternate'));
          break;
        }
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
        branchDepth++;
        runBranches(
          [state],
          arms.map((arm) => () => visit(arm.body)),
          exhaustive,
          defaultArm,
          armInput,
        );
        branchDepth--;
        break;
      }
      case 'foreach':
      case 'for':
      case 'while':
        branchDepth++;
        visit(child(stmt, 'body'));
        branchDepth--;
        break;
    }
  };
  /** `$x = …` on the path every call takes binds $x; in a branch (or unknown) it unbinds it. */
  const assignLocal = (e: PhpNode): void => {
    const left = child(e, 'left');
    const name = left?.kind === 'variable' ? nameOf(left) : null;
    if (!name || name === param) return;
    const right = child(e, 'right');
    if (String(e.operator) === '=' && isBuiltString(right)) patterns.set(name, right);
    else patterns.delete(name);
    const v =
      branchDepth === 0 && String(e.operator) === '=' ? evaluate(child(e, 'right'), evalContext(env)) : null;
    if (v !== null && !firstUnknown(v)) locals.set(name, v);
    else locals.delete(name);
  };
  visit(child(fn, 'body'));
  return returned;
}
