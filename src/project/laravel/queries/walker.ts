/**
 * Walks one PHP file and follows every query chain: `Model::…`, `DB::table(…)`, `$user->orders()`,
 * builders kept in variables (`$q = Post::query(); $q->where(…); $q->get()`), raw SQL in DB::select.
 * Types are only those the code states: type hints, `new`/find()/first() results, `$this` in a model,
 * the auth user. Anything else is skipped, never guessed.
 */

import type { Location } from '../../../findings.js';
import type {
  ModelInfo,
  Operator,
  Problem,
  QueryPlace,
  QueryShape,
  TableWrite,
  WholeTableRead,
} from '../../model.js';
import { shapesFromSql } from '../../sql/shapes.js';
import type { ParsedPhp } from '../../php/parse.js';
import {
  addUses,
  calledMethod,
  arrayEntries,
  child,
  childNodes,
  children,
  field,
  flatten,
  joinNs,
  lineOf,
  nameKey,
  nameOf,
  newFileScope,
  paramName,
  renderStep,
  type FileScope,
  type PhpNode,
  type Step,
} from '../../php/ast.js';
import type { ClassIndex } from '../../php/class-index.js';
import type { EvalHost } from '../../php/evaluate.js';
import { anonymousClassName, varDocTypes } from '../../php/summary.js';
import { isBladeTemplate } from '../blade/index.js';
import { bindArguments } from '../../php/calls.js';
import { evaluate, evaluateArgs } from '../../php/evaluate.js';
import type { PhpValue } from '../../php/value.js';
import { classOfExpression, classOfType, parameterClasses } from '../../php/types.js';
import { laravelTypes } from '../host.js';
import {
  applyMethod,
  cloneState,
  evalContext,
  finishState,
  inspected,
  inspectsBuilder,
  isSingleRelation,
  relationRuns,
  RETURNS_ROWS,
  newState,
  relationState,
} from './builder.js';
import type { After, Env, ModelRegistry, QueryState } from './builder.js';
import { readsWholeTable } from './whole-reads.js';
import { ChainCode } from './chain-code.js';
import { applyCallbackTo, bodyExpressions } from './chains.js';
import type { Macros } from './macros.js';
import { driverBranches } from './driver.js';
import { literalValue } from './literal.js';
import { unknownPiece } from './pieces.js';
import { COMPUTED_METHOD_UNREAD, computedMethodName } from './computed-method.js';
import { placeOf } from './places.js';
import {
  armExits,
  armsOf,
  firstStatement,
  runBranches,
  snapshot,
  takeOptional,
  variantShapes,
  type OptionalPart,
} from './optional.js';
import { NAMED_REQUEST, readsRequestInput, type RequestLocals } from './request-input.js';
import { CHOICE_SOURCES, keptForChoices } from './sort-choice.js';
import { addsRows, MODEL_SAVES, RETURNS_CREATED, writtenTables } from './writes.js';
import { returnsBuiltModel, savesItself } from './built-models.js';
import { deletesEachRow, deletesVariable } from './deleted-rows.js';
import { attributeColumn, COMPUTED, databaseRules, parseRule, type RuleQuery } from './validation-rules.js';
import { isBuiltString } from './like.js';
import { forwardsToQuery, injectedClass, mayReturnQueryOf, orsOntoParameter } from './receivers.js';
import { repositoryModel, soleImplementation, vendorFinder } from './repositories.js';
import { isHttpController } from '../framework-class.js';

type Value =
  | { kind: 'builder'; state: QueryState; tracked: boolean }
  /**
   * Where an instance came from, which says what its save() does. `built`: the code made it (`new X`,
   * make(), replicate(), a factory method that returns one), so save() inserts a row; `param`: a method was
   * handed it, and its caller may have built it. Neither (a row the code read with first(), find(), a
   * relation or a loop, the row route model binding loaded, a property, `$this` in the model, a method's
   * declared return): a row stored already, which save() updates.
   */
  | { kind: 'model'; model: ModelInfo; built?: boolean; param?: boolean }
  | { kind: 'db' }
  | { kind: 'auth' }
  | { kind: 'request' }
  /** Rows of a model already fetched (get(), all(), a to-many relation property). */
  | { kind: 'collection'; model: ModelInfo }
  | null;

interface Frame {
  vars: Map<string, Value>;
  /** Builders kept in variables: emitted when executed, or at the end of the function. */
  tracked: { state: QueryState; emitted: boolean }[];
  /** The class a local holds, when the code states it (typed parameters, `new`, `app(X::class)`). */
  classes: Map<string, string>;
  /** Values returned, when the body is run for a caller (a method a builder is passed through). */
  returns?: Value[];
  /** classOf() answers for this frame's nodes. */
  memo?: Map<PhpNode, string | null>;
  /** Locals a sort choice is read from (`$allowed = [...]`, `$sort = in_array(…) ? … : 'x'`): sort-choice.ts. */
  choices?: Map<string, PhpValue>;
  /**
   * Assignments that may read the request's input (`$search = $request->input('search')`), by local, in
   * order: asked only when a branch test reads the local (request-input.ts), never for every assignment.
   */
  inputs?: Map<string, InputSource[]>;
  /** Assignments seen in this frame: the order `inputs` are told apart by. */
  assignments?: number;
  /**
   * Locals last assigned a concatenated or interpolated string (`$term = '%' . $q . '%'`): a LIKE pattern
   * passed in one keeps the shape the code gives it (like.ts).
   */
  patterns?: Map<string, PhpNode>;
}

/** Keeps (or forgets) the string form a local is assigned, for LIKE patterns read from it. */
function notePattern(frame: Frame, name: string | null, operator: unknown, right: PhpNode | null): void {
  if (!name) return;
  if (operator === '=' && isBuiltString(right)) (frame.patterns ??= new Map()).set(name, right);
  else frame.patterns?.delete(name);
}

/**
 * An assignment whose right side is judged when first asked, with the locals as they were then: the
 * request objects, and the earlier assignments (`at`). `right` null: a value that reads no input.
 */
interface InputSource {
  at: number;
  right: PhpNode | null;
  requestVars: ReadonlySet<string>;
  reads?: boolean;
}

interface Ctx {
  scope: FileScope;
  selfFqcn: string | null;
  frame: Frame;
  /** Values of the parameters of a method run for a caller (`$tableName` → 'views'). */
  bindings?: Map<string, PhpValue>;
  /**
   * In a method run for a caller: what the object's properties hold (`$this->builder = $builder`), shared
   * with the methods it calls on itself (`$this->entityFilter()`).
   */
  thisProps?: Map<string, Value>;
}

/** Nova's resource hooks: their second parameter is the resource model's query. */
const NOVA_HOOKS = new Set(['indexquery', 'detailquery', 'editquery', 'relatablequery', 'scoutquery']);
const ELOQUENT_BUILDERS = new Set(['illuminate\\database\\eloquent\\builder']);
const SELF_REFS = new Set(['parentreference', 'staticreference', 'selfreference']);
/** What a resource's base class returns as its model's query (Filament's getEloquentQuery()). */
const RESOURCE_QUERIES = new Set(['geteloquentquery', 'query', 'newquery']);

/** How deep builders are followed through methods that take them (`$this->filter($query)`). */
const THROUGH_DEPTH = 3;

/** Relation methods that insert the model their first argument holds (`save(new Seat)`, `saveMany([…])`). */
const SAVES_ARGUMENT = new Set(['save', 'savequietly', 'savemany', 'savemanyquietly']);
/** Collection methods that keep the same kind of rows. */
const COLLECTION_KEEPS = new Set([
  'filter',
  'where',
  'wherein',
  'sortby',
  'sortbydesc',
  'values',
  'take',
  'reject',
  'unique',
  'each',
  'items',
  'getcollection',
]);

/** Expressions evaluate() follows as a chain of calls and lookups. */
const CHAIN_KINDS = new Set(['call', 'propertylookup', 'nullsafepropertylookup', 'staticlookup']);

