/**
 * Whether a method hands back an instance it built: a factory (`ClientFactory::create()` ending in `return
 * $client` after `$client = new Client()`). Saving what such a method returns inserts a row, where saving a
 * model the code got from elsewhere updates one (walker.ts). And whether a model's method saves `$this`:
 * called on an instance the code built (`(new JournalEntry)->add($day)`), it inserts one.
 */

import { calledMethod, child, childNodes, nameOf, type PhpNode } from '../../php/ast.js';
import { MODEL_SAVES } from './writes.js';

/** Code with returns of its own. */
const NESTED = new Set(['closure', 'arrowfunc', 'function', 'class']);

const memo = new WeakMap<PhpNode, boolean>();
const savesMemo = new WeakMap<PhpNode, boolean>();

/** Visits the nodes of a body in source order, not entering closures, functions or classes it declares. */
function visitOwn(body: PhpNode, visit: (node: PhpNode) => void): void {
  const go = (node: PhpNode): void => {
    if (NESTED.has(node.kind)) return;
    visit(node);
    childNodes(node).forEach(go);
  };
  childNodes(body).forEach(go);
}

/** `$this->save()` (saveQuietly(), push()…) in the method's own body, closures left out. */
export function savesItself(fn: PhpNode): boolean {
  let known = savesMemo.get(fn);
  if (known !== undefined) return known;
  known = false;
  visitOwn(child(fn, 'body') ?? fn, (node) => {
    if (known || node.kind !== 'call') return;
    const what = child(node, 'what');
    const target = what?.kind === 'propertylookup' ? child(what, 'what') : null;
    const method = calledMethod(node)?.toLowerCase();
    if (target?.kind === 'variable' && nameOf(target) === 'this' && method && MODEL_SAVES.has(method))
      known = true;
  });
  savesMemo.set(fn, known);
  return known;
}

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
  visitOwn(body, (node) => {
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
  });
  return returns.length > 0 && returns.every((r) => isBuilt(r, built));
}

/**
 * Model methods that give back the instance they are called on, or a new one (replicate(), newInstance()):
 * what `(new Activity())->forceFill([…])` and `$this->activity->newInstance()->forceFill([…])` return is an
 * instance built.
 */
const KEEPS_INSTANCE = new Set([
  'fill', 'forcefill', 'setattribute', 'setrelation', 'setrelations', 'setconnection', 'settable', 'replicate',
  'newinstance',
]); // prettier-ignore

/** Methods whose result is a new instance whatever the instance they are called on. */
const MAKES_INSTANCE = new Set(['replicate', 'newinstance']);

/** `new X`, a variable assigned one, or such an instance passed through KEEPS_INSTANCE methods. */
function isBuilt(e: PhpNode, built: Set<string>): boolean {
  if (e.kind === 'new') return true;
  if (e.kind === 'variable') return built.has(nameOf(e) ?? '');
  if (e.kind !== 'call') return false;
  const what = child(e, 'what');
  const method = what?.kind === 'propertylookup' ? calledMethod(e) : null;
  const receiver = child(what, 'what');
  if (!method || !receiver || !KEEPS_INSTANCE.has(method.toLowerCase())) return false;
  return MAKES_INSTANCE.has(method.toLowerCase()) || isBuilt(receiver, built);
}
