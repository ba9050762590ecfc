/**
 * Where a file names a method: a call on any receiver (`->m(`, `?->m(`, `::m(`), a property read (`->rel`,
 * how a relation or an `Attribute` accessor is used), and any word of a string (`[$this, 'm']`,
 * `'Controller@m'`, `with('rel.sub')`, a route action, an event listener). Part of each file's summary,
 * so which methods nothing calls is known without parsing the app again (laravel/rare-paths/uncalled.ts).
 * Also the calls whose method name the code does not spell (`$this->$name()`): what they may call is
 * unknown, so the reader treats their receiver's methods as called.
 */

import {
  child,
  children,
  field,
  lineOf,
  nameKey,
  nameOf,
  resolveClass,
  type FileScope,
  type PhpNode,
} from './ast.js';
import { lexPhp } from './parse.js';

export interface DynamicCall {
  line: number;
  /** The receiver's class when the code tells it (`$this`, `static::`, `Foo::`, `[Foo::class, $m]`); else null. */
  receiver: string | null;
  /** `$this->repo->$action()`: the property, whose declared type tells the receiver. */
  property?: string;
  /** The class the call sits in. */
  from: string | null;
}

export interface CalledNames {
  /** The file could be neither parsed nor lexed: what it calls is unknown. */
  unread?: true;
  /** Normalized names (normalizeName), each once; arrays rather than a record: the reader scans them all. */
  names: string[];
  /** The lines naming each of `names`, ascending. */
  lines: number[][];
  /** Calls whose method name cannot be read. */
  dynamic: DynamicCall[];
  /**
   * In a file with a dynamic call: the literal ends of its concatenations, [prefix, suffix] normalized
   * (`'include' . $name` → ['include', '']): the names such a call may build.
   */
  patterns: [string, string][];
}

/**
 * Method names are case-insensitive in PHP, and Laravel reads `$post->author_name` through
 * `authorName()`: names compare lower-case and without underscores.
 */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/_/g, '');
}

const LOOKUPS = new Set(['propertylookup', 'nullsafepropertylookup', 'staticlookup']);
const SELF = new Set(['selfreference', 'staticreference', 'parentreference']);
/** Functions that call the callable they are given first. */
const CALLERS = new Set([
  'call_user_func',
  'call_user_func_array',
  'forward_static_call',
  'forward_static_call_array',
]);
/** Longer strings, and strings with blanks, are prose, markup or SQL (a translation, a raw clause), not names. */
const MAX_STRING = 255;
const BLANK = /\s/;
const WORD = /^[A-Za-z_][A-Za-z0-9_]*$/;
const WORDS = /[A-Za-z_][A-Za-z0-9_]*/g;
/**
 * Translation files (`lang/de/texts.php`, `resources/lang/en/…`, a module's `Resources/lang/…`) return the
 * strings the translator shows: thousands of keys and phrases, none a name code calls. Their words are not
 * recorded (they were most of the cost of this pass on an app with many locales).
 */
export function isTranslationFile(path: string): boolean {
  return /(^|\/)lang\//i.test(path);
}

/** `get-user-sessions`: words a name may be built from (`Str::camel`). */
const KEBAB = /^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+$/;

export class CallCollector {
  /**
   * By the name as written, normalized once per distinct spelling in result(); the lines a name is on (one
   * line as a number: most names are written once, and a file names thousands).
   */
  private readonly names = new Map<string, number | number[]>();
  private readonly dynamic: DynamicCall[] = [];
  /** Outermost concatenations and interpolated strings, read only if the file has a dynamic call. */
  private readonly built: PhpNode[] = [];
  private readonly inner = new Set<PhpNode>();

