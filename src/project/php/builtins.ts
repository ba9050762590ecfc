/**
 * The pure PHP functions apps call where values are decided statically (table names, column lists, config
 * defaults): string and array helpers with no side effects. Anything else is not evaluated.
 */

import type { PhpNode } from './ast.js';
import {
  Unknown,
  arrayFrom,
  entriesOf,
  isKeyedArray,
  leadingNumber,
  looseEquals,
  strictEquals,
  toNumber,
  toPhpString,
  truthy,
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

/** PHP's sprintf: `%s %d %u %f %F %x %X %o %b %c %e %%`, positions (`%1$s`), flags, width and precision. */
function sprintf(args: PhpValue[], node: PhpNode): PhpValue {
  const format = str(args[0], node);
  if (format instanceof Unknown) return format;
  let next = 1;
  let failed: Unknown | null = null;
  const out = format.replace(
    /%(?:(\d+)\$)?((?:[-+ 0]|'.)*)(\d*)(?:\.(\d+))?([bcdeEfFosuxX%])/g,
    (
      whole,
      pos: string | undefined,
      flags: string,
      width: string,
      precision: string | undefined,
      conv: string,
    ) => {
      if (conv === '%') return '%';
      const v = args[pos ? Number(pos) : next++];
      if (v === undefined) {
        failed ??= new Unknown('sprintf() with too few arguments', node);
        return whole;
      }
      const text = formatOne(v, conv, flags, precision, node);
      if (text instanceof Unknown) {
        failed ??= text;
        return '';
      }
      return pad(text, flags, Number(width || 0), conv);
    },
  );
  return failed ?? out;
}

function formatOne(
  v: PhpValue,
  conv: string,
  flags: string,
  precision: string | undefined,
  node: PhpNode,
): string | Unknown {
  if (conv === 's') {
    const s = str(v, node);
    return s instanceof Unknown || precision === undefined ? s : s.slice(0, Number(precision));
  }
  const n = typeof v === 'string' ? leadingNumber(v) : toNumber(v);
  if (n === undefined) return v instanceof Unknown ? v : new Unknown('sprintf() of a non-number', node);
  const sign = flags.includes('+') && n >= 0 ? '+' : '';
  switch (conv) {
    case 'd':
      return sign + String(Math.trunc(n));
    case 'u':
      return String(Math.trunc(n) >>> 0);
    case 'f':
    case 'F':
      return sign + n.toFixed(precision === undefined ? 6 : Number(precision));
    case 'e':
    case 'E': {
      const e = n
        .toExponential(precision === undefined ? 6 : Number(precision))
        .replace(/e([+-])(\d)$/, 'e$1$2');
      return sign + (conv === 'E' ? e.toUpperCase() : e);
    }
    case 'x':
      return (Math.trunc(n) >>> 0).toString(16);
    case 'X':
      return (Math.trunc(n) >>> 0).toString(16).toUpperCase();
    case 'o':
      return (Math.trunc(n) >>> 0).toString(8);
    case 'b':
      return (Math.trunc(n) >>> 0).toString(2);
    case 'c':
      return String.fromCharCode(Math.trunc(n) & 0xff);
    default:
      return new Unknown(`sprintf() %${conv}`, node);
  }
}

/** Width padding: spaces by default, `0` or `'x` to pad with another character, `-` to pad on the right. */
function pad(text: string, flags: string, width: number, conv: string): string {
  if (text.length >= width) return text;
  const custom = /'(.)/.exec(flags);
  const char = custom ? custom[1] : flags.replace(/'./g, '').includes('0') ? '0' : ' ';
  if (flags.replace(/'./g, '').includes('-'))
    return text + (char === '0' ? ' ' : char).repeat(width - text.length);
  const fill = char.repeat(width - text.length);
  // Zero padding goes after the sign of a number.
  if (char === '0' && conv !== 's' && /^[+-]/.test(text)) return text[0] + fill + text.slice(1);
  return fill + text;
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
  const out: [string | number, PhpValue][] = [];
  let next = 0;
  for (const a of args) {
    const entries = entriesOf(a);
    if (!entries) return a instanceof Unknown ? a : new Unknown('array_merge() of a non-array', node);
    // Integer keys are renumbered; string keys of a later array replace earlier ones.
    for (const [k, v] of entries) out.push([typeof k === 'number' ? next++ : k, v]);
  }
  return arrayFrom(out);
}

/** str_replace with strings or arrays of searches and replacements, on a string or an array of them. */
function strReplace(args: PhpValue[], node: PhpNode): PhpValue {
  const [search, replace, subject] = args;
  const searches = list(search) ?? [search ?? null];
  const replaceList = list(replace);
  const pairs: [string, string][] = [];
  for (let i = 0; i < searches.length; i++) {
    const from = str(searches[i], node);
    if (from instanceof Unknown) return from;
    const to = str(replaceList ? (replaceList[i] ?? '') : (replace ?? null), node);
    if (to instanceof Unknown) return to;
    pairs.push([from, to]);
  }
  const one = (v: PhpValue): PhpValue => {
    let s = str(v, node);
    if (s instanceof Unknown) return s;
    for (const [from, to] of pairs) if (from !== '') s = s.split(from).join(to);
    return s;
  };
  const subjects = subject === undefined ? null : entriesOf(subject);
  if (!subjects) return one(subject ?? null);
  return arrayFrom(subjects.map(([k, v]) => [k, one(v)]));
}

/** PHP's version_compare() order of the special words: dev < alpha = a < beta = b < RC = rc < # < pl = p. */
function versionRank(part: string): number {
  if (/^\d+$/.test(part)) return 4;
  const word = part.toLowerCase();
  if (word.startsWith('dev')) return 0;
  if (word.startsWith('alpha') || word === 'a') return 1;
  if (word.startsWith('beta') || word === 'b') return 2;
  if (word.startsWith('rc')) return 3;
  if (word === 'pl' || word === 'p') return 5;
  return -1;
}

/** PHP's version_compare($a, $b): -1, 0 or 1 (canonical parts, numbers compared as numbers). */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) =>
    v
      .replace(/[-_+]/g, '.')
      .replace(/(\d)([^\d.])/g, '$1.$2')
      .replace(/([^\d.])(\d)/g, '$1.$2')
      .split('.')
      .filter((p) => p !== '');
  const x = parts(a);
  const y = parts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const p = x[i];
    const q = y[i];
    // A missing part ranks below a number and above the pre-release words, as PHP compares them.
    const rp = p === undefined ? (versionRank(q!) === 4 ? -2 : 3.5) : versionRank(p);
    const rq = q === undefined ? (versionRank(p!) === 4 ? -2 : 3.5) : versionRank(q);
    if (rp === 4 && rq === 4) {
      const d = Number(p) - Number(q);
      if (d !== 0) return d < 0 ? -1 : 1;
    } else if (rp !== rq) return rp < rq ? -1 : 1;
  }
  return 0;
}

const VERSION_OPERATORS: Record<string, (c: number) => boolean> = {
  '<': (c) => c < 0,
  lt: (c) => c < 0,
  '<=': (c) => c <= 0,
  le: (c) => c <= 0,
  '>': (c) => c > 0,
  gt: (c) => c > 0,
  '>=': (c) => c >= 0,
  ge: (c) => c >= 0,
  '==': (c) => c === 0,
  eq: (c) => c === 0,
  '!=': (c) => c !== 0,
  '<>': (c) => c !== 0,
  ne: (c) => c !== 0,
};

const BUILTINS: Record<string, Builtin> = {
  version_compare: (args, node) => {
    const [a, b, op] = args;
    if (typeof a !== 'string' || typeof b !== 'string')
      return new Unknown('version_compare() of non-strings', node);
    const c = compareVersions(a, b);
    if (op === undefined || op === null) return c;
    const test = typeof op === 'string' ? VERSION_OPERATORS[op] : undefined;
    return test ? test(c) : null;
  },
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
  str_replace: strReplace,
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
    const strict = args[2] === undefined ? false : truthy(args[2]);
    if (strict instanceof Unknown) return strict;
    let unknown: Unknown | null = null;
    for (const h of hay) {
      const same = strict ? strictEquals(args[0] ?? null, h) : looseEquals(args[0] ?? null, h);
      if (same === true) return true;
      if (same instanceof Unknown) unknown ??= same;
    }
    return unknown ?? false;
  },
  count: (args, node) => list(args[0])?.length ?? new Unknown('count() of a non-array', node),
  is_null: (args) => (args[0] instanceof Unknown ? args[0] : args[0] === null),
  boolval: (args) => truthy(args[0] ?? null),
  intval: (args, node) => {
    const v = args[0];
    if (v instanceof Unknown) return v;
    if (v === undefined) return new Unknown('intval()', node);
    const n = typeof v === 'string' ? leadingNumber(v) : toNumber(v);
    if (n !== undefined) return Math.trunc(n);
    const entries = entriesOf(v);
    return entries ? (entries.length ? 1 : 0) : new Unknown('intval() of an object', node);
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