const DB_FACADES = new Set(['illuminate\\support\\facades\\db', 'db']);
const AUTH_FACADES = new Set(['illuminate\\support\\facades\\auth', 'auth']);
const RAW_SELECTS = new Set([
  'select',
  'selectone',
  'selectfromwriteconnection',
  'cursor',
  'scalar',
  'update',
  'delete',
]);

/** Receives finished shapes; drops exact repeats (same shape, same place). */
export interface Sink {
  /** `statementLine`: where the statement holding the query starts (an ignore comment may sit above it). */
  add(shape: QueryShape, statementLine?: number): void;
  /** Statements that add rows to a table (writes.ts). */
  write?(write: TableWrite): void;
  /** Reads of every row of a table (whole-reads.ts). */
  wholeRead?(read: WholeTableRead): void;
  problems: Problem[];
}

export class FileWalker {
  constructor(
    private readonly file: ParsedPhp,
    private readonly index: ClassIndex,
    private readonly models: ModelRegistry,
    private readonly sink: Sink,
    private readonly host?: EvalHost,
    private readonly macros?: Macros,
  ) {
    this.template = isBladeTemplate(file.path);
  }

  run(): void {
    const frame: Frame = { vars: new Map(), tracked: [], classes: new Map() };
    this.visitAll(children(this.file.ast as unknown as PhpNode, 'children'), {
      scope: newFileScope(this.file.path),
      selfFqcn: null,
      frame,
    });
    this.endFrame(frame);
  }

  private env(ctx: Ctx): Env {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const walker = this;
    const env: Env = {
      index: this.index,
      models: this.models,
      scope: ctx.scope,
      selfFqcn: ctx.selfFqcn,
      problems: this.sink.problems,
      emit: (state) => this.emit(state),
      // Methods, not arrows: an Env copied with scope bindings must pass itself on.
      applyCallback(fn, state, join, param) {
        return applyCallbackTo(fn, state, this, join, param);
      },
      scopeMethod: (model, scope) => this.index.scopeMethod(model.fqcn, scope),
      host: this.host,
      macros: this.macros,
      // Only a variable's model: evaluating anything else could emit the queries it runs twice.
      modelOf: (n) => {
        const v = n.kind === 'variable' ? this.evaluate(n, ctx, true) : null;
        return v?.kind === 'model' ? v.model : null;
      },
      readsRequest: (n) => readsRequestInput(n, requestLocals(ctx)),
      patternOf: (name) => ctx.frame.patterns?.get(name),
      classOf: (n) => this.classOf(n, ctx),
      // A method: a scope's env (its file, its parameters' classes) passes itself on.
      passQuery(call, state, param) {
        return walker.passQuery(call, state, param, this);
      },
    };
    if (ctx.bindings) env.bindings = ctx.bindings;
    if (ctx.frame.choices?.size) env.bindings = new Map([...(ctx.bindings ?? []), ...ctx.frame.choices]);
    return env;
  }

  /** Keeps (or forgets) what a local holds when a sort choice can be read from it. */
  private noteChoice(name: string, right: PhpNode, ctx: Ctx): void {
    const v = CHOICE_SOURCES.has(right.kind) ? evaluate(right, evalContext(this.env(ctx))) : null;
    if (v !== null && keptForChoices(v)) (ctx.frame.choices ??= new Map()).set(name, v);
    else ctx.frame.choices?.delete(name);
  }

  /** A Blade template: its variables have no declared types, only what `@var` docblocks say. */
  private readonly template: boolean;

  /**
   * A docblock in a template's `@php` block (`@var \App\Models\User $user`): the variable holds that class
   * from the next statement on. The only way a template states a variable's type; a union of classes says nothing.
   */
  private declaredLocals(node: PhpNode, ctx: Ctx): void {
    for (const c of node.leadingComments as PhpNode[]) {
      const doc = field<string>(c, 'value');
      if (c.kind !== 'commentblock' || typeof doc !== 'string' || !doc.startsWith('/**')) continue;
      for (const [name, type] of varDocTypes(doc, ctx.scope)) {
        const cls = type.names.length === 1 && !type.names[0].endsWith('[]') ? type.names[0] : null;
        const value = this.classValue(cls);
        ctx.frame.vars.set(name, value);
        if (value && cls) ctx.frame.classes.set(name, cls);
        else ctx.frame.classes.delete(name);
      }
    }
  }

  /** Line of the statement being walked. */
  private statementLine: number | undefined;

  /** Set while a method is run for a caller: its own queries are that file's, emitted when it is walked. */
  private muted = 0;
  /** Methods being run for a caller, against recursion. */
  private readonly through: string[] = [];

  /** The class being walked: with the file, it says where the queries run. */
  private currentClass: string | null = null;
  /** The method being walked (lower case), closures inside it included. */
  private currentMethod: string | null = null;
  /** Set while a chain whose rows the code deletes one by one is read (deleted-rows.ts). */
  private deletingRows = 0;

  /** placeOf() by class: the same for every query of a class, and asked for each. */
  private readonly places = new Map<string | null, QueryPlace>();

  private place(): QueryPlace {
    let place = this.places.get(this.currentClass);
    if (!place) {
      place = placeOf(this.file.path, this.currentClass, this.index);
      this.places.set(this.currentClass, place);
    }
    return place;
  }

  private emit(state: QueryState): void {
    if (this.muted) return;
    // Laravel's model:prune deletes what a model's prunable() query matches.
    if (this.currentMethod === 'prunable' || this.deletingRows > 0) state.deletes = true;
    for (const shape of variantShapes(state, finishState)) this.add(shape);
  }

  private add(shape: QueryShape): void {
    shape.place = this.place();
    this.sink.add(shape, this.statementLine);
  }

  /**
   * `$license->seats()->save(new LicenseSeat)` on a receiver the code does not type: the model built in the
   * argument (or in the array saveMany() takes) is a new row of its table all the same.
   */
  private newModelsSaved(step: Step, ctx: Ctx, location: Location): void {
    const arg = step.args[0];
    if (!arg) return;
    const built = arg.kind === 'array' ? arrayEntries(arg).map((e) => e.value) : [arg];
    for (const n of built) {
      const model = this.builtModel(n, ctx);
      if (model) this.write([model.table], step.name!, location);
    }
  }

  /** The model a `new X(…)` expression builds; null for any other expression or class. */
  private builtModel(node: PhpNode, ctx: Ctx): ModelInfo | null {
    const cls = node.kind === 'new' ? child(node, 'what') : null;
    return cls ? this.models.get(this.index.resolveRef(cls, ctx.scope, ctx.selfFqcn)) : null;
  }

  /** Tables a statement adds rows to, with where it runs; a method run for a caller is its own file's. */
  private write(tables: string[], method: string, location: Location, pivot?: QueryState): void {
    if (this.muted || !this.sink.write) return;
    const place = this.place();
    for (const table of tables) {
      const through = pivot?.pivot === table ? pivot.pivotOwner : undefined;
      this.sink.write({
        table,
        method: method.toLowerCase(),
        place,
        location,
        ...(through ? { through } : {}),
      });
    }
  }

  /** A query that loads every row of its table, with where it runs. */
  private noteWholeRead(state: QueryState, method: string, args: PhpNode[]): void {
    if (this.muted || !this.sink.wholeRead || !readsWholeTable(state, method, args)) return;
    const place = this.place();
    this.sink.wholeRead({
      table: state.table,
      method: method.toLowerCase(),
      place,
      location: state.location,
    });
  }

  private endFrame(frame: Frame): void {
    for (const t of frame.tracked) if (!t.emitted) this.emit(t.state);
  }

  private visitAll(nodes: PhpNode[], ctx: Ctx): void {
    for (const n of nodes) this.visit(n, ctx);
  }

