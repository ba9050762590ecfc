/**
 * The static evaluator: what a PHP expression is worth without running PHP. Literals, strings and
 * interpolation, arrays, arithmetic, comparisons, ternaries, `??`, class constants and enum cases, magic
 * constants, a few pure functions, and whatever the host knows (Laravel's config(), env(), DB::raw…).
 * It never throws: what cannot be known comes back as an Unknown value, and the rest goes on.
 */

import {
  arrayEntries,
  child,
  children,
  nameKey,
  nameOf,
  resolveName,
  type FileScope,
  type PhpNode,
} from './ast.js';
import { callBuiltin } from './builtins.js';
import { lookupChoice, matchChoice, ternaryChoice } from './choice.js';
import {
  ClosureValue,
  HostValue,
  EnumCase,
  ObjectValue,
  SymbolicValue,
  Unknown,
  arrayFrom,
  arrayKey,
  compareValues,
  entriesOf,
  firstSymbolic,
  firstUnknown,
  isKeyedArray,
  leadingNumber,
  looseEquals,
  strictEquals,
  toNumber,
  toPhpString,
  truthy,
  type PhpValue,
} from './value.js';

/** What the host application knows beyond PHP itself. Each hook returns undefined for "not mine". */
export interface EvalHost {
  /** A global function call, `name` lower case without a leading backslash (`config`, `env`). */
  callFunction?(name: string, args: PhpValue[], node: PhpNode): PhpValue | undefined;
  /** `Class::method(…)` on a class that is not followed as code (facades, `Str::`). */
  callStatic?(fqcn: string, method: string, args: PhpValue[], node: PhpNode): PhpValue | undefined;
  /** `new Class(…)`. */
  construct?(fqcn: string, args: PhpValue[], node: PhpNode): PhpValue | undefined;
  /** `$x->method(…)` on an object the host made (`DB::connection()->getDriverName()`). */
  callObject?(target: HostValue, method: string, args: PhpValue[], node: PhpNode): PhpValue | undefined;
  /** `$x->name` on an object the host made (`$query->getQuery()->from`). */
  readProperty?(target: HostValue, name: string, node: PhpNode): PhpValue | undefined;
  /** The app's global function a call names (`name` as written, any case), for readers that run its body. */
  declaredFunction?(name: string): { node: PhpNode; file: string; scope: FileScope } | undefined;
}

export interface EvalContext {
  /** Name resolution (namespace and imports); without it names are taken as written. */
  scope?: FileScope | null;
  /** The class the code runs for: `static::` and `$this` (late static binding), and `self::` without `declaring`. */
  self?: string | null;
  /**
   * The class that declares the code, when a subclass runs it (an inherited method or constant): `self::`
   * and `__CLASS__` name it, not the subclass. Defaults to `self`.
   */
  declaring?: string | null;
  /** The class's parent: `parent::`. */
  parent?: string | null;
  /** App-relative path of the file: `__FILE__`, `__DIR__`. */
  file?: string;
  /** A local variable's value; undefined when it is not assigned. */
  variable?(name: string): PhpValue | undefined;
  /** `$this->name`. */
  property?(name: string): PhpValue | undefined;
  /** A class constant or enum case of a class (the class index answers). */
  classConstant?(fqcn: string, name: string): PhpValue | undefined;
  /**
   * `$this->method(…)` and `static::method(…)` (target `this`: both bind late), `self::method(…)`,
   * `parent::method(…)` and `Class::method(…)` calls followed into the code.
   */
  callMethod?(
    target: 'this' | 'self' | 'parent' | string,
    method: string,
    args: PhpValue[],
    node: PhpNode,
  ): PhpValue | undefined;
  host?: EvalHost;
  /**
   * An array entry whose key (or spread) cannot be known is left out instead of making the whole array
   * unknown: a reader of config files keeps the other entries of an array that has one computed key.
   */
  skipUnknownKeys?: boolean;
}

/** How a node is named in "cannot know" messages. */
export function describe(node: PhpNode): string {
  if (node.kind === 'variable') return `$${node.name}`;
  if (node.kind === 'call') return 'a function call';
  return `a ${node.kind} expression`;
}

