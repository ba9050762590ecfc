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
  if (v instanceof HostValue) return v.toPhpString() ?? new Unknown('an object used as a string', node);
  return new Unknown('an array used as a string', node);
}

/** Entries of an array value as PHP's foreach sees them; null for anything that is not an array. */
export function entriesOf(v: PhpValue): [string | number, PhpValue][] | null {
  if (Array.isArray(v)) return v.map((item, i) => [i, item]);
  if (isKeyedArray(v)) return Object.entries(v);
  return null;
}