  /** Records what `node` names; called for every node of the file. */
  visit(node: PhpNode, scope: FileScope, from: string | null): void {
    switch (node.kind) {
      case 'propertylookup':
      case 'nullsafepropertylookup':
      case 'staticlookup': {
        const offset = child(node, 'offset');
        if (offset?.kind === 'identifier') this.add(nameOf(offset), lineOf(node));
        break;
      }
      // Also the literal parts of `"…{$x}…"` and of `->{'m'}(`, which are string nodes too.
      case 'string':
      case 'nowdoc':
        this.addWords(field<string>(node, 'value'), lineOf(node));
        break;
      case 'bin':
        if (field(node, 'type') !== '.' || this.inner.has(node)) break;
        this.built.push(node);
        // The concatenations inside it are pieces of it.
        for (let n = child(node, 'left'); n?.kind === 'bin' && field(n, 'type') === '.'; n = child(n, 'left'))
          this.inner.add(n);
        break;
      case 'encapsed':
        this.built.push(node);
        break;
      case 'call':
        this.visitCall(node, scope, from);
        break;
      case 'array':
        this.visitCallable(node, scope, from);
        break;
    }
  }

  result(): CalledNames {
    const merged = new Map<string, number[]>();
    for (const [raw, at] of this.names) {
      const lines = typeof at === 'number' ? [at] : at;
      const key = normalizeName(raw);
      const known = merged.get(key);
      if (!known) merged.set(key, lines);
      else
        merged.set(
          key,
          [...new Set([...known, ...lines])].sort((a, b) => a - b),
        );
    }
    // The ends of concatenations matter only where a call's name is built.
    const patterns = new Map<string, [string, string]>();
    if (this.dynamic.length)
      for (const n of this.built) {
        const pieces =
          n.kind === 'bin' ? concatPieces(n) : children(n, 'value').map((p) => child(p, 'expression') ?? p);
        const pattern = literalEnds(pieces);
        if (pattern) patterns.set(pattern.join('\0'), pattern);
      }
    return {
      names: [...merged.keys()],
      lines: [...merged.values()],
      dynamic: this.dynamic,
      patterns: [...patterns.values()],
    };
  }

  private add(name: string | null, line: number): void {
    if (!name) return;
    const lines = this.names.get(name);
    if (lines === undefined) this.names.set(name, line);
    else if (typeof lines === 'number') {
      if (lines !== line) this.names.set(name, [lines, line]);
    } else if (lines[lines.length - 1] !== line) lines.push(line);
  }

  private addWords(value: string | null, line: number): void {
    if (!value || value.length > MAX_STRING) return;
    if (WORD.test(value)) return this.add(value, line);
    if (BLANK.test(value)) return;
    for (const word of value.match(WORDS) ?? []) this.add(word, line);
    if (KEBAB.test(value)) this.add(value.replace(/-/g, ''), line);
  }

  private visitCall(node: PhpNode, scope: FileScope, from: string | null): void {
    const what = child(node, 'what');
    if (!what) return;
    if (LOOKUPS.has(what.kind)) {
      let offset = child(what, 'offset');
      if (offset?.kind === 'encapsedpart') offset = child(offset, 'expression');
      // `->m(`, `->{'m'}(`: the name is read where it is written.
      if (!offset || offset.kind === 'identifier' || isLiteral(offset)) return;
      this.dynamic.push(dynamicCall(lineOf(node), child(what, 'what'), scope, from));
      return;
    }
    const fn = what.kind === 'name' ? nameKey(nameOf(what)) : null;
    if (!fn) return;
    const args = children(node, 'arguments');
    if (fn === 'method_exists' && args.length >= 2 && !isLiteral(args[1]))
      // `method_exists($this, $name)` guards a call by a name the code builds.
      this.dynamic.push(dynamicCall(lineOf(node), args[0], scope, from));
    else if (CALLERS.has(fn) && (args[0]?.kind === 'bin' || args[0]?.kind === 'encapsed'))
      // `call_user_func('Foo::' . $name)`; a callable array is read where it is written (visitCallable).
      this.dynamic.push({ line: lineOf(node), receiver: null, from });
  }

  /** `[$this, $method]`, `[Foo::class, $name]`: a callable whose method name is built. */
  private visitCallable(node: PhpNode, scope: FileScope, from: string | null): void {
    const items = children(node, 'items');
    if (items.length !== 2 || items.some((i) => i.kind !== 'entry' || child(i, 'key') || i.unpack)) return;
    const [target, method] = items.map((i) => child(i, 'value'));
    if (!target || !method || isLiteral(method)) return;
    if (!['variable', 'staticlookup', 'new'].includes(target.kind)) return;
    if (target.kind === 'variable' && nameOf(target) !== 'this') return;
    if (target.kind === 'staticlookup' && nameOf(child(target, 'offset'))?.toLowerCase() !== 'class') return;
    if (!['variable', 'propertylookup', 'nullsafepropertylookup', 'staticlookup', 'call', 'offsetlookup', 'bin', 'encapsed'].includes(method.kind)) return; // prettier-ignore
    this.dynamic.push(dynamicCall(lineOf(node), target, scope, from));
  }
}

