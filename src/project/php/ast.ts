/**
 * The one toolkit over php-parser's AST: field access, walking, locations, chains, name resolution and a
 * short printer. Nodes are typed loosely because the parser's typings do not model every field, and
 * summaries and caches carry nodes as plain data (no prototypes), so nothing here uses instanceof.
 */

export interface Position {
  line: number;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyField = any;

export type PhpNode = { kind: string; loc?: { start: Position; end?: Position } | null } & Record<
  string,
  AnyField
>;

export function isNode(v: unknown): v is PhpNode {
  return typeof v === 'object' && v !== null && typeof (v as { kind?: unknown }).kind === 'string';
}

/** A child node stored under `key`, or null. */
export function child(n: PhpNode | null | undefined, key: string): PhpNode | null {
  if (!n) return null;
  const v = n[key];
  return isNode(v) ? v : null;
}

/** Child nodes stored as an array under `key` (nulls dropped). */
export function children(n: PhpNode | null | undefined, key: string): PhpNode[] {
  if (!n) return [];
  const v = n[key];
  return Array.isArray(v) ? v.filter(isNode) : [];
}

/** A plain (non-node) field: strings, booleans, numbers. */
export function field<T = string>(n: PhpNode | null | undefined, key: string): T | null {
  if (!n) return null;
  const v = n[key];
  return v === undefined || v === null || isNode(v) ? null : (v as T);
}

export function lineOf(n: PhpNode | null | undefined, fallback = 1): number {
  return n?.loc?.start?.line ?? fallback;
}

export function endLineOf(n: PhpNode | null | undefined): number {
  return n?.loc?.end?.line ?? lineOf(n);
}

/** The plain name of an identifier, name or variable node (`where`, `User`, `this`); null when dynamic. */
export function nameOf(n: PhpNode | null | undefined): string | null {
  if (!n) return null;
  if (n.kind === 'identifier' || n.kind === 'name' || n.kind === 'variable') {
    const v = n.name;
    return typeof v === 'string' ? v : null;
  }
  return null;
}

/** The class name a `name` node spells (`Schema`, `\DB`), or null for variables and expressions. */
export function classNameOf(n: PhpNode | null | undefined): string | null {
  return n?.kind === 'name' && typeof n.name === 'string' ? n.name : null;
}

/** `$name` → `name`; null for `$$dynamic` and anything that is not a variable. */
export function variableName(n: PhpNode | null | undefined): string | null {
  return n?.kind === 'variable' && typeof n.name === 'string' ? n.name : null;
}

/**
 * The key a class or function name is looked up by: without the leading backslash of a fully qualified
 * name, lower case (PHP's class and function names are case-insensitive). `\In_Array` → `in_array`.
 */
export function nameKey(name: string): string;
export function nameKey(name: string | null | undefined): string | null;
export function nameKey(name: string | null | undefined): string | null {
  return name == null ? null : name.replace(/^\\/, '').toLowerCase();
}

/** Last segment of a possibly qualified class name: `\Illuminate\Support\Facades\Schema` → `Schema`. */
export function baseName(name: string): string {
  const parts = name.split('\\');
  return parts[parts.length - 1];
}

const SKIP_KEYS = new Set(['loc', 'leadingComments', 'trailingComments', 'comments', 'errors', 'tokens']);

/**
 * Kinds whose nodes hold no node (php-parser's scalars, names and identifiers): a third to a half of
 * every file's nodes. `variable` is not one (`$$name`, `${expr}`).
 */
export const CHILDLESS_KINDS = new Set([
  'string', 'number', 'boolean', 'nullkeyword', 'identifier', 'name', 'inline', 'magic', 'nowdoc',
  'selfreference', 'staticreference', 'parentreference', 'typereference',
]); // prettier-ignore

/**
 * For each of php-parser's node kinds, the fields that can hold a node or a list of nodes, in the order
 * its constructors set them (the order `Object.keys` lists them, `attrGroups` last where the parser adds
 * it after construction). Reading these fields instead of listing every node's keys makes walking a file
 * several times cheaper and allocates nothing per node. Kinds not listed (nodes made by hand) fall back to
 * their own keys; __tests__/php/walk.test.ts checks the table against real files.
 */
const CHILD_KEYS: Readonly<Record<string, readonly string[]>> = {
  array: ['items'],
  arrowfunc: ['arguments', 'body', 'type', 'attrGroups'],
  assign: ['left', 'right'],
  assignref: ['left', 'right'],
  attrgroup: ['attrs'],
  attribute: ['name', 'args'],
  bin: ['type', 'left', 'right'],
  block: ['children'],
  boolean: [],
  break: ['level'],
  byref: ['what'],
  call: ['what', 'arguments'],
  case: ['test', 'body'],
  cast: ['type', 'expr'],
  catch: ['body', 'what', 'variable'],
  class: ['name', 'extends', 'implements', 'body', 'attrGroups'],
  classconstant: ['constants', 'type', 'attrGroups'],
  clone: ['what', 'properties'],
  closure: ['uses', 'arguments', 'type', 'body', 'attrGroups'],
  commentblock: ['value'],
  commentline: ['value'],
  constant: ['name', 'value'],
  constantstatement: ['constants'],
  continue: ['level'],
  declare: ['children', 'directives'],
  declaredirective: ['key', 'value'],
  do: ['test', 'body'],
  echo: ['expressions'],
  empty: ['expression'],
  encapsed: ['value', 'type'],
  encapsedpart: ['expression'],
  entry: ['key', 'value'],
  enum: ['name', 'valueType', 'implements', 'body', 'attrGroups'],
  enumcase: ['name', 'value', 'attrGroups'],
  error: ['expected'],
  eval: ['source'],
  exit: ['expression'],
  expressionstatement: ['expression'],
  for: ['init', 'test', 'increment', 'body'],
  foreach: ['source', 'key', 'value', 'body'],
  function: ['name', 'arguments', 'type', 'body', 'attrGroups'],
  global: ['items'],
  goto: ['label'],
  halt: [],
  identifier: [],
  if: ['test', 'body', 'alternate'],
  include: ['target'],
  inline: [],
  interface: ['name', 'extends', 'body', 'attrGroups'],
  intersectiontype: ['name', 'types'],
  isset: ['variables'],
  label: ['name'],
  list: ['items'],
  magic: [],
  match: ['cond', 'arms'],
  matcharm: ['conds', 'body'],
  method: ['name', 'arguments', 'type', 'body', 'attrGroups'],
  name: [],
  namedargument: ['name', 'value'],
  namespace: ['children', 'name'],
  new: ['what', 'arguments'],
  noop: [],
  nowdoc: [],
  nullkeyword: [],
  nullsafepropertylookup: ['what', 'offset'],
  number: [],
  offsetlookup: ['what', 'offset'],
  parameter: ['name', 'value', 'type', 'hooks', 'attrGroups'],
  parentreference: [],
  post: ['type', 'what'],
  pre: ['type', 'what'],
  print: ['expression'],
  program: ['children'],
  property: ['name', 'value', 'type', 'attrGroups', 'hooks'],
  propertyhook: ['name', 'parameter', 'body', 'attrGroups'],
  propertylookup: ['what', 'offset'],
  propertystatement: ['properties'],
  retif: ['test', 'trueExpr', 'falseExpr'],
  return: ['expr'],
  selfreference: [],
  silent: ['expr'],
  static: ['variables'],
  staticlookup: ['what', 'offset'],
  staticreference: [],
  staticvariable: ['variable', 'defaultValue'],
  string: [],
  switch: ['test', 'body'],
  throw: ['what'],
  trait: ['name', 'body', 'attrGroups'],
  traitalias: ['trait', 'method', 'as'],
  traitprecedence: ['trait', 'method', 'instead'],
  traituse: ['traits', 'adaptations'],
  try: ['body', 'catches', 'always'],
  typereference: [],
  unary: ['type', 'what'],
  uniontype: ['name', 'types'],
  unset: ['variables'],
  usegroup: ['name', 'type', 'items'],
  useitem: ['name', 'alias', 'type'],
  variable: ['name'],
  variadic: ['what'],
  variadicplaceholder: [],
  while: ['test', 'body'],
  yield: ['value', 'key'],
  yieldfrom: ['value'],
};
const CHILD_KEYS_BY_KIND = new Map<string, readonly string[]>(
  Object.entries(CHILD_KEYS).map(([kind, keys]) => [kind, CHILDLESS_KINDS.has(kind) ? [] : keys]),
);

/** The fields of `n` that may hold child nodes, in source order. */
export function childKeys(n: PhpNode): readonly string[] {
  return CHILD_KEYS_BY_KIND.get(n.kind) ?? Object.keys(n).filter((key) => !SKIP_KEYS.has(key));
}

/** Visits every node below `root` (depth first, source order), the root included. */
export function walk(root: unknown, visit: (node: PhpNode) => void): void {
  if (Array.isArray(root)) {
    for (let i = 0; i < root.length; i++) walk(root[i], visit);
    return;
  }
  if (!isNode(root)) return;
  visit(root);
  const keys = childKeys(root);
  for (let i = 0; i < keys.length; i++) {
    const value = root[keys[i]];
    if (value && typeof value === 'object') walk(value, visit);
  }
}

/**
 * The first node (depth first) that satisfies `match` among those whose lines cover `line`: subtrees
 * that end before or start after the line are not entered, so finding a declaration costs little.
 */
export function findAtLine(root: unknown, line: number, match: (node: PhpNode) => boolean): PhpNode | null {
  if (Array.isArray(root)) {
    for (const item of root) {
      const found = findAtLine(item, line, match);
      if (found) return found;
    }
    return null;
  }
  if (!isNode(root)) return null;
  const start = root.loc?.start?.line;
  const end = root.loc?.end?.line;
  if (start !== undefined && end !== undefined && (line < start || line > end)) return null;
  if (match(root)) return root;
  for (const key of childKeys(root)) {
    const value = root[key];
    if (value && typeof value === 'object') {
      const found = findAtLine(value, line, match);
      if (found) return found;
    }
  }
  return null;
}

/** Node kinds that hold no expression worth walking into (no call can sit inside them). */
export const LEAF_KINDS = new Set([
  'string', 'number', 'boolean', 'nullkeyword', 'identifier', 'name', 'variable', 'inline', 'commentline',
  'commentblock', 'constref', 'magic', 'nowdoc', 'selfreference', 'staticreference', 'parentreference',
  'typereference', 'classconstant', 'propertystatement', 'traituse', 'usegroup', 'declare', 'noop',
]); // prettier-ignore

/** Every direct child node that can hold an expression, in source order of the fields. */
export function childNodes(n: PhpNode): PhpNode[] {
  const out: PhpNode[] = [];
  const keys = childKeys(n);
  for (let i = 0; i < keys.length; i++) {
    const v = n[keys[i]];
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      for (const item of v) if (isNode(item) && !LEAF_KINDS.has(item.kind)) out.push(item);
    } else if (isNode(v) && !LEAF_KINDS.has(v.kind)) out.push(v);
  }
  return out;
}

