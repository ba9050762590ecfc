/**
 * What one config/*.php file returns, evaluated by the floor with the host the caller chooses (env() read
 * symbolically for the settings verdicts, or as production sees it for config()). The top-level
 * statements before the `return` are followed when they are plain assignments (`$config = [...]`,
 * `$config['disks']['public'] = ...`); a key that anything else writes (inside an `if`, through
 * `Arr::set`) becomes unknown, and the rest of the file is kept.
 */

import {
  addUses,
  arrayEntries,
  child,
  children,
  lineOf,
  nameKey,
  newFileScope,
  variableName,
  walk,
} from '../../php/ast.js';
import type { PhpNode } from '../../php/ast.js';
import { classOf, evaluate, type EvalContext, type EvalHost } from '../../php/evaluate.js';
import { Unknown, withValueAt, type PhpValue } from '../../php/value.js';

export interface ConfigFile {
  /** `cache` for config/cache.php, `services.mail` for config/services/mail.php. */
  prefix: string;
  path: string;
  program: PhpNode;
}

export interface ConfigFileValue {
  value: PhpValue;
  /** The node that writes the value at a key path, as deep as the source spells it out (for locations). */
  origin(path: string[]): PhpNode;
}

/** config() inside a config file reads whatever files Laravel loaded before: not known statically. */
export function configInConfigFile(): PhpValue {
  return new Unknown('config() read inside a config file', null);
}

/** A variable or one of its elements: `$config['a']['b']` → config, [a, b]. */
interface Written {
  variable: string;
  path: string[];
  /** False when a key is not known or appended (`[]`): `path` then stops before it. */
  complete: boolean;
}

function writtenPath(node: PhpNode | null, ctx: EvalContext): Written | null {
  const keys: (string | null)[] = [];
  let n = node;
  while (n?.kind === 'offsetlookup') {
    const offset = child(n, 'offset');
    const key = offset ? evaluate(offset, ctx) : null;
    keys.unshift(typeof key === 'string' || typeof key === 'number' ? String(key) : null);
    n = child(n, 'what');
  }
  const variable = variableName(n);
  if (!variable) return null;
  const unknownAt = keys.indexOf(null);
  const path = (unknownAt < 0 ? keys : keys.slice(0, unknownAt)) as string[];
  return { variable, path, complete: unknownAt < 0 };
}

const ARR_SET_FUNCTIONS = new Set(['data_set', 'array_set']);

/** `Arr::set($config, 'a.b', …)` / `data_set(…)`: the dotted key it writes under its first argument. */
function dottedSetKey(call: PhpNode, ctx: EvalContext): string[] | null {
  const what = child(call, 'what');
  const isSetter =
    what?.kind === 'name'
      ? ARR_SET_FUNCTIONS.has(nameKey(String(what.name)))
      : what?.kind === 'staticlookup' &&
        classOf(child(what, 'what'), ctx)?.toLowerCase() === 'illuminate\\support\\arr' &&
        String(child(what, 'offset')?.name).toLowerCase() === 'set';
  const key = isSetter ? evaluate(children(call, 'arguments')[1], ctx) : null;
  return typeof key === 'string' ? key.split('.') : null;
}

/** Every variable path a statement may write: assignments, unset, ++/--, and variables passed to calls. */
function writesIn(statement: PhpNode, ctx: EvalContext): Written[] {
  const out: Written[] = [];
  const add = (w: Written | null) => w && out.push(w);
  walk(statement, (n) => {
    if (n.kind === 'assign') add(writtenPath(child(n, 'left'), ctx));
    else if (n.kind === 'unset') children(n, 'variables').forEach((v) => add(writtenPath(v, ctx)));
    else if (n.kind === 'post' || n.kind === 'pre') add(writtenPath(child(n, 'what'), ctx));
    else if (n.kind === 'call') {
      // A variable passed to a function may be taken by reference.
      children(n, 'arguments').forEach((arg, i) => {
        const w = writtenPath(arg, ctx);
        const dotted = i === 0 && w?.complete ? dottedSetKey(n, ctx) : null;
        add(w && dotted ? { ...w, path: [...w.path, ...dotted] } : w);
      });
    }
  });
  return out;
}

