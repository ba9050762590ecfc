/**
 * What a migration statement that was not understood may have changed, so that its problems make the
 * right tables uncertain: inside a Blueprint closure, that closure's table (and the column the statement
 * names); elsewhere, the tables the statement's own Schema calls name. When a Schema call's table cannot
 * be evaluated, when the statement calls a migration helper, or when it names no table at all (a statement
 * kind the interpreter does not run), the tables it touched cannot be named: the touch is unknown.
 */

import { variableName, walk, type PhpNode } from '../../php/ast.js';
import { ownCallTarget } from '../../php/calls.js';
import type { SchemaTouch } from '../../model.js';
import { chainOf, type Link, type MigrationChain } from './chain.js';
import { valueOf, type Frame } from './frame.js';

/** Schema facade methods whose first argument (and rename's second) is a table they change. */
const TABLE_METHODS = new Set(['create', 'table', 'drop', 'dropIfExists', 'rename', 'dropColumns']);

/** A string the node evaluates to in this frame, or null when it is not known statically. */
function stringValue(node: PhpNode | undefined, frame: Frame): string | null {
  if (!node) return null;
  try {
    const v = valueOf(node, frame);
    return typeof v === 'string' ? v : null;
  } catch {
    return null;
  }
}

/** The column a Blueprint statement names first (`$table->string('x')->…`), when it is one string. */
function blueprintColumn(st: PhpNode, variable: string, frame: Frame): string | undefined {
  const expr = st.kind === 'expressionstatement' ? st.expression : null;
  const chain = expr?.kind === 'call' ? chainOf(expr) : null;
  if (!chain || variableName(chain.root) !== variable) return undefined;
  return stringValue(chain.links[0]?.args[0], frame) ?? undefined;
}

export function touchOf(
  st: PhpNode,
  frame: Frame,
  facade: (chain: MigrationChain) => Link[] | null,
  table?: { variable: string; table: string },
): SchemaTouch {
  if (table) {
    const column = blueprintColumn(st, table.variable, frame);
    return { tables: [table.table], ...(column ? { column } : {}), unknown: false };
  }
  const tables = new Set<string>();
  let unknown = false;
  walk(st, (node) => {
    if (node.kind !== 'call') return;
    if (ownCallTarget(node)) unknown = true;
    const chain = chainOf(node);
    const links = chain ? facade(chain) : null;
    const first = links?.[0];
    if (!first || !TABLE_METHODS.has(first.method)) return;
    const names = first.method === 'rename' ? first.args.slice(0, 2) : first.args.slice(0, 1);
    for (const arg of names) {
      const name = stringValue(arg, frame);
      if (name === null) unknown = true;
      else tables.add(name);
    }
  });
  return { tables: [...tables], unknown: unknown || tables.size === 0 };
}

/** Problems from `from` on without a touch get this statement's (computed once, only when needed). */
export function attributeProblems(
  problems: { touches?: SchemaTouch }[],
  from: number,
  touch: () => SchemaTouch,
): void {
  let found: SchemaTouch | null = null;
  for (let i = from; i < problems.length; i++) {
    if (problems[i].touches) continue;
    found ??= touch();
    problems[i].touches = found;
  }
}