const NAMED_CONSTANTS: Record<string, PhpValue> = {
  true: true,
  false: false,
  null: null,
  php_eol: '\n',
  php_int_max: Number.MAX_SAFE_INTEGER,
  directory_separator: '/',
};

/** The class a `name`/`self`/`static`/`parent` node refers to, resolved; null when dynamic. */
export function classOf(n: PhpNode | null, ctx: EvalContext): string | null {
  if (!n) return null;
  if (n.kind === 'selfreference') return ctx.declaring ?? ctx.self ?? null;
  if (n.kind === 'staticreference') return ctx.self ?? null;
  if (n.kind === 'parentreference') return ctx.parent ?? null;
  if (n.kind !== 'name') return null;
  const raw = String(n.name);
  const lower = raw.toLowerCase();
  if (lower === 'self') return ctx.declaring ?? ctx.self ?? null;
  if (lower === 'static') return ctx.self ?? null;
  if (lower === 'parent') return ctx.parent ?? null;
  return ctx.scope ? resolveName(n, ctx.scope) : raw.replace(/^\\/, '');
}

export function evaluate(node: PhpNode | null | undefined, ctx: EvalContext = {}): PhpValue {
  if (!node) return new Unknown('nothing', null);
  switch (node.kind) {
    case 'string':
    case 'nowdoc':
      return String(node.value);
    case 'number': {
      const raw = String(node.value).replace(/_/g, '');
      // `0755` is octal in PHP (as `0o755` is); a leading zero followed by a dot or exponent is not.
      const n = /^0[0-7]+$/.test(raw) ? parseInt(raw, 8) : Number(raw);
      return Number.isNaN(n) ? new Unknown(`number ${node.value}`, node) : n;
    }
    case 'boolean':
      return Boolean(node.value);
    case 'nullkeyword':
      return null;
    case 'name': {
      const n = nameKey(String(node.name));
      return n in NAMED_CONSTANTS ? NAMED_CONSTANTS[n] : new Unknown(`constant ${node.name}`, node);
    }
    case 'magic':
      return magic(node, ctx);
    case 'parenthesis':
      return evaluate(node.inner, ctx);
    case 'unary':
      return unary(node, ctx);
    case 'bin':
      return binary(node, ctx);
    case 'retif':
      return ternary(node, ctx);
    case 'encapsed':
      return interpolate(node, ctx);
    case 'array':
      return arrayValue(node, ctx);
    case 'variable': {
      const name = typeof node.name === 'string' ? node.name : null;
      const v = name !== null ? ctx.variable?.(name) : undefined;
      return v === undefined ? new Unknown(describe(node), node) : v;
    }
    case 'cast':
      return cast(node, ctx);
    case 'offsetlookup':
      return offset(node, ctx);
    case 'staticlookup':
      return staticLookup(node, ctx);
    case 'propertylookup':
    case 'nullsafepropertylookup':
      return propertyLookup(node, ctx);
    case 'new': {
      const cls = classOf(child(node, 'what'), ctx);
      if (!cls) return new Unknown('an object', node);
      const args = evaluateArgs(children(node, 'arguments'), ctx).positional;
      return ctx.host?.construct?.(cls, args, node) ?? new ObjectValue(cls);
    }
    case 'call':
      return call(node, ctx);
    case 'closure':
    case 'arrowfunc': {
      const captured = new Map<string, PhpValue>();
      const names = node.kind === 'closure' ? children(node, 'uses').map((u) => nameOf(u)) : [];
      for (const n of names) {
        const v = n ? ctx.variable?.(n) : undefined;
        if (n && v !== undefined) captured.set(n, v);
      }
      return new ClosureValue(node, captured);
    }
    case 'match':
      return matchValue(node, ctx);
    case 'empty': {
      const t = truthy(evaluate(node.expression, ctx));
      return t instanceof Unknown ? t : !t;
    }
    default:
      return new Unknown(describe(node), node);
  }
}

export interface EvaluatedArgs {
  positional: PhpValue[];
  named: Record<string, PhpValue>;
}

