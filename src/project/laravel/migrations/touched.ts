/**
 * What a migration statement that was not understood may have changed, so that its problems make the
 * right tables uncertain: inside a Blueprint closure, that closure's table (and the column the statement
 * names) when the statement names the Blueprint; elsewhere, and for the closure's other statements, the
 * tables the statement's own Schema calls name. A statement whose calls only read
 * or write rows (`DB::table()`, a model's `all()->each()`, PHP functions) changes no table. Anything that may
 * reach the schema unseen makes the touch unknown: a Schema call whose table cannot be evaluated, raw SQL,
 * a migration helper, a static call that is not a query.
 */

import {
  baseName,
  childNodes,
  children,
  classNameOf,
  isFunctionLike,
  variableName,
  walk,
  type PhpNode,
} from '../../php/ast.js';
import { ownCallTarget } from '../../php/calls.js';
import type { SchemaTouch } from '../../model.js';
import { chainOf, type Link, type MigrationChain } from './chain.js';
import { valueOf, type Frame } from './frame.js';

/** Schema facade methods whose first argument (and rename's second) is a table they change. */
const TABLE_METHODS = new Set(['create', 'table', 'drop', 'dropIfExists', 'rename', 'dropColumns']);

/** Ways a static call starts a query on rows (`DB::table()`, `Model::where()`, `Model::all()`): no schema change. */
const ROW_STARTERS = new Set(
  [
    'table',
    'select',
    'insert',
    'insertGetId',
    'insertOrIgnore',
    'update',
    'upsert',
    'delete',
    'transaction',
    'beginTransaction',
    'commit',
    'rollBack',
    'all',
    'query',
    'where',
    'whereIn',
    'whereNull',
    'whereNotNull',
    'find',
    'findOrFail',
    'first',
    'firstOrCreate',
    'firstOrNew',
    'updateOrCreate',
    'create',
    'destroy',
    'get',
    'pluck',
    'each',
    'chunk',
    'chunkById',
    'cursor',
    'lazy',
    'with',
    'withTrashed',
    'orderBy',
    'count',
    'exists',
    'max',
    'min',
    'truncate',
  ].map((m) => m.toLowerCase()),
);

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
  // A statement of a Blueprint closure that never names the Blueprint (`$first = DB::table('users')->first()`
  // before a data update) changes the closure's table no more than it would outside it.
  if (table && namesVariable(st, table.variable)) {
    const column = blueprintColumn(st, table.variable, frame);
    return { tables: [table.table], ...(column ? { column } : {}), unknown: false };
  }
  const tables = new Set<string>();
  let unknown = false;
  forEachAction(st, (node) => {
    if (ownCallTarget(node)) {
      unknown = true;
      return;
    }
    const chain = chainOf(node);
    const links = chain ? facade(chain) : null;
    if (!chain || !links) {
      if (!chain || reachesSchema(chain)) unknown = true;
      return;
    }
    const first = links[0];
    if (!first || !TABLE_METHODS.has(first.method)) return;
    const names = first.method === 'rename' ? first.args.slice(0, 2) : first.args.slice(0, 1);
    for (const arg of names) {
      const name = stringValue(arg, frame);
      if (name === null) unknown = true;
      else tables.add(name);
    }
  });
  return { tables: [...tables], unknown };
}

/** Whether `$name` appears anywhere in the statement, closures and arguments included. */
function namesVariable(node: PhpNode, name: string): boolean {
  let found = false;
  walk(node, (n) => {
    if (!found && n.kind === 'variable' && variableName(n) === name) found = true;
  });
  return found;
}

/**
 * The calls a statement makes as actions: each chain once (its outermost call), and the calls inside closures
 * passed to it (their bodies run). Calls that only compute an argument (`Carbon::now()`, `Str::slug($x)`)
 * are values, not actions.
 */
function forEachAction(root: PhpNode, visit: (call: PhpNode) => void): void {
  const go = (node: PhpNode): void => {
    if (node.kind !== 'call') {
      for (const c of childNodes(node)) go(c);
      return;
    }
    visit(node);
    const chain = chainOf(node);
    if (!chain) return;
    // A function call (`collect($x)`, `array_map(fn, $x)`) is its own root.
    if (chain.links.length === 0) return closures(children(node, 'arguments'));
    if (chain.root.kind === 'call') go(chain.root);
    for (const link of chain.links) closures(link.args);
  };
  const closures = (args: PhpNode[]): void => {
    for (const arg of args) {
      const value = arg.kind === 'namedargument' ? arg.value : arg;
      if (isFunctionLike(value)) go(value);
    }
  };
  go(root);
}

/**
 * Whether a call that is not a Schema call may change the schema unseen: raw SQL (`DB::statement`), a static
 * call that does not start a row query (an app helper, `Artisan::call`), `->up()` of another migration.
 * PHP functions and calls on variables (`$row->save()`) only touch rows.
 */
function reachesSchema(chain: MigrationChain): boolean {
  if (chain.links.some((l) => l.method === 'up' || l.method === 'down')) return true;
  const cls = classNameOf(chain.root);
  if (!cls) return false;
  const links =
    baseName(cls) === 'DB' && chain.links[0]?.method === 'connection' ? chain.links.slice(1) : chain.links;
  const first = links[0]?.method.toLowerCase();
  return first === undefined || !ROW_STARTERS.has(first);
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
