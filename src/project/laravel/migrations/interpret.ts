/**
 * Runs a migration's `up()` against the in-memory fold, the way PHP would for the statements migrations
 * use: Schema facade calls with their Blueprint closures, DB::statement/unprepared, hasTable/hasColumn
 * guards (answered from the schema built so far), loops over literal arrays, local variables, and the
 * migration's own helpers (`$this->createFooTable()`, `self::make($name)`, trait and parent methods),
 * followed with their arguments bound under a depth budget. Anything else becomes a Problem at its line and the rest of the file goes on.
 */

import type { Problem } from '../../model.js';
import type { RawStatement } from '../../../schema/raw-statement.js';
import type { SchemaFold } from '../../../schema/fold.js';
import {
  baseName,
  bodyStatements,
  children,
  classNameOf,
  firstParamName,
  isFunctionLike,
  lineOf,
  nameOf,
  paramName,
  variableName,
  walk,
  type PhpNode,
} from '../../php/ast.js';
import { CallBudget, bindArguments, ownCallTarget, resolveCall, type CallTarget } from '../../php/calls.js';
import type { ClassIndex, FoundMethod } from '../../php/class-index.js';
import { classOf, evaluateArgs, type EvalHost } from '../../php/evaluate.js';
import { ClosureValue, entriesOf, looseEquals, strictEquals, type PhpValue } from '../../php/value.js';
import { bindParameters } from '../../php/calls.js';
import {
  BlueprintBuilder,
  BlueprintError,
  type Args,
  type BuilderSettings,
  type Fluent,
} from './blueprint.js';
import { LimitReached, WorkBudget } from './budget.js';
import { chainOf, describeChain, thisProperty, type Link, type MigrationChain } from './chain.js';
import { Frame, NotStatic, argsOf, defaultHost, isTrue, valueOf, type Scope } from './frame.js';
import { applyBlueprint } from './grammar.js';
import { BlueprintRef, withSchemaState } from './driver.js';
import { findMigrationClass } from './migration-class.js';
import { indexOfFiles } from '../../php/class-index.js';
import { attributeProblems, touchOf } from './touched.js';

export interface MigrationContext {
  file: string;
  fold: SchemaFold;
  settings: BuilderSettings;
  problems: Problem[];
  /** SQL run as written (DB::statement); the caller decides whether it can be folded. */
  onRawSql(statement: RawStatement): void;
  /** Work limits shared by the run's files; a fresh one per file when not given. */
  budget?: WorkBudget;
  /** The app's classes, this migration's included; an index of this file alone when absent. */
  index?: ClassIndex;
  /** What Laravel adds to PHP (config(), env(), DB::raw); without config() and env() when absent. */
  host?: EvalHost;
}

/** One file's run: the context with everything settled. `file` is where the running code sits. */
interface Run extends MigrationContext {
  budget: WorkBudget;
  /** Properties of the migration that hold a schema builder (`$this->schema->create(...)`). */
  schemaProps: Set<string>;
  /** How many `try` bodies with a `catch` the statement runs in: MariaDB's refusal is then the app's to catch. */
  catching?: number;
}

/** `Model::unguard()` / `reguard()` before a data fix: how attributes are filled, no schema. */
const UNGUARD = new Set(['unguard', 'reguard']);

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

/** The schema builder's methods the interpreter acts on, by lower-case name (PHP's are case-insensitive). */
const SCHEMA_METHODS = new Map(
  [
    'connection',
    'create',
    'table',
    'rename',
    'drop',
    'dropIfExists',
    'dropColumns',
    'defaultStringLength',
    'morphUsingUuids',
    'morphUsingUlids',
    'withoutForeignKeyConstraints',
    'hasIndex',
    ...NO_OP_SCHEMA_METHODS,
  ].map((m) => [m.toLowerCase(), m]),
);

function schemaLinks(links: Link[]): Link[] {
  return links.map((l) => ({ ...l, method: SCHEMA_METHODS.get(l.method.toLowerCase()) ?? l.method }));
}

