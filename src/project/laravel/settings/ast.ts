/** Small helpers over php-parser's AST. */

import type { Node } from 'php-parser';

export type AnyNode = Node & Record<string, unknown>;

/** Visits every node below `root` (depth first, source order). */
export function walk(root: unknown, visit: (node: AnyNode) => void): void {
  if (Array.isArray(root)) {
    for (const item of root) walk(item, visit);
    return;
  }
  if (!root || typeof root !== 'object') return;
  const node = root as AnyNode;
  if (typeof node.kind === 'string') visit(node);
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc' || key === 'leadingComments' || key === 'trailingComments') continue;
    if (value && typeof value === 'object') walk(value, visit);
  }
}

/** The method name of `$x->name(...)`, `$x?->name(...)` or `X::name(...)`. */
export function calledMethod(call: AnyNode): string | null {
  const what = call.what as AnyNode | undefined;
  if (!what) return null;
  if (
    what.kind === 'propertylookup' ||
    what.kind === 'nullsafepropertylookup' ||
    what.kind === 'staticlookup'
  ) {
    const offset = what.offset as AnyNode | undefined;
    return offset?.kind === 'identifier' ? String(offset.name) : null;
  }
  return null;
}

/** `use A\B\C;` and `use A\B\C as D;` → alias (lower case) → fully qualified name. */
export function useMap(root: unknown): Map<string, string> {
  const map = new Map<string, string>();
  walk(root, (node) => {
    if (node.kind !== 'useitem') return;
    const name = String(node.name).replace(/^\\/, '');
    const alias = (node.alias as AnyNode | null)?.name ?? name.split('\\').pop();
    map.set(String(alias).toLowerCase(), name);
  });
  return map;
}