  private visit(node: PhpNode | null, ctx: Ctx): void {
    if (!node) return;
    if (this.template && node.leadingComments) this.declaredLocals(node, ctx);
    if (node.kind === 'return' && ctx.frame.returns) {
      const expr = child(node, 'expr');
      ctx.frame.returns.push(expr ? this.evaluate(expr, ctx, true) : null);
      return;
    }
    if (node.kind === 'expressionstatement' || node.kind === 'return' || node.kind === 'echo') {
      const saved = this.statementLine;
      this.statementLine = lineOf(node);
      this.visitAll(childNodes(node), ctx);
      this.statementLine = saved;
      return;
    }
    switch (node.kind) {
      case 'namespace': {
        const scope = newFileScope(ctx.scope.file, field<string>(node, 'name') ?? '');
        this.visitAll(children(node, 'children'), { ...ctx, scope });
        return;
      }
      case 'usegroup':
        addUses(ctx.scope, node);
        return;
      case 'class':
      case 'trait':
      case 'enum': {
        // The name the class index knows it by (anonymous classes by file and line).
        const name = nameOf(child(node, 'name'));
        const selfFqcn = node.isAnonymous
          ? anonymousClassName(ctx.scope.file, lineOf(node))
          : name
            ? joinNs(ctx.scope.namespace, name)
            : null;
        const outer = this.currentClass;
        this.currentClass = selfFqcn;
        this.visitAll(children(node, 'body'), { ...ctx, selfFqcn });
        this.currentClass = outer;
        return;
      }
      case 'method':
      case 'function':
      case 'closure':
      case 'arrowfunc':
        this.visitFunction(node, ctx);
        return;
      case 'assign':
        this.visitAssign(node, ctx);
        return;
      case 'foreach':
        this.visitForeach(node, ctx);
        return;
      case 'if':
      case 'switch': {
        // A branch taken only on another database driver sends no MariaDB query.
        const taken = driverBranches(node);
        if (taken) this.visitAll(taken, ctx);
        else this.visitBranches(node, ctx);
        return;
      }
      case 'call':
      case 'propertylookup':
      case 'nullsafepropertylookup':
      case 'staticlookup':
        this.evaluate(node, ctx, false);
        return;
      case 'array':
        this.validationRules(node, ctx);
        break;
    }
    this.visitAll(childNodes(node), ctx);
  }

  /**
   * `['email' => 'required|unique:users,email', 'team_id' => [Rule::exists('teams', 'id')]]`: the database
   * rules of a rules array, each the count query Laravel's presence verifier sends (validation-rules.ts).
   */
  private validationRules(node: PhpNode, ctx: Ctx): void {
    for (const entry of children(node, 'items')) {
      const key = entry.kind === 'entry' ? child(entry, 'key') : null;
      const attribute = key?.kind === 'string' ? field<string>(key, 'value') : null;
      const value = entry.kind === 'entry' ? child(entry, 'value') : null;
      if (!attribute || !value) continue;
      const values =
        value.kind === 'array' ? children(value, 'items').map((i) => child(i, 'value')) : [value];
      for (const v of values) {
        if (!v) continue;
        if (v.kind === 'call') this.ruleChain(v, attribute, ctx);
        else {
          const text = this.ruleText(v, ctx);
          for (const rule of text === null ? [] : databaseRules(text))
            this.ruleQuery(rule, attribute, v, ctx);
        }
      }
    }
  }

  /**
   * A rule string, with COMPUTED where the code concatenates a value (`'unique:users,email,' . $id`); null
   * when the value is no string literal or concatenation of one.
   */
  private ruleText(node: PhpNode, ctx: Ctx): string | null {
    // Most keyed arrays hold no rule: the literal parts say so before anything is evaluated.
    const skeleton = literalText(node, () => COMPUTED);
    if (skeleton === null || !DATABASE_RULE.test(skeleton)) return null;
    const env = evalContext(this.env(ctx));
    return literalText(node, (n) => {
      const v = evaluate(n, env);
      return typeof v === 'string' ? v : COMPUTED;
    });
  }

  /** `Rule::unique('users', 'email')->ignore($id)->where(…)`: the rule, then the builder's own methods. */
  private ruleChain(node: PhpNode, attribute: string, ctx: Ctx): void {
    const chain = flatten(node);
    const [first, ...rest] = chain.steps;
    const name = first?.kind === 'static' ? first.name?.toLowerCase() : null;
    if (name !== 'unique' && name !== 'exists') return;
    if (
      this.index.resolveRef(chain.root, ctx.scope, ctx.selfFqcn)?.toLowerCase() !==
      'illuminate\\validation\\rule'
    )
      return;
    const env = this.env(ctx);
    const args = first.args.map((a) => evaluate(a, evalContext(env)));
    const params = args.map((a) => (typeof a === 'string' ? a : COMPUTED));
    const rule = parseRule(name, params.length ? params : [COMPUTED]);
    if (rule) this.ruleQuery(rule, attribute, node, ctx, rest);
  }

  /** The count query of one rule, with the chain's further steps (a Rule:: object's) applied. */
  private ruleQuery(rule: RuleQuery, attribute: string, node: PhpNode, ctx: Ctx, steps: Step[] = []): void {
    // `unique:App\Models\User`: the model's table and key; a class that is no model of the app says nothing.
    const byClass = rule.table.includes('\\');
    const model = byClass ? this.models.get(rule.table) : undefined;
    if (byClass && !model) return;
    const table = model?.table ?? rule.table;
    const column = rule.column ?? attributeColumn(attribute);
    if (!column) return;
    const location = { file: this.file.path, line: lineOf(node) };
    const state = newState(table, null, 'builder', location, `${rule.rule} rule on ${attribute}`);
    const key = model?.primaryKey ?? 'id';
    const via = `rule:${rule.rule}`;
    const add = (column: string, op: Operator) => state.where.push({ column, op, via });
    add(column, '=');
    if (rule.except) add(rule.except, '!=');
    for (const e of rule.extra) add(e.column, e.op);
    const env = this.env(ctx);
    const value = (n: PhpNode | undefined) => (n ? evaluate(n, evalContext(env)) : null);
    for (const step of steps) {
      const m = step.name?.toLowerCase();
      if (m === 'ignore') {
        // ignore($id, 'user_id'): the key column the call names, else the model's (or `id`).
        const named = value(step.args[1]);
        add(typeof named === 'string' ? named : key, '!=');
      } else if (m === 'withouttrashed') {
        const named = value(step.args[0]);
        add(typeof named === 'string' ? named : 'deleted_at', 'is null');
      } else if (m && RULE_WHERES.has(m)) applyMethod(state, step.name!, step.args, env);
      else unknownPiece(state, `${step.name ?? 'a dynamic method'}() of the ${rule.rule} rule is not read`);
    }
    this.emit(state);
  }

  /**
   * `if ($request->filled('x')) { $q->where('x', …); }`: the test is read, then each branch on its own; what
   * a branch adds to a query held in a variable is optional (optional.ts), not AND-ed with the other branches.
   */
  private visitBranches(node: PhpNode, ctx: Ctx): void {
    // `if … elseif … else` is one conditional with three arms; each test runs before its arm.
    if (node.kind === 'switch') this.visit(child(node, 'test'), ctx);
    const { arms, exhaustive, defaultArm } = armsOf(node);
    // An `else` (or a later `elseif`) runs because of the tests before it; a `switch`'s cases by its subject.
    const locals = requestLocals(ctx);
    const armInput: boolean[] = [];
    const subject = node.kind === 'switch' && readsRequestInput(child(node, 'test'), locals);
    for (const arm of arms)
      armInput.push(subject || armInput.some(Boolean) || readsRequestInput(arm.test, locals));
    const states = new Set<QueryState>();
    for (const v of ctx.frame.vars.values()) if (v?.kind === 'builder') states.add(v.state);
    for (const t of ctx.frame.tracked) if (!t.emitted) states.add(t.state);
    for (const v of ctx.thisProps?.values() ?? []) if (v?.kind === 'builder') states.add(v.state);
    runBranches(
      states,
      arms.map((arm) => () => {
        this.visit(arm.test, ctx);
        // `case 'restore': $assets = Asset::find($ids); return view(…);`: an arm that returns keeps its
        // assignments to itself; the code after the conditional still sees the values from before it.
        const before = armExits(arm.body) ? new Map(ctx.frame.vars) : null;
        this.visit(arm.body, ctx);
        if (before) {
          ctx.frame.vars.clear();
          for (const [k, v] of before) ctx.frame.vars.set(k, v);
        }
      }),
      exhaustive,
      defaultArm,
      armInput,
      arms.map((arm) =>
        arm.body ? { file: ctx.scope.file, line: lineOf(firstStatement(arm.body)) } : undefined,
      ),
    );
  }

