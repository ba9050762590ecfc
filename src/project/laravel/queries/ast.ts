/** Small, typed helpers over php-parser's AST: field access, name resolution, literals and a short printer. */

export interface PhpNode {
  kind: string;
  loc?: { start: { line: number }; end: { line: number } } | null;
}

type Fields = PhpNode & Record<string, unknown>;

function isNode(v: unknown): v is PhpNode {
  return typeof v === 'object' && v !== null && typeof (v as { kind?: unknown }).kind === 'string';
}

/** A child node stored under `key`, or null. */
export function child(n: PhpNode | null | undefined, key: string): PhpNode | null {
  if (!n) return null;
  const v = (n as Fields)[key];
  return isNode(v) ? v : null;
}

/** Child nodes stored as an array under `key` (nulls dropped). */
export function children(n: PhpNode | null | undefined, key: string): PhpNode[] {
  if (!n) return [];
  const v = (n as Fields)[key];
  return Array.isArray(v) ? v.filter(isNode) : [];
}

/** A plain (non-node) field: strings, booleans, numbers. */
export function field<T = string>(n: PhpNode | null | undefined, key: string): T | null {
  if (!n) return null;
  const v = (n as Fields)[key];
  return v === undefined || v === null || isNode(v) ? null : (v as T);
}

export function lineOf(n: PhpNode | null | undefined): number {
  return n?.loc?.start.line ?? 1;
}

/** The plain name of an identifier, name or variable node (`where`, `User`, `this`). */
export function nameOf(n: PhpNode | null | undefined): string | null {
  if (!n) return null;
  if (n.kind === 'identifier' || n.kind === 'name' || n.kind === 'variable') {
    const v = (n as Fields).name;
    return typeof v === 'string' ? v : null;
  }
  return null;
}

const SKIP_KEYS = new Set(['loc', 'leadingComments', 'trailingComments', 'comments', 'errors', 'tokens']);

/** Node kinds that hold no expression worth walking into (no call can sit inside them). */
export const LEAF_KINDS = new Set([
  'string', 'number', 'boolean', 'nullkeyword', 'identifier', 'name', 'variable', 'inline', 'commentline',
  'commentblock', 'constref', 'magic', 'nowdoc', 'selfreference', 'staticreference', 'parentreference',
  'typereference', 'classconstant', 'propertystatement', 'traituse', 'usegroup', 'declare', 'noop',
]); // prettier-ignore

/** Every direct child node, in source order of the fields. */
export function childNodes(n: PhpNode): PhpNode[] {
  const out: PhpNode[] = [];
  const fields = n as Fields;
  for (const key in fields) {
    if (SKIP_KEYS.has(key)) continue;
    const v = fields[key];
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      for (const item of v) if (isNode(item) && !LEAF_KINDS.has(item.kind)) out.push(item);
    } else if (isNode(v) && !LEAF_KINDS.has(v.kind)) out.push(v);
  }
  return out;
}

/** The namespace and `use` imports in force where a node sits. */
export interface FileScope {
  file: string;
  namespace: string;
  /** Lower-cased alias → fully qualified name (no leading backslash). */
  uses: Map<string, string>;
}

/** Resolves a class reference the way PHP does (`Post` → `App\Models\Post`). */
export function resolveClass(raw: string, resolution: string | null, scope: FileScope): string {
  if (resolution === 'fqn' || raw.startsWith('\\')) return raw.replace(/^\\/, '');
  if (resolution === 'rn') return joinNs(scope.namespace, raw.replace(/^namespace\\/i, ''));
  const [first, ...rest] = raw.split('\\');
  const imported = scope.uses.get(first.toLowerCase());
  if (imported) return [imported, ...rest].join('\\');
  return joinNs(scope.namespace, raw);
}

function joinNs(ns: string, name: string): string {
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

export type Literal = string | number | boolean | null;

/** A literal value, or undefined when the expression is not a constant PHP can fold. */
export function literalOf(
  n: PhpNode | null | undefined,
  consts?: (cls: PhpNode, name: string) => Literal | undefined,
): Literal | undefined {
  if (!n) return undefined;
  switch (n.kind) {
    case 'string':
      return field<string>(n, 'value') ?? '';
    case 'number': {
      const raw = field<string>(n, 'value') ?? '';
      const num = Number(raw.replace(/_/g, ''));
      return Number.isFinite(num) ? num : undefined;
    }
    case 'boolean':
      return field<boolean>(n, 'value') ?? false;
    case 'nullkeyword':
      return null;
    case 'unary': {
      const v = literalOf(child(n, 'what'), consts);
      if (typeof v === 'number' && field(n, 'type') === '-') return -v;
      return undefined;
    }
    case 'bin': {
      if (field(n, 'type') !== '.') return undefined;
      const l = literalOf(child(n, 'left'), consts);
      const r = literalOf(child(n, 'right'), consts);
      return l === undefined || r === undefined ? undefined : `${l ?? ''}${r ?? ''}`;
    }
    case 'staticlookup': {
      const cls = child(n, 'what');
      const name = nameOf(child(n, 'offset'));
      if (!cls || !name || !consts) return undefined;
      return consts(cls, name);
    }
    default:
      return undefined;
  }
}

/** Elements of an array literal: `[key => value]` pairs in order. */
export function arrayEntries(n: PhpNode | null | undefined): { key: PhpNode | null; value: PhpNode }[] {
  if (!n || n.kind !== 'array') return [];
  const out: { key: PhpNode | null; value: PhpNode }[] = [];
  for (const item of children(n, 'items')) {
    if (item.kind === 'entry') {
      const value = child(item, 'value');
      if (value) out.push({ key: child(item, 'key'), value });
    } else out.push({ key: null, value: item });
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
    default:
      return '…';
  }
}

/** Shortens a rendering to at most `max` characters. */
export function shorten(text: string, max = 160): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
