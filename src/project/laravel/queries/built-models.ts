/**
 * Whether a method hands back an instance it built: a factory (`ClientFactory::create()` ending in `return
 * $client` after `$client = new Client()`). Saving what such a method returns inserts a row, where saving a
 * model the code got from elsewhere updates one (walker.ts).
 */

import { calledMethod, child, childNodes, nameOf, type PhpNode } from '../../php/ast.js';

/** Code with returns of its own. */
const NESTED = new Set(['closure', 'arrowfunc', 'function', 'class']);

const memo = new WeakMap<PhpNode, boolean>();

/**
 * True when every `return` of the method's own body (a closure's returns are not its own) gives an instance
 * it built (isBuilt).
 */
export function returnsBuiltModel(fn: PhpNode): boolean {
  let known = memo.get(fn);
  if (known === undefined) memo.set(fn, (known = decide(fn)));
  return known;
}

function decide(fn: PhpNode): boolean {
  const body = child(fn, 'body');
  if (!body) return false;
  if (fn.kind === 'arrowfunc') return isBuilt(body, new Set());
  const returns: PhpNode[] = [];
  const built = new Set<string>();
  const visit = (node: PhpNode): void => {
    if (NESTED.has(node.kind)) return;
    if (node.kind === 'return') {
      const e = child(node, 'expr');
      if (e) returns.push(e);
    }
    if (node.kind === 'assign' && node.operator === '=') {
      const left = child(node, 'left');
      const name = left?.kind === 'variable' ? nameOf(left) : null;
      const right = child(node, 'right');
      if (name && right && isBuilt(right, built)) built.add(name);
    }
    childNodes(node).forEach(visit);
  };
  childNodes(body).forEach(visit);
  return returns.length > 0 && returns.every((r) => isBuilt(r, built));
}

/**
 * Model methods that give back the instance they are called on, or a new copy of it (replicate()): what
 * `(new Activity())->forceFill([…])` returns is still the instance built.
 */
const KEEPS_INSTANCE = new Set([
  'fill', 'forcefill', 'setattribute', 'setrelation', 'setrelations', 'setconnection', 'settable', 'replicate',
]); // prettier-ignore

/** `new X`, a variable assigned one, or such an instance passed through KEEPS_INSTANCE methods. */
function isBuilt(e: PhpNode, built: Set<string>): boolean {
  if (e.kind === 'new') return true;
  if (e.kind === 'variable') return built.has(nameOf(e) ?? '');
  if (e.kind !== 'call') return false;
  const what = child(e, 'what');
  const method = what?.kind === 'propertylookup' ? calledMethod(e) : null;
  const receiver = child(what, 'what');
  if (!method || !receiver || !KEEPS_INSTANCE.has(method.toLowerCase())) return false;
  return method.toLowerCase() === 'replicate' || isBuilt(receiver, built);
}