  private visitFunction(node: PhpNode, ctx: Ctx): void {
    const vars = new Map<string, Value>();
    if (node.kind === 'arrowfunc') for (const [k, v] of ctx.frame.vars) vars.set(k, v);
    if (node.kind === 'closure') {
      for (const u of children(node, 'uses')) {
        const n = nameOf(u);
        if (n && ctx.frame.vars.has(n)) vars.set(n, ctx.frame.vars.get(n) ?? null);
      }
    }
    const typed = parameterClasses(node, { index: this.index, scope: ctx.scope, self: ctx.selfFqcn });
    const bound = this.isControllerAction(node, ctx);
    for (const p of children(node, 'arguments')) {
      const pname = paramName(p);
      if (!pname) continue;
      const value = this.classValue(typed.get(pname) ?? null);
      // Route model binding hands a controller action the row the URL names: its save() updates it.
      vars.set(pname, value?.kind === 'model' && !bound ? { ...value, param: true } : value);
    }
    const classes = new Map(typed);
    if (node.kind === 'arrowfunc' || node.kind === 'closure')
      for (const [k, v] of ctx.frame.classes) if (!classes.has(k)) classes.set(k, v);
    const frame: Frame = { vars, tracked: [], classes };
    this.resourceQueries(node, ctx, typed, frame);
    const inner: Ctx = { ...ctx, frame };
    const body = child(node, 'body');
    const outerMethod = this.currentMethod;
    if (node.kind === 'method') this.currentMethod = nameOf(child(node, 'name'))?.toLowerCase() ?? null;
    if (body) this.visit(body, inner);
    this.endFrame(frame);
    this.currentMethod = outerMethod;
  }

  /**
   * Admin resources (Filament, Nova) and repositories name their model (`static $model = Post::class`): a
   * parameter typed as an Eloquent builder there (`modifyQueryUsing(fn (Builder $query) => …)`,
   * `getEloquentQuery`), and the query Nova passes its hooks (`indexQuery($request, $query)`), is a query of
   * that model, sent when the function ends.
   */
  private resourceQueries(node: PhpNode, ctx: Ctx, typed: Map<string, string>, frame: Frame): void {
    if (this.queryCallbacks.has(node)) return;
    const hook = node.kind === 'method' && NOVA_HOOKS.has(nameOf(child(node, 'name'))?.toLowerCase() ?? '');
    const builders = [...typed.values()].some((t) => ELOQUENT_BUILDERS.has(nameKey(t)));
    if (!hook && !builders) return;
    const model = ctx.selfFqcn ? repositoryModel(this.index, this.models, ctx.selfFqcn) : null;
    if (!model) return;
    children(node, 'arguments').forEach((p, i) => {
      const pname = paramName(p);
      if (!pname) return;
      const builderTyped = ELOQUENT_BUILDERS.has(nameKey(typed.get(pname)) ?? '');
      if (!builderTyped && !(hook && i === 1)) return;
      const location = { file: this.file.path, line: lineOf(node) };
      const state = newState(model.table, model, 'eloquent', location, `${model.className} query (${pname})`);
      frame.vars.set(pname, { kind: 'builder', state, tracked: true });
      frame.tracked.push({ state, emitted: false });
    });
  }

  /**
   * What a property of the class holds (Livewire, jobs, mailables): its declared, promoted or documented
   * (`@var`, `@property`) type, through parents and traits. A union of several classes says nothing.
   */
  private propertyValue(cls: string | null, prop: string): Value {
    const type = cls ? this.index.propertyType(cls, prop) : null;
    return type?.names.length === 1 ? this.classValue(classOfType(type, cls)) : null;
  }

  /** A public method of a controller: the router calls it, binding its model-typed parameters to rows. */
  private isControllerAction(node: PhpNode, ctx: Ctx): boolean {
    if (
      node.kind !== 'method' ||
      node.isStatic ||
      node.visibility === 'private' ||
      node.visibility === 'protected'
    )
      return false;
    const cls = ctx.selfFqcn;
    // Magic methods are PHP's, not routes: all but __invoke, a single-action controller's one action.
    const name = nameOf(node)?.toLowerCase();
    if (!cls || (name?.startsWith('__') && name !== '__invoke')) return false;
    const decl = this.index.get(cls);
    return !!decl && isHttpController(this.index, decl);
  }

  /** A declared class → what we know about a value of it. */
  private classValue(fq: string | null): Value {
    if (!fq) return null;
    const model = this.models.get(fq);
    if (model) return { kind: 'model', model };
    if (/(^|\\)(\w*Request)$/.test(fq)) return { kind: 'request' };
    return null;
  }

  /** `foreach (User::all() as $user)`: the loop variable holds one of those models. */
  private visitForeach(node: PhpNode, ctx: Ctx): void {
    const source = child(node, 'source');
    const value = child(node, 'value');
    const name = value?.kind === 'variable' ? nameOf(value) : null;
    // `foreach (Log::where(…)->cursor() as $log) { $log->delete(); }`: the query deletes what it matches.
    const body = child(node, 'body');
    // Only a query sent here can be marked: rows fetched earlier into a variable were sent already.
    const deleting =
      !!name && !!body && !!source && CHAIN_KINDS.has(source.kind) && deletesVariable([body], name);
    if (deleting) this.deletingRows++;
    const rows = source ? this.evaluate(source, ctx, false) : null;
    if (deleting) this.deletingRows--;
    if (name)
      ctx.frame.vars.set(name, rows?.kind === 'collection' ? { kind: 'model', model: rows.model } : null);
    // `foreach ($this->filters() as $name => $value)` over the request's input: its keys and values are input.
    const input = source && this.inputOf(source, ctx);
    for (const v of [child(node, 'key'), value])
      if (v?.kind === 'variable' && nameOf(v)) noteInput(ctx.frame, nameOf(v)!, input || null);
    this.visit(body, ctx);
  }

  private visitAssign(node: PhpNode, ctx: Ctx): void {
    const left = child(node, 'left');
    const right = child(node, 'right');
    if (left?.kind === 'variable') notePattern(ctx.frame, nameOf(left), field(node, 'operator'), right);
    if (left?.kind === 'variable' && field(node, 'operator') === '=' && right) {
      const name = nameOf(left);
      let value = this.evaluate(right, ctx, true);
      if (name) {
        const cls = value ? null : this.classOf(right, ctx);
        if (cls) ctx.frame.classes.set(name, cls);
        else ctx.frame.classes.delete(name);
        value ??= this.passedThrough(ctx.frame.vars.get(name) ?? null, right, name, ctx);
        value ??= this.builtBy(right, cls, ctx);
        value ??= this.classValue(cls);
        if (!value) this.noteChoice(name, right, ctx);
        else ctx.frame.choices?.delete(name);
        noteInput(ctx.frame, name, value ? null : right);
        if (value?.kind === 'builder' && !value.tracked) {
          const t = { state: value.state, emitted: false };
          ctx.frame.tracked.push(t);
          ctx.frame.vars.set(name, { kind: 'builder', state: value.state, tracked: true });
        } else ctx.frame.vars.set(name, value);
      }
      return;
    }
    // `$this->builder = $builder` in a method run for a caller: the object's later methods read it.
    const prop = left?.kind === 'propertylookup' ? thisProperty(left) : null;
    if (prop && ctx.thisProps && field(node, 'operator') === '=' && right) {
      const value = this.evaluate(right, ctx, true);
      ctx.thisProps.set(prop, value?.kind === 'builder' ? { ...value, tracked: true } : value);
      return;
    }
    this.visitAll(childNodes(node), ctx);
  }

