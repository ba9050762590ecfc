/**
 * Code that branches on the database driver (`DB::getDriverName() === 'pgsql'`, `switch` on it,
 * `when($driver === 'sqlite', …)`): only the branch a MariaDB connection takes sends MariaDB queries.
 * A test this module cannot read is neither true nor false: both branches are walked, as before.
 */

import { child, children, field, flatten, nameKey, nameOf, walk, type PhpNode } from '../../php/ast.js';

/** Laravel's driver names for MariaDB: `mysql`, and `mariadb` since Laravel 11. */
const OURS = ['mysql', 'mariadb'];

/** `DB::getDriverName()`, `DB::connection()->getDriverName()`, `$q->getConnection()->getDriverName()`, `config('database.default')`. */
export function isDriverExpression(n: PhpNode | null | undefined): boolean {
  if (!n || n.kind !== 'call') return false;
  const what = child(n, 'what');
  if (what?.kind === 'name') {
    const fn = nameKey(nameOf(what));
    const arg = children(n, 'arguments')[0];
    const key = arg?.kind === 'string' ? field<string>(arg, 'value') : null;
    return (
      fn === 'config' &&
      (key === 'database.default' || /^database\.connections\.[\w-]+\.driver$/.test(key ?? ''))
    );
  }
  const steps = flatten(n).steps;
  const last = steps[steps.length - 1];
  return !!last && last.kind !== 'prop' && last.name?.toLowerCase() === 'getdrivername';
}

const stringOf = (n: PhpNode | null | undefined): string | null =>
  n?.kind === 'string' ? (field<string>(n, 'value') ?? null) : null;

/** The test's value when the driver is `driver`; null when the test is not (only) about the driver. */
function evalFor(n: PhpNode | null | undefined, driver: string): boolean | null {
  if (!n) return null;
  if (n.kind === 'parenthesis') return evalFor(child(n, 'inner'), driver);
  if (n.kind === 'unary' && field(n, 'type') === '!') {
    const v = evalFor(child(n, 'what'), driver);
    return v === null ? null : !v;
  }
  if (n.kind === 'bin') {
    const type = String(field(n, 'type') ?? '').toLowerCase();
    const left = child(n, 'left');
    const right = child(n, 'right');
    if (type === '&&' || type === 'and' || type === '||' || type === 'or') {
      const l = evalFor(left, driver);
      const r = evalFor(right, driver);
      const and = type === '&&' || type === 'and';
      // `driver === 'pgsql' && $x` is false for MariaDB whatever $x is; `… || $x` is not known.
      if (and) return l === false || r === false ? false : l === true && r === true ? true : null;
      return l === true || r === true ? true : l === false && r === false ? false : null;
    }
    if (['===', '==', '!==', '!='].includes(type)) {
      const lit = isDriverExpression(left)
        ? stringOf(right)
        : isDriverExpression(right)
          ? stringOf(left)
          : null;
      if (lit === null) return null;
      const equal = lit.toLowerCase() === driver;
      return type.startsWith('!') ? !equal : equal;
    }
    return null;
  }
  if (n.kind === 'call' && nameKey(nameOf(child(n, 'what'))) === 'in_array') {
    const [needle, haystack] = children(n, 'arguments');
    if (!isDriverExpression(needle) || haystack?.kind !== 'array') return null;
    const values = children(haystack, 'items').map((e) => stringOf(child(e, 'value') ?? e));
    if (values.some((v) => v === null)) return null;
    return values.some((v) => v!.toLowerCase() === driver);
  }
  return null;
}

/** Whether the test holds on MariaDB: true, false, or null when it is not known (or not about the driver). */
export function driverTest(n: PhpNode | null | undefined): boolean | null {
  // `mariadb` is only a driver since Laravel 11: a test that does not name it is read for `mysql`.
  let namesMariaDb = false;
  walk(n, (x) => {
    if (stringOf(x)?.toLowerCase() === 'mariadb') namesMariaDb = true;
  });
  const drivers = namesMariaDb ? OURS : ['mysql'];
  const results = drivers.map((d) => evalFor(n, d));
  if (results.some((r) => r === null)) return null;
  // The app may name either spelling; a branch is ours when either spelling takes it.
  return results.some((r) => r === true);
}

/** `switch (DB::getDriverName())`: the case bodies a MariaDB connection runs (fall-through included); null when unknown. */
export function driverSwitchBodies(node: PhpNode): PhpNode[] | null {
  if (!isDriverExpression(child(node, 'test'))) return null;
  const cases = children(child(node, 'body'), 'children');
  const matches = (c: PhpNode) => {
    const v = stringOf(child(c, 'test'));
    return v !== null && OURS.includes(v.toLowerCase());
  };
  let start = cases.findIndex(matches);
  if (start < 0) start = cases.findIndex((c) => child(c, 'test') === null);
  if (start < 0) return [];
  const out: PhpNode[] = [];
  for (let i = start; i < cases.length; i++) {
    const body = child(cases[i], 'body');
    if (body) out.push(body);
    const stmts = children(body, 'children');
    if (stmts.some((s) => s.kind === 'break' || s.kind === 'return' || s.kind === 'throw')) break;
  }
  return out;
}

/** `$driver === 'pgsql' ? 'ilike' : 'like'`: the branch MariaDB takes, or the node itself. */
export function onMariaDb(n: PhpNode): PhpNode {
  if (n.kind !== 'retif') return n;
  const t = driverTest(child(n, 'test'));
  if (t === null) return n;
  return (t ? (child(n, 'trueExpr') ?? child(n, 'test')) : child(n, 'falseExpr')) ?? n;
}

/** The parts of an `if` / `switch` that run on MariaDB when it tests the driver; null when it does not. */
export function driverBranches(node: PhpNode): PhpNode[] | null {
  if (node.kind === 'switch') return driverSwitchBodies(node);
  if (node.kind !== 'if') return null;
  const t = driverTest(child(node, 'test'));
  if (t === null) return null;
  const taken = t ? child(node, 'body') : child(node, 'alternate');
  return taken ? [taken] : [];
}