/** Call arguments, named ones apart, `...$spread` of a known list expanded. */
export function evaluateArgs(nodes: PhpNode[], ctx: EvalContext): EvaluatedArgs {
  const out: EvaluatedArgs = { positional: [], named: {} };
  for (const n of nodes) {
    if (n.kind === 'namedargument') out.named[String(n.name)] = evaluate(n.value, ctx);
    else if (n.kind === 'variadic') {
      const v = evaluate(n.what, ctx);
      const entries = entriesOf(v);
      if (entries) out.positional.push(...entries.map(([, x]) => x));
      else out.positional.push(v instanceof Unknown ? v : new Unknown('a spread argument', n));
    } else out.positional.push(evaluate(n, ctx));
  }
  return out;
}

function magic(node: PhpNode, ctx: EvalContext): PhpValue {
  const raw = String(node.raw ?? node.value ?? '').toUpperCase();
  switch (raw) {
    case '__CLASS__':
      return ctx.declaring ?? ctx.self ?? new Unknown('__CLASS__', node);
    case '__NAMESPACE__':
      return ctx.scope ? ctx.scope.namespace : new Unknown('__NAMESPACE__', node);
    case '__FILE__':
      return ctx.file ?? new Unknown('__FILE__', node);
    case '__DIR__':
      return ctx.file
        ? ctx.file.slice(0, Math.max(0, ctx.file.lastIndexOf('/')))
        : new Unknown('__DIR__', node);
    case '__LINE__':
      return node.loc?.start.line ?? new Unknown('__LINE__', node);
    default:
      return new Unknown(raw || 'a magic constant', node);
  }
}

function unary(node: PhpNode, ctx: EvalContext): PhpValue {
  const v = evaluate(node.what, ctx);
  if (v instanceof Unknown) return v;
  if (node.type === '!') return not(truthy(v));
  const n = toNumber(v);
  if (node.type === '-' && n !== undefined) return -n;
  if (node.type === '+' && n !== undefined) return n;
  if (node.type === '~' && typeof v === 'number') return bitwise('^', v, -1) ?? new Unknown('unary ~', node);
  return new Unknown(`unary ${node.type}`, node);
}

function binary(node: PhpNode, ctx: EvalContext): PhpValue {
  const type = String(node.type);
  // Short-circuit operators decide on the left alone when they can, as PHP does.
  if (type === '??') {
    const l = evaluate(node.left, ctx);
    if (l instanceof Unknown) return lookupChoice(node.left, node.right, (n) => evaluate(n, ctx)) ?? l;
    if (l instanceof SymbolicValue) return new Unknown(l.describe(), node);
    return l === null ? evaluate(node.right, ctx) : l;
  }
  if (type === '&&' || type === 'and' || type === '||' || type === 'or') {
    const isAnd = type === '&&' || type === 'and';
    const l = truthy(evaluate(node.left, ctx));
    if (l === !isAnd) return l;
    const r = truthy(evaluate(node.right, ctx));
    // An unknown left side still gives way to a right side that settles the result (`$x && false`).
    if (l instanceof Unknown) return r === !isAnd ? r : l;
    return r;
  }
  const l = evaluate(node.left, ctx);
  const r = evaluate(node.right, ctx);
  const symbolic = symbolicUnknown([l, r], node);
  if (symbolic) return symbolic;
  switch (type) {
    case '===':
      return strictEquals(l, r);
    case '!==':
      return not(strictEquals(l, r));
    case '==':
      return looseEquals(l, r);
    case '!=':
      return not(looseEquals(l, r));
  }
  if (l instanceof Unknown) return l;
  if (r instanceof Unknown) return r;
  switch (type) {
    case '.': {
      const a = toPhpString(l, node);
      if (a instanceof Unknown) return a;
      const b = toPhpString(r, node);
      return b instanceof Unknown ? b : a + b;
    }
    case 'xor': {
      const a = truthy(l);
      const b = truthy(r);
      return a instanceof Unknown ? a : b instanceof Unknown ? b : a !== b;
    }
    case '<':
    case '>':
    case '<=':
    case '>=':
    case '<=>': {
      const c = compareValues(l, r);
      if (c === undefined) return new Unknown(`operator ${type}`, node);
      if (type === '<=>') return c;
      return type === '<' ? c < 0 : type === '>' ? c > 0 : type === '<=' ? c <= 0 : c >= 0;
    }
  }
  if (type === '+' && isArrayValue(l) && isArrayValue(r)) {
    // Array union: keys of the left win.
    const left = entriesOf(l) ?? [];
    const taken = new Set(left.map(([k]) => k));
    return arrayFrom([...left, ...(entriesOf(r) ?? []).filter(([k]) => !taken.has(k))]);
  }
  // Arithmetic on numbers, numeric strings, booleans and null, as PHP 8 converts them.
  const a = toNumber(l);
  const b = toNumber(r);
  if (a === undefined || b === undefined) return new Unknown(`operator ${type}`, node);
  switch (type) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return b === 0 ? new Unknown('division by zero', node) : a / b;
    case '%':
      return Math.trunc(b) === 0 ? new Unknown('modulo by zero', node) : Math.trunc(a) % Math.trunc(b);
    case '**':
      return a ** b;
    case '|':
    case '&':
    case '^':
    case '<<':
    case '>>':
      return bitwise(type, a, b) ?? new Unknown(`operator ${type}`, node);
  }
  return new Unknown(`operator ${type}`, node);
}