  /**
   * The expression a loop's source reads input through: the source itself, or what `$this->filters()`
   * returns (`$this->request->all()`). Null when neither reads the request's input.
   */
  private inputOf(source: PhpNode, ctx: Ctx): PhpNode | null {
    if (readsRequestInput(source, requestLocals(ctx))) return source;
    const chain = source.kind === 'call' ? flatten(source) : null;
    const step = chain?.steps.length === 1 ? chain.steps[0] : null;
    if (!chain || !step?.name || !isThis(chain.root) || !ctx.selfFqcn) return null;
    const fn = this.index.method(ctx.selfFqcn, step.name)?.node;
    const returned = fn ? bodyExpressions(fn).filter((e) => e.kind !== 'assign') : [];
    return returned.find((e) => readsRequestInput(e, NAMED_REQUEST)) ?? null;
  }

  /** Follows an expression; emits the queries it runs. `consumed`: the result is kept in a variable. */
  private evaluate(node: PhpNode, ctx: Ctx, consumed: boolean): Value {
    if (node.kind === 'variable') {
      const n = nameOf(node);
      if (n === 'this') return this.thisValue(ctx);
      return n ? (ctx.frame.vars.get(n) ?? null) : null;
    }
    if (node.kind === 'new') {
      this.visitAll(children(node, 'arguments'), ctx);
      const model = this.builtModel(node, ctx);
      return model ? { kind: 'model', model, built: true } : null;
    }
    if (node.kind === 'clone') {
      const v = this.evaluate(child(node, 'what') ?? node, ctx, true);
      if (v?.kind === 'builder') return { kind: 'builder', state: cloneState(v.state), tracked: false };
      return v;
    }
    if (!CHAIN_KINDS.has(node.kind)) {
      this.visit(node, ctx);
      return null;
    }
    const chain = flatten(node);
    const env = this.env(ctx);
    let value = this.rootValue(chain.root, chain.steps[0]?.kind === 'static', ctx);
    let steps = chain.steps;
    const location: Location = this.callerLocation ?? { file: this.file.path, line: lineOf(chain.root) };
    let code = ChainCode.of(chain.root);

    // `$this->user->orders()` in a class with a typed `$user` property (not a model's own relation).
    const first = steps[0];
    const onThis = isThis(chain.root);
    const held =
      onThis && first?.kind === 'prop' && first.name && ctx.thisProps?.get(first.name)
        ? (ctx.thisProps.get(first.name) ?? null)
        : onThis && first?.kind === 'prop' && first.name && !this.models.get(ctx.selfFqcn)
          ? this.propertyValue(ctx.selfFqcn, first.name)
          : null;
    if (held) {
      value = held;
      code = code.then(first);
      steps = steps.slice(1);
    }

    // The expression each step is called on: its class may say what the step does.
    let receiver: PhpNode = held && first ? first.node : chain.root;

    // `Model::method()` / `DB::table()`: the root is a class; its first step starts the query.
    if (steps[0]?.kind === 'static') {
      const first = steps[0];
      code = code.then(first);
      value = this.staticStart(chain.root, first, ctx, env, location, code);
      // `parent::getEloquentQuery()` in a resource naming its model.
      if (!value && first.name && SELF_REFS.has(chain.root.kind)) {
        const model = ctx.selfFqcn ? repositoryModel(this.index, this.models, ctx.selfFqcn) : null;
        if (model && RESOURCE_QUERIES.has(first.name.toLowerCase()))
          value = {
            kind: 'builder',
            state: newState(model.table, model, 'eloquent', location, code.toString()),
            tracked: false,
          };
      }
      // `self::filter($query)`, `Filters::apply($query)`: a builder passed through a method.
      if (!value) {
        const cls = this.index.resolveRef(chain.root, ctx.scope, ctx.selfFqcn);
        value = this.throughCall(cls, first, ctx, SELF_REFS.has(chain.root.kind));
      }
      this.noteQueryCallbacks(value, first);
      receiver = first.node;
      steps = steps.slice(1);
    }

    // `->cursor()->each(fn ($log) => $log->delete())`: the query deletes what it matches (deleted-rows.ts).
    const deletingEach = deletesEachRow(steps, 0);
    if (deletingEach) this.deletingRows++;
    for (const step of steps) {
      code = code.then(step);
      // `$this->book->where(…)`, `app(Book::class)->…`, `$repo->model()->…`: the receiver's class says.
      const cls = value ? null : this.classOf(receiver, ctx);
      if (!value) value = this.classValue(cls);
      this.noteQueryCallbacks(value, step);
      let next = this.applyStep(value, step, ctx, env, location, code);
      if (!next && !value && cls) next = this.repositoryStep(cls, step, ctx, env, location, code);
      const self = receiver === chain.root && onThis;
      if (!next && step.kind === 'call' && step.name === null && self) this.dynamicCall(step, ctx);
      else if (!next && step.kind === 'call' && value?.kind !== 'builder')
        // `$this->sinceDays($query, 7)` in a model: a method of the model's class.
        next = this.throughCall(cls ?? (value?.kind === 'model' ? value.model.fqcn : null), step, ctx, self);
      // `$this->activity` passed on: the model an injected property holds.
      if (!next && step.kind === 'prop' && !value) next = this.classValue(this.classOf(step.node, ctx));
      value = next;
      receiver = step.node;
    }
    if (deletingEach) this.deletingRows--;
    // Arguments may hold queries of their own (closures, subqueries passed around).
    for (const step of chain.steps) for (const a of step.args) if (!this.passed.has(a)) this.visit(a, ctx);
    if (chain.root.kind === 'call') this.visitAll(children(chain.root, 'arguments'), ctx);

    if (value?.kind === 'builder' && !value.tracked && !consumed) this.emit(value.state);
    return value;
  }

  /** Where the queries of a repository method run for a caller are reported: at the caller. */
  private callerLocation: Location | null = null;

  /**
   * A step on a repository (a class naming its model, repositories.ts): `$this->model` is that model, and
   * the package's finders (`findWhereIn('hostname', …)`) are its builder calls.
   */
  private repositoryStep(
    cls: string,
    step: Step,
    ctx: Ctx,
    env: Env,
    location: Location,
    code: ChainCode,
  ): Value {
    if (step.name === null) return null;
    const model = repositoryModel(this.index, this.models, cls);
    if (!model) return null;
    if (step.kind === 'prop') return step.name === 'model' ? { kind: 'model', model } : null;
    // `$this->orders->create($data)`: a repository's create/updateOrCreate adds rows to its model's table.
    if (addsRows(step.name)) {
      this.write([model.table], step.name, location);
      return { kind: 'model', model };
    }
    const finder = vendorFinder(this.index, cls, step.name, step.args);
    if (!finder) return null;
    const state = newState(model.table, model, 'eloquent', location, code.toString());
    for (const call of finder.calls) applyMethod(state, call.method, call.args, env);
    this.emit(state);
    return finder.returns === 'one' ? { kind: 'model', model } : { kind: 'collection', model };
  }

  /** Arguments already followed as builders passed through a method: not walked again. */
  private readonly passed = new Set<PhpNode>();

  /**
   * Closures handed to a method of a query (`where(function (Builder $q) {…})`, `when(…)`, `whereHas(…)`):
   * the builder runs them as part of that query, so their builder-typed parameter is no query of its own.
   */
  private readonly queryCallbacks = new WeakSet<PhpNode>();

  private noteQueryCallbacks(value: Value, step: { args: PhpNode[] }): void {
    if (value?.kind !== 'builder' && value?.kind !== 'model') return;
    for (const a of step.args) if (a.kind === 'closure' || a.kind === 'arrowfunc') this.queryCallbacks.add(a);
  }

