/**
 * The key of an Eloquent model as `$table->foreignIdFor(Model::class)` sees it: Laravel creates the
 * column from `$model->getForeignKey()` (snake class name, `_`, `$primaryKey`) and picks its type from the
 * key: a ULID (HasUlids) is foreignUlid, an int incrementing key foreignId, any other key (HasUuids,
 * `$keyType = 'string'`, `$incrementing = false`) foreignUuid.
 */

import { CallBudget, returnValue } from '../../php/calls.js';
import type { ClassIndex } from '../../php/class-index.js';
import type { EvalHost } from '../../php/evaluate.js';
import { classBasename, snake } from '../naming.js';

export interface ModelKey {
  /** The Blueprint method Laravel calls for the column. */
  method: 'foreignId' | 'foreignUuid' | 'foreignUlid';
  /** `getForeignKey()`: `user_id` for App\Models\User with the default `$primaryKey`. */
  foreignKey: string;
}

const HAS_UUIDS = 'illuminate\\database\\eloquent\\concerns\\hasuuids';
const HAS_ULIDS = 'illuminate\\database\\eloquent\\concerns\\hasulids';

/** A model method's answer when the app overrides it (`getKeyType()`, `getIncrementing()`), else undefined. */
function override(index: ClassIndex, fqcn: string, method: string, host?: EvalHost): unknown {
  const found = index.method(fqcn, method);
  if (!found?.node) return undefined;
  const decl = index.get(fqcn);
  const caller = { ...index.contextFor(decl), ...(host ? { host } : {}) };
  const noArgs = { positional: [], named: {} };
  return returnValue('this', method, noArgs, found.node, { index, budget: new CallBudget(), caller });
}

/** The key of a model class of the app; null when the class is not in the app (Laravel's default then). */
export function modelKey(index: ClassIndex, fqcn: string, host?: EvalHost): ModelKey | null {
  const decl = index.get(fqcn);
  if (!decl) return null;
  const primaryKey = index.propertyDefault(decl.fqcn, 'primaryKey');
  const keyName = typeof primaryKey === 'string' ? primaryKey : 'id';
  const foreignKey = `${snake(classBasename(decl.fqcn))}_${keyName}`;
  const traits = new Set(index.traitsOf(decl.fqcn).map((t) => t.toLowerCase()));
  const ulids = traits.has(HAS_ULIDS);
  // HasUuids/HasUlids make the key a string only when it is one of uniqueIds() (the key by default).
  const ids = ulids || traits.has(HAS_UUIDS) ? override(index, decl.fqcn, 'uniqueIds', host) : undefined;
  const uniqueKey = (ulids || traits.has(HAS_UUIDS)) && (!Array.isArray(ids) || ids.includes(keyName));
  const keyType = uniqueKey
    ? 'string'
    : (override(index, decl.fqcn, 'getKeyType', host) ?? index.propertyDefault(decl.fqcn, 'keyType'));
  const incrementing = uniqueKey
    ? false
    : (override(index, decl.fqcn, 'getIncrementing', host) ??
      index.propertyDefault(decl.fqcn, 'incrementing'));
  // Laravel compares getKeyType() with 'int' exactly; a value not known here is taken as the default.
  const intKey = typeof keyType !== 'string' || keyType === 'int';
  const increments = incrementing !== false;
  if (intKey && increments) return { method: 'foreignId', foreignKey };
  return { method: ulids ? 'foreignUlid' : 'foreignUuid', foreignKey };
}
