/**
 * A model as an object: what `$model->…` answers in a global scope's `apply(Builder $builder, Model $model)`
 * and `$this->…` in a model's own code. A scope may ask the model about itself before it adds a condition
 * (`if ($model->isNotTenantable()) return;`, a model that opts out through a property): the model's own
 * methods are followed with `$this` the model, and Eloquent's base class answers from what the model
 * declares (`getTable()`, `getKeyName()`, `getFillable()`, `getGuarded()`, `qualifyColumn()`).
 */

import type { ModelInfo } from '../../model.js';
import { CallBudget, returnValue, type FrameworkObject } from '../../php/calls.js';
import type { ClassIndex } from '../../php/class-index.js';
import type { EvalHost } from '../../php/evaluate.js';
import type { PhpNode } from '../../php/ast.js';
import { isKeyedArray, type PhpValue } from '../../php/value.js';

/** What Eloquent's Model answers for a method the app does not declare; undefined when not known. */
export function eloquentMethod(
  index: ClassIndex,
  model: ModelInfo,
  method: string,
  args: PhpValue[],
): PhpValue | undefined {
  const m = method.toLowerCase();
  // The table already follows an app's own getTable(); any other method the app declares is followed.
  if (m === 'gettable') return model.table;
  if (index.method(model.fqcn, m)) return undefined;
  switch (m) {
    case 'qualifycolumn':
      if (typeof args[0] !== 'string') return undefined;
      return args[0].includes('.') ? args[0] : `${model.table}.${args[0]}`;
    case 'getkeyname': {
      const declared = index.propertyDefault(model.fqcn, 'primaryKey');
      return declared === undefined ? 'id' : typeof declared === 'string' ? declared : undefined;
    }
    case 'getfillable':
      return listProperty(index, model.fqcn, 'fillable', []);
    case 'getguarded':
      return listProperty(index, model.fqcn, 'guarded', ['*']);
    default:
      return undefined;
  }
}

/**
 * `$fillable` or `$guarded` as the model declares it (Eloquent's default when it does not). A constructor
 * or a trait initializer may change it at run time (`mergeFillable()`), so with one it is not known.
 */
function listProperty(
  index: ClassIndex,
  fqcn: string,
  name: string,
  fallback: string[],
): PhpValue | undefined {
  const changedAtRunTime = [...index.methodsOf(fqcn).keys()].some(
    (m) => m === '__construct' || m.startsWith('initialize'),
  );
  if (changedAtRunTime) return undefined;
  const declared = index.propertyDefault(fqcn, name);
  if (declared === undefined) return index.property(fqcn, name) ? undefined : fallback;
  return Array.isArray(declared) || isKeyedArray(declared) ? declared : undefined;
}

/** The model as a FrameworkObject: `$this->getFillable()` in its own followed methods. */
export function modelObject(index: ClassIndex, model: ModelInfo): FrameworkObject {
  return { fqcn: model.fqcn, method: (name, args) => eloquentMethod(index, model, name, args) };
}

/**
 * `$model->name(…)`: Eloquent's answer, else the model's own method (its class, parents or traits)
 * followed with `$this` the model. Undefined when neither is known.
 */
export function callModelMethod(
  index: ClassIndex,
  model: ModelInfo,
  method: string,
  args: PhpValue[],
  node: PhpNode,
  host?: EvalHost,
): PhpValue | undefined {
  const framework = eloquentMethod(index, model, method, args);
  if (framework !== undefined) return framework;
  const decl = index.get(model.fqcn);
  if (!decl || !index.method(model.fqcn, method)?.node) return undefined;
  const caller = index.contextFor(decl);
  if (host) caller.host = host;
  return returnValue('this', method, { positional: args, named: {} }, node, {
    index,
    budget: new CallBudget(),
    caller,
    object: modelObject(index, model),
  });
}

/** `method_exists($model, 'name')`: true when the app's model declares or inherits it, else not known. */
export function modelMethodExists(index: ClassIndex, model: ModelInfo, method: string): true | undefined {
  return index.method(model.fqcn, method) ? true : undefined;
}