  /** The class an expression holds, as far as the code states it (PHP layer's types, Laravel's container). */
  /**
   * `$department = $request->handleImages($department)`: a method handed the variable's own model, whose
   * result is assigned back to it, gives that model back (new or read), as such helpers do. Not when the
   * method declares a return type other than that model's class (`: array`, `: JsonResponse`).
   */
  private passedThrough(before: Value, right: PhpNode, name: string, ctx: Ctx): Value {
    if (before?.kind !== 'model' || right.kind !== 'call') return null;
    const what = child(right, 'what');
    if (!what || !['propertylookup', 'nullsafepropertylookup', 'staticlookup'].includes(what.kind))
      return null;
    const args = children(right, 'arguments');
    if (!args.some((a) => a.kind === 'variable' && nameOf(a) === name)) return null;
    const owner = this.classOf(child(what, 'what') ?? what, ctx);
    const called = calledMethod(right);
    const method = owner && called ? this.index.signature(owner, called) : null;
    const declared = method?.summary.returnType?.names ?? [];
    const same = (n: string) =>
      n === 'static' || n === 'self' || n.toLowerCase() === before.model.fqcn.toLowerCase();
    return declared.every(same) ? before : null;
  }

  /**
   * `$invitation = InvitationFactory::create(…)`: the model a called method builds and returns (its every
   * `return` gives a `new` instance), as a new one. `cls` is the class the call is declared to return.
   */
  private builtBy(right: PhpNode, cls: string | null, ctx: Ctx): Value {
    const model = cls ? this.models.get(cls) : undefined;
    const what = right.kind === 'call' ? child(right, 'what') : null;
    const called = what ? calledMethod(right) : null;
    if (!model || !what || !called) return null;
    const target = child(what, 'what');
    const owner =
      what.kind === 'staticlookup'
        ? target && this.index.resolveRef(target, ctx.scope, ctx.selfFqcn)
        : target && this.classOf(target, ctx);
    const fn = owner ? this.index.method(owner, called)?.node : null;
    return fn && returnsBuiltModel(fn) ? { kind: 'model', model, built: true } : null;
  }

  private classOf(node: PhpNode, ctx: Ctx): string | null {
    const memo = (ctx.frame.memo ??= new Map());
    if (memo.has(node)) return memo.get(node) ?? null;
    const cls = this.classOfUncached(node, ctx);
    memo.set(node, cls);
    return cls;
  }

  private classOfUncached(node: PhpNode, ctx: Ctx): string | null {
    const tctx = {
      index: this.index,
      scope: ctx.scope,
      self: ctx.selfFqcn,
      locals: ctx.frame.classes,
      host: laravelTypes,
    };
    if (node.kind === 'propertylookup' || node.kind === 'nullsafepropertylookup') {
      // A property typed with a union of classes (`User|Order`) says nothing about which one it holds.
      const owner = classOfExpression(child(node, 'what'), tctx);
      const offset = child(node, 'offset');
      const prop = offset?.kind === 'identifier' ? nameOf(offset) : null;
      const type = owner && prop ? this.index.propertyType(owner, prop) : null;
      if (type && type.names.length > 1) return null;
      if (!type && owner && prop && child(node, 'what')?.kind === 'variable')
        return injectedClass(this.index, owner, prop) ?? classOfExpression(node, tctx);
    }
    const cls = classOfExpression(node, tctx);
    return (cls && soleImplementation(this.index, cls)) ?? cls;
  }

  /**
   * `$this->restrict(View::query(), …)`, `$filters->apply($query)`: a builder passed to an app method, which
   * adds its clauses to that same object (PHP passes objects by handle) and may return it. The method is run
   * for this call, its parameters bound to the arguments; its own queries are left to its file. What it
   * adds that cannot be read is one unknown piece of the chain, unless it ORs onto the query.
   */
  private throughCall(cls: string | null, step: Step, ctx: Ctx, onThis = false): Value {
    if (!cls || step.name === null || this.through.length >= THROUGH_DEPTH) return null;
    const found = this.index.method(cls, step.name);
    const fn = found?.node;
    if (!found || !fn) return null;
    const key = `${found.decl.fqcn}::${step.name}`.toLowerCase();
    if (this.through.includes(key)) return null;
    let at = -1;
    let arg: Value = null;
    /** Models passed (`$this->restrict($this->activity, …)`): the method's queries on them are the caller's. */
    const models = new Map<number, Value>();
    step.args.forEach((a, i) => {
      if (at >= 0 || !['variable', 'call', 'staticlookup', 'propertylookup', 'clone'].includes(a.kind))
        return;
      const v = this.evaluate(a, ctx, true);
      this.passed.add(a);
      if (v?.kind === 'model') models.set(i, v);
      if (v?.kind === 'builder') {
        at = i;
        arg = v;
      }
    });
    const params = children(fn, 'arguments');
    const pname = at >= 0 && params[at] ? paramName(params[at]) : null;
    const env = this.env(ctx);
    const inner: Env = { ...env, scope: found.decl.scope, selfFqcn: cls, bindings: undefined };
    const bindings = bindArguments(found, evaluateArgs(step.args, evalContext(env)), evalContext(inner));
    const typed = parameterClasses(fn, { index: this.index, scope: found.decl.scope, self: cls });
    const vars = new Map<string, Value>();
    for (const [k, v] of typed) {
      const value = this.classValue(v);
      vars.set(k, value?.kind === 'model' ? { ...value, param: true } : value);
    }
    // A call on the same object shares its properties (`$this->entityFilter()` reads `$this->builder`).
    const props = onThis && ctx.thisProps ? ctx.thisProps : new Map<string, Value>();
    const holds = [...props.values()].some((v) => v?.kind === 'builder');
    if (!holds && (!arg || !pname || (arg as Value)?.kind !== 'builder')) {
      // A repository's finder (`$users->findFirstWhere([['external_id', '=', $id]])`): its queries are this
      // caller's, with these arguments; reported here. A method given a model returns the query it starts
      // on it to the caller (its own statements stay its file's). Any other method is its own file's.
      let returnsQuery = false;
      for (const [i, v] of models) {
        const name = params[i] ? paramName(params[i]) : null;
        if (name) vars.set(name, v);
        if (name && mayReturnQueryOf(fn, name)) returnsQuery = true;
      }
      const repository = !returnsQuery && !!repositoryModel(this.index, this.models, cls);
      if (!repository && !returnsQuery) return null;
      const frame: Frame = { vars, tracked: [], classes: typed, returns: [] };
      const outer = this.callerLocation;
      this.callerLocation ??= { file: this.file.path, line: lineOf(step.node) };
      this.through.push(key);
      if (!repository) this.muted++;
      try {
        this.visit(child(fn, 'body'), { scope: found.decl.scope, selfFqcn: cls, frame, bindings });
        this.endFrame(frame);
      } finally {
        if (!repository) this.muted--;
        this.through.pop();
        this.callerLocation = outer;
      }
      const returned = frame.returns?.find((v) => v?.kind === 'builder' || v?.kind === 'model') ?? null;
      return returned?.kind === 'builder' ? { ...returned, tracked: false } : returned;
    }
    const held = arg && pname ? (arg as Extract<Value, { kind: 'builder' }>) : null;
    if (held && pname) vars.set(pname, { kind: 'builder', state: held.state, tracked: true });
    // The queries the method may add to: the one passed, and those the object holds.
    const befores = new Map<QueryState, QueryState>();
    for (const v of [held, ...props.values()])
      if (v?.kind === 'builder' && !befores.has(v.state)) befores.set(v.state, cloneState(v.state));
    // Marked when the method runs the passed query itself (`return $query->paginate()`).
    const run = held ? { state: held.state, emitted: false } : null;
    const frame: Frame = { vars, tracked: run ? [run] : [], classes: typed, returns: [] };
    this.through.push(key);
    this.muted++;
    try {
      const inner: Ctx = { scope: found.decl.scope, selfFqcn: cls, frame, bindings, thisProps: props };
      this.visit(child(fn, 'body'), inner);
    } finally {
      this.muted--;
      this.through.pop();
    }
    for (const [state, before] of befores) {
      this.reached.add(state);
      const ored = state === held?.state && pname && orsOntoParameter(fn, pname);
      if (state.unknown && !before.unknown && !ored) {
        Object.assign(state, before);
        unknownPiece(state, `what ${step.name}() adds is not read`);
      }
    }
    const returned = frame.returns?.find((v) => v?.kind === 'builder' && befores.has(v.state));
    if (returned?.kind === 'builder')
      return {
        kind: 'builder',
        state: returned.state,
        tracked: returned.state === held?.state && held.tracked,
      };
    // `return $this->listResponse(Post::where(…))`: a chain no local holds, run by the method, is this
    // caller's query (one held in a local is sent when the caller's function ends).
    if (held && run?.emitted && !held.tracked) this.emit(held.state);
    return null;
  }