/** PHP's bitwise operators on 64-bit integers; undefined when the result is beyond a safe JS number. */
function bitwise(type: string, a: number, b: number): number | undefined {
  const x = BigInt(Math.trunc(a));
  const y = BigInt(Math.trunc(b));
  let r: bigint;
  if (type === '|') r = x | y;
  else if (type === '&') r = x & y;
  else if (type === '^') r = x ^ y;
  else if (y < 0n || y > 63n) return undefined;
  else r = type === '<<' ? x << y : x >> y;
  const n = Number(BigInt.asIntN(64, r));
  return Number.isSafeInteger(n) ? n : undefined;
}

function not(v: boolean | Unknown): boolean | Unknown {
  return v instanceof Unknown ? v : !v;
}

/** An Unknown when a symbolic value (deeply) takes part in a computation; null otherwise. */
function symbolicUnknown(values: PhpValue[], node: PhpNode): Unknown | null {
  const s = firstSymbolic(values);
  return s ? new Unknown(s.describe(), node) : null;
}

function isArrayValue(v: PhpValue): boolean {
  return Array.isArray(v) || isKeyedArray(v);
}

function ternary(node: PhpNode, ctx: EvalContext): PhpValue {
  const test = evaluate(node.test, ctx);
  const t = truthy(test);
  if (t instanceof Unknown) {
    // Both branches agreeing decides it whatever the test is.
    if (!node.trueExpr) return t;
    const choice = ternaryChoice(node, (n) => evaluate(n, ctx));
    if (choice) return choice;
    const a = evaluate(node.trueExpr, ctx);
    return strictEquals(a, evaluate(node.falseExpr, ctx)) === true ? a : t;
  }
  if (!node.trueExpr) return t ? test : evaluate(node.falseExpr, ctx); // `a ?: b`
  return t ? evaluate(node.trueExpr, ctx) : evaluate(node.falseExpr, ctx);
}

function interpolate(node: PhpNode, ctx: EvalContext): PhpValue {
  if (node.type !== 'string' && node.type !== 'heredoc') return new Unknown(`${node.type} string`, node);
  let out = '';
  for (const part of (node.value as PhpNode[]) ?? []) {
    const v = evaluate(part.kind === 'encapsedpart' ? part.expression : part, ctx);
    const s = toPhpString(v, node);
    if (s instanceof Unknown) return s;
    out += s;
  }
  return out;
}

function arrayValue(node: PhpNode, ctx: EvalContext): PhpValue {
  const items = arrayEntries(node);
  const hasKeys = items.some((i) => i.key || i.unpack);
  if (!hasKeys) return items.map((i) => evaluate(i.value, ctx));
  const entries: [string | number, PhpValue][] = [];
  let next = 0;
  for (const i of items) {
    if (i.unpack) {
      const spread = entriesOf(evaluate(i.value, ctx));
      if (!spread && ctx.skipUnknownKeys) continue;
      if (!spread) return new Unknown('a spread of an unknown array', i.value);
      for (const [k, v] of spread) entries.push([typeof k === 'number' ? next++ : k, v]);
      continue;
    }
    let key: string | number;
    if (i.key) {
      const k = phpKey(evaluate(i.key, ctx));
      if (k === undefined || k instanceof Unknown) {
        if (ctx.skipUnknownKeys) continue;
        return k instanceof Unknown ? k : new Unknown('an array key', i.key);
      }
      key = k;
    } else key = next;
    if (typeof key === 'number' && key >= next) next = key + 1;
    entries.push([key, evaluate(i.value, ctx)]);
  }
  return arrayFrom(entries);
}

