/**
 * Runs a migration's `up()` against the in-memory fold, the way PHP would for the statements migrations
 * use: Schema facade calls with their Blueprint closures, DB::statement/unprepared, hasTable/hasColumn
 * guards (answered from the schema built so far), loops over literal arrays, local variables.
 * Anything else becomes a Problem at its line and the rest of the file goes on.
 */

import type { Problem } from '../../model.js';
import type { RawStatement } from '../../../schema/raw-statement.js';
import type { SchemaFold } from '../../../schema/fold.js';
import { baseName, flattenChain, lineOf, nameOf, type ChainLink, type PhpNode } from './ast.js';
import {
  BlueprintBuilder,
  BlueprintError,
  type Args,
  type BuilderSettings,
  type Fluent,
} from './blueprint.js';
import { LimitReached, WorkBudget } from './budget.js';
import { applyBlueprint } from './grammar.js';
import { evaluate, NotStatic, RawSql, toPhpString, truthy, type PhpValue, type Scope } from './values.js';

export interface MigrationContext {
  file: string;
  fold: SchemaFold;
  settings: BuilderSettings;
  problems: Problem[];
  /** Properties of the migration that hold a schema builder (`$this->schema->create(...)`). */
  schemaProps?: Set<string>;
  /** SQL run as written (DB::statement); the caller decides whether it can be folded. */
  onRawSql(statement: RawStatement): void;
  /** Work limits shared by the run's files; a fresh one per file when not given. */
  budget?: WorkBudget;
}

/** Facade calls that touch data, not schema: nothing to build. */
const DATA_FACADE_METHODS = new Set([
  'table',
  'insert',
  'update',
  'delete',
  'select',
  'transaction',
  'commit',
  'beginTransaction',
  'rollBack',
]);
const NO_OP_SCHEMA_METHODS = new Set([
  'disableForeignKeyConstraints',
  'enableForeignKeyConstraints',
  'hasTable',
  'hasColumn',
  'hasColumns',
  'getColumnListing',
]);

class Stop {}

export function problemAt(ctx: MigrationContext, line: number, message: string, construct?: string): void {
  ctx.problems.push({ location: { file: ctx.file, line }, message, ...(construct ? { construct } : {}) });
}

function evalArgs(nodes: PhpNode[], scope: Scope): Args {
  const out: Args = { positional: [], named: {} };
  for (const n of nodes) {
    if (n.kind === 'namedargument') out.named[String(n.name)] = evaluate(n.value, scope);
    else out.positional.push(evaluate(n, scope));
  }
  return out;
}

function stringArg(args: Args, i: number, what: string, node: PhpNode): string {
  const v = args.positional[i];
  if (typeof v === 'string') return v;
  throw new NotStatic(node, `${what} is not a literal string`);
}

/** Finds `up()` of the migration class: `return new class extends Migration {...}` or a named class. */
export function findUpMethod(program: PhpNode): PhpNode | null {
  return findMigrationClass(program)?.up ?? null;
}

/** The migration class: its up() and the properties its constructor sets to a schema builder. */
function findMigrationClass(
  program: PhpNode,
): { up: PhpNode; schemaProps: Set<string>; members: Scope } | null {
  const stack: PhpNode[] = [program];
  while (stack.length) {
    const node = stack.pop()!;
    if (!node || typeof node !== 'object') continue;
    if (node.kind === 'class' && Array.isArray(node.body)) {
      const methods = (node.body as PhpNode[]).filter((m) => m.kind === 'method');
      const up = methods.find((m) => nameOf(m.name) === 'up');
      if (up) {
        const ctor = methods.find((m) => nameOf(m.name) === '__construct');
        return { up, schemaProps: schemaProperties(ctor), members: classMembers(node.body as PhpNode[]) };
      }
    }
    for (const key of ['children', 'body', 'expr', 'what']) {
      const child = node[key];
      if (Array.isArray(child)) stack.push(...(child as PhpNode[]).slice().reverse());
      else if (child && typeof child === 'object' && typeof child.kind === 'string') stack.push(child);
    }
  }
  return null;
}

