/**
 * Call chains as the migration interpreter reads them: `$table->string('a')->nullable()` is the root
 * `$table` and its calls in source order; `Schema::connection('x')->create(…)` the root `Schema`;
 * `$this->schema->create(…)` the root `$this->schema` (a property holding a schema builder).
 */

import { classNameOf, flatten, lineOf, variableName, type PhpNode } from '../../php/ast.js';

export interface Link {
  method: string;
  args: PhpNode[];
  line: number;
}

export interface MigrationChain {
  /** What the calls are made on: a class name, a variable, or a property lookup such as `$this->schema`. */
  root: PhpNode;
  links: Link[];
}

/**
 * The chain of a call expression, or null when one of its method names is dynamic (`$t->$method()`).
 * Property steps end the chain at the outermost one: `$this->schema->create()` has the root `$this->schema`.
 */
export function chainOf(expr: PhpNode): MigrationChain | null {
  const { root, steps } = flatten(expr);
  const lastProp = steps.map((s) => s.kind).lastIndexOf('prop');
  const calls = steps.slice(lastProp + 1);
  const links: Link[] = [];
  for (const step of calls) {
    if (step.name === null) return null;
    links.push({ method: step.name, args: step.args, line: lineOf(step.node) });
  }
  return { root: lastProp >= 0 ? steps[lastProp].node : root, links };
}

/** `$this->prop` when the node is a property of the migration itself, else null. */
export function thisProperty(node: PhpNode): string | null {
  if (node.kind !== 'propertylookup' || variableName(node.what) !== 'this') return null;
  return node.offset?.kind === 'identifier' ? String(node.offset.name) : null;
}

/** `Artisan::call()`, `$t->foo()->bar()`: how a chain that is not understood is named in reports. */
export function describeChain(chain: MigrationChain): string {
  const { root, links } = chain;
  const variable = variableName(root);
  const head = variable !== null ? `$${variable}` : (classNameOf(root) ?? root.kind);
  const sep = root.kind === 'name' ? '::' : '->';
  return `${head}${sep}${links.map((l) => `${l.method}()`).join('->')}`;
}
