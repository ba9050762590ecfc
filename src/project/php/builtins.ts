/**
 * The pure PHP functions apps call where values are decided statically (table names, column lists, config
 * defaults): string and array helpers with no side effects. Anything else is not evaluated.
 */

import type { PhpNode } from './ast.js';
import {
  Unknown,
  entriesOf,
  firstUnknown,
  isKeyedArray,
  toPhpString,
  truthy,
  type PhpArray,
  type PhpValue,
} from './value.js';

type Builtin = (args: PhpValue[], node: PhpNode) => PhpValue;

function str(v: PhpValue | undefined, node: PhpNode): string | Unknown {
  return toPhpString(v ?? null, node);
}

function strings(fn: (...s: string[]) => PhpValue): Builtin {
  return (args, node) => {
    const out: string[] = [];
    for (const a of args) {
      const s = str(a, node);
      if (s instanceof Unknown) return s;
      out.push(s);
    }
    return fn(...out);
  };
}

function list(v: PhpValue | undefined): PhpValue[] | null {
  const e = v === undefined ? null : entriesOf(v);
  return e ? e.map(([, x]) => x) : null;
}

/** PHP's sprintf for %s, %d, %%, and positional %1$s. */
function sprintf(args: PhpValue[], node: PhpNode): PhpValue {
  const format = str(args[0], node);
  if (format instanceof Unknown) return format;
  let next = 1;
  let failed: Unknown | null = null;
  const out = format.replace(
    /%(?:(\d+)\$)?([-+ 0]|'.)*\d*(?:\.\d+)?([sdfu%])/g,
    (_m, pos: string | undefined, _f, conv: string) => {
      if (conv === '%') return '%';
      const v = args[pos ? Number(pos) : next++];
      if (conv === 'd' || conv === 'u') {
        const n = Number(v);
        if (Number.isNaN(n)) failed ??= new Unknown('sprintf argument', node);
        return String(Math.trunc(n));
      }
      const s = str(v, node);
      if (s instanceof Unknown) {
        failed ??= s;
        return '';
      }
      return s;
    },
  );
  return failed ?? out;
}

function implode(args: PhpValue[], node: PhpNode): PhpValue {
  // implode(glue, pieces) and the legacy implode(pieces, glue).
  const [a, b] = args;
  const pieces = list(b) ?? list(a);
  const glue = list(b) ? a : b;
  if (!pieces) return new Unknown('implode() pieces', node);
  const g = str(glue ?? '', node);
  if (g instanceof Unknown) return g;
  const parts: string[] = [];
  for (const p of pieces) {
    const s = str(p, node);
    if (s instanceof Unknown) return s;
    parts.push(s);
  }
  return parts.join(g);
}

function arrayMerge(args: PhpValue[], node: PhpNode): PhpValue {
  const out: PhpArray = {};
  let next = 0;
  let keyed = false;
  for (const a of args) {
    const entries = entriesOf(a);
    if (!entries) return a instanceof Unknown ? a : new Unknown('array_merge() of a non-array', node);
    for (const [k, v] of entries) {
      if (typeof k === 'number') out[String(next++)] = v;
      else {
        out[k] = v;
        keyed = true;
      }
    }
  }
  return keyed ? out : Object.values(out);
}

const BUILTINS: Record<string, Builtin> = {
  sprintf,
  implode,
  join: implode,
  strtolower: strings((s) => s.toLowerCase()),
  strtoupper: strings((s) => s.toUpperCase()),
  ucfirst: strings((s) => s.charAt(0).toUpperCase() + s.slice(1)),
  lcfirst: strings((s) => s.charAt(0).toLowerCase() + s.slice(1)),
  trim: strings((s, chars) => (chars === undefined ? s.trim() : trimChars(s, chars))),
  rtrim: strings((s, chars) => (chars === undefined ? s.trimEnd() : trimChars(s, chars, false, true))),
  ltrim: strings((s, chars) => (chars === undefined ? s.trimStart() : trimChars(s, chars, true, false))),
  str_replace: (args, node) => {
    const [search, replace, subject] = args.map((a) => str(a, node));
    for (const x of [search, replace, subject]) if (x instanceof Unknown) return x;
    return (subject as string).split(search as string).join(replace as string);
  },
  str_contains: strings((h, n) => h.includes(n)),
  str_starts_with: strings((h, n) => h.startsWith(n)),
  str_ends_with: strings((h, n) => h.endsWith(n)),
  strlen: strings((s) => Buffer.byteLength(s)),
  explode: (args, node) => {
    const [d, s] = args.map((a) => str(a, node));
    if (d instanceof Unknown) return d;
    if (s instanceof Unknown) return s;
    return d === '' ? new Unknown('explode() with an empty delimiter', node) : s.split(d);
  },
  array_merge: arrayMerge,
  array_keys: (args, node) => {
    const e = args[0] === undefined ? null : entriesOf(args[0]);
    return e ? e.map(([k]) => k) : new Unknown('array_keys() of a non-array', node);
  },
  array_values: (args, node) => list(args[0]) ?? new Unknown('array_values() of a non-array', node),
  in_array: (args, node) => {
    const hay = list(args[1]);
    if (!hay) return new Unknown('in_array() of a non-array', node);
    const u = firstUnknown(args[0] ?? null) ?? firstUnknown(hay);
    if (u) return u;
    return hay.some((h) => JSON.stringify(h) === JSON.stringify(args[0]));
  },
  count: (args, node) => list(args[0])?.length ?? new Unknown('count() of a non-array', node),
  is_null: (args) => (args[0] instanceof Unknown ? args[0] : args[0] === null),
  boolval: (args) => truthy(args[0] ?? null),
  intval: (args, node) => {
    const v = args[0];
    if (v instanceof Unknown) return v;
    const n = typeof v === 'number' ? v : parseInt(String(v ?? ''), 10);
    return Number.isNaN(n) ? (v === undefined ? new Unknown('intval()', node) : 0) : Math.trunc(n);
  },
  strval: (args, node) => str(args[0], node),
  max: (args, node) => numeric(args, node, Math.max),
  min: (args, node) => numeric(args, node, Math.min),
  array_key_exists: (args, node) => {
    const k = args[0];
    const a = args[1];
    if (k instanceof Unknown) return k;
    if (Array.isArray(a)) return typeof k === 'number' && k >= 0 && k < a.length;
    if (isKeyedArray(a)) return String(k) in a;
    return new Unknown('array_key_exists() of a non-array', node);
  },
};

function numeric(args: PhpValue[], node: PhpNode, fn: (...n: number[]) => number): PhpValue {
  const values = args.length === 1 ? (list(args[0]) ?? []) : args;
  if (!values.length || values.some((v) => typeof v !== 'number'))
    return new Unknown('min()/max() of non-numbers', node);
  return fn(...(values as number[]));
}

function trimChars(s: string, chars: string, left = true, right = true): string {
  let a = 0;
  let b = s.length;
  while (left && a < b && chars.includes(s[a])) a++;
  while (right && b > a && chars.includes(s[b - 1])) b--;
  return s.slice(a, b);
}

/** A pure builtin's result, or undefined when the function is not one of them. */
export function callBuiltin(name: string, args: PhpValue[], node: PhpNode): PhpValue | undefined {
  const fn = Object.prototype.hasOwnProperty.call(BUILTINS, name) ? BUILTINS[name] : undefined;
  if (!fn) return undefined;
  // A pure function of an unknown argument is unknown for the argument's reason (`$ids`, not `count()`).
  const unknown = args.find((a) => a instanceof Unknown);
  return unknown ?? fn(args, node);
}