/** Class constants and properties with literal values, as `self::NAME` / `$this->name` in the scope. */
function classMembers(body: PhpNode[]): Scope {
  const scope: Scope = new Map();
  for (const member of body) {
    const entries: [string, PhpNode][] =
      member.kind === 'classconstant'
        ? (member.constants as PhpNode[]).map((c) => [`self::${nameOf(c.name)}`, c.value])
        : member.kind === 'propertystatement'
          ? (member.properties as PhpNode[]).map((p) => [`$this->${nameOf(p.name)}`, p.value])
          : [];
    for (const [key, value] of entries) {
      if (!value) continue;
      try {
        scope.set(key, evaluate(value, scope));
      } catch {
        // Not a literal: using it later reports where.
      }
    }
  }
  return scope;
}

/** `$this->schema = Schema::connection(...)` in the constructor (Telescope's migrations do this). */
function schemaProperties(ctor: PhpNode | undefined): Set<string> {
  const props = new Set<string>();
  for (const st of (ctor?.body?.children ?? []) as PhpNode[]) {
    const e = st.kind === 'expressionstatement' ? st.expression : null;
    if (
      e?.kind !== 'assign' ||
      e.left.kind !== 'propertylookup' ||
      e.left.what.kind !== 'variable' ||
      e.left.what.name !== 'this'
    )
      continue;
    const chain = e.right.kind === 'call' ? flattenChain(e.right) : null;
    const cls = chain ? nameOf(chain.root) : null;
    const prop = nameOf(e.left.offset);
    if (prop && cls && baseName(cls) === 'Schema') props.add(prop);
  }
  return props;
}

export function runMigration(program: PhpNode, ctx: MigrationContext): void {
  const found = findMigrationClass(program);
  if (!found) {
    problemAt(ctx, 1, 'no migration class with an up() method was found', 'migration class');
    return;
  }
  const up = found.up;
  ctx.schemaProps = found.schemaProps;
  ctx.budget ??= new WorkBudget();
  ctx.budget.startFile();
  try {
    runBlock(up.body?.children ?? [], new Map(found.members), ctx);
  } catch (err) {
    if (err instanceof LimitReached) problemAt(ctx, lineOf(up), err.message, 'work limit');
    else if (!(err instanceof Stop)) throw err;
  }
}

function runBlock(statements: PhpNode[], scope: Scope, ctx: MigrationContext, table?: TableScope): void {
  for (const st of statements) runStatement(st, scope, ctx, table);
}

/** Inside a Blueprint closure: the variable that holds the Blueprint and what it has gathered. */
interface TableScope {
  variable: string;
  builder: BlueprintBuilder;
}

function runStatement(st: PhpNode, scope: Scope, ctx: MigrationContext, table?: TableScope): void {
  const line = lineOf(st);
  ctx.budget?.step();
  try {
    switch (st.kind) {
      case 'expressionstatement':
        return runExpression(st.expression, scope, ctx, table);
      case 'block':
        return runBlock(st.children, scope, ctx, table);
      case 'if': {
        const branch = truthy(condition(st.test, scope, ctx)) ? st.body : st.alternate;
        if (!branch) return;
        if (branch.kind === 'block') return runBlock(branch.children, scope, ctx, table);
        return runStatement(branch, scope, ctx, table);
      }
      case 'foreach': {
        const source = evaluate(st.source, scope);
        const entries: [PhpValue, PhpValue][] = Array.isArray(source)
          ? source.map((v, i) => [i, v])
          : source && typeof source === 'object' && !(source instanceof RawSql)
            ? Object.entries(source)
            : [];
        const body: PhpNode[] = st.body?.kind === 'block' ? st.body.children : st.body ? [st.body] : [];
        for (const [k, v] of entries) {
          if (st.key?.kind === 'variable') scope.set(st.key.name, k);
          if (st.value?.kind === 'variable') scope.set(st.value.name, v);
          else throw new NotStatic(st.value, 'foreach target');
          runBlock(body, scope, ctx, table);
        }
        return;
      }
      case 'return':
        throw new Stop();
      case 'inline':
      case 'noop':
        return;
      default:
        problemAt(ctx, line, `${st.kind} statement is not understood in a migration`, st.kind);
    }
  } catch (err) {
    if (err instanceof Stop) throw err;
    if (err instanceof NotStatic) {
      problemAt(ctx, lineOf(err.node, line), `cannot know statically: ${err.message}`, 'dynamic value');
      return;
    }
    if (err instanceof BlueprintError) {
      problemAt(ctx, line, err.message, 'Blueprint');
      return;
    }
    throw err;
  }
}