/** `return` in a method body: the method ends there. */
class Stop {}
/** `break` / `continue`: the innermost loop or switch ends, or goes on with its next round. */
class Break {}
class Continue {}
/**
 * A schema statement MariaDB refuses inside a `try` with a `catch` (`try { $table->dropForeign([…]); }
 * catch (\Exception $e) {}`): the query exception ends the try body and the catch runs. The app expects the
 * refusal, so it is no problem of the schema: nothing changed, as in production.
 */
class Refused {}

/** Catch clauses that take the exception a refused statement throws (Laravel's QueryException, a PDOException). */
const CAUGHT_TYPES = new Set(['exception', 'throwable', 'pdoexception', 'queryexception']);

function catchesRefusal(clause: PhpNode): boolean {
  const types: PhpNode[] = clause.what ?? [];
  return types.some((t) =>
    CAUGHT_TYPES.has(
      String(t.name ?? '')
        .split('\\')
        .pop()!
        .toLowerCase(),
    ),
  );
}

/** Runs `body` as a try body whose catch takes a refusal: a refused statement there throws Refused. */
function catchingRefusals(ctx: Run, body: () => void): void {
  ctx.catching = (ctx.catching ?? 0) + 1;
  try {
    body();
  } finally {
    ctx.catching--;
  }
}

export function problemAt(ctx: MigrationContext, line: number, message: string, construct?: string): void {
  ctx.problems.push({ location: { file: ctx.file, line }, message, ...(construct ? { construct } : {}) });
}

function stringArg(args: Args, i: number, what: string, node: PhpNode): string {
  const v = args.positional[i];
  if (typeof v === 'string') return v;
  throw new NotStatic(node, `${what} is not a literal string`);
}

export function runMigration(program: PhpNode, ctx: MigrationContext): void {
  const host = withSchemaState(ctx.host ?? defaultHost(), ctx.fold);
  const found =
    (ctx.index ? findMigrationClass(ctx.index, ctx.file) : null) ??
    findMigrationClass(indexOfFiles([{ path: ctx.file, ast: program }], host), ctx.file);
  if (!found) {
    problemAt(ctx, 1, 'no migration class with an up() method was found', 'migration class');
    return;
  }
  const run: Run = { ...ctx, host, budget: ctx.budget ?? new WorkBudget(), schemaProps: found.schemaProps };
  run.budget.startFile();
  const env = { index: found.index, host, calls: new CallBudget() };
  try {
    runMethod(found.up, new Frame(env, found.up.decl, found.decl.fqcn, new Map()), run);
  } catch (err) {
    if (err instanceof LimitReached) problemAt(run, lineOf(found.up.node), err.message, 'work limit');
    else throw err;
  }
}

/** Runs a method's body as migration statements, in its own file; `return` ends the method only. */
function runMethod(method: FoundMethod, frame: Frame, run: Run, table?: TableScope): void {
  const here = method.decl.file === run.file ? run : { ...run, file: method.decl.file };
  try {
    runBlock(method.node ? bodyStatements(method.node) : [], frame, here, table);
  } catch (err) {
    // `break` outside a loop ends the method too (PHP refuses to compile it).
    if (!(err instanceof Stop || err instanceof Break || err instanceof Continue)) throw err;
  }
}

function runBlock(statements: PhpNode[], frame: Frame, ctx: Run, table?: TableScope): void {
  for (const st of statements) runStatement(st, frame, ctx, table);
}

/** Inside a Blueprint closure: the variable that holds the Blueprint and what it has gathered. */
interface TableScope {
  variable: string;
  builder: BlueprintBuilder;
  /** Local variables holding a column or command of this Blueprint (`$col = $table->string('a');`). */
  fluents: Map<string, Fluent>;
}

function newTable(variable: string, builder: BlueprintBuilder): TableScope {
  return { variable, builder, fluents: new Map() };
}

/** One statement; what it left not understood is attributed to the tables it touched (touched.ts). */
function runStatement(st: PhpNode, frame: Frame, ctx: Run, table?: TableScope): void {
  const before = ctx.problems.length;
  try {
    runOneStatement(st, frame, ctx, table);
  } finally {
    attributeProblems(ctx.problems, before, () =>
      touchOf(
        st,
        frame,
        (chain) => schemaFacade(chain, ctx),
        table && { variable: table.variable, table: table.builder.def.table },
      ),
    );
  }
}