/** A value used as an array key: integers and strings, with booleans, null and floats cast as PHP does. */
function phpKey(k: PhpValue): string | number | Unknown | undefined {
  if (typeof k === 'string') return arrayKey(k);
  if (typeof k === 'number') return Math.trunc(k);
  if (typeof k === 'boolean') return k ? 1 : 0;
  if (k === null) return '';
  return k instanceof Unknown ? k : undefined;
}

function cast(node: PhpNode, ctx: EvalContext): PhpValue {
  const v = evaluate(node.expr, ctx);
  if (v instanceof Unknown) return v;
  if (v instanceof SymbolicValue) return v.cast(String(node.type)) ?? new Unknown(v.describe(), node);
  switch (node.type) {
    case 'string':
      return toPhpString(v, node);
    case 'int':
    case 'float': {
      const n = typeof v === 'string' ? leadingNumber(v) : toNumber(v);
      if (n === undefined)
        return isArrayValue(v) ? (truthy(v) ? 1 : 0) : new Unknown(`cast ${node.type}`, node);
      return node.type === 'int' ? Math.trunc(n) : n;
    }
    case 'bool':
      return truthy(v);
    case 'array':
      return isArrayValue(v) ? v : v === null ? [] : [v];
    default:
      return new Unknown(`cast ${node.type}`, node);
  }
}

function offset(node: PhpNode, ctx: EvalContext): PhpValue {
  const base = evaluate(node.what, ctx);
  if (base instanceof Unknown) return base;
  // `"$row[key]"` in a string spells the key as a bare word.
  const off = child(node, 'offset');
  const raw = off?.kind === 'identifier' ? nameOf(off) : evaluate(off, ctx);
  if (raw instanceof Unknown) return raw;
  const key = typeof raw === 'string' ? arrayKey(raw) : raw;
  if (Array.isArray(base) && typeof key === 'number') return base[key] ?? null;
  if (isKeyedArray(base) && (typeof key === 'string' || typeof key === 'number'))
    return base[String(key)] ?? null;
  if (typeof base === 'string' && typeof key === 'number') {
    const i = key < 0 ? base.length + key : key;
    return i >= 0 && i < base.length ? base[i] : new Unknown('a string offset out of range', node);
  }
  return new Unknown('an array element', node);
}

function staticLookup(node: PhpNode, ctx: EvalContext): PhpValue {
  const offsetName = nameOf(node.offset);
  const what = child(node, 'what');
  const cls = classOf(what, ctx);
  if (offsetName?.toLowerCase() === 'class' && cls) return cls;
  if (cls && offsetName && node.offset?.kind === 'identifier') {
    const v = ctx.classConstant?.(cls, offsetName);
    if (v !== undefined) return v;
  }
  return new Unknown('a class constant', node);
}

function propertyLookup(node: PhpNode, ctx: EvalContext): PhpValue {
  const prop = nameOf(node.offset);
  const what = child(node, 'what');
  if (what?.kind === 'variable' && what.name === 'this' && prop) {
    const v = ctx.property?.(prop);
    return v === undefined ? new Unknown(`$this->${prop}`, node) : v;
  }
  const base = what ? evaluate(what, ctx) : null;
  if (base instanceof EnumCase && prop === 'value') return base.value;
  if (base instanceof EnumCase && prop === 'name') return base.name;
  const hosted = prop && base instanceof HostValue ? ctx.host?.readProperty?.(base, prop, node) : undefined;
  if (hosted !== undefined) return hosted;
  return new Unknown(prop ? `->${prop}` : 'a property', node);
}