/** Conditions: literals, !, &&, ||, Schema::hasTable/hasColumn/hasColumns/hasIndex on the schema so far. */
function condition(node: PhpNode, scope: Scope, ctx: MigrationContext): PhpValue {
  if (node.kind === 'unary' && node.type === '!') return !truthy(condition(node.what, scope, ctx));
  if (node.kind === 'parenthesis') return condition(node.inner, scope, ctx);
  if (node.kind === 'bin' && (node.type === '&&' || node.type === 'and')) {
    return truthy(condition(node.left, scope, ctx)) && truthy(condition(node.right, scope, ctx));
  }
  if (node.kind === 'bin' && (node.type === '||' || node.type === 'or')) {
    return truthy(condition(node.left, scope, ctx)) || truthy(condition(node.right, scope, ctx));
  }
  if (node.kind === 'call') {
    const chain = flattenChain(node);
    const facade = chain ? schemaFacade(chain.root, chain.links, ctx) : null;
    if (facade && facade.links.length === 1) {
      const link = facade.links[0];
      const args = evalArgs(link.args, scope);
      switch (link.method) {
        case 'hasTable':
          return ctx.fold.hasTable(stringArg(args, 0, 'table', node));
        case 'hasColumn':
          return ctx.fold.hasColumn(stringArg(args, 0, 'table', node), stringArg(args, 1, 'column', node));
        case 'hasColumns': {
          const t = stringArg(args, 0, 'table', node);
          const cols = args.positional[1];
          if (!Array.isArray(cols)) throw new NotStatic(node, 'hasColumns() columns');
          return cols.every((c) => ctx.fold.hasColumn(t, String(c)));
        }
        case 'hasIndex': {
          const t = stringArg(args, 0, 'table', node);
          const idx = args.positional[1];
          if (typeof idx === 'string') return ctx.fold.hasIndex(t, idx);
          break;
        }
      }
    }
  }
  return evaluate(node, scope);
}

/** `Schema::x()` and `Schema::connection('c')->x()`: the links after the facade, or null. */
function schemaFacade(
  root: PhpNode,
  links: ChainLink[],
  ctx?: MigrationContext,
): { links: ChainLink[] } | null {
  if (root.kind === 'propertylookup' && root.what.kind === 'variable' && root.what.name === 'this') {
    const prop = nameOf(root.offset);
    return prop && ctx?.schemaProps?.has(prop) ? { links } : null;
  }
  const cls = nameOf(root);
  if (!cls || baseName(cls) !== 'Schema') return null;
  if (links[0]?.method === 'connection') return { links: links.slice(1) };
  return { links };
}

function closureOf(node: PhpNode | undefined): PhpNode | null {
  if (node && (node.kind === 'closure' || node.kind === 'arrowfunc')) return node;
  return null;
}

/**
 * What a closure sees: arrow functions the whole scope; closures their `use` variables, plus `$this` and
 * `self::` members (non-static closures are bound to the migration).
 */
