/**
 * Reads the cache answers: the callback of `Cache::remember(key, ttl, fn)` (and `rememberForever`, `sear`,
 * `flexible`; on `cache()`, a store or tags) runs when the key is missing or expired, and so does the code
 * after `if (Cache::has($key)) { return Cache::get($key); }` at the top of a method. A query there is paid
 * once per expiry, not on every request, so it warns at most: a cold cache still sends it, and a slow scan
 * then is a slow page.
 *
 * Only the callback's own lines count: a query in a method the callback calls is located in that method,
 * which other code may call uncached.
 */

import type { FileScope, PhpNode } from '../../php/ast.js';
import {
  calledMethod,
  child,
  children,
  endLineOf,
  flatten,
  isFunctionLike,
  lineOf,
  nameOf,
  resolveName,
  walk,
} from '../../php/ast.js';
import type { ClassDecl, ClassIndex } from '../../php/class-index.js';
import type { FileSummary } from '../../php/summary.js';
import type { RarePath } from '../../model.js';

/** The most severe finding in code the cache answers for (see above). */
export const CACHED_CAP = 'warning';

/** Methods that run their callback only when the key is missing (lower case). */
const REMEMBERING = new Set(['remember', 'rememberforever', 'sear', 'flexible']);
/** Methods a guard tests the cache with before returning what it holds. */
const PROBING = new Set(['has', 'get']);
const CACHE_FACADES = new Set(['cache', 'illuminate\\support\\facades\\cache']);

/** Whether a call chain starts at the Cache facade or the `cache()` helper. */
function onCache(call: PhpNode, scope: FileScope): boolean {
  const { root } = flatten(call);
  if (root.kind === 'call') {
    const fn = child(root, 'what');
    return fn?.kind === 'name' && nameOf(fn)?.replace(/^\\/, '').toLowerCase() === 'cache';
  }
  return CACHE_FACADES.has(resolveName(root, scope)?.toLowerCase() ?? '');
}

export function cachedReads(summary: FileSummary, decls: ClassDecl[], index: ClassIndex): RarePath[] {
  // Only files that call remember() and the like, or name the Cache facade and call has()/get(), are walked.
  const names = new Set(summary.calls?.names ?? []);
  const remembers = [...REMEMBERING].some((n) => names.has(n));
  const facade = summary.references?.some((r) => CACHE_FACADES.has(r.name.toLowerCase())) ?? false;
  if (!remembers && !(facade && [...PROBING].some((n) => names.has(n)))) return [];
  const out: RarePath[] = [];
  for (const d of decls)
    for (const m of d.summary.methods) {
      const node = index.methodNode(d, m);
      if (!node) continue;
      const at = `${d.name}::${m.name}`;
      for (const cb of rememberCallbacks(node, d.scope))
        out.push({
          file: d.file,
          line: lineOf(cb.callback),
          endLine: endLineOf(cb.callback),
          cap: CACHED_CAP,
          kind: 'cached',
          reason: `${at} runs it only when the cache misses (${cb.method}() at ${d.file}:${lineOf(cb.call)})`,
        });
      const guard = cacheGuard(node, d.scope);
      if (guard && endLineOf(guard) < endLineOf(node))
        out.push({
          file: d.file,
          line: endLineOf(guard) + 1,
          endLine: endLineOf(node),
          cap: CACHED_CAP,
          kind: 'cached',
          reason: `${at} runs it only when the cache misses (it returns the cached value at ${d.file}:${lineOf(guard)})`,
        });
    }
  return out;
}

function rememberCallbacks(
  method: PhpNode,
  scope: FileScope,
): { call: PhpNode; callback: PhpNode; method: string }[] {
  const out: { call: PhpNode; callback: PhpNode; method: string }[] = [];
  walk(method, (n) => {
    if (n.kind !== 'call') return;
    const method = calledMethod(n);
    if (!method || !REMEMBERING.has(method.toLowerCase()) || !onCache(n, scope)) return;
    const callback = children(n, 'arguments').find((a) => isFunctionLike(a));
    if (callback) out.push({ call: n, callback, method });
  });
  return out;
}

/**
 * A top-level `if` of the method whose test asks the cache (not negated) and whose body returns, with no
 * else: what follows it runs on a miss.
 */
function cacheGuard(method: PhpNode, scope: FileScope): PhpNode | null {
  const body = child(method, 'body');
  for (const stmt of children(body, 'children')) {
    if (stmt.kind !== 'if' || child(stmt, 'alternate')) continue;
    if (!asksCache(child(stmt, 'test'), scope)) continue;
    const then = child(stmt, 'body');
    const last = then?.kind === 'block' ? children(then, 'children').at(-1) : then;
    if (last?.kind === 'return') return stmt;
  }
  return null;
}

/** Whether a condition calls Cache::has/get outside a negation (`!Cache::has()` guards the miss instead). */
function asksCache(test: PhpNode | null, scope: FileScope): boolean {
  let found = false;
  const visit = (n: PhpNode) => {
    if (found) return;
    if (n.kind === 'unary' && n.type === '!') return;
    if (n.kind === 'call' && PROBING.has(calledMethod(n)?.toLowerCase() ?? '') && onCache(n, scope)) {
      found = true;
      return;
    }
    // Through `&&`, `||`, an assignment and parentheses; not into another call's arguments.
    if (n.kind !== 'bin' && n.kind !== 'assign' && n.kind !== 'parenthesis') return;
    for (const key of ['left', 'right', 'inner']) {
      const c = child(n, key);
      if (c) visit(c);
    }
  };
  if (test) visit(test);
  return found;
}
