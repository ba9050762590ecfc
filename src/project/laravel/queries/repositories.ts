/**
 * Repositories: classes that hold no model in a typed property but name it, either as a `$model` property
 * default (`protected $model = Book::class`) or from a `model()` method (`return Book::class;`), the shape
 * of base repositories (prettus/l5-repository and the many hand-written ones). Their generic finders run
 * on that model; the package's own finders (vendor code the app does not ship) are read by name here.
 */

import type { PhpNode } from '../../php/ast.js';
import { CallBudget, returnValue } from '../../php/calls.js';
import type { ClassIndex } from '../../php/class-index.js';
import type { ModelInfo } from '../../model.js';
import type { ModelRegistry } from './builder.js';
import { nameKey } from '../../php/ast.js';

const cache = new WeakMap<ClassIndex, Map<string, ModelInfo | null>>();

/** The model a repository class names, or null. */
export function repositoryModel(index: ClassIndex, models: ModelRegistry, cls: string): ModelInfo | null {
  let known = cache.get(index);
  if (!known) cache.set(index, (known = new Map()));
  const key = cls.toLowerCase();
  if (known.has(key)) return known.get(key) ?? null;
  known.set(key, null);
  let found: ModelInfo | null = null;
  if (!models.get(cls) && index.get(cls)) {
    const prop = index.propertyDefault(cls, 'model');
    if (typeof prop === 'string') found = models.get(prop) ?? models.get(soleImplementation(index, prop));
    const method = found ? null : index.method(cls, 'model');
    if (method?.node && method.summary.params.length === 0) {
      const v = returnValue('this', 'model', { positional: [], named: {} }, method.node, {
        index,
        budget: new CallBudget(4, 500),
        caller: index.contextFor(index.get(cls), cls),
      });
      // `return 'App\\Contracts\\Book';`: a contract the one model implementing it stands for.
      if (typeof v === 'string') found = models.get(v) ?? models.get(soleImplementation(index, v));
    }
  }
  known.set(key, found);
  return found;
}

/**
 * prettus/l5-repository's finders (BaseRepository): the builder calls each one makes on the model's query,
 * and whether it returns rows (`done`) or one model. Arguments keep their positions.
 */
const VENDOR_FINDERS: Record<
  string,
  { calls: { method: string; args: number[] }[]; returns: 'rows' | 'one' }
> = {
  find: { calls: [{ method: 'find', args: [0] }], returns: 'one' },
  findbyfield: {
    calls: [
      { method: 'where', args: [0, 1] },
      { method: 'get', args: [] },
    ],
    returns: 'rows',
  },
  findonebyfield: {
    calls: [
      { method: 'where', args: [0, 1] },
      { method: 'first', args: [] },
    ],
    returns: 'one',
  },
  findwhere: {
    calls: [
      { method: 'where', args: [0] },
      { method: 'get', args: [] },
    ],
    returns: 'rows',
  },
  findwherein: {
    calls: [
      { method: 'whereIn', args: [0, 1] },
      { method: 'get', args: [] },
    ],
    returns: 'rows',
  },
  findwherenotin: {
    calls: [
      { method: 'whereNotIn', args: [0, 1] },
      { method: 'get', args: [] },
    ],
    returns: 'rows',
  },
  findwherebetween: {
    calls: [
      { method: 'whereBetween', args: [0, 1] },
      { method: 'get', args: [] },
    ],
    returns: 'rows',
  },
};

const PACKAGE_BASES = ['prettus\\repository\\eloquent\\baserepository'];

/** A package finder called on a repository of the package (`$this->channels->findWhereIn('hostname', …)`). */
export function vendorFinder(
  index: ClassIndex,
  cls: string,
  method: string,
  args: PhpNode[],
): { calls: { method: string; args: PhpNode[] }[]; returns: 'rows' | 'one' } | null {
  const finder = VENDOR_FINDERS[method.toLowerCase()];
  if (!finder || index.method(cls, method)) return null;
  const root = nameKey(index.vendorRoot(cls));
  if (!root || !PACKAGE_BASES.includes(root)) return null;
  return {
    calls: finder.calls.map((c) => ({
      method: c.method,
      args: c.args.map((i) => args[i]).filter((a): a is PhpNode => !!a),
    })),
    returns: finder.returns,
  };
}

const implementations = new WeakMap<ClassIndex, Map<string, string | null>>();

/**
 * The one app class that implements an interface (`make(UserRepositoryInterface::class)`): the container
 * binding of an app with a single implementation can only be that class. Several, or none: unknown.
 */
export function soleImplementation(index: ClassIndex, iface: string): string | null {
  const decl = index.get(iface);
  if (!decl || decl.kind !== 'interface') return null;
  let known = implementations.get(index);
  if (!known) implementations.set(index, (known = new Map()));
  const key = iface.toLowerCase();
  if (known.has(key)) return known.get(key) ?? null;
  const found = index.classes.filter(
    (c) => c.kind === 'class' && !c.isAbstract && c.fqcn.toLowerCase() !== key && index.isA(c.fqcn, iface),
  );
  const one = found.length === 1 ? found[0].fqcn : null;
  known.set(key, one);
  return one;
}