function closureScope(fn: PhpNode, scope: Scope): Scope {
  if (fn.kind === 'arrowfunc') return new Map(scope);
  const inner: Scope = new Map([...scope].filter(([k]) => k.startsWith('self::') || k.startsWith('$this->')));
  for (const u of fn.uses ?? []) if (scope.has(u.name)) inner.set(u.name, scope.get(u.name)!);
  return inner;
}

function closureBody(fn: PhpNode): PhpNode[] {
  if (fn.kind === 'arrowfunc')
    return [{ kind: 'expressionstatement', expression: fn.body, loc: fn.body.loc }];
  return fn.body?.children ?? [];
}

function runExpression(expr: PhpNode, scope: Scope, ctx: MigrationContext, table?: TableScope): void {
  const line = lineOf(expr);
  if (expr.kind === 'assign') return runAssign(expr, scope, ctx, table);
  const chain = expr.kind === 'call' ? flattenChain(expr) : null;
  if (!chain || chain.links.length === 0) {
    problemAt(ctx, line, `${expr.kind} expression is not understood in a migration`, expr.kind);
    return;
  }
  if (table && chain.root.kind === 'variable' && chain.root.name === table.variable) {
    return runBlueprintChain(table, chain.links, scope, ctx);
  }
  const facade = schemaFacade(chain.root, chain.links, ctx);
  if (facade) return runSchemaCall(facade.links, scope, ctx, line);
  const cls = nameOf(chain.root);
  if (cls && baseName(cls) === 'DB') {
    const links = chain.links[0].method === 'connection' ? chain.links.slice(1) : chain.links;
    const first = links[0];
    if (first && (first.method === 'statement' || first.method === 'unprepared')) {
      const args = evalArgs(first.args, scope);
      const sql = args.positional[0];
      if (typeof sql !== 'string') throw new NotStatic(expr, 'SQL text');
      ctx.budget?.rawStatement();
      ctx.onRawSql({ sql, location: { file: ctx.file, line: first.line } });
      return;
    }
    if (first && DATA_FACADE_METHODS.has(first.method)) return;
  }
  problemAt(
    ctx,
    line,
    `call to ${describeChain(chain.root, chain.links)} is not understood in a migration`,
    'call',
  );
}

function describeChain(root: PhpNode, links: ChainLink[]): string {
  const head = root.kind === 'variable' ? `$${root.name}` : (nameOf(root) ?? root.kind);
  const sep = root.kind === 'name' ? '::' : '->';
  return `${head}${sep}${links.map((l) => `${l.method}()`).join('->')}`;
}

function runAssign(expr: PhpNode, scope: Scope, ctx: MigrationContext, table?: TableScope): void {
  const left = expr.left;
  if (expr.operator === '=' && left.kind === 'variable' && typeof left.name === 'string') {
    const value = evaluate(expr.right, scope);
    scope.set(left.name, ctx.budget ? ctx.budget.value(value) : value);
    return;
  }
  // $table->engine = 'InnoDB'; $table->charset / $table->collation likewise.
  if (
    table &&
    left.kind === 'propertylookup' &&
    left.what.kind === 'variable' &&
    left.what.name === table.variable
  ) {
    const prop = nameOf(left.offset);
    const value = evaluate(expr.right, scope);
    if ((prop === 'engine' || prop === 'charset' || prop === 'collation') && typeof value === 'string') {
      table.builder.def[prop] = value;
      return;
    }
    if (prop === 'temporary') {
      table.builder.def.temporary = truthy(value);
      return;
    }
  }
  problemAt(ctx, lineOf(expr), 'assignment is not understood in a migration', 'assign');
}