function call(node: PhpNode, ctx: EvalContext): PhpValue {
  const what = child(node, 'what');
  if (!what) return new Unknown(describe(node), node);
  if (what.kind === 'name') {
    const args = evaluateArgs(children(node, 'arguments'), ctx).positional;
    const fname = nameKey(String(what.name));
    const hosted = ctx.host?.callFunction?.(fname, args, node);
    if (hosted !== undefined) return hosted;
    const symbolic = symbolicUnknown(args, node);
    const builtin = symbolic ? undefined : callBuiltin(fname, args, node);
    return builtin ?? symbolic ?? new Unknown(describe(node), node);
  }
  const method = methodName(child(what, 'offset'), ctx);
  if (!method) return new Unknown(describe(node), node);
  if (what.kind === 'staticlookup') {
    const target = child(what, 'what');
    const args = evaluateArgs(children(node, 'arguments'), ctx).positional;
    // `static::` binds late as `$this->` does; `self::` is the declaring class.
    const lower = target?.kind === 'name' ? String(target.name).toLowerCase() : null;
    const followed =
      target?.kind === 'selfreference' || lower === 'self'
        ? 'self'
        : target?.kind === 'staticreference' || lower === 'static'
          ? 'this'
          : target?.kind === 'parentreference' || lower === 'parent'
            ? 'parent'
            : null;
    if (followed) {
      const v = ctx.callMethod?.(followed, method, args, node);
      if (v !== undefined) return v;
    }
    const cls = classOf(target, ctx);
    if (cls) {
      const hosted = ctx.host?.callStatic?.(cls, method, args, node);
      if (hosted !== undefined) return hosted;
      if (!followed) {
        const v = ctx.callMethod?.(cls, method, args, node);
        if (v !== undefined) return v;
      }
    }
    return new Unknown(describe(node), node);
  }
  if (what.kind === 'propertylookup' || what.kind === 'nullsafepropertylookup') {
    const target = child(what, 'what');
    if (target?.kind === 'variable' && target.name === 'this') {
      const args = evaluateArgs(children(node, 'arguments'), ctx).positional;
      const v = ctx.callMethod?.('this', method, args, node);
      if (v !== undefined) return v;
    } else if (target && ctx.host?.callObject) {
      const object = evaluate(target, ctx);
      if (object instanceof HostValue) {
        const args = evaluateArgs(children(node, 'arguments'), ctx).positional;
        const v = ctx.host.callObject(object, method, args, node);
        if (v !== undefined) return v;
      }
    }
  }
  return new Unknown(describe(node), node);
}

/** `->name()`, or `->$name()` / `->{$name}()` when the name evaluates to a string. */
export function methodName(offset: PhpNode | null, ctx: EvalContext): string | null {
  if (!offset) return null;
  if (offset.kind === 'identifier') return nameOf(offset);
  // `{$name}` is parsed as an interpolation part around the expression.
  const v = evaluate(offset.kind === 'encapsedpart' ? child(offset, 'expression') : offset, ctx);
  return typeof v === 'string' && v !== '' ? v : null;
}

function matchValue(node: PhpNode, ctx: EvalContext): PhpValue {
  const cond = evaluate(node.cond, ctx);
  if (cond instanceof Unknown) return matchChoice(node, (n) => evaluate(n, ctx)) ?? cond;
  const symbolic = symbolicUnknown([cond], node);
  if (symbolic) return symbolic;
  let fallback: PhpNode | null = null;
  for (const arm of children(node, 'arms')) {
    const conds = arm.conds as PhpNode[] | null;
    if (!conds) {
      fallback = child(arm, 'body');
      continue;
    }
    for (const c of conds) {
      const v = evaluate(c, ctx);
      if (v instanceof SymbolicValue) return new Unknown(v.describe(), c);
      const same = strictEquals(v, cond);
      if (same instanceof Unknown) return same;
      if (same) return evaluate(arm.body, ctx);
    }
  }
  return fallback ? evaluate(fallback, ctx) : new Unknown('an unmatched match', node);
}

/** A string value, or null when the value is not a string (unknown included). */
export function stringValue(v: PhpValue): string | null {
  return typeof v === 'string' ? v : null;
}

/** The value with every unknown removed from view: the first Unknown of it, or the value. */
export function knownOrUnknown(v: PhpValue): PhpValue {
  return firstUnknown(v) ?? v;
}
