/** Method chains (`Post::where(…)->orderBy(…)->get()`) flattened, and callbacks applied to a query. */

import { child, children, field, nameOf, render } from './ast.js';
import type { PhpNode } from './ast.js';
import { addJoinOn, applyMethod } from './builder.js';
import type { Env, QueryState } from './builder.js';
import type { JoinTerm } from '../../model.js';

export interface Step {
  /** `call` for `->m()`, `static` for `X::m()`, `prop` for `->p`. */
  kind: 'call' | 'static' | 'prop';
  /** Null when the method or property name is dynamic (`->$name()`). */
  name: string | null;
  args: PhpNode[];
  node: PhpNode;
}

export interface Chain {
  /** What the first step is called on: a class name, a variable, a function call, `new X`… */
  root: PhpNode;
  steps: Step[];
}

const LOOKUPS = new Set(['propertylookup', 'nullsafepropertylookup']);

function offsetName(lookup: PhpNode): string | null {
  const off = child(lookup, 'offset');
  return off && off.kind === 'identifier' ? nameOf(off) : null;
}

/** Flattens a call / property chain into its root and steps, outermost last. */
export function flatten(node: PhpNode): Chain {
  const steps: Step[] = [];
  let cur: PhpNode = node;
  for (;;) {
    if (cur.kind === 'call') {
      const what = child(cur, 'what');
      if (what && LOOKUPS.has(what.kind)) {
        steps.unshift({ kind: 'call', name: offsetName(what), args: children(cur, 'arguments'), node: cur });
        cur = child(what, 'what') ?? what;
        continue;
      }
      if (what && what.kind === 'staticlookup') {
        steps.unshift({
          kind: 'static',
          name: offsetName(what),
          args: children(cur, 'arguments'),
          node: cur,
        });
        return { root: child(what, 'what') ?? what, steps };
      }
      return { root: cur, steps };
    }
    if (LOOKUPS.has(cur.kind)) {
      steps.unshift({ kind: 'prop', name: offsetName(cur), args: [], node: cur });
      cur = child(cur, 'what') ?? cur;
      continue;
    }
    if (cur.kind === 'parenthesis') {
      const inner = child(cur, 'inner');
      if (inner) {
        cur = inner;
        continue;
      }
    }
    return { root: cur, steps };
  }
}

/** `->where('a', 1)` as shown in reports. */
export function renderStep(step: Step): string {
  const sep = step.kind === 'static' ? '::' : '->';
  if (step.kind === 'prop') return `${sep}${step.name ?? '…'}`;
  return `${sep}${step.name ?? '…'}(${step.args.map((a) => render(a)).join(', ')})`;
}

/** The name of a closure's / arrow function's first parameter (`$query`). */
export function firstParamName(fn: PhpNode): string | null {
  const p = children(fn, 'arguments')[0];
  if (!p) return null;
  return nameOf(child(p, 'name')) ?? field<string>(p, 'name');
}

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
        visit(child(stmt, 'body'));
        visit(child(stmt, 'alternate'));
        break;
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
 * `when($x, fn ($q) => $q->where(…))`, join closures (`$join->on(…)->where(…)`), scope bodies.
 */
export function applyCallbackTo(
  fn: PhpNode,
  state: QueryState,
  env: Env,
  join?: JoinTerm,
  paramName?: string,
): void {
  const param = paramName ?? firstParamName(fn);
  if (!param) return;
  for (const expr of bodyExpressions(fn)) {
    if (expr.kind !== 'call') continue;
    const chain = flatten(expr);
    if (chain.root.kind !== 'variable' || nameOf(chain.root) !== param) continue;
    for (const step of chain.steps) {
      if (step.kind !== 'call' || step.name === null) break;
      const m = step.name.toLowerCase();
      if (join && (m === 'on' || m === 'oron')) {
        const lit = (n: PhpNode | undefined) => (n && n.kind === 'string' ? field<string>(n, 'value') : null);
        const a = lit(step.args[0]);
        const b = step.args.length >= 3 ? lit(step.args[2]) : lit(step.args[1]);
        if (a === null || b === null) state.unknown = true;
        else addJoinOn(state, join, a, b);
        continue;
      }
      const after = applyMethod(state, step.name, step.args, env);
      if (after.kind !== 'builder') break;
    }
  }
}
