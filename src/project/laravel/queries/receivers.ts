/**
 * Who a call is made on, beyond what a chain states itself: the class a receiver holds (a repository's
 * injected model, `app(Book::class)`, a typed parameter, a helper's declared return), and which calls on a
 * model instance Eloquent forwards to a fresh query (`$this->book->where(…)`).
 */

import {
  bodyStatements,
  child,
  childNodes as childNodesOf,
  children,
  field,
  flatten,
  nameOf,
  type PhpNode,
} from '../../php/ast.js';
import { parameterClasses } from '../../php/types.js';
import type { ClassIndex } from '../../php/class-index.js';
import type { ModelInfo } from '../../model.js';
import { bodyExpressions } from './chains.js';
import { builderMethod } from './builder.js';
import type { Macros } from './macros.js';

/**
 * Model::__call / __callStatic: a method the model does not define runs on `newQuery()`. Only builder
 * methods are followed: an instance's own methods (save(), update(), delete()…) act on its row.
 */
const FORWARDED = new Set([
  'where', 'orwhere', 'wherein', 'wherenotin', 'wherenull', 'wherenotnull', 'wherebetween', 'wherekey',
  'wheredate', 'wherehas', 'wheredoesnthave', 'has', 'doesnthave', 'with', 'withcount', 'orderby',
  'orderbydesc', 'latest', 'oldest', 'find', 'findorfail', 'findmany', 'findor', 'first', 'firstorfail',
  'firstwhere', 'firstorcreate', 'firstornew', 'updateorcreate', 'get', 'all', 'paginate', 'simplepaginate',
  'cursorpaginate', 'count', 'exists', 'doesntexist', 'pluck', 'value', 'select', 'join', 'leftjoin', 'limit',
  'take', 'groupby', 'sum', 'max', 'min', 'avg', 'chunk', 'chunkbyid', 'cursor', 'lazy', 'withtrashed',
  'onlytrashed', 'withoutglobalscope', 'withoutglobalscopes', 'when', 'unless', 'tap', 'wherelike', 'sole',
]); // prettier-ignore

/**
 * Whether `$model->name(…)` on an instance starts a query: a builder method, one of its scopes, a method of
 * its own builder class or a builder macro.
 */
export function forwardsToQuery(index: ClassIndex, model: ModelInfo, name: string, macros?: Macros): boolean {
  const lower = name.toLowerCase();
  const scoped = Object.keys(model.scopes).some((s) => s.toLowerCase() === lower);
  if (scoped) return true;
  const extended =
    (model.builder && builderMethod(index, model.builder, name)) || macros?.find(name, ['eloquent', 'query']);
  if (!extended && !FORWARDED.has(lower) && !/^(or)?where[A-Z]/.test(name)) return false;
  // A method the app declares on the model (or its app parents and traits) is that method, not the builder's.
  const own = index.method(model.fqcn, name);
  return !own || /^scope/i.test(own.summary.name);
}

/**
 * Whether a method body OR-s something onto its parameter at the top level (`$q->orWhere(…)`): what it adds
 * then cannot be left out without changing the meaning of the rest.
 */
export function orsOntoParameter(fn: PhpNode, param: string): boolean {
  for (const expr of bodyExpressions(fn)) {
    if (expr.kind !== 'call') continue;
    const chain = flatten(expr);
    const root = chain.root;
    const rooted =
      (root.kind === 'variable' && nameOf(root) === param) ||
      (root.kind === 'call' &&
        children(root, 'arguments').some((a) => a.kind === 'variable' && nameOf(a) === param));
    if (!rooted) continue;
    if (chain.steps.some((s) => s.name !== null && /^or[A-Z]/.test(s.name) && s.name !== 'orderBy'))
      return true;
  }
  return false;
}

const injected = new WeakMap<ClassIndex, Map<string, string | null>>();

/**
 * The class an untyped property holds when the constructor sets it from a typed parameter
 * (`__construct(Activity $activity) { $this->activity = $activity; }`): constructor injection.
 */
export function injectedClass(index: ClassIndex, cls: string, prop: string): string | null {
  let known = injected.get(index);
  if (!known) injected.set(index, (known = new Map()));
  const key = `${cls}::${prop}`.toLowerCase();
  if (known.has(key)) return known.get(key) ?? null;
  known.set(key, null);
  const ctor = index.method(cls, '__construct');
  const fn = ctor?.node;
  let found: string | null = null;
  if (ctor && fn) {
    const typed = parameterClasses(fn, { index, scope: ctor.decl.scope, self: cls });
    for (const stmt of bodyStatements(fn)) {
      const e = stmt.kind === 'expressionstatement' ? child(stmt, 'expression') : null;
      if (e?.kind !== 'assign' || field(e, 'operator') !== '=') continue;
      const left = child(e, 'left');
      const right = child(e, 'right');
      if (left?.kind !== 'propertylookup' || right?.kind !== 'variable') continue;
      const owner = child(left, 'what');
      const offset = child(left, 'offset');
      if (owner?.kind !== 'variable' || nameOf(owner) !== 'this' || offset?.kind !== 'identifier') continue;
      if (nameOf(offset) !== prop) continue;
      found = typed.get(nameOf(right) ?? '') ?? null;
    }
  }
  known.set(key, found);
  return found;
}

/**
 * Whether a method may return a query started on its parameter (`return $query->where(…)`, or a local
 * assigned from such a chain): the only methods worth running for a caller that passes a model.
 */
export function mayReturnQueryOf(fn: PhpNode, param: string): boolean {
  const rooted = (e: PhpNode | null, names: Set<string>): boolean => {
    if (!e) return false;
    const root = e.kind === 'call' || e.kind === 'propertylookup' ? flatten(e).root : e;
    return root.kind === 'variable' && names.has(nameOf(root) ?? '');
  };
  const names = new Set([param]);
  const returns: PhpNode[] = [];
  const visit = (n: PhpNode | null): void => {
    if (!n) return;
    if (n.kind === 'closure' || n.kind === 'arrowfunc' || n.kind === 'function') return;
    if (n.kind === 'return') {
      const e = child(n, 'expr');
      if (e) returns.push(e);
      return;
    }
    if (n.kind === 'assign') {
      const left = child(n, 'left');
      if (left?.kind === 'variable' && rooted(child(n, 'right'), names)) names.add(nameOf(left) ?? '');
    }
    for (const c of childNodesOf(n)) visit(c);
  };
  for (const s of bodyStatements(fn)) visit(s);
  return returns.some((e) => rooted(e, names));
}