/** The method name of `$x->name(...)`, `$x?->name(...)` or `X::name(...)`. */
export function calledMethod(call: PhpNode): string | null {
  const what = child(call, 'what');
  if (!what) return null;
  if (LOOKUPS.has(what.kind) || what.kind === 'staticlookup') {
    const offset = child(what, 'offset');
    return offset?.kind === 'identifier' ? nameOf(offset) : null;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// Chains

export interface Step {
  /** `call` for `->m()`, `static` for `X::m()`, `prop` for `->p`. */
  kind: 'call' | 'static' | 'prop';
  /** Null when the method or property name is dynamic (`->$name()`). */
  name: string | null;
  args: PhpNode[];
  node: PhpNode;
}

export interface Chain {
  /** What the first step is called on: a class name, a variable, a function call, `new X`… */
  root: PhpNode;
  steps: Step[];
}

const LOOKUPS = new Set(['propertylookup', 'nullsafepropertylookup']);

function offsetName(lookup: PhpNode): string | null {
  const off = child(lookup, 'offset');
  return off && off.kind === 'identifier' ? nameOf(off) : null;
}

/** Flattens a call / property chain into its root and steps, outermost last. */
export function flatten(node: PhpNode): Chain {
  const steps: Step[] = [];
  let cur: PhpNode = node;
  for (;;) {
    if (cur.kind === 'call') {
      const what = child(cur, 'what');
      if (what && LOOKUPS.has(what.kind)) {
        steps.unshift({ kind: 'call', name: offsetName(what), args: children(cur, 'arguments'), node: cur });
        cur = child(what, 'what') ?? what;
        continue;
      }
      if (what && what.kind === 'staticlookup') {
        steps.unshift({
          kind: 'static',
          name: offsetName(what),
          args: children(cur, 'arguments'),
          node: cur,
        });
        return { root: child(what, 'what') ?? what, steps };
      }
      return { root: cur, steps };
    }
    if (LOOKUPS.has(cur.kind)) {
      steps.unshift({ kind: 'prop', name: offsetName(cur), args: [], node: cur });
      cur = child(cur, 'what') ?? cur;
      continue;
    }
    if (cur.kind === 'parenthesis') {
      const inner = child(cur, 'inner');
      if (inner) {
        cur = inner;
        continue;
      }
    }
    return { root: cur, steps };
  }
}

/** `->where('a', 1)` as shown in reports. */
export function renderStep(step: Step): string {
  const sep = step.kind === 'static' ? '::' : '->';
  if (step.kind === 'prop') return `${sep}${step.name ?? '…'}`;
  return `${sep}${step.name ?? '…'}(${step.args.map((a) => render(a)).join(', ')})`;
}

// ---------------------------------------------------------------------------------------------------------
// Functions

/** The name of a function's parameter node (`$query` → `query`). */
export function paramName(p: PhpNode): string | null {
  return nameOf(child(p, 'name')) ?? field<string>(p, 'name');
}

/** The name of a closure's / arrow function's first parameter (`$query`). */
export function firstParamName(fn: PhpNode): string | null {
  const p = children(fn, 'arguments')[0];
  return p ? paramName(p) : null;
}

/** The statements of a function body; an arrow function's expression as one statement. */
export function bodyStatements(fn: PhpNode): PhpNode[] {
  if (fn.kind === 'arrowfunc') {
    const body = child(fn, 'body');
    return body ? [{ kind: 'expressionstatement', expression: body, loc: body.loc }] : [];
  }
  return children(child(fn, 'body'), 'children');
}

export function isFunctionLike(n: PhpNode | null | undefined): n is PhpNode {
  return !!n && (n.kind === 'closure' || n.kind === 'arrowfunc');
}

// ---------------------------------------------------------------------------------------------------------
// Names

/** The namespace and `use` imports in force where a node sits. */
export interface FileScope {
  file: string;
  namespace: string;
  /** Lower-cased alias → fully qualified name (no leading backslash). */
  uses: Map<string, string>;
}

export function newFileScope(file: string, namespace = ''): FileScope {
  return { file, namespace, uses: new Map() };
}

/** Resolves a class reference the way PHP does (`Post` → `App\Models\Post`). */
export function resolveClass(raw: string, resolution: string | null, scope: FileScope): string {
  if (resolution === 'fqn' || raw.startsWith('\\')) return raw.replace(/^\\/, '');
  if (resolution === 'rn') return joinNs(scope.namespace, raw.replace(/^namespace\\/i, ''));
  // The first segment is looked up among the imports; the rest follows it (`Models\\Post`).
  const cut = raw.indexOf('\\');
  const imported = scope.uses.get((cut < 0 ? raw : raw.slice(0, cut)).toLowerCase());
  if (imported) return cut < 0 ? imported : imported + raw.slice(cut);
  return joinNs(scope.namespace, raw);
}

/** A type or class name node resolved in `scope`; builtin type names (`int`, `array`) come back as written. */
export function resolveName(n: PhpNode | null | undefined, scope: FileScope): string | null {
  if (!n) return null;
  if (n.kind === 'typereference') return typeof n.name === 'string' ? n.name.toLowerCase() : null;
  if (n.kind !== 'name' || typeof n.name !== 'string') return null;
  return resolveClass(n.name, field(n, 'resolution'), scope);
}

export function joinNs(ns: string, name: string): string {
  return ns ? `${ns}\\${name}` : name;
}

/** Reads `use` statements of one namespace body into the scope. */
export function addUses(scope: FileScope, usegroup: PhpNode): void {
  if (field(usegroup, 'type') === 'function' || field(usegroup, 'type') === 'const') return;
  const prefix = field(usegroup, 'name');
  for (const item of children(usegroup, 'items')) {
    const t = field(item, 'type');
    if (t === 'function' || t === 'const') continue;
    const name = field(item, 'name');
    if (!name) continue;
    const fq = (prefix ? `${prefix}\\${name}` : name).replace(/^\\/, '');
    const alias = nameOf(child(item, 'alias')) ?? fq.split('\\').pop()!;
    scope.uses.set(alias.toLowerCase(), fq);
  }
}

/** Every `use` import of a file, whatever its namespace: alias (lower case) → fully qualified name. */
export function useMap(root: unknown): Map<string, string> {
  const scope = newFileScope('');
  walk(root, (node) => {
    if (node.kind === 'usegroup') addUses(scope, node);
  });
  return scope.uses;
}

/**
 * Visits a file's top-level declarations and statements with the namespace and imports in force, through
 * bracketed and unbracketed namespaces and into `if (! class_exists(…)) { … }` guards.
 */
export function forEachTopLevel(
  file: string,
  program: PhpNode,
  visit: (node: PhpNode, scope: FileScope) => void,
): void {
  const go = (nodes: PhpNode[], scope: FileScope): void => {
    for (const node of nodes) {
      if (node.kind === 'namespace') {
        // The global `namespace { … }` has the name `['']`.
        const name = node.name;
        go(children(node, 'children'), newFileScope(file, typeof name === 'string' ? name : ''));
      } else if (node.kind === 'usegroup') {
        addUses(scope, node);
      } else if (node.kind === 'if' || node.kind === 'block') {
        go([...children(node, 'children'), ...children(child(node, 'body'), 'children')], scope);
      } else visit(node, scope);
    }
  };
  go(children(program, 'children'), newFileScope(file));
}

// ---------------------------------------------------------------------------------------------------------
// Printing

/** Elements of an array literal: `[key => value]` pairs in order (spreads have `unpack`). */
export function arrayEntries(
  n: PhpNode | null | undefined,
): { key: PhpNode | null; value: PhpNode; unpack: boolean }[] {
  if (!n || n.kind !== 'array') return [];
  const out: { key: PhpNode | null; value: PhpNode; unpack: boolean }[] = [];
  for (const item of children(n, 'items')) {
    if (item.kind === 'entry') {
      const value = child(item, 'value');
      if (value) out.push({ key: child(item, 'key'), value, unpack: item.unpack === true });
    } else out.push({ key: null, value: item, unpack: false });
  }
  return out;
}

/** A compact one-line rendering of an expression for reports: closures and long arrays collapse to `…`. */
export function render(n: PhpNode | null | undefined, depth = 0): string {
  if (!n) return '';
  if (depth > 6) return '…';
  const r = (x: PhpNode | null) => render(x, depth + 1);
  switch (n.kind) {
    case 'string':
      return `'${field<string>(n, 'value') ?? ''}'`;
    case 'number':
      return field<string>(n, 'value') ?? '';
    case 'boolean':
      return String(field<boolean>(n, 'value'));
    case 'nullkeyword':
      return 'null';
    case 'variable':
      return `$${nameOf(n) ?? '…'}`;
    case 'name':
    case 'identifier':
      return nameOf(n) ?? '';
    case 'call': {
      const args = children(n, 'arguments').map(r).join(', ');
      return `${r(child(n, 'what'))}(${args})`;
    }
    case 'propertylookup':
      return `${r(child(n, 'what'))}->${r(child(n, 'offset'))}`;
    case 'nullsafepropertylookup':
      return `${r(child(n, 'what'))}?->${r(child(n, 'offset'))}`;
    case 'staticlookup':
      return `${r(child(n, 'what'))}::${r(child(n, 'offset'))}`;
    case 'array': {
      const items = arrayEntries(n);
      if (items.length > 3) return '[…]';
      return `[${items.map((e) => (e.key ? `${r(e.key)} => ${r(e.value)}` : r(e.value))).join(', ')}]`;
    }
    case 'closure':
      return 'function (…) {…}';
    case 'arrowfunc':
      return 'fn (…) => …';
    case 'new':
      return `new ${r(child(n, 'what'))}(…)`;
    case 'bin':
      return `${r(child(n, 'left'))} ${field(n, 'type')} ${r(child(n, 'right'))}`;
    case 'unary':
      return `${field(n, 'type')}${r(child(n, 'what'))}`;
    case 'cast':
      return `(${field(n, 'type')}) ${r(child(n, 'expr'))}`;
    case 'offsetlookup':
      return `${r(child(n, 'what'))}[${r(child(n, 'offset'))}]`;
    case 'encapsed':
      return '"…"';
    case 'parenthesis':
      return `(${r(child(n, 'inner'))})`;
    case 'selfreference':
      return 'self';
    case 'staticreference':
      return 'static';
    case 'parentreference':
      return 'parent';
    default:
      return '…';
  }
}

/** Shortens a rendering to at most `max` characters. */
export function shorten(text: string, max = 160): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