function runOneStatement(st: PhpNode, frame: Frame, ctx: Run, table?: TableScope): void {
  const line = lineOf(st);
  ctx.budget.step();
  try {
    switch (st.kind) {
      case 'expressionstatement':
        return runExpression(st.expression, frame, ctx, table);
      case 'block':
        return runBlock(st.children, frame, ctx, table);
      case 'if': {
        const branch = condition(st.test, frame, ctx) ? st.body : st.alternate;
        if (!branch) return;
        if (branch.kind === 'block') return runBlock(branch.children, frame, ctx, table);
        return runStatement(branch, frame, ctx, table);
      }
      case 'foreach': {
        const entries = entriesOf(valueOf(st.source, frame)) ?? [];
        const body: PhpNode[] = st.body?.kind === 'block' ? st.body.children : st.body ? [st.body] : [];
        const keyName = variableName(st.key);
        const valueName = variableName(st.value);
        for (const [k, v] of entries) {
          if (keyName !== null) frame.vars.set(keyName, k);
          if (valueName !== null) frame.vars.set(valueName, v);
          else throw new NotStatic(st.value, 'foreach target');
          try {
            runBlock(body, frame, ctx, table);
          } catch (err) {
            if (err instanceof Break) break;
            if (!(err instanceof Continue)) throw err;
          }
        }
        return;
      }
      case 'try': {
        // The catch blocks run only when the try body throws: here, when MariaDB refuses one of its schema
        // statements and a catch takes that exception. A migration Laravel completes ran its finally block.
        const handler = ((st.catches ?? []) as PhpNode[]).find(catchesRefusal);
        const body = () => runBlock(st.body?.children ?? [], frame, ctx, table);
        try {
          if (handler) catchingRefusals(ctx, body);
          else body();
        } catch (err) {
          if (!(err instanceof Refused) || !handler) throw err;
          runBlock(handler.body?.children ?? [], frame, ctx, table);
        }
        if (st.always) runBlock(st.always.children ?? [], frame, ctx, table);
        return;
      }
      case 'switch':
        return runSwitch(st, frame, ctx, table);
      case 'break':
        throw new Break();
      case 'continue':
        throw new Continue();
      case 'return':
        // `return rescue_if(…)` / `return $this->make()`: what the returned expression does still happens.
        if (st.expr) runExpression(st.expr, frame, ctx, table);
        throw new Stop();
      case 'inline':
      case 'noop':
        return;
      default:
        problemAt(ctx, line, `${st.kind} statement is not understood in a migration`, st.kind);
    }
  } catch (err) {
    if (err instanceof Stop || err instanceof Break || err instanceof Continue || err instanceof Refused)
      throw err;
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

/** `switch`: the first case equal (==) to the value, else `default`, running on until `break`. */
function runSwitch(st: PhpNode, frame: Frame, ctx: Run, table?: TableScope): void {
  const value = valueOf(st.test, frame);
  const cases: PhpNode[] = st.body?.children ?? [];
  let start = -1;
  for (const [i, c] of cases.entries()) {
    if (c.test && looseEquals(value, valueOf(c.test, frame)) === true) {
      start = i;
      break;
    }
  }
  if (start < 0) start = cases.findIndex((c) => !c.test);
  if (start < 0) return;
  try {
    for (const c of cases.slice(start)) runBlock(c.body?.children ?? [], frame, ctx, table);
  } catch (err) {
    if (!(err instanceof Break)) throw err;
  }
}

/** Conditions: literals, !, &&, ||, Schema::hasTable/hasColumn/hasColumns/hasIndex on the schema so far. */
function condition(node: PhpNode, frame: Frame, ctx: Run): boolean {
  if (node.kind === 'unary' && node.type === '!') return !condition(node.what, frame, ctx);
  if (node.kind === 'parenthesis') return condition(node.inner, frame, ctx);
  if (node.kind === 'bin' && (node.type === '&&' || node.type === 'and')) {
    return condition(node.left, frame, ctx) && condition(node.right, frame, ctx);
  }
  if (node.kind === 'bin' && (node.type === '||' || node.type === 'or')) {
    return condition(node.left, frame, ctx) || condition(node.right, frame, ctx);
  }
  if (node.kind === 'call') {
    const chain = chainOf(node);
    const facade = chain ? schemaFacade(chain, ctx) : null;
    if (facade && facade.length === 1) {
      const link = facade[0];
      const args = argsOf(link.args, frame);
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
  return isTrue(valueOf(node, frame), node);
}

/** `Schema::x()`, `Schema::connection('c')->x()` and `$this->schema->x()`: the links after the facade, or null. */
function schemaFacade(chain: MigrationChain, ctx: Run): Link[] | null {
  const { root, links } = chain;
  const prop = thisProperty(root);
  if (prop !== null) return ctx.schemaProps.has(prop) ? schemaLinks(links) : null;
  const cls = classNameOf(root);
  if (!cls || baseName(cls) !== 'Schema') return null;
  const named = schemaLinks(links);
  return named[0]?.method === 'connection' ? named.slice(1) : named;
}

function closureOf(node: PhpNode | undefined): PhpNode | null {
  return isFunctionLike(node) ? node : null;
}

/**
 * A callback argument written in place or held in a variable (`$callback = function (Blueprint $t) {…};
 * Schema::table('x', $callback)`): its function and the frame its body runs in.
 */
function callbackOf(node: PhpNode | undefined, frame: Frame): { fn: PhpNode; frame: Frame } | null {
  const fn = closureOf(node);
  if (fn) return { fn, frame: closureFrame(fn, frame) };
  const name = variableName(node);
  const held = name !== null ? frame.vars.get(name) : undefined;
  if (!(held instanceof ClosureValue) || !isFunctionLike(held.node)) return null;
  // Arrow functions see the scope they were made in; closures what they captured with `use`.
  const vars = held.node.kind === 'arrowfunc' ? new Map(frame.vars) : new Map(held.captured);
  return { fn: held.node, frame: frame.with(vars) };
}

/**
 * What a closure sees: arrow functions the whole scope; closures their `use` variables (the migration's
 * members stay in reach through the frame's class, as non-static closures are bound to the migration).
 */
function closureFrame(fn: PhpNode, frame: Frame): Frame {
  if (fn.kind === 'arrowfunc') return frame.with(new Map(frame.vars));
  const inner: Scope = new Map();
  for (const u of fn.uses ?? []) {
    const name = variableName(u);
    if (name !== null && frame.vars.has(name)) inner.set(name, frame.vars.get(name)!);
  }
  return frame.with(inner);
}

/** What may change something when evaluated: calls, object creation, assignments, output. */
const EFFECTS = new Set(['call', 'new', 'assign', 'post', 'pre', 'include', 'eval', 'print', 'echo', 'exit']);

/** An expression that does nothing as a statement (`$default;`, `return [$a, 'b'];`); closures are values. */
function isPure(expr: PhpNode): boolean {
  // Nearly every statement of a migration is a call: no need to walk it to know.
  if (EFFECTS.has(expr.kind)) return false;
  let pure = true;
  walk(expr, (n) => {
    if (EFFECTS.has(n.kind)) pure = false;
  });
  return pure && !isFunctionLike(expr);
}

function runExpression(expr: PhpNode, frame: Frame, ctx: Run, table?: TableScope): void {
  const line = lineOf(expr);
  if (isPure(expr)) return;
  if (expr.kind === 'parenthesis') return runExpression(expr.inner, frame, ctx, table);
  if (expr.kind === 'assign') return runAssign(expr, frame, ctx, table);
  if (expr.kind === 'retif') {
    const branch = condition(expr.test, frame, ctx) ? (expr.trueExpr ?? expr.test) : expr.falseExpr;
    return runExpression(branch, frame, ctx, table);
  }
  if (expr.kind === 'match') return runMatch(expr, frame, ctx, table);
  if (expr.kind === 'call' && expr.what?.kind === 'name' && runFunctionCall(expr, frame, ctx, table)) return;
  const called = expr.kind === 'call' ? variableName(expr.what) : null;
  const callee = called !== null ? frame.vars.get(called) : undefined;
  if (callee instanceof ClosureValue) return runClosureCall(callee, expr, frame, ctx, table);
  const chain = expr.kind === 'call' ? chainOf(expr) : null;
  if (!chain || chain.links.length === 0) {
    problemAt(ctx, line, `${expr.kind} expression is not understood in a migration`, expr.kind);
    return;
  }
  if (table && variableName(chain.root) === table.variable) {
    runBlueprintChain(table, chain.links, frame, ctx);
    return;
  }
  const held = table ? table.fluents.get(variableName(chain.root) ?? '') : undefined;
  if (table && held) {
    runFluentChain(table, held, chain.links, frame);
    return;
  }
  const facade = schemaFacade(chain, ctx);
  if (facade) return runSchemaCall(facade, frame, ctx, line, table);
  const own = ownCallTarget(expr) ?? classCallTarget(expr, frame);
  if (own && runOwnCall(own, expr, frame, ctx, table)) return;
  const cls = classNameOf(chain.root);
  if (cls && baseName(cls) === 'DB') {
    const links = chain.links[0].method === 'connection' ? chain.links.slice(1) : chain.links;
    const first = links[0];
    if (first && (first.method === 'statement' || first.method === 'unprepared')) {
      const sql = argsOf(first.args, frame).positional[0];
      if (typeof sql !== 'string') throw new NotStatic(expr, 'SQL text');
      ctx.budget.rawStatement();
      ctx.onRawSql({ sql, location: { file: ctx.file, line: first.line } });
      return;
    }
    if (first && DATA_FACADE_METHODS.has(first.method)) return;
  }
  // Writing to the log, and Eloquent's mass-assignment switch, change no schema.
  if (cls && (baseName(cls) === 'Log' || UNGUARD.has(chain.links[0]?.method.toLowerCase() ?? ''))) return;
  problemAt(ctx, line, `call to ${describeChain(chain)} is not understood in a migration`, 'call');
}

/** `match (DB::getDriverName()) { 'mysql' => $table->…, … }` as a statement: the matching arm runs. */
function runMatch(expr: PhpNode, frame: Frame, ctx: Run, table?: TableScope): void {
  const value = valueOf(expr.cond, frame);
  let fallback: PhpNode | null = null;
  for (const arm of children(expr, 'arms')) {
    const conds = arm.conds as PhpNode[] | null;
    if (!conds) {
      fallback = arm.body;
      continue;
    }
    if (conds.some((c) => strictEquals(value, valueOf(c, frame)) === true))
      return runExpression(arm.body, frame, ctx, table);
  }
  if (fallback) return runExpression(fallback, frame, ctx, table);
  // PHP throws UnhandledMatchError: the migration stops there.
  problemAt(ctx, lineOf(expr), 'no arm of the match fits: PHP throws UnhandledMatchError', 'match');
}

/**
 * A function call as a statement: Laravel's `rescue($callback)` runs the callback (its exception is
 * swallowed); an app function (`rescue_if($cond, function () use ($table) {…})`) runs its body as
 * migration statements with the arguments bound, closures included. False for any other function.
 */
function runFunctionCall(expr: PhpNode, frame: Frame, ctx: Run, table?: TableScope): boolean {
  const name = String(expr.what.name).replace(/^\\/, '');
  const argNodes = children(expr, 'arguments');
  if (name.toLowerCase() === 'rescue') {
    const callback = argNodes[0] ? valueOf(argNodes[0], frame) : null;
    if (!(callback instanceof ClosureValue)) throw new NotStatic(argNodes[0] ?? expr, 'rescue() callback');
    runClosure(callback, [], frame, ctx, table);
    return true;
  }
  const decl = frame.env.host.declaredFunction?.(name);
  if (!decl) return false;
  const { calls } = frame.env;
  if (!calls.enter(`function ${name.toLowerCase()}`)) {
    problemAt(ctx, lineOf(expr), `${name}(): calls nest too deep or repeat, not followed`, 'call');
    return true;
  }
  try {
    const params = children(decl.node, 'arguments').map((p) => ({
      name: paramName(p) ?? '',
      default: p.value ?? null,
      variadic: p.variadic === true,
    }));
    const evalCtx = { scope: decl.scope, file: decl.file, host: frame.env.host };
    const args = evaluateArgs(argNodes, frame.eval);
    // A closure passed on runs where it was written (its class, imports and captured variables).
    for (const v of [...args.positional, ...Object.values(args.named)])
      if (v instanceof ClosureValue) madeIn.set(v.node, { frame, file: ctx.file });
    const vars = bindParameters(params, args, evalCtx);
    const inner = new Frame(frame.env, frame.decl, frame.self, vars, evalCtx);
    const here = decl.file === ctx.file ? ctx : { ...ctx, file: decl.file };
    try {
      runBlock(bodyStatements(decl.node), inner, here, table && tableIn(vars, table));
    } catch (err) {
      if (!(err instanceof Stop || err instanceof Break || err instanceof Continue)) throw err;
    }
  } finally {
    calls.leave();
  }
  return true;
}

/**
 * The Blueprint scope inside code that received the Blueprint as a value (a closure's `use ($table)`, a
 * function's parameter): the variable that holds it names it there.
 */
function tableIn(vars: Map<string, PhpValue>, table: TableScope): TableScope {
  for (const [name, v] of vars)
    if (v instanceof BlueprintRef && v.table === table.builder.def.table)
      return newTable(name, table.builder);
  return table;
}

/** The frame a closure passed to a followed function was written in. */
const madeIn = new WeakMap<PhpNode, { frame: Frame; file: string }>();

/** Runs a closure value with these arguments, in the scope it captured; `return` ends it. */
function runClosure(held: ClosureValue, args: PhpValue[], caller: Frame, run: Run, table?: TableScope): void {
  const fn = held.node;
  const origin = madeIn.get(fn);
  const frame = origin?.frame ?? caller;
  const ctx = origin && origin.file !== run.file ? { ...run, file: origin.file } : run;
  if (!isFunctionLike(fn)) return;
  const vars = fn.kind === 'arrowfunc' ? new Map(frame.vars) : new Map(held.captured);
  children(fn, 'arguments').forEach((param, i) => {
    const name = paramName(param);
    if (name !== null)
      vars.set(name, i < args.length ? args[i] : param.value ? valueOf(param.value, frame) : null);
  });
  try {
    runBlock(bodyStatements(fn), frame.with(vars), ctx, table && tableIn(vars, table));
  } catch (err) {
    if (!(err instanceof Stop)) throw err;
  }
}

/** `$createTable('posts')`: a closure held in a variable runs with its parameters bound; `return` ends it. */
function runClosureCall(held: ClosureValue, expr: PhpNode, frame: Frame, ctx: Run, table?: TableScope): void {
  const fn = held.node;
  const vars = fn.kind === 'arrowfunc' ? new Map(frame.vars) : new Map(held.captured);
  const argNodes = children(expr, 'arguments');
  let inner = table;
  children(fn, 'arguments').forEach((param, i) => {
    const name = paramName(param);
    if (name === null) return;
    // The Blueprint passed on (`$addColumns($table)`) stays the Blueprint under the parameter's name.
    if (table && argNodes[i] && variableName(argNodes[i]) === table.variable) {
      inner = newTable(name, table.builder);
      return;
    }
    const arg = argNodes[i];
    vars.set(name, arg ? valueOf(arg, frame) : param.value ? valueOf(param.value, frame) : null);
  });
  try {
    runBlock(bodyStatements(fn), frame.with(vars), ctx, inner);
  } catch (err) {
    if (!(err instanceof Stop)) throw err;
  }
}

/**
 * `$this->createFooTable()`, `$this->helper($name)`, `self::`/`static::`/`parent::` helpers (own, trait
 * or inherited): the body runs as migration statements with the arguments bound. A Blueprint passed as an
 * argument stays the Blueprint inside. False when the method is not in the app (the caller reports it).
 */
function runOwnCall(
  call: { target: CallTarget; method: string },
  expr: PhpNode,
  frame: Frame,
  ctx: Run,
  table?: TableScope,
): boolean {
  const { index, calls } = frame.env;
  const resolved = resolveCall(index, call.target, call.method, frame.self, frame.decl.fqcn);
  const found = resolved?.found;
  if (!resolved || !found?.node || found.summary.isAbstract) return false;
  const line = lineOf(expr);
  if (!calls.enter(`${found.decl.fqcn}::${found.summary.name}`)) {
    if (calls.depth >= calls.maxDepth)
      problemAt(
        ctx,
        line,
        `${call.method}(): helper calls nest deeper than ${calls.maxDepth}, not followed`,
        'work limit',
      );
    else problemAt(ctx, line, `${call.method}() calls itself: the repeated call is not followed`, 'call');
    return true;
  }
  try {
    const argNodes = children(expr, 'arguments');
    const callee = new Frame(frame.env, found.decl, resolved.self, new Map());
    const vars = bindArguments(found, evaluateArgs(argNodes, frame.eval), callee.eval);
    for (const [name, value] of vars) callee.vars.set(name, value);
    runMethod(found, callee, ctx, table ? passedTable(found, argNodes, table) : undefined);
  } finally {
    calls.leave();
  }
  return true;
}

/** `Helper::method(…)` on a class the index holds (the app's, or a known vendor class): followed as a helper. */
function classCallTarget(expr: PhpNode, frame: Frame): { target: CallTarget; method: string } | null {
  const what = expr.what;
  if (what?.kind !== 'staticlookup' || what.offset?.kind !== 'identifier') return null;
  const cls = classOf(what.what, frame.eval);
  return cls && frame.env.index.get(cls) ? { target: cls, method: nameOf(what.offset) ?? '' } : null;
}

/** The helper's parameter that receives the Blueprint (`$this->addAudit($table)`), as its table scope. */
function passedTable(found: FoundMethod, argNodes: PhpNode[], table: TableScope): TableScope | undefined {
  for (const [i, arg] of argNodes.entries()) {
    const named = arg.kind === 'namedargument';
    if (variableName(named ? arg.value : arg) !== table.variable) continue;
    const param = named ? String(arg.name) : found.summary.params[i]?.name;
    if (param) return newTable(param, table.builder);
  }
  return undefined;
}

function runAssign(expr: PhpNode, frame: Frame, ctx: Run, table?: TableScope): void {
  const left = expr.left;
  const variable = variableName(left);
  if (expr.operator === '=' && variable !== null) {
    // `$col = $table->string('a')->nullable();`: the column is added now, and later calls on `$col` modify it.
    const chain = table && expr.right.kind === 'call' ? chainOf(expr.right) : null;
    const root = chain ? variableName(chain.root) : null;
    if (table && chain && root !== null && chain.links.length > 0) {
      const held = table.fluents.get(root);
      if (root === table.variable || held) {
        const fluent = held
          ? runFluentChain(table, held, chain.links, frame)
          : runBlueprintChain(table, chain.links, frame, ctx);
        if (fluent) table.fluents.set(variable, fluent);
        else table.fluents.delete(variable);
        return;
      }
    }
    table?.fluents.delete(variable);
    // `$done = Schema::table('x', fn…)`: the call runs; its value (void) is null.
    const facade = expr.right.kind === 'call' ? chainOf(expr.right) : null;
    const schemaCall = facade ? schemaFacade(facade, ctx) : null;
    if (
      schemaCall &&
      ['create', 'table', 'rename', 'drop', 'dropIfExists', 'dropColumns'].includes(schemaCall[0]?.method)
    ) {
      runExpression(expr.right, frame, ctx, table);
      frame.vars.set(variable, null);
      return;
    }
    frame.vars.set(variable, ctx.budget.value(valueOf(expr.right, frame)));
    return;
  }
  // $table->engine = 'InnoDB'; $table->charset / $table->collation likewise.
  if (table && left.kind === 'propertylookup' && variableName(left.what) === table.variable) {
    const prop = nameOf(left.offset);
    const value = valueOf(expr.right, frame);
    if ((prop === 'engine' || prop === 'charset' || prop === 'collation') && typeof value === 'string') {
      table.builder.def[prop] = value;
      return;
    }
    if (prop === 'temporary') {
      table.builder.def.temporary = isTrue(value, expr.right);
      return;
    }
  }
  problemAt(ctx, lineOf(expr), 'assignment is not understood in a migration', 'assign');
}

/** Calls on a column or command held in a variable. */
function runFluentChain(table: TableScope, start: Fluent, links: Link[], frame: Frame): Fluent {
  let fluent = start;
  for (const link of links)
    fluent = table.builder.modify(fluent, link.method, argsOf(link.args, frame), link.line);
  return fluent;
}

function runBlueprintChain(table: TableScope, links: Link[], frame: Frame, ctx: Run): Fluent | null {
  // $table->after('col', function ($table) { ... }) runs the callback with an insertion point set.
  const fn = links.length === 1 && links[0].method === 'after' ? closureOf(links[0].args[1]) : null;
  if (fn) {
    const after = valueOf(links[0].args[0], frame);
    const variable = firstParamName(fn);
    if (typeof after !== 'string' || !variable) throw new NotStatic(links[0].args[0], 'after() column');
    table.builder.afterColumn = after;
    runBlock(bodyStatements(fn), closureFrame(fn, frame), ctx, newTable(variable, table.builder));
    table.builder.afterColumn = null;
    return null;
  }
  let fluent: Fluent | null = null;
  for (const link of links) {
    const args = argsOf(link.args, frame);
    fluent = fluent
      ? table.builder.modify(fluent, link.method, args, link.line)
      : table.builder.call(link.method, args, link.line);
  }
  return fluent;
}

function runSchemaCall(links: Link[], frame: Frame, ctx: Run, line: number, table?: TableScope): void {
  const link = links[0];
  if (!link || links.length > 1) {
    problemAt(ctx, line, 'chained Schema call is not understood', 'Schema');
    return;
  }
  const node = { kind: 'call', loc: { start: { line: link.line } } } as PhpNode;
  const method = link.method;
  const applied = (builder: BlueprintBuilder) => {
    const refused = applyBlueprint(ctx.fold, builder.def, ctx.file, link.line);
    if (refused.length > 0 && (ctx.catching ?? 0) > 0) throw new Refused();
    for (const e of refused) problemAt(ctx, e.line, e.message, 'schema');
  };
  if (method === 'create' || method === 'table') {
    const name = valueOf(link.args[0], frame);
    if (typeof name !== 'string') throw new NotStatic(link.args[0], 'table name');
    const callback = callbackOf(link.args[1], frame);
    if (link.args[1] && !callback) throw new NotStatic(link.args[1], 'Blueprint callback');
    const builder = new BlueprintBuilder(name, method === 'create', ctx.settings);
    if (callback) {
      // A closure without a parameter ignores the Blueprint Laravel passes: its body still runs (data
      // statements, usually) and adds no schema change; '' is no PHP variable's name.
      const variable = firstParamName(callback.fn) ?? '';
      // Closure scope: captured `use` variables only, as PHP does; arrow functions see the whole scope.
      // The Blueprint is also a value there (`$table->getTable()` in a condition or an argument).
      if (variable) callback.frame.vars.set(variable, new BlueprintRef(name));
      runBlock(bodyStatements(callback.fn), callback.frame, ctx, newTable(variable, builder));
    }
    applied(builder);
    return;
  }
  const args = argsOf(link.args, frame);
  const onTable = () => new BlueprintBuilder(stringArg(args, 0, 'table', node), false, ctx.settings);
  switch (method) {
    case 'rename': {
      const b = onTable();
      b.call('rename', { positional: [stringArg(args, 1, 'table', node)], named: {} }, link.line);
      applied(b);
      return;
    }
    case 'drop':
    case 'dropIfExists': {
      const b = onTable();
      b.call(method, { positional: [], named: {} }, link.line);
      applied(b);
      return;
    }
    case 'dropColumns': {
      const b = onTable();
      const cols = args.positional[1];
      b.call(
        'dropColumn',
        { positional: [Array.isArray(cols) ? cols : (cols ?? null)], named: {} },
        link.line,
      );
      applied(b);
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
      // Inside a Blueprint closure the callback may go on with the Blueprint (`use ($table)`).
      if (fn) runBlock(bodyStatements(fn), frame.with(new Map(frame.vars)), ctx, table);
      return;
    }
    default:
      if (NO_OP_SCHEMA_METHODS.has(method)) return;
      problemAt(ctx, link.line, `Schema::${method}() is not understood`, `Schema::${method}`);
  }
}