function runBlueprintChain(table: TableScope, links: ChainLink[], scope: Scope, ctx: MigrationContext): void {
  // $table->after('col', function ($table) { ... }) runs the callback with an insertion point set.
  const fn = links.length === 1 && links[0].method === 'after' ? closureOf(links[0].args[1]) : null;
  if (fn) {
    const after = evaluate(links[0].args[0], scope);
    const variable = fn.arguments?.[0] ? nameOf(fn.arguments[0].name) : null;
    if (typeof after !== 'string' || !variable) throw new NotStatic(links[0].args[0], 'after() column');
    table.builder.afterColumn = after;
    runBlock(closureBody(fn), closureScope(fn, scope), ctx, { variable, builder: table.builder });
    table.builder.afterColumn = null;
    return;
  }
  let fluent: Fluent | null = null;
  for (const link of links) {
    const args = evalArgs(link.args, scope);
    fluent = fluent
      ? table.builder.modify(fluent, link.method, args, link.line)
      : table.builder.call(link.method, args, link.line);
  }
}

function runSchemaCall(links: ChainLink[], scope: Scope, ctx: MigrationContext, line: number): void {
  const link = links[0];
  if (!link || links.length > 1) {
    problemAt(ctx, line, 'chained Schema call is not understood', 'Schema');
    return;
  }
  const node = { kind: 'call', loc: { start: { line: link.line } } } as PhpNode;
  const method = link.method;
  if (method === 'create' || method === 'table') {
    const name = evaluate(link.args[0], scope);
    if (typeof name !== 'string') throw new NotStatic(link.args[0], 'table name');
    const fn = closureOf(link.args[1]);
    const builder = new BlueprintBuilder(name, method === 'create', ctx.settings);
    if (fn) {
      const param = fn.arguments?.[0];
      const variable = param ? nameOf(param.name) : null;
      if (!variable) {
        problemAt(ctx, link.line, 'Blueprint closure without a parameter', 'Schema');
        return;
      }
      // Closure scope: captured `use` variables only, as PHP does; arrow functions see the whole scope.
      runBlock(closureBody(fn), closureScope(fn, scope), ctx, { variable, builder });
    }
    for (const e of applyBlueprint(ctx.fold, builder.def, ctx.file, link.line))
      problemAt(ctx, e.line, e.message, 'schema');
    return;
  }
  const args = evalArgs(link.args, scope);
  const simple = (m: string, a: Args) => {
    const builder = new BlueprintBuilder(stringArg(a, 0, 'table', node), false, ctx.settings);
    return builder;
  };
  switch (method) {
    case 'rename': {
      const b = simple(method, args);
      b.call('rename', { positional: [stringArg(args, 1, 'table', node)], named: {} }, link.line);
      for (const e of applyBlueprint(ctx.fold, b.def, ctx.file, link.line))
        problemAt(ctx, e.line, e.message, 'schema');
      return;
    }
    case 'drop':
    case 'dropIfExists': {
      const b = simple(method, args);
      b.call(method, { positional: [], named: {} }, link.line);
      for (const e of applyBlueprint(ctx.fold, b.def, ctx.file, link.line))
        problemAt(ctx, e.line, e.message, 'schema');
      return;
    }
    case 'dropColumns': {
      const b = simple(method, args);
      const cols = args.positional[1];
      b.call(
        'dropColumn',
        { positional: [Array.isArray(cols) ? cols : (cols ?? null)], named: {} },
        link.line,
      );
      for (const e of applyBlueprint(ctx.fold, b.def, ctx.file, link.line))
        problemAt(ctx, e.line, e.message, 'schema');
      return;
    }
    case 'defaultStringLength': {
      const n = args.positional[0];
      if (typeof n === 'number') ctx.settings.defaultStringLength = n;
      return;
    }
    case 'morphUsingUuids':
      ctx.settings.defaultMorphKeyType = 'uuid';
      return;
    case 'morphUsingUlids':
      ctx.settings.defaultMorphKeyType = 'ulid';
      return;
    case 'withoutForeignKeyConstraints': {
      const fn = closureOf(link.args[0]);
      if (fn) runBlock(closureBody(fn), new Map(scope), ctx);
      return;
    }
    default:
      if (NO_OP_SCHEMA_METHODS.has(method)) return;
      problemAt(ctx, link.line, `Schema::${method}() is not understood`, `Schema::${method}`);
  }
}

export { toPhpString };
