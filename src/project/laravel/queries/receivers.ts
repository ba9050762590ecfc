/**
 * Who a call is made on, beyond what a chain states itself: the class a receiver holds (a repository's
 * injected model, `app(Book::class)`, a typed parameter, a helper's declared return), and which calls on a
 * model instance Eloquent forwards to a fresh query (`$this->book->where(…)`).
 */

import { children, flatten, nameOf, type PhpNode } from '../../php/ast.js';
import type { ClassIndex } from '../../php/class-index.js';
import type { ModelInfo } from '../../model.js';
import { bodyExpressions } from './chains.js';

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

/** Whether `$model->name(…)` on an instance starts a query (a builder method or one of its scopes). */
export function forwardsToQuery(index: ClassIndex, model: ModelInfo, name: string): boolean {
  const lower = name.toLowerCase();
  const scoped = Object.keys(model.scopes).some((s) => s.toLowerCase() === lower);
  if (scoped) return true;
  if (!FORWARDED.has(lower) && !/^(or)?where[A-Z]/.test(name)) return false;
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