  /** Queries a method was run for (throughCall): passQuery tells a call it could not follow by them. */
  private readonly reached = new WeakSet<QueryState>();

  /**
   * A scope that hands its query to another object (`return $filters->apply($query)`): the call is run as
   * the scope's code, its parameters holding the classes the caller passed. Null: nothing read it.
   */
  private passQuery(call: PhpNode, state: QueryState, param: string, env: Env): After | undefined | null {
    const vars = new Map<string, Value>([[param, { kind: 'builder', state, tracked: true }]]);
    const frame: Frame = { vars, tracked: [], classes: new Map(env.paramClasses ?? []) };
    const ctx: Ctx = { scope: env.scope, selfFqcn: env.selfFqcn, frame };
    if (env.bindings) ctx.bindings = env.bindings;
    this.reached.delete(state);
    const before = cloneState(state);
    let value: Value;
    this.muted++;
    try {
      value = this.evaluate(call, ctx, true);
    } finally {
      this.muted--;
    }
    // Laravel parenthesises a scope's clauses: what it cannot read, even OR-ed, is one piece of the query.
    if (state.unknown && !before.unknown) Object.assign(state, before);
    else if (this.reached.has(state))
      return value?.kind === 'builder' && value.state === state ? { kind: 'builder' } : undefined;
    return null;
  }

  /**
   * `$this->$name($value)` in an object holding a query (a filter class calling the method named by each
   * request input): which method runs is data, so each of the class's methods is one optional alternative,
   * read from the request's input when the name is. One whose clauses cannot be kept apart from the rest
   * (optional.ts) is left out, the shape partial: AND-ed in, it would be on a path no request takes.
   */
  private dynamicCall(step: Step, ctx: Ctx): void {
    const states = new Set<QueryState>();
    for (const v of ctx.thisProps?.values() ?? []) if (v?.kind === 'builder') states.add(v.state);
    const cls = ctx.selfFqcn;
    if (!cls || !states.size) return;
    const what = child(step.node, 'what');
    const offset = what ? child(what, 'offset') : null;
    const named = offset?.kind === 'variable' ? nameOf(offset) : null;
    const input = !!named && requestLocals(ctx).isInput(named);
    const open = [...states].map((state) => ({ state, parts: [] as OptionalPart[] }));
    for (const m of this.index.methodsOf(cls).values()) {
      const name = m.summary.name;
      if (m.summary.isStatic || name.startsWith('__')) continue;
      const runs = open.map((o) => ({ o, snap: snapshot(o.state), before: cloneState(o.state) }));
      this.throughCall(cls, { ...step, name }, ctx, true);
      for (const { o, snap, before } of runs) {
        const part = takeOptional(snap);
        if (part === 'kept') {
          Object.assign(o.state, before);
          unknownPiece(o.state, `what ${name}() adds when the request names it is left out`);
        } else if (part) {
          if (input) part.requestInput = true;
          o.parts.push(part);
        }
      }
    }
    for (const o of open)
      if (o.parts.length) (o.state.optional ??= []).push({ parts: o.parts, required: false });
  }

  private thisValue(ctx: Ctx): Value {
    const model = this.models.get(ctx.selfFqcn);
    return model ? { kind: 'model', model } : null;
  }

  private rootValue(root: PhpNode, isStatic: boolean, ctx: Ctx): Value {
    if (isStatic) return null;
    if (root.kind === 'variable') {
      const n = nameOf(root);
      if (n === 'this') return this.thisValue(ctx);
      if (n === 'request') return ctx.frame.vars.get(n) ?? { kind: 'request' };
      return n ? (ctx.frame.vars.get(n) ?? null) : null;
    }
    if (root.kind === 'call') {
      const fn = child(root, 'what');
      const fname = fn?.kind === 'name' ? nameKey(nameOf(fn)) : null;
      if (fname === 'auth') return { kind: 'auth' };
      if (fname === 'request') return { kind: 'request' };
      return null;
    }
    if (root.kind === 'new' || root.kind === 'clone') return this.evaluate(root, ctx, true);
    return null;
  }

  /** `X::first(…)`: a model query, a DB facade call, the Auth facade, or nothing we follow. */
  private staticStart(
    root: PhpNode,
    step: Step,
    ctx: Ctx,
    env: Env,
    location: Location,
    code: ChainCode,
  ): Value {
    const fq = this.index.resolveRef(root, ctx.scope, ctx.selfFqcn);
    if (!fq || step.name === null) return null;
    const lower = fq.toLowerCase();
    if (DB_FACADES.has(lower)) return this.applyStep({ kind: 'db' }, step, ctx, env, location, code);
    if (AUTH_FACADES.has(lower))
      return step.name.toLowerCase() === 'user' ? this.authUser() : { kind: 'auth' };
    const model = this.models.get(fq);
    if (!model) return null;
    // `Company::scopeCompanyables(Asset::select(…))`: a static method the model declares runs itself, not
    // as a query of the model; one that may return a query passed to it is followed by the caller (null).
    if (this.passesQueryThrough(fq, step.name)) return null;
    // Inside a model, `parent::`/`static::` calls to non-query methods are not queries.
    const state = newState(model.table, model, 'eloquent', location, code.toString());
    const after = applyMethod(state, step.name, step.args, env);
    return this.afterMethod(state, after, false, step.name, step.args);
  }

  /** Whether a class declares `method` static, returning (maybe) a query one of its parameters holds. */
  private passesQueryThrough(cls: string, method: string): boolean {
    const found = this.index.method(cls, method);
    const fn = found?.node;
    if (!found?.summary.isStatic || !fn) return false;
    return children(fn, 'arguments').some((p) => {
      const name = paramName(p);
      return !!name && mayReturnQueryOf(fn, name);
    });
  }

  private authUser(): Value {
    return this.models.authUser ? { kind: 'model', model: this.models.authUser } : null;
  }

  private afterMethod(
    state: QueryState,
    after: ReturnType<typeof applyMethod>,
    tracked: boolean,
    method: string,
    args: PhpNode[] = [],
  ): Value {
    if (addsRows(method)) this.write(writtenTables(state, method), method, state.location, state);
    if (after.kind === 'builder') return { kind: 'builder', state, tracked };
    // `$ticket = Ticket::create(…)`: the new row's model, whose relations the code goes on to use.
    if (state.model && RETURNS_CREATED.has(method.toLowerCase())) {
      this.emit(state);
      return { kind: 'model', model: state.model };
    }
    // The query ran (get(), first(), count()…): emit it now.
    this.noteWholeRead(state, method, args);
    this.emit(state);
    if (after.kind === 'model') return { kind: 'model', model: after.model, built: after.built };
    return state.model && RETURNS_ROWS.has(method.toLowerCase())
      ? { kind: 'collection', model: state.model }
      : null;
  }

