/** Evaluates the PHP expressions migrations pass to the schema builder: literals, arrays, concatenation, loop variables. */

import { baseName, nameOf, type PhpNode } from './ast.js';

/** `DB::raw('...')` / `new Expression('...')`: SQL used as written. */
export class RawSql {
  constructor(readonly sql: string) {}
}

export type PhpValue = string | number | boolean | null | RawSql | PhpValue[] | { [key: string]: PhpValue };

/** Thrown (and caught by the interpreter) when an expression depends on something not known statically. */
export class NotStatic extends Error {
  constructor(
    readonly node: PhpNode,
    what: string,
  ) {
    super(what);
  }
}

export type Scope = Map<string, PhpValue>;

function describe(node: PhpNode): string {
  if (node.kind === 'variable') return `$${node.name}`;
  if (node.kind === 'call') return 'a function call';
  return `a ${node.kind} expression`;
}

export function evaluate(node: PhpNode, scope: Scope): PhpValue {
  switch (node.kind) {
    case 'string':
      return String(node.value);
    case 'number': {
      const n = Number(String(node.value).replace(/_/g, ''));
      if (Number.isNaN(n)) throw new NotStatic(node, `number ${node.value}`);
      return n;
    }
    case 'boolean':
      return Boolean(node.value);
    case 'nullkeyword':
      return null;
    case 'name': {
      // Bare constants: true/false/null arrive as names in some parser versions.
      const n = String(node.name).toLowerCase();
      if (n === 'true') return true;
      if (n === 'false') return false;
      if (n === 'null') return null;
      throw new NotStatic(node, `constant ${node.name}`);
    }
    case 'unary': {
      const v = evaluate(node.what, scope);
      if (node.type === '-' && typeof v === 'number') return -v;
      if (node.type === '+' && typeof v === 'number') return v;
      if (node.type === '!') return !truthy(v);
      throw new NotStatic(node, `unary ${node.type}`);
    }
    case 'bin': {
      const l = evaluate(node.left, scope);
      const r = evaluate(node.right, scope);
      if (node.type === '.') return toPhpString(l, node) + toPhpString(r, node);
      if (typeof l === 'number' && typeof r === 'number') {
        if (node.type === '+') return l + r;
        if (node.type === '-') return l - r;
        if (node.type === '*') return l * r;
      }
      throw new NotStatic(node, `operator ${node.type}`);
    }
    case 'encapsed': {
      if (node.type !== 'string') throw new NotStatic(node, `${node.type} string`);
      let out = '';
      for (const part of node.value as PhpNode[]) out += toPhpString(evaluate(part.expression, scope), node);
      return out;
    }
    case 'nowdoc':
      return String(node.value);
    case 'array': {
      const items = node.items as PhpNode[];
      const hasKeys = items.some((i) => i && i.key);
      if (!hasKeys) return items.map((i) => evaluate(i.value, scope));
      const obj: { [key: string]: PhpValue } = {};
      let next = 0;
      for (const i of items) {
        const key = i.key ? evaluate(i.key, scope) : next++;
        obj[String(key)] = evaluate(i.value, scope);
      }
      return obj;
    }
    case 'variable': {
      const name = typeof node.name === 'string' ? node.name : null;
      if (name !== null && scope.has(name)) return scope.get(name)!;
      throw new NotStatic(node, describe(node));
    }
    case 'cast': {
      const v = evaluate(node.expr, scope);
      if (node.type === 'string') return toPhpString(v, node);
      if (node.type === 'int') return Number(v);
      if (node.type === 'bool') return truthy(v);
      throw new NotStatic(node, `cast ${node.type}`);
    }
    case 'new': {
      // new Expression('CURRENT_TIMESTAMP')
      const cls = nameOf(node.what);
      if (cls && baseName(cls) === 'Expression' && node.arguments.length === 1) {
        return new RawSql(toPhpString(evaluate(node.arguments[0], scope), node));
      }
      throw new NotStatic(node, 'an object');
    }
    case 'call': {
      // DB::raw('...')
      if (node.what.kind === 'staticlookup') {
        const cls = nameOf(node.what.what);
        const method = nameOf(node.what.offset);
        if (cls && baseName(cls) === 'DB' && method === 'raw' && node.arguments.length === 1) {
          return new RawSql(toPhpString(evaluate(node.arguments[0], scope), node));
        }
      }
      throw new NotStatic(node, describe(node));
    }
    case 'staticlookup': {
      // User::class → 'User'; self::TABLE / static::TABLE → the migration's own constant.
      const offset = nameOf(node.offset);
      const cls = nameOf(node.what);
      if (offset === 'class' && cls) return cls;
      const own = node.what?.kind === 'selfreference' || node.what?.kind === 'staticreference';
      if (own && offset && scope.has(`self::${offset}`)) return scope.get(`self::${offset}`)!;
      throw new NotStatic(node, 'a class constant');
    }
    case 'propertylookup': {
      // $this->table: a property of the migration with a literal default.
      const prop = nameOf(node.offset);
      if (
        node.what?.kind === 'variable' &&
        node.what.name === 'this' &&
        prop &&
        scope.has(`$this->${prop}`)
      ) {
        return scope.get(`$this->${prop}`)!;
      }
      throw new NotStatic(node, prop ? `$this->${prop}` : 'a property');
    }
    case 'parenthesis':
      return evaluate(node.inner, scope);
    default:
      throw new NotStatic(node, describe(node));
  }
}

export function truthy(v: PhpValue): boolean {
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof RawSql) return true;
  if (v !== null && typeof v === 'object') return Object.keys(v).length > 0;
  return v !== null && v !== false && v !== 0 && v !== '' && v !== '0';
}

export function toPhpString(v: PhpValue, node: PhpNode): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? '1' : '';
  if (v === null) return '';
  if (v instanceof RawSql) return v.sql;
  throw new NotStatic(node, 'an array used as a string');
}
