/**
 * Code that runs only when a model is deleted or restored: an observer's `deleting`/`deleted`/
 * `forceDeleted`/`restored`… methods, and callbacks registered with `static::deleting(fn …)` in a model's
 * boot()/booted() (or `Post::deleted(fn …)` in a provider). Deleting and restoring rows is an occasional
 * action, not a page view, like a command typed by hand: such queries are info at most.
 */

import {
  child,
  endLineOf,
  flatten,
  isFunctionLike,
  lineOf,
  nameOf,
  resolveClass,
  walk,
} from '../../php/ast.js';
import type { FileScope, PhpNode } from '../../php/ast.js';
import type { ClassDecl, ClassIndex } from '../../php/class-index.js';
import type { RarePath } from '../../model.js';

const RARE_EVENTS = new Set([
  'deleting',
  'deleted',
  'forcedeleting',
  'forcedeleted',
  'trashed',
  'restoring',
  'restored',
]);
const SELF = new Set(['selfreference', 'staticreference', 'parentreference']);

const WHY = 'runs only when a model is deleted or restored, an occasional action rather than a page view';

/** Observer classes: under an Observers folder, named `…Observer`, or passed to `Model::observe()`. */
export function observerMethods(index: ClassIndex, observed: Set<string>): RarePath[] {
  const out: RarePath[] = [];
  for (const d of index.classes) {
    if (d.kind !== 'class' || d.summary.anonymous) continue;
    const path = d.file.replace(/\\/g, '/').toLowerCase();
    const observer =
      path.includes('/observers/') || d.name.endsWith('Observer') || observed.has(d.fqcn.toLowerCase());
    if (!observer) continue;
    for (const m of d.summary.methods) {
      if (!RARE_EVENTS.has(m.name.toLowerCase())) continue;
      out.push({
        file: d.file,
        line: m.line,
        endLine: m.endLine,
        cap: 'info',
        kind: 'model-event',
        reason: `${d.name}::${m.name} ${WHY}`,
      });
    }
  }
  return out;
}

/** Classes passed to `->observe(X::class)` / `X::observe(Y::class)` in a file. */
export function observedClasses(program: PhpNode, scope: FileScope): string[] {
  const out: string[] = [];
  walk(program, (n) => {
    if (n.kind !== 'call') return;
    const steps = flatten(n).steps;
    const last = steps[steps.length - 1];
    if (last?.name?.toLowerCase() !== 'observe') return;
    for (const arg of last.args)
      walk(arg, (a) => {
        if (a.kind === 'staticlookup' && nameOf(child(a, 'offset'))?.toLowerCase() === 'class') {
          const what = child(a, 'what');
          const raw = nameOf(what);
          if (raw) out.push(resolveClass(raw, (what?.resolution as string) ?? null, scope));
        }
      });
  });
  return out;
}

/**
 * `static::deleting(function ($m) { … })` in a model's boot()/booted(): the callback's lines. `models` are
 * the model classes (a provider's `Post::deleted(…)` counts when Post is one).
 */
export function eventCallbacks(
  file: string,
  root: PhpNode,
  scope: FileScope,
  owner: string,
  models: Set<string>,
): RarePath[] {
  const out: RarePath[] = [];
  walk(root, (n) => {
    if (n.kind !== 'call') return;
    const { root: on, steps } = flatten(n);
    if (steps.length !== 1 || steps[0].kind !== 'static') return;
    const event = steps[0].name?.toLowerCase();
    if (!event || !RARE_EVENTS.has(event)) return;
    const raw = nameOf(on);
    const onModel =
      SELF.has(on.kind) ||
      (raw !== null && models.has(resolveClass(raw, (on.resolution as string) ?? null, scope).toLowerCase()));
    if (!onModel) return;
    const callback = steps[0].args.find((a) => isFunctionLike(a));
    if (!callback) return;
    out.push({
      file,
      line: lineOf(callback),
      endLine: endLineOf(callback),
      cap: 'info',
      kind: 'model-event',
      reason: `the \`${steps[0].name}\` callback in ${owner} ${WHY}`,
    });
  });
  return out;
}

/** The boot()/booted() methods a model declares itself. */
export function bootMethods(decl: ClassDecl, index: ClassIndex): PhpNode[] {
  return decl.summary.methods
    .filter((m) => ['boot', 'booted'].includes(m.name.toLowerCase()))
    .map((m) => index.methodNode(decl, m))
    .filter((n): n is PhpNode => n !== null);
}