/** The value nodes of an array literal by key (keys the evaluator knows), built once per literal. */
const literalKeys = new WeakMap<PhpNode, Map<string, PhpNode>>();

function entryNodes(literal: PhpNode, ctx: EvalContext): Map<string, PhpNode> {
  let byKey = literalKeys.get(literal);
  if (!byKey) {
    byKey = new Map();
    for (const e of arrayEntries(literal)) {
      const key = e.key ? evaluate(e.key, ctx) : null;
      if (typeof key === 'string' || typeof key === 'number') byKey.set(String(key), e.value);
    }
    literalKeys.set(literal, byKey);
  }
  return byKey;
}

/** The array-literal entry under each key of `path`, as deep as the literal goes. */
function descend(node: PhpNode, path: string[], ctx: EvalContext): PhpNode {
  let current = node;
  for (const key of path) {
    const next = current.kind === 'array' ? entryNodes(current, ctx).get(key) : undefined;
    if (!next) break;
    current = next;
  }
  return current;
}

/** Top-level statements that run nothing: their bodies' variables are not the file's. */
const DECLARATIONS = new Set(['function', 'class', 'interface', 'trait', 'enum']);

function topLevelStatements(program: PhpNode): PhpNode[] {
  return children(program, 'children').flatMap((n) =>
    n.kind === 'namespace' ? children(n, 'children') : [n],
  );
}

export function evaluateConfigFile(file: ConfigFile, host: EvalHost): ConfigFileValue {
  const scope = newFileScope(file.path);
  const vars = new Map<string, PhpValue>();
  const origins: { variable: string; path: string[]; node: PhpNode }[] = [];
  const ctx: EvalContext = {
    scope,
    file: file.path,
    host,
    skipUnknownKeys: true,
    variable: (name) => vars.get(name),
  };

  const follow = (statement: PhpNode): void => {
    const expr = statement.kind === 'expressionstatement' ? child(statement, 'expression') : null;
    const assigned =
      expr?.kind === 'assign' && expr.operator === '=' ? writtenPath(child(expr, 'left'), ctx) : null;
    const right = child(expr, 'right');
    if (assigned?.complete && right) {
      const value = evaluate(right, ctx);
      const before = assigned.path.length ? vars.get(assigned.variable) : undefined;
      vars.set(assigned.variable, withValueAt(before, assigned.path, value));
      origins.push({ ...assigned, node: right });
      return;
    }
    for (const w of writesIn(statement, ctx)) {
      const unknown = new Unknown(
        `changed at line ${lineOf(statement)} by code that is not followed`,
        statement,
      );
      const before = vars.get(w.variable);
      vars.set(
        w.variable,
        w.path.length && before !== undefined ? withValueAt(before, w.path, unknown) : unknown,
      );
      origins.push({ variable: w.variable, path: w.path, node: statement });
    }
  };

  for (const statement of topLevelStatements(file.program)) {
    if (statement.kind === 'usegroup') addUses(scope, statement);
    else if (statement.kind === 'return') return returned(statement, ctx, origins);
    else if (!DECLARATIONS.has(statement.kind)) follow(statement);
  }
  return { value: new Unknown(`${file.path} returns nothing`, null), origin: () => file.program };
}

function returned(
  statement: PhpNode,
  ctx: EvalContext,
  origins: { variable: string; path: string[]; node: PhpNode }[],
): ConfigFileValue {
  const expr = child(statement, 'expr') ?? statement;
  const variable = variableName(expr);
  return {
    value: evaluate(expr, ctx),
    origin(path) {
      if (!variable) return descend(expr, path, ctx);
      // The latest write of the longest leading part of `path` wrote the value.
      let best: { path: string[]; node: PhpNode } | null = null;
      for (const o of origins) {
        const leads = o.variable === variable && o.path.every((k, i) => path[i] === k);
        if (leads && o.path.length <= path.length && (!best || o.path.length >= best.path.length)) best = o;
      }
      return best ? descend(best.node, path.slice(best.path.length), ctx) : expr;
    },
  };
}
