/**
 * Whether a condition reads the request's input: `$request->filled('x')`, `$request->x`, `request('x')`,
 * `Request::has('x')`, or a local assigned from one of those. A branch under such a test is a filter the
 * client chooses to send; one under `Auth::user()->isAdmin()` or a setting is not (optional.ts).
 */

import { child, nameOf, walk, type PhpNode } from '../../php/ast.js';

/** Request methods that read what the client sent (query string, body); `user()`, `route()` do not. */
const INPUT_METHODS = new Set([
  'all',
  'anyfilled',
  'boolean',
  'collect',
  'date',
  'enum',
  'except',
  'exists',
  'filled',
  'float',
  'get',
  'has',
  'hasany',
  'input',
  'integer',
  'isnotfilled',
  'missing',
  'only',
  'post',
  'query',
  'string',
]);

/** Properties of a request object that are not input (Symfony's bags are read through their own methods). */
const NOT_INPUT_PROPERTIES = new Set(['attributes', 'cookies', 'files', 'headers', 'server', 'session']);

const FACADES = new Set(['request', 'input']);

/**
 * `isRequest(name)`: the local holds the request object (a `Request` parameter, `$request`);
 * `isInput(name)`: the local was assigned from the request's input.
 */
export interface RequestLocals {
  isRequest(name: string): boolean;
  isInput(name: string): boolean;
}

const bareName = (n: PhpNode | null): string | null =>
  nameOf(n)?.replace(/^\\/, '').split('\\').pop()?.toLowerCase() ?? null;

/** True when the request object `target` (a variable or `request()`) is what the lookup reads. */
function isRequestObject(target: PhpNode | null, locals: RequestLocals): boolean {
  if (!target) return false;
  if (target.kind === 'variable') {
    const n = nameOf(target);
    return !!n && locals.isRequest(n);
  }
  if (target.kind === 'propertylookup') {
    // `$this->request`: a controller that keeps the request in a property.
    const what = child(target, 'what');
    return (
      what?.kind === 'variable' && nameOf(what) === 'this' && nameOf(child(target, 'offset')) === 'request'
    );
  }
  if (target.kind === 'call') {
    const fn = child(target, 'what');
    return (
      fn?.kind === 'name' &&
      bareName(fn) === 'request' &&
      !(target['arguments'] as unknown[] | undefined)?.length
    );
  }
  return false;
}

export function readsRequestInput(test: PhpNode | null | undefined, locals: RequestLocals): boolean {
  if (!test) return false;
  let found = false;
  // A lookup that is the method of a call (`$request->user()`) is judged by the call, not as a property.
  const callees = new Set<PhpNode>();
  walk(test, (n) => {
    if (found) return;
    switch (n.kind) {
      case 'variable': {
        const name = nameOf(n);
        if (name && locals.isInput(name)) found = true;
        return;
      }
      case 'call': {
        const fn = child(n, 'what');
        if (fn) callees.add(fn);
        // `request('x')`: the helper with a key reads input.
        if (
          fn?.kind === 'name' &&
          bareName(fn) === 'request' &&
          (n['arguments'] as unknown[] | undefined)?.length
        )
          found = true;
        // `$request->filled('x')`, `request()->input('x')`, `Request::has('x')`.
        if (fn?.kind === 'propertylookup' && isRequestObject(child(fn, 'what'), locals)) {
          found = INPUT_METHODS.has(nameOf(child(fn, 'offset'))?.toLowerCase() ?? '');
        }
        if (fn?.kind === 'staticlookup' && FACADES.has(bareName(child(fn, 'what')) ?? '')) {
          found = INPUT_METHODS.has(nameOf(child(fn, 'offset'))?.toLowerCase() ?? '');
        }
        return;
      }
      case 'propertylookup': {
        // `$request->search`: Laravel's magic property reads the input of that name.
        if (callees.has(n)) return;
        const prop = nameOf(child(n, 'offset'))?.toLowerCase();
        if (prop && !NOT_INPUT_PROPERTIES.has(prop) && isRequestObject(child(n, 'what'), locals))
          found = true;
        return;
      }
    }
  });
  return found;
}

/** Outside a method's locals: only `$request` is taken for the request object. */
export const NAMED_REQUEST: RequestLocals = {
  isRequest: (name) => name === 'request',
  isInput: () => false,
};
