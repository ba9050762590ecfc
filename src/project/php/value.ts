/**
 * What a PHP expression evaluates to, statically. Unknown is a value like any other (with the reason and
 * the node that made it unknown), so one unknown piece never loses the rest of an array or a call.
 */

import type { PhpNode } from './ast.js';

/** Something only PHP at run time can compute. */
export class Unknown {
  constructor(
    readonly reason: string,
    readonly node: PhpNode | null,
  ) {}
}

/** An opaque value a host made (Laravel's DB::raw, an enum case, a closure): the evaluator carries it. */
export abstract class HostValue {
  /** What `(string) $value` gives, or undefined when PHP would refuse or it is not known. */
  toPhpString(): string | undefined {
    return undefined;
  }
}

/**
 * A value only run time decides, read symbolically (Laravel's env() when a reader wants to know WHICH
 * variable decides): the evaluator carries it as itself through arrays, arguments, returns and branches
 * it can choose, and anything computed from it (comparisons, truthiness, builtins) is Unknown.
 */
export abstract class SymbolicValue extends HostValue {
  /** How an Unknown computed from it is described. */
  abstract describe(): string;

  /** `(type) $value`: undefined when the cast makes it unknown. */
  cast(_type: string): PhpValue | undefined {
    return undefined;
  }
}

/** The first symbolic value among `values` (arrays searched deeply), or null. */
export function firstSymbolic(values: PhpValue[]): SymbolicValue | null {
  for (const v of values) {
    if (v instanceof SymbolicValue) return v;
    const inner = Array.isArray(v) ? v : isKeyedArray(v) ? Object.values(v) : null;
    const found = inner ? firstSymbolic(inner) : null;
    if (found) return found;
  }
  return null;
}

/** `Status::Active` of a (backed) enum: `->value` and `->name` read it. */
export class EnumCase extends HostValue {
  constructor(
    readonly fqcn: string,
    readonly name: string,
    readonly value: string | number | null,
  ) {
    super();
  }
}

/** A closure or arrow function, with the variables it captured when it was made. */
export class ClosureValue extends HostValue {
  constructor(
    readonly node: PhpNode,
    readonly captured: Map<string, PhpValue>,
  ) {
    super();
  }
}

/** `new X(…)`: an object whose class is known (its state is not). */
export class ObjectValue extends HostValue {
  constructor(readonly fqcn: string) {
    super();
  }
}

export type PhpArray = { [key: string]: PhpValue };

export type PhpValue = string | number | boolean | null | PhpValue[] | PhpArray | HostValue | Unknown;

export function isUnknown(v: PhpValue | undefined): v is Unknown {
  return v instanceof Unknown;
}

export function isKeyedArray(v: PhpValue | undefined): v is PhpArray {
  return (
    typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof HostValue) && !isUnknown(v)
  );
}

/** The first unknown inside a value (arrays searched deeply), or null when all of it is known. */
export function firstUnknown(v: PhpValue): Unknown | null {
  if (v instanceof Unknown) return v;
  if (Array.isArray(v)) {
    for (const item of v) {
      const u = firstUnknown(item);
      if (u) return u;
    }
  } else if (isKeyedArray(v)) {
    for (const item of Object.values(v)) {
      const u = firstUnknown(item);
      if (u) return u;
    }
  }
  return null;
}

/** PHP's truthiness; unknown stays unknown. */
export function truthy(v: PhpValue): boolean | Unknown {
  if (v instanceof Unknown) return v;
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof SymbolicValue) return new Unknown(v.describe(), null);
  if (v instanceof HostValue) return true;
  if (v !== null && typeof v === 'object') return Object.keys(v).length > 0;
  return v !== null && v !== false && v !== 0 && v !== '' && v !== '0';
}

/** PHP's string conversion; arrays and unknown values give Unknown. */
export function toPhpString(v: PhpValue, node: PhpNode | null): string | Unknown {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? '1' : '';
  if (v === null) return '';
  if (v instanceof Unknown) return v;
  if (v instanceof SymbolicValue) return new Unknown(v.describe(), node);
  if (v instanceof HostValue) return v.toPhpString() ?? new Unknown('an object used as a string', node);
  return new Unknown('an array used as a string', node);
}

/** Entries of an array value as PHP's foreach sees them; null for anything that is not an array. */
export function entriesOf(v: PhpValue): [string | number, PhpValue][] | null {
  if (Array.isArray(v)) return v.map((item, i) => [i, item]);
  if (isKeyedArray(v)) return Object.entries(v);
  return null;
}

/**
 * The element at `path` (`$v['a']['b']`): undefined when an array along the way has no such key or a
 * scalar stands in the way, the Unknown when an unknown one does.
 */
export function valueAt(v: PhpValue, path: (string | number)[]): PhpValue | undefined {
  let current: PhpValue = v;
  for (const key of path) {
    if (current instanceof Unknown) return current;
    const entries = entriesOf(current);
    const found = entries?.find(([k]) => String(k) === String(key));
    if (!found) return undefined;
    current = found[1];
  }
  return current;
}

/**
 * `$v['a']['b'] = $x` without touching `v`: a copy with `x` at `path`, arrays created where nothing (or
 * null) was. Writing into an unknown value leaves it unknown; into a scalar, PHP would fail: Unknown.
 */
export function withValueAt(v: PhpValue | undefined, path: (string | number)[], x: PhpValue): PhpValue {
  if (!path.length) return x;
  if (v instanceof Unknown) return v;
  const entries = v === undefined || v === null ? [] : entriesOf(v);
  if (!entries)
    return new Unknown('a key set on a value that is not an array', x instanceof Unknown ? x.node : null);
  const out: PhpArray = {};
  for (const [k, item] of entries) out[String(k)] = item;
  const [head, ...rest] = path;
  out[String(head)] = withValueAt(out[String(head)], rest, x);
  const keys = Object.keys(out);
  return keys.every((k, i) => k === String(i)) ? keys.map((k) => out[k]) : out;
}