/** The pieces of `'a' . $b . 'c'`, left to right. */
function concatPieces(node: PhpNode): PhpNode[] {
  if (node.kind === 'bin' && field(node, 'type') === '.') {
    const left = child(node, 'left');
    const right = child(node, 'right');
    return [...(left ? concatPieces(left) : []), ...(right ? concatPieces(right) : [])];
  }
  return [node];
}

/** [prefix, suffix] of a built name: its literal first and last pieces when they are name-like; null when neither is. */
function literalEnds(pieces: PhpNode[]): [string, string] | null {
  const end = (n: PhpNode | undefined) => {
    const v = n?.kind === 'string' ? field<string>(n, 'value') : null;
    return v && /^[A-Za-z0-9_]+$/.test(v) ? normalizeName(v) : '';
  };
  const prefix = end(pieces[0]);
  const suffix = pieces.length > 1 ? end(pieces[pieces.length - 1]) : '';
  return prefix || suffix ? [prefix, suffix] : null;
}

function isLiteral(n: PhpNode): boolean {
  return n.kind === 'string' || n.kind === 'nowdoc';
}

function dynamicCall(line: number, on: PhpNode | null, scope: FileScope, from: string | null): DynamicCall {
  const receiver = receiverOf(on, scope, from);
  const property =
    receiver === null && on?.kind === 'propertylookup' && nameOf(child(on, 'what')) === 'this'
      ? nameOf(child(on, 'offset'))
      : null;
  return { line, receiver, ...(property ? { property } : {}), from };
}

/** The class a dynamic call's receiver is: `$this`/`static::` the enclosing class, `Foo::`, `new Foo`. */
function receiverOf(n: PhpNode | null, scope: FileScope, from: string | null): string | null {
  if (!n) return null;
  if ((n.kind === 'variable' && nameOf(n) === 'this') || SELF.has(n.kind)) return from;
  const named = (c: PhpNode | null) => {
    const raw = c?.kind === 'name' ? nameOf(c) : null;
    return raw ? resolveClass(raw, field(c, 'resolution'), scope) : null;
  };
  if (n.kind === 'name') return named(n);
  if (n.kind === 'new') return named(child(n, 'what'));
  if (n.kind === 'staticlookup' && nameOf(child(n, 'offset'))?.toLowerCase() === 'class') {
    const what = child(n, 'what');
    return what && SELF.has(what.kind) ? from : named(what);
  }
  return null;
}

/** Tokens whose text holds words a method name may be: identifiers, strings, text around PHP tags. */
const WORD_TOKENS = new Set([
  'T_STRING',
  'T_CONSTANT_ENCAPSED_STRING',
  'T_ENCAPSED_AND_WHITESPACE',
  'T_INLINE_HTML',
]);

/**
 * The names a file that does not parse spells, from php-parser's lexer: every identifier and every word of
 * its strings, whatever their length (no call of it is read as dynamic: its receivers cannot be told).
 */
export function lexedNames(text: string): CalledNames {
  const tokens = lexPhp(text);
  if (!tokens) return { names: [], lines: [], dynamic: [], patterns: [], unread: true };
  const names = new Map<string, number[]>();
  for (const t of tokens) {
    if (typeof t === 'string' || !WORD_TOKENS.has(t[0])) continue;
    for (const word of t[1].match(WORDS) ?? []) {
      const key = normalizeName(word);
      const lines = names.get(key);
      if (!lines) names.set(key, [t[2]]);
      else if (lines[lines.length - 1] !== t[2]) lines.push(t[2]);
    }
  }
  return { names: [...names.keys()], lines: [...names.values()], dynamic: [], patterns: [] };
}
