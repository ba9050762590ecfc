/**
 * Where a file names classes: `new X`, `X::m()`, `X::class`, `instanceof X`, type hints, and class names
 * written as strings. Part of each file's summary, so whether anything still dispatches a job, or only the
 * scheduler runs a service, is known without parsing the app again (laravel/rare-paths/).
 */

import { field, joinNs, lineOf, nameOf, resolveClass, type FileScope, type PhpNode } from './ast.js';

export interface ClassReference {
  /** Resolved, without a leading backslash (also names that turn out to be functions or constants). */
  name: string;
  line: number;
  /** The top-level class the reference sits in; null in top-level code (routes, bootstrap files). */
  from: string | null;
}

/** A string that spells a namespaced class name (`'App\\Jobs\\Prune'`). */
const CLASS_STRING = /^\\?[A-Za-z_][A-Za-z0-9_]*(\\[A-Za-z_][A-Za-z0-9_]*)+$/;

export class ReferenceCollector {
  private readonly seen = new Set<string>();
  readonly references: ClassReference[] = [];

  /** Records `node` when it names a class; called for every node of the file. */
  visit(node: PhpNode, scope: FileScope, from: string | null): void {
    let name: string | null = null;
    if (node.kind === 'name') {
      const raw = nameOf(node);
      if (raw) name = resolveClass(raw, field(node, 'resolution'), scope);
    } else if (node.kind === 'string') {
      const value = field<string>(node, 'value');
      // Most strings hold no backslash: the pattern needs one.
      if (value && value.includes('\\') && CLASS_STRING.test(value)) name = value.replace(/^\\/, '');
    }
    if (!name) return;
    const line = lineOf(node);
    const key = `${name.toLowerCase()}@${line}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.references.push({ name, line, from });
  }
}

/** The class a top-level statement declares (the `from` of the references inside it). */
export function declaredClass(node: PhpNode, scope: FileScope): string | null {
  if (!['class', 'trait', 'enum', 'interface'].includes(node.kind) || node.isAnonymous) return null;
  const name = nameOf(node.name as PhpNode | null);
  return name ? joinNs(scope.namespace, name) : null;
}
