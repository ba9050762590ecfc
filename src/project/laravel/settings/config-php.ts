/** Reads config/*.php with php-parser: the returned array, flattened to dotted keys, with env() calls kept. */

import type { Node } from 'php-parser';
import type { ParsedPhp } from '../../php/parse.js';

/** A config value as written: a literal, an env() call (with its default), or something only PHP can compute. */
export type ConfigExpr =
  | { kind: 'literal'; value: string | null; line: number }
  | { kind: 'env'; key: string; fallback: ConfigExpr | null; line: number }
  | { kind: 'unknown'; line: number; what: string };

export interface ConfigEntry {
  /** Dotted key as Laravel's config() reads it: `cache.stores.redis.connection`. */
  key: string;
  file: string;
  expr: ConfigExpr;
}

/** `config/cache.php` → `cache`; `config/services/mail.php` → `services.mail`; anything else → null. */
export function configPrefix(path: string): string | null {
  const m = /^config\/(.+)\.php$/.exec(path);
  return m ? m[1].split('/').join('.') : null;
}

type AnyNode = Node & Record<string, unknown>;

function lineOf(node: Node): number {
  return node.loc?.start.line ?? 1;
}

function isEnvCall(node: AnyNode): boolean {
  if (node.kind !== 'call') return false;
  const what = node.what as AnyNode | undefined;
  return what?.kind === 'name' && String(what.name).replace(/^\\/, '').toLowerCase() === 'env';
}

export function evaluate(node: Node): ConfigExpr {
  const n = node as AnyNode;
  const line = lineOf(node);
  switch (n.kind) {
    case 'string':
      return { kind: 'literal', value: String(n.value), line };
    case 'number':
      return { kind: 'literal', value: String(n.value), line };
    case 'boolean':
      return { kind: 'literal', value: n.value ? 'true' : 'false', line };
    case 'nullkeyword':
      return { kind: 'literal', value: null, line };
    case 'cast':
      // (bool) env('APP_DEBUG', false): the cast does not change which variable decides.
      return evaluate(n.expr as Node);
    case 'call': {
      if (!isEnvCall(n)) break;
      const args = (n.arguments as Node[]) ?? [];
      const first = args[0] as AnyNode | undefined;
      if (first?.kind !== 'string') return { kind: 'unknown', line, what: 'env() with a computed name' };
      return { kind: 'env', key: String(first.value), fallback: args[1] ? evaluate(args[1]) : null, line };
    }
  }
  return { kind: 'unknown', line, what: String(n.kind) };
}

function flattenArray(node: AnyNode, prefix: string, file: string, out: ConfigEntry[]): void {
  for (const item of (node.items as AnyNode[]) ?? []) {
    if (!item || item.kind !== 'entry' || item.unpack) continue;
    const keyNode = item.key as AnyNode | null;
    if (!keyNode || (keyNode.kind !== 'string' && keyNode.kind !== 'number')) continue;
    const key = `${prefix}.${String(keyNode.value)}`;
    const value = item.value as AnyNode;
    if (value.kind === 'array') flattenArray(value, key, file, out);
    else out.push({ key, file, expr: evaluate(value) });
  }
}

/** The top-level `return [...]` of a config file; null when the file returns something else. */
function returnedArray(parsed: ParsedPhp): AnyNode | null {
  for (const child of parsed.ast.children as AnyNode[]) {
    if (child.kind === 'return' && (child.expr as AnyNode | null)?.kind === 'array')
      return child.expr as AnyNode;
  }
  return null;
}

export interface ConfigTree {
  /** Config files read, by prefix (`cache` → `config/cache.php`). */
  files: Map<string, string>;
  entries: Map<string, ConfigEntry>;
}

export function readConfigFiles(parsed: ParsedPhp[]): ConfigTree {
  const files = new Map<string, string>();
  const entries = new Map<string, ConfigEntry>();
  for (const file of parsed) {
    const prefix = configPrefix(file.path);
    if (!prefix) continue;
    const array = returnedArray(file);
    if (!array) continue;
    files.set(prefix, file.path);
    const out: ConfigEntry[] = [];
    flattenArray(array, prefix, file.path, out);
    for (const entry of out) entries.set(entry.key, entry);
  }
  return { files, entries };
}