  private applyStep(
    value: Value,
    step: Step,
    ctx: Ctx,
    env: Env,
    location: Location,
    code: ChainCode,
  ): Value {
    if (step.name === null) {
      if (value?.kind !== 'builder' || step.kind !== 'call') return null;
      const name = computedMethodName(step, evalContext(env));
      if (name !== null) return this.applyStep(value, { ...step, name }, ctx, env, location, code);
      unknownPiece(value.state, COMPUTED_METHOD_UNREAD);
      return value;
    }
    if (!value) {
      if (step.kind === 'call' && SAVES_ARGUMENT.has(step.name.toLowerCase()))
        this.newModelsSaved(step, ctx, location);
      return null;
    }
    const name = step.name;
    const m = name.toLowerCase();
    switch (value.kind) {
      case 'db': {
        if (m === 'table' || m === 'query') {
          const table = literalValue(step.args[0], evalContext(env));
          if (typeof table !== 'string') return null;
          return {
            kind: 'builder',
            state: newState(table, null, 'builder', location, code.toString()),
            tracked: false,
          };
        }
        if (m === 'connection') return value;
        if (RAW_SELECTS.has(m)) this.rawSql(step, env, location);
        return null;
      }
      case 'auth':
        if (m === 'user') return this.authUser();
        return m === 'guard' ? value : null;
      case 'request':
        return m === 'user' ? this.authUser() : null;
      case 'model': {
        const model = value.model;
        if (m === 'query' || m === 'newquery' || m === 'newmodelquery') {
          return {
            kind: 'builder',
            state: newState(model.table, model, 'eloquent', location, code.toString()),
            tracked: false,
          };
        }
        if (m === 'load' || m === 'loadmissing' || m === 'loadcount') {
          const state = newState(model.table, model, 'eloquent', location, code.toString());
          applyMethod(state, m === 'loadcount' ? 'withCount' : 'with', step.args, env);
          return value;
        }
        if (m === 'fresh' || m === 'refresh' || m === 'fill' || m === 'forcefill') return value;
        // A copy not saved yet, or a new instance of the model's class (`$this->activity->newInstance()`):
        // its save() inserts.
        if (m === 'replicate' || m === 'newinstance') return { kind: 'model', model, built: true };
        // `$post->save()` inserts a row only when the code built the instance (`new Post`, make(),
        // replicate()) or a caller may have (a parameter). One it got otherwise (a property, `$this` in the
        // model, a row it read) is stored already: `$this->user->save()` after setting a token updates it.
        if (step.kind === 'call' && MODEL_SAVES.has(m)) {
          if (value.built || value.param) this.write([model.table], m, location);
          return null;
        }
        // `(new JournalEntry)->add($day)` whose body ends in `$this->save()`: the new instance is inserted.
        if (step.kind === 'call' && value.built) {
          const fn = this.index.method(model.fqcn, name)?.node;
          if (fn && savesItself(fn)) this.write([model.table], 'save', location);
        }
        const rel = relationState(model, name, env, location, code.toString());
        if (!rel) {
          // `$this->book->where(…)`: Eloquent runs a builder method of an instance on a new query.
          if (step.kind !== 'call' || !forwardsToQuery(this.index, model, name, this.macros)) return null;
          const state = newState(model.table, model, 'eloquent', location, code.toString());
          return this.afterMethod(state, applyMethod(state, name, step.args, env), false, name, step.args);
        }
        if (step.kind === 'prop') {
          // `$user->orders`: Laravel lazy-loads the relation with one query; a one-model relation with
          // first() (LIMIT 1), which its query alone (`$post->author()->get()`) does not have.
          const single = isSingleRelation(model, name);
          if (single) rel.single = true;
          this.emit(rel);
          if (!rel.model) return null;
          return single ? { kind: 'model', model: rel.model } : { kind: 'collection', model: rel.model };
        }
        // `$license->freeSeat()` whose body ends in `->first()`: the query runs here, a row comes back.
        const runs = relationRuns(model, name);
        if (runs) {
          if (runs === 'one') {
            rel.single = true;
            rel.limit = 1;
          }
          this.emit(rel);
          if (!rel.model) return null;
          if (runs === 'one') return { kind: 'model', model: rel.model };
          return runs === 'rows' ? { kind: 'collection', model: rel.model } : null;
        }
        return { kind: 'builder', state: rel, tracked: false };
      }
      case 'collection': {
        if (step.kind !== 'call') return null;
        if (m === 'load' || m === 'loadmissing' || m === 'loadcount') {
          const state = newState(value.model.table, value.model, 'eloquent', location, code.toString());
          applyMethod(state, m === 'loadcount' ? 'withCount' : 'with', step.args, env);
          return value;
        }
        if (m === 'first' || m === 'last' || m === 'find' || m === 'firstwhere')
          return { kind: 'model', model: value.model };
        if (COLLECTION_KEEPS.has(m)) return value;
        return null;
      }
      case 'builder': {
        if (step.kind !== 'call') return null;
        const state = value.state;
        // Reading what a query held in a variable says (`Log::debug($assets->toSql())`) sends nothing, and
        // leaves the query to be sent where the code runs it.
        if (value.tracked && inspectsBuilder(name)) {
          const after = inspected(state, name);
          return after.kind === 'model' ? { kind: 'model', model: after.model } : null;
        }
        state.code = value.tracked ? `${state.code} …${renderStep(step)}` : code.toString();
        const after = applyMethod(state, name, step.args, env);
        if (after.kind !== 'builder' && value.tracked) {
          const t = ctx.frame.tracked.find((x) => x.state === state);
          if (t) t.emitted = true;
        }
        return this.afterMethod(state, after, value.tracked, name, step.args);
      }
    }
  }

  /** DB::select('SELECT …') and friends: the SQL string through node-sql-parser. */
  private rawSql(step: Step, env: Env, location: Location): void {
    const sql = literalValue(step.args[0], evalContext(env));
    if (typeof sql !== 'string') return;
    const { shapes, problem } = shapesFromSql(sql, location);
    if (problem) this.sink.problems.push(problem);
    for (const s of shapes) this.add(s);
  }
}

/** What the frame's locals say about the request: `$request` or a typed `Request` parameter, and input read from it. */
function requestLocals(ctx: Ctx): RequestLocals {
  return {
    isRequest: (name) => name === 'request' || ctx.frame.vars.get(name)?.kind === 'request',
    isInput: (name) => inputBefore(ctx.frame, name, Infinity),
  };
}

/** Records `$name = right` (null: a value known to read no input), to be judged only if a test reads it. */
function noteInput(frame: Frame, name: string, right: PhpNode | null): void {
  const at = (frame.assignments = (frame.assignments ?? 0) + 1);
  const history = frame.inputs?.get(name);
  if (!right) {
    if (history) history.push({ at, right: null, requestVars: new Set() });
    return;
  }
  const requestVars = new Set<string>();
  for (const [n, v] of frame.vars) if (v?.kind === 'request') requestVars.add(n);
  const source: InputSource = { at, right, requestVars };
  if (history) history.push(source);
  else (frame.inputs ??= new Map()).set(name, [source]);
}

/** Whether `$name`, as last assigned before assignment `at`, holds the request's input. */
function inputBefore(frame: Frame, name: string, at: number): boolean {
  const history = frame.inputs?.get(name);
  if (!history) return false;
  let source: InputSource | undefined;
  for (let i = history.length - 1; i >= 0 && !source; i--) if (history[i].at < at) source = history[i];
  if (!source?.right) return false;
  if (source.reads === undefined) {
    const { requestVars, at: when } = source;
    source.reads = readsRequestInput(source.right, {
      isRequest: (n) => n === 'request' || requestVars.has(n),
      isInput: (n) => inputBefore(frame, n, when),
    });
  }
  return source.reads;
}

/** A rule string names a database rule: `unique:` or `exists:`, after a `|` or at the start. */
const DATABASE_RULE = /(^|\|)\s*(unique|exists):/i;

/**
 * A string literal or a concatenation of one (`'unique:users,email,' . $id`), with `other` giving the text
 * of the parts that are not literals; null when the node is neither.
 */
function literalText(node: PhpNode, other: (n: PhpNode) => string): string | null {
  if (node.kind === 'string') return field<string>(node, 'value') ?? null;
  if (node.kind !== 'bin' || field(node, 'type') !== '.') return null;
  const part = (n: PhpNode | null): string => (n ? (literalText(n, other) ?? other(n)) : '');
  return part(child(node, 'left')) + part(child(node, 'right'));
}

/** What a `Rule::unique()` / `Rule::exists()` object takes as conditions: the query builder's methods. */
const RULE_WHERES = new Set(['where', 'wherenot', 'wherenull', 'wherenotnull', 'wherein', 'wherenotin']);

/** `$this->name` → name. */
function thisProperty(node: PhpNode): string | null {
  const what = child(node, 'what');
  const offset = child(node, 'offset');
  if (!isThis(what) || offset?.kind !== 'identifier') return null;
  return nameOf(offset);
}

function isThis(node: PhpNode | null): boolean {
  return node?.kind === 'variable' && nameOf(node) === 'this';
}
