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
  // A keyed array stores integer keys as strings; PHP's keys are integers again.
  if (isKeyedArray(v)) return Object.entries(v).map(([k, x]) => [arrayKey(k), x]);
  return null;
}

/**
 * An array value from its entries in order (a later key replaces an earlier one in place): a plain list
 * when the keys are 0..n-1 in that order, else a keyed array.
 */
export function arrayFrom(entries: Iterable<[string | number, PhpValue]>): PhpValue[] | PhpArray {
  const map = new Map<string | number, PhpValue>();
  for (const [k, v] of entries) map.set(arrayKey(k), v);
  let i = 0;
  for (const k of map.keys()) if (k !== i++) return Object.fromEntries(map) as PhpArray;
  return [...map.values()];
}

/** A key as PHP stores it: a decimal integer string (`'7'`, `'-1'`, not `'07'`) becomes an integer. */
export function arrayKey(k: string | number): string | number {
  return typeof k === 'string' && /^(0|-?[1-9]\d*)$/.test(k) && Number.isSafeInteger(Number(k))
    ? Number(k)
    : k;
}

const NUMERIC = /^[ \t\n\r\v\f]*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?[ \t\n\r\v\f]*$/;
const LEADING_NUMBER = /^[ \t\n\r\v\f]*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/;

/** Whether a string is numeric to PHP 8 (`'12'`, `' 1.5'`, `'1e3'`; not `'12abc'`, not `'0x1A'`). */
export function isNumericString(s: string): boolean {
  return NUMERIC.test(s);
}

/** The number a value is in arithmetic (numbers, numeric strings, booleans, null); undefined otherwise. */
export function toNumber(v: PhpValue): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === null) return 0;
  if (typeof v === 'string' && isNumericString(v)) return Number(v.trim());
  return undefined;
}

/** `(int)` / `(float)` of a string: its leading number (`'12abc'` → 12, `'1e3'` → 1000), else 0. */
export function leadingNumber(s: string): number {
  const m = LEADING_NUMBER.exec(s);
  return m ? Number(m[0].trim()) : 0;
}

/** PHP's `===`: unknown when either side holds an unknown, or for two objects whose identity is not known. */
export function strictEquals(a: PhpValue, b: PhpValue): boolean | Unknown {
  const u = firstUnknown(a) ?? firstUnknown(b);
  if (u) return u;
  return sameStrict(a, b);
}

function sameStrict(a: PhpValue, b: PhpValue): boolean | Unknown {
  if (a instanceof HostValue || b instanceof HostValue) {
    if (a === b) return true;
    if (a instanceof EnumCase && b instanceof EnumCase) return a.fqcn === b.fqcn && a.name === b.name;
    if (a instanceof EnumCase || b instanceof EnumCase) return false;
    return a instanceof HostValue && b instanceof HostValue
      ? new Unknown('two objects compared', null)
      : false;
  }
  const ea = entriesOf(a);
  const eb = entriesOf(b);
  if (ea || eb) {
    if (!ea || !eb || ea.length !== eb.length) return false;
    for (let i = 0; i < ea.length; i++) {
      if (ea[i][0] !== eb[i][0]) return false;
      const same = sameStrict(ea[i][1], eb[i][1]);
      if (same !== true) return same;
    }
    return true;
  }
  return a === b;
}

/** PHP 8's `==`: numeric strings compare as numbers, null and booleans by truthiness, arrays by pairs. */
export function looseEquals(a: PhpValue, b: PhpValue): boolean | Unknown {
  const u = firstUnknown(a) ?? firstUnknown(b);
  if (u) return u;
  return sameLoose(a, b);
}

function sameLoose(a: PhpValue, b: PhpValue): boolean | Unknown {
  if (typeof a === 'boolean' || typeof b === 'boolean' || a === null || b === null) {
    if (a === null && typeof b === 'string') return b === '';
    if (b === null && typeof a === 'string') return a === '';
    return truthy(a) === truthy(b);
  }
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (typeof a === 'string' && typeof b === 'string') {
    return isNumericString(a) && isNumericString(b) ? Number(a.trim()) === Number(b.trim()) : a === b;
  }
  if (typeof a === 'number' && typeof b === 'string')
    return isNumericString(b) ? Number(b.trim()) === a : String(a) === b;
  if (typeof a === 'string' && typeof b === 'number') return sameLoose(b, a);
  if (a instanceof HostValue || b instanceof HostValue) return sameStrict(a, b);
  const ea = entriesOf(a);
  const eb = entriesOf(b);
  if (!ea || !eb) return false;
  if (ea.length !== eb.length) return false;
  const other = new Map(eb.map(([k, x]) => [String(k), x]));
  for (const [k, x] of ea) {
    const y = other.get(String(k));
    if (y === undefined) return false;
    const same = sameLoose(x, y);
    if (same !== true) return same;
  }
  return true;
}

/**
 * PHP 8's `<=>` for numbers, numeric strings and strings (byte order): -1, 0 or 1; undefined when the
 * comparison is one the evaluator does not model (arrays, objects, mixed non-numeric types).
 */
export function compareValues(a: PhpValue, b: PhpValue): number | undefined {
  if (typeof a === 'string' && typeof b === 'string' && !(isNumericString(a) && isNumericString(b))) {
    return a < b ? -1 : a > b ? 1 : 0;
  }
  const x = typeof a === 'string' || typeof a === 'number' ? toNumber(a) : undefined;
  const y = typeof b === 'string' || typeof b === 'number' ? toNumber(b) : undefined;
  if (x === undefined || y === undefined) return undefined;
  return x < y ? -1 : x > y ? 1 : 0;
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
