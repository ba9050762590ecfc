/**
 * What one Eloquent / query-builder method call does to a query: the table, filters, joins, sorts,
 * grouping and limit it adds. Mirrors Illuminate\Database\Query\Builder and Eloquent\Builder.
 */

import type { Location } from '../../../findings.js';
import type {
  JoinTerm,
  ModelInfo,
  Operator,
  OrderTerm,
  Predicate,
  Problem,
  QueryShape,
} from '../../model.js';
import { comparisonOperator, mirrored } from '../../operators.js';
import {
  arrayEntries,
  child,
  children,
  lineOf,
  nameKey,
  nameOf,
  shorten,
  type FileScope,
  type PhpNode,
} from '../../php/ast.js';
import { bindArguments, bindParameters, type BoundParameter } from '../../php/calls.js';
import type { ClassIndex, FoundMethod } from '../../php/class-index.js';
import { evaluate, evaluateArgs, type EvalContext, type EvalHost } from '../../php/evaluate.js';
import { HostValue, truthy, type PhpValue } from '../../php/value.js';
import { orderFromFragment, predicatesFromFragment, shapeId } from '../../sql/shapes.js';
import { comparedValue, literalValue, type Literal } from './literal.js';
import { pastCutoff, type PastCutoff } from './cutoff.js';
import { callModelMethod, eloquentMethod, modelMethodExists } from './model-object.js';
import {
  columnsOf as predicateColumns,
  finishStructure,
  mergeGroup,
  openOrBranch,
  wrapSlice,
  wrapBeforeScope,
} from './groups.js';
import { likePattern } from './like.js';
import { parameterClasses } from '../../php/types.js';
import { driverTest, onMariaDb } from './driver.js';
import { unknownPiece } from './pieces.js';
import {
  aggregateAlias,
  aliasesOfSelect,
  aliasesOfSql,
  resolveGroupAliases,
  resolveSortAliases,
  type SelectAliases,
} from './select-aliases.js';
import { arrayWhere } from './array-where.js';
import { conditionally, foldOptional, type OptionalGroup } from './optional.js';
import { NAMED_REQUEST, readsRequestInput } from './request-input.js';
import { chosenSort } from './sort-choice.js';
import type { Macros, MacroTarget } from './macros.js';
import { isFrameworkClass } from '../framework-class.js';

type Relation = ModelInfo['relations'][string];

/** Models by class, plus the app's authenticatable user model (for `auth()->user()`). */
export class ModelRegistry {
  private readonly byFqcn = new Map<string, ModelInfo>();
  readonly authUser: ModelInfo | null;

  constructor(readonly models: ModelInfo[]) {
    for (const m of models) this.byFqcn.set(m.fqcn.toLowerCase(), m);
    const users = models.filter((m) => m.parent?.toLowerCase() === 'illuminate\\foundation\\auth\\user');
    this.authUser =
      this.get('App\\Models\\User') ?? this.get('App\\User') ?? (users.length === 1 ? users[0] : null);
  }

  get(fqcn: string | null | undefined): ModelInfo | null {
    return fqcn ? (this.byFqcn.get(nameKey(fqcn)) ?? null) : null;
  }
}

/** Where the interpreter runs: the file's imports, the class `self` means, and where sub-queries go. */
export interface Env {
  index: ClassIndex;
  models: ModelRegistry;
  scope: FileScope;
  selfFqcn: string | null;
  problems: Problem[];
  /** A query implied by the chain but sent separately (eager loads, whereHas): emitted as its own shape. */
  emit(state: QueryState): void;
  /**
   * Runs a callback's body against a query (`where(fn ($q) => …)`, `when(…)`, join closures); `param` names
   * the variable holding the query when it is not the first parameter (`this` in a macro or a builder
   * method). Gives what the body returns, when it returns a chain on that query.
   */
  applyCallback(fn: PhpNode, state: QueryState, join?: JoinTerm, param?: string): After | void;
  /** A local scope's method, to run it with the arguments of the call (`->ofType('gold')`). */
  scopeMethod?(model: ModelInfo, scope: string): FoundMethod | null;
  /** Values of the scope parameters being run (`$type` → 'gold'). */
  bindings?: Map<string, PhpValue>;
  /** What the host knows beyond PHP (config(), env()); the index's own host when absent. */
  host?: EvalHost;
  /** How many scopes deep the interpreter is (scopes may call scopes). */
  scopeDepth?: number;
  /** The model a variable argument holds, when the code states it (`whereBelongsTo($user)`). */
  modelOf?(n: PhpNode): ModelInfo | null;
  /** Whether a condition reads the request's input, with what the caller's locals hold (request-input.ts). */
  readsRequest?(n: PhpNode): boolean;
  /** The builder macros the app registers (macros.ts). */
  macros?: Macros;
  /** Set while a macro or a custom builder's method runs: `$this` is a query of this model. */
  thisQuery?: ModelInfo | null;
  /** The concatenated or interpolated string a local was last assigned (`$term = "%{$q}%"`), if any. */
  patternOf?(name: string): PhpNode | undefined;
  /** The class an argument holds, as the caller's code states it (`QuoteFilters $filters`). */
  classOf?(n: PhpNode): string | null;
  /** Classes of the parameters of the scope being run: the caller's argument's class, else the declared one. */
  paramClasses?: Map<string, string>;
  /**
   * A call the query is passed to (`return $filters->apply($query)` in a scope): run for this query
   * (`param` names it), giving what the call returns when that is the query; null when it cannot be read.
   */
  passQuery?(call: PhpNode, state: QueryState, param: string): After | undefined | null;
}

export interface QueryState {
  table: string;
  alias: string | null;
  model: ModelInfo | null;
  origin: QueryShape['origin'];
  where: Predicate[];
  /** An OR was written onto this query itself (one inside a `where(fn …)` group stays in its parentheses). */
  orUsed: boolean;
  /** The current top-level OR branch (see groups.ts). */
  branch: number;
  /** Ids of parenthesised OR groups, shared with the nested groups read for this query. */
  groupIds: { next: number };
  /** Pieces of the chain that could not be read or kept; the rest is kept (pieces.ts): the shape is partial. */
  partial: string[];
  /** A driver other than MariaDB/MySQL is named (`ilike`): this is not a query MariaDB receives. */
  foreignDriver?: string;
  /** A raw fragment had an OR (its other side may be unreadable). */
  rawOr?: boolean;
  joins: JoinTerm[];
  /** Alias or name (lower case) → table name, for qualified columns. */
  tables: Map<string, string>;
  orderBy: OrderTerm[];
  groupBy: string[];
  /** Names the select list gives (select-aliases.ts): a sort by one is by its column or a computed value. */
  selectAliases?: SelectAliases;
  limit?: number;
  single?: boolean;
  trashed: 'default' | 'with' | 'only';
  /** Global scopes removed by withoutGlobalScope(s): names, or all of them. */
  withoutScopes?: 'all' | string[];
  /** Set when a table or column is not knowable from the code: the chain is skipped, not guessed. */
  unknown: boolean;
  /** The chain deletes the rows it matches (`delete()`, `forceDelete()`, a model's `prunable()` query). */
  deletes?: boolean;
  /** A many-to-many relation's pivot table: what attach() and create() add rows to besides the table. */
  pivot?: string;
  /** The table of the model whose relation that is: attach() adds the pivot rows through it. */
  pivotOwner?: string;
  /** An ORDER BY term could not be read: the terms after it are not the index order either. */
  orderCut?: boolean;
  /** Set by an insert or a method that only reads the builder (toSql(), getModel()): the chain sends no read. */
  noRead: boolean;
  location: Location;
  code: string;
  /** Label for predicates that come from somewhere other than the chain itself. */
  via?: string;
  /** What conditional code added (optional.ts): each part is sent on some requests only. */
  optional?: OptionalGroup[];
  /** Sorts the request may choose instead of the one read (sort-choice.ts). */
  alsoSortable?: string[];
  /** Related rows of one key the query requires (QueryShape.existsIn). */
  existsIn?: NonNullable<QueryShape['existsIn']>;
  /** Where the relation whose query this is is written (QueryShape.definedAt). */
  definedAt?: Location;
  /** A whereHas subquery's outer tables (QueryShape.outer). */
  outer?: string[];
}

export function newState(
  table: string,
  model: ModelInfo | null,
  origin: QueryShape['origin'],
  location: Location,
  code: string,
): QueryState {
  const [name, alias] = splitAlias(table);
  const tables = new Map<string, string>([[name.toLowerCase(), name]]);
  if (alias) tables.set(alias.toLowerCase(), name);
  return {
    table: name,
    alias,
    model,
    origin,
    where: [],
    orUsed: false,
    branch: 0,
    groupIds: { next: 1 },
    partial: [],
    joins: [],
    tables,
    orderBy: [],
    groupBy: [],
    trashed: 'default',
    unknown: false,
    noRead: false,
    location,
    code,
  };
}

/** Whether a condition is true, when the code being read fixes it; null when run time decides. */
export function knownTruth(n: PhpNode | null | undefined, env: Env): boolean | null {
  if (!n) return null;
  const t = truthy(evaluate(n, evalContext(env)));
  return typeof t === 'boolean' ? t : null;
}

/** The select list's names recorded so far, created on first use. */
const aliasesOf = (state: QueryState): SelectAliases => (state.selectAliases ??= new Map());

/** An empty query over the same tables, for nested where groups. */
export function subState(state: QueryState): QueryState {
  return {
    ...newState(state.table, state.model, state.origin, state.location, ''),
    tables: state.tables,
    alias: state.alias,
    groupIds: state.groupIds,
    partial: state.partial,
  };
}

function splitAlias(raw: string): [string, string | null] {
  const m = /^\s*`?([\w.]+)`?\s+as\s+`?(\w+)`?\s*$/i.exec(raw);
  if (m) return [m[1], m[2]];
  return [raw.trim().replace(/`/g, ''), null];
}

interface ColumnRef {
  column: string;
  table?: string;
  fn?: string;
}

/** `posts.user_id` → { column: user_id } on the shape's table; `orders.total` → on the joined table. */
export function columnRef(state: QueryState, raw: string): ColumnRef | null {
  let text = raw.trim().replace(/`/g, '');
  const as = /\s+as\s+/i.exec(text);
  if (as) text = text.slice(0, as.index);
  let fn: string | undefined;
  const arrow = text.indexOf('->');
  if (arrow > 0) {
    // JSON path: Laravel compiles `meta->foo` to json_unquote(json_extract(meta, '$."foo"')).
    text = text.slice(0, arrow);
    fn = 'JSON_EXTRACT';
  }
  if (!/^[A-Za-z_][\w$]*(\.[A-Za-z_][\w$]*)?$/.test(text)) return null;
  const dot = text.lastIndexOf('.');
  const ref: ColumnRef = { column: dot >= 0 ? text.slice(dot + 1) : text };
  if (dot >= 0) {
    const qualifier = text.slice(0, dot);
    const table = state.tables.get(qualifier.toLowerCase()) ?? qualifier;
    if (table.toLowerCase() !== state.table.toLowerCase()) ref.table = table;
  }
  if (fn) ref.fn = fn;
  return ref;
}

/**
 * evalContext() per env while the fields it reads stay the same: applyMethod asks for one at every call of
 * every chain, and each is a dozen closures.
 */
const contexts = new WeakMap<Env, { from: ContextInputs; ctx: EvalContext }>();

type ContextInputs = Pick<Env, 'index' | 'models' | 'selfFqcn' | 'scope' | 'host' | 'bindings' | 'thisQuery'>;

/** How the code being read evaluates: its names and constants, `self::`, and bound scope parameters. */
export function evalContext(env: Env): EvalContext {
  const memo = contexts.get(env);
  // Compared field by field: this runs at every method of every chain, so it allocates nothing when it hits.
  if (memo) {
    const f = memo.from;
    if (
      f.index === env.index &&
      f.models === env.models &&
      f.selfFqcn === env.selfFqcn &&
      f.scope === env.scope &&
      f.host === env.host &&
      f.bindings === env.bindings &&
      f.thisQuery === env.thisQuery
    )
      return memo.ctx;
  }
  const { index, models, selfFqcn, scope, host, bindings, thisQuery } = env;
  const ctx = newEvalContext(env);
  contexts.set(env, { from: { index, models, selfFqcn, scope, host, bindings, thisQuery }, ctx });
  return ctx;
}

function newEvalContext(env: Env): EvalContext {
  const ctx = env.index.contextFor(env.index.get(env.selfFqcn), env.selfFqcn, env.scope);
  const bindings = env.bindings;
  if (env.host) ctx.host = env.host;
  if (bindings) ctx.variable = (name) => bindings.get(name);
  // In a model (its scopes): `$this->qualifyColumn('x')`, `$this->getTable()` name the model's table; in a
  // macro or a builder method, `$this` is the query (`$this->getModel()->getTable()`).
  const model = env.models.get(env.selfFqcn);
  const query = env.thisQuery ? new QueryValue(env.thisQuery) : null;
  const follow = ctx.callMethod;
  if (model || query)
    ctx.callMethod = (target, method, args, node) =>
      (target !== 'this'
        ? undefined
        : query
          ? queryMethod(env.index, query, method, args)
          : eloquentMethod(env.index, model!, method, args)) ?? follow?.(target, method, args, node);
  if (model && env.selfFqcn) {
    const fqcn = env.selfFqcn;
    ctx.property ??= (name) => modelProperty(env.index, fqcn, name);
  }
  // A custom builder's `$this->model`: Eloquent's Builder keeps the model it queries there.
  if (query) ctx.property ??= (name) => (name === 'model' ? new ModelValue(query.model) : undefined);
  const host = ctx.host;
  ctx.host = {
    callFunction: (name, args, node) =>
      (name === 'method_exists' && args[0] instanceof ModelValue && typeof args[1] === 'string'
        ? modelMethodExists(env.index, args[0].model, args[1])
        : undefined) ?? host?.callFunction?.(name, args, node),
    callStatic: (fqcn, method, args, node) => host?.callStatic?.(fqcn, method, args, node),
    construct: (fqcn, args, node) => host?.construct?.(fqcn, args, node),
    callObject: (target, method, args, node) =>
      (target instanceof QueryValue
        ? queryMethod(env.index, target, method, args)
        : target instanceof ModelValue
          ? callModelMethod(env.index, target.model, method, args, node, ctx.host)
          : undefined) ?? host?.callObject?.(target, method, args, node),
    readProperty: (target, name, node) =>
      (target instanceof BaseQueryValue && name === 'from' ? target.model.table : undefined) ??
      host?.readProperty?.(target, name, node),
  };
  return ctx;
}

/**
 * `$this->table` and `$this->primaryKey` in a model's own code (`where($this->table . '.type', …)` in a
 * scope): what the model declares. Eloquent's key defaults to `id`; an undeclared `$table` is null in PHP
 * (getTable() derives the name), so it stays unknown.
 */
function modelProperty(index: ClassIndex, fqcn: string, name: string): PhpValue | undefined {
  if (name !== 'table' && name !== 'primaryKey') return undefined;
  const declared = index.propertyDefault(fqcn, name);
  if (typeof declared === 'string') return declared;
  return name === 'primaryKey' && declared === undefined ? 'id' : undefined;
}

/** The query a scope receives, as a value: `$query->qualifyColumn('x')`, `$query->getModel()`. */
class QueryValue extends HostValue {
  constructor(readonly model: ModelInfo) {
    super();
  }
}
/** Its base query builder, whose `from` is the model's table: `"{$query->getQuery()->from}.company_id"`. */
class BaseQueryValue extends HostValue {
  constructor(readonly model: ModelInfo) {
    super();
  }
}
/** The model of such a query: `$query->getModel()->getTable()`. */
class ModelValue extends HostValue {
  constructor(readonly model: ModelInfo) {
    super();
  }
}

/**
 * What a global Scope's `apply(Builder $builder, Model $model)` is given for a model: its query and the
 * model itself (`$model->getTable()`, `$model->qualifyColumn('x')`, `$builder->getModel()`).
 */
export function scopeApplyArguments(model: ModelInfo): PhpValue[] {
  return [new QueryValue(model), new ModelValue(model)];
}

/** What a scope's query answers: its model, its base query, a qualified column. */
function queryMethod(
  index: ClassIndex,
  target: QueryValue,
  method: string,
  args: PhpValue[],
): PhpValue | undefined {
  const m = method.toLowerCase();
  if (m === 'getmodel') return new ModelValue(target.model);
  if (m === 'getquery' || m === 'tobase') return new BaseQueryValue(target.model);
  return m === 'qualifycolumn' ? eloquentMethod(index, target.model, method, args) : undefined;
}

/** Laravel's operator list: a 2-argument where whose second argument is one of these is still `=`. */
function isOperatorArg(v: Literal | undefined): boolean {
  return (
    typeof v === 'string' &&
    [
      '=',
      '<',
      '>',
      '<=',
      '>=',
      '<>',
      '!=',
      '<=>',
      'like',
      'not like',
      'ilike',
      'regexp',
      'not regexp',
    ].includes(v.toLowerCase())
  );
}

const FN_WHERE: Record<string, string> = {
  wheredate: 'DATE',
  whereyear: 'YEAR',
  wheremonth: 'MONTH',
  whereday: 'DAY',
  wheretime: 'TIME',
};

/** Laravel 11's date shortcuts (BuildsWhereDateClauses): whereToday & co. compare DATE(col), wherePast & co. col. */
const DATE_SHORTCUTS: Record<string, { op: Operator; fn?: string }> = {
  wheretoday: { op: '=', fn: 'DATE' },
  wherebeforetoday: { op: '<', fn: 'DATE' },
  whereaftertoday: { op: '>', fn: 'DATE' },
  wheretodayorbefore: { op: '<=', fn: 'DATE' },
  wheretodayorafter: { op: '>=', fn: 'DATE' },
  wherepast: { op: '<' },
  wherefuture: { op: '>' },
  wherenoworpast: { op: '<=' },
  wherenoworfuture: { op: '>=' },
};

const TERMINAL_MANY = new Set([
  'get', 'all', 'paginate', 'simplepaginate', 'cursorpaginate', 'count', 'exists', 'doesntexist', 'existsor',
  'doesntexistor', 'sum', 'avg', 'average', 'max', 'min', 'pluck', 'chunk', 'chunkbyid', 'chunkmap', 'each',
  'eachbyid', 'lazy', 'lazybyid', 'lazybyiddesc', 'cursor', 'update', 'delete', 'forcedelete', 'increment',
  'decrement', 'incrementeach', 'decrementeach', 'restore', 'implode', 'value', 'solevalue',
  'rawvalue', 'keys', 'getmodels', 'touch', 'updateorinsert',
]); // prettier-ignore

/**
 * Methods that hand back what the builder knows instead of running it: its SQL, its bindings, its model, a
 * relation's keys and tables. `associate()`/`dissociate()` only set the child's key. None sends a statement,
 * so the builder's clauses (a relation's key above all) are no filter of any query.
 */
const METADATA = new Set([
  'tosql', 'torawsql', 'dd', 'ddrawsql', 'getbindings', 'getrawbindings', 'getconnection', 'getmodel',
  'getrelated', 'getparent', 'gettable', 'qualifycolumn', 'qualifycolumns', 'getforeignkeyname',
  'getqualifiedforeignkeyname', 'getqualifiedparentkeyname', 'getqualifiedownerkeyname', 'getownerkeyname',
  'getlocalkeyname', 'getparentkeyname', 'getrelatedkeyname', 'getrelatedpivotkeyname',
  'getforeignpivotkeyname', 'getqualifiedrelatedpivotkeyname', 'getqualifiedforeignpivotkeyname',
  'getpivotclass', 'getpivotaccessor', 'getmorphtype', 'getmorphclass', 'getrelationname', 'newpivot',
  'newexistingpivot', 'associate', 'dissociate', 'getexistencecomparekey', 'getqualifiedkeyname',
]); // prettier-ignore

/** Whether a method only reads what the builder knows (METADATA): it sends no statement. */
export function inspectsBuilder(method: string): boolean {
  return METADATA.has(method.toLowerCase());
}

/** What such a method gives: `->getModel()->newQuery()…` goes on as a new query of the same model. */
export function inspected(state: QueryState, method: string): After {
  const m = method.toLowerCase();
  const model = m === 'getmodel' || m === 'getrelated' ? state.model : null;
  return model ? { kind: 'model', model } : { kind: 'done' };
}

/**
 * Methods that send no read: inserts, and what only builds a model. On a relation, `save()`, `saveMany()`,
 * `createMany()` set the key and insert, and `attach()` inserts pivot rows: Laravel looks nothing up by the
 * relation's key first, so the relation's constraint is no filter of any statement (detach(), sync() and
 * updateExistingPivot() do filter on it, and stay queries).
 */
const WRITE_ONLY = new Set([
  'create', 'forcecreate', 'createquietly', 'forcecreatequietly', 'createmany', 'createmanyquietly',
  'forcecreatemany', 'forcecreatemanyquietly', 'insert', 'insertgetid', 'insertorignore', 'insertusing', 'upsert',
  'make', 'makemany', 'fill', 'forcefill', 'newmodelinstance', 'truncate', 'save', 'savequietly', 'savemany',
  'savemanyquietly', 'attach',
]); // prettier-ignore

/** Methods that change nothing an index cares about. */
const NEUTRAL = new Set([
  'query', 'newquery', 'newmodelquery', 'tobase', 'getquery', 'on', 'onwriteconnection', 'usewritepdo',
  'lockforupdate', 'sharedlock', 'select', 'addselect', 'selectraw', 'selectsub', 'distinct', 'without',
  'withonly', 'setmodel', 'having', 'havingraw', 'orhaving', 'orhavingraw', 'havingbetween', 'skip', 'offset',
  'withcasts', 'withglobalscope', 'withoutglobalscope', 'setbindings', 'addbinding', 'mergebindings', 'clone',
  'withexists', 'withsum', 'withavg', 'withmax', 'withmin', 'withaggregate', 'union', 'unionall', 'latestofmany',
  'oldestofmany', 'ofmany', 'wherepivotin', 'withpivot', 'withtimestamps', 'as', 'using', 'inrandomorder',
  'groupbyraw', 'tap', 'macro', 'beforequery', 'afterquery', 'withtrashed_', 'timeout', 'dump', 'dumprawsql',
  // A many-to-many relation's filters on its pivot table, not on the related table the shape reads.
  'wherepivot', 'wherepivotnull', 'wherepivotnotnull', 'wherepivotnotin', 'wherepivotbetween',
  'wherepivotnotbetween', 'wherepivotnotbetweencolumns',
]); // prettier-ignore

/** A row count the code does not spell (`take($count)`, `paginate($perPage)`): Laravel's default page size. */
const UNKNOWN_COUNT = 15;

/**
 * `built`: an instance not stored yet (make(), firstOrNew() when no row matches), so saving it inserts one;
 * a model the query read (first(), find()) is a stored row, which saving updates.
 */
export type After =
  { kind: 'builder' } | { kind: 'model'; model: ModelInfo; built?: boolean } | { kind: 'done' };

/** Applies one method call to the query. Returns what the call gives back. */
export function applyMethod(state: QueryState, name: string, args: PhpNode[], env: Env): After {
  const m = name.toLowerCase();
  const ctx = evalContext(env);
  const lit = (n: PhpNode | null | undefined): Literal | undefined => literalValue(n, ctx);
  const str = (n: PhpNode | null | undefined): string | null => {
    const v = lit(n);
    return typeof v === 'string' ? v : null;
  };
  const isOr = m.startsWith('or') && m !== 'orderby' && m !== 'orderbydesc' && m !== 'orderbyraw';
  const base = isOr ? m.slice(2) : m;

  // The OR branch this call's predicates open (once per call: `orWhere([a => 1, b => 2])` is one branch).
  let orBranch: number | null = null;
  const add = (p: Predicate) => {
    if (state.via && !p.via) p.via = state.via;
    if (isOr && orBranch === null) orBranch = openOrBranch(state);
    const b = orBranch ?? state.branch;
    if (b > 0) p.branch = b;
    state.where.push(p);
    if (isOr) state.orUsed = true;
  };
  const pred = (
    raw: string | null,
    op: Operator,
    value: Literal | undefined,
    fn?: string,
    wildcardFirst?: true,
    cutoff?: PastCutoff | null,
  ): void => {
    const ref = raw === null ? null : columnRef(state, raw);
    if (!ref) {
      state.unknown = true;
      return;
    }
    const p: Predicate = { column: ref.column, op };
    const f = fn ?? ref.fn;
    if (f) p.fn = f;
    if (ref.table) p.table = ref.table;
    if (value !== undefined) p.value = value;
    if (wildcardFirst && op === 'like') p.wildcardFirst = true;
    if (cutoff) {
      p.pastCutoff = true;
      if (cutoff.seconds !== null) p.cutoffSeconds = cutoff.seconds;
    }
    add(p);
  };
  /** A column given as DB::raw('LOWER(email)'). */
  const rawColumn = (n: PhpNode): ColumnRef | null => {
    const sql = dbRawText(n, lit);
    if (sql === null) return null;
    const parsed = predicatesFromFragment(`${sql} = 1`, state.table);
    if ('error' in parsed || parsed.where.length !== 1) return null;
    const p = parsed.where[0];
    return { column: p.column, table: p.table, fn: p.fn };
  };
  const sample = (n: PhpNode | null | undefined): Literal | undefined => {
    if (!n) return undefined;
    if (n.kind === 'array') return lit(arrayEntries(n)[0]?.value);
    return lit(n);
  };

  /** where($col, $op, $value) in all its spellings; `fn` for whereDate & co. */
  const basicWhere = (given: PhpNode[], fn?: string): void => {
    // `$driver === 'pgsql' ? 'ilike' : 'like'`: the operator MariaDB gets.
    const a = given.map(onMariaDb);
    const first = a[0];
    if (!first) return;
    if (first.kind === 'closure' || first.kind === 'arrowfunc') return nestedGroup(first);
    if (first.kind !== 'array' && a.length === 1 && arrayWhere(first, ctx, (c, o, v) => pred(c, o, v, fn)))
      return;
    if (first.kind === 'array') {
      for (const { key, value } of arrayEntries(first)) {
        if (key) basicWhere([key, value], fn);
        else if (value.kind === 'array')
          basicWhere(
            arrayEntries(value).map((e) => e.value),
            fn,
          );
        else state.unknown = true;
      }
      return;
    }
    let op: Operator = '=';
    let wildcardFirst: true | undefined;
    let valueNode: PhpNode | undefined = a[1];
    if (a.length >= 3) {
      valueNode = a[2];
      const raw = lit(a[1]);
      op = typeof raw === 'string' ? comparisonOperator(raw, lit(a[2])) : 'other';
      const rawOp = typeof raw === 'string' ? raw.trim().toLowerCase().replace(/\s+/g, ' ') : '';
      // ILIKE is PostgreSQL's: MariaDB rejects it, so the chain is not a query this database receives.
      if (rawOp === 'ilike' || rawOp === 'not ilike') state.foreignDriver = 'ILIKE (PostgreSQL)';
      // A LIKE pattern keeps its shape even when its text is not known: '%…' cannot seek, 'abc…' can.
      if (rawOp === 'like' || rawOp === 'like binary') {
        const pattern = likePattern(a[2], ctx, false, env.patternOf);
        op = pattern.op;
        wildcardFirst = pattern.wildcardFirst;
      }
    } else if (a.length === 2 && isOperatorArg(lit(a[1])) && a[1].kind === 'string') {
      // where('a', '=') — Laravel treats the operator as the value; rare enough to read as `=`.
      op = '=';
    }
    const value =
      valueNode && valueNode.kind !== 'closure' && valueNode.kind !== 'arrowfunc'
        ? comparedValue(valueNode, ctx)
        : undefined;
    subquery(valueNode);
    // Laravel's where() turns a null value into whereNull for `=`, and into whereNotNull for any other operator.
    if (value === null) op = op === '=' ? 'is null' : 'is not null';
    const column = str(first);
    if (column === null) {
      const ref = rawColumn(first);
      if (!ref) {
        state.unknown = true;
        return;
      }
      const p: Predicate = { column: ref.column, op, fn: fn ?? ref.fn };
      if (!p.fn) delete p.fn;
      if (ref.table) p.table = ref.table;
      if (value !== undefined && value !== null) p.value = value;
      if (wildcardFirst && op === 'like') p.wildcardFirst = true;
      add(p);
      return;
    }
    // `created_at < now()->subDays(30)`: rows older than a moving cutoff (see QueryShape.prunes).
    const cutoff = (op === '<' || op === '<=') && valueNode ? pastCutoff(valueNode, ctx) : null;
    pred(column, op, value === null ? undefined : value, fn, wildcardFirst, cutoff);
  };

  /** `where(fn ($q) => …)`: the closure's wheres in parentheses, AND-ed (or OR-ed) with the rest. */
  const nestedGroup = (fnNode: PhpNode, negate = false): void => {
    const sub = subState(state);
    sub.via = state.via;
    env.applyCallback(fnNode, sub);
    mergeNested(sub, negate);
  };
  /** Adds a group read on a sub-state (a closure's, or whereAny's columns) in its parentheses. */
  const mergeNested = (sub: QueryState, negate: boolean): void => {
    foldOptional(sub);
    if (sub.unknown) {
      state.unknown = true;
      return;
    }
    if (sub.foreignDriver) state.foreignDriver = sub.foreignDriver;
    if (sub.rawOr && !isOr) {
      // `and (a or exists (…))`: a group with an unreadable side of an OR cannot narrow the query; the rest
      // of it still does (one unknown piece), instead of the whole query being read as one OR.
      unknownPiece(state, 'a where group ORs with a subquery or raw SQL: the group is not read');
      return;
    }
    // An OR inside `where(fn …)` stays in its parentheses: only `orWhere(fn …)` ORs onto this query.
    if (isOr) state.orUsed = true;
    if (sub.rawOr) state.rawOr = true;
    if (negate) {
      // NOT (…): no predicate inside can seek, whatever its structure.
      const flat = sub.where.map((p) => {
        const copy: Predicate = { ...p, op: 'other' };
        delete copy.branch;
        delete copy.group;
        return copy;
      });
      mergeGroup(state, flat, 0, isOr);
      return;
    }
    mergeGroup(state, sub.where, sub.branch, isOr);
  };

  /** `whereIn('id', function ($q) { $q->select('user_id')->from('orders')->where(…); })`: its own query. */
  const subquery = (n: PhpNode | undefined): void => {
    if (!n || (n.kind !== 'closure' && n.kind !== 'arrowfunc')) return;
    const sub = newState('', null, state.origin, state.location, `${state.code} → subquery`);
    env.applyCallback(n, sub);
    if (sub.table) env.emit(sub);
  };

  const columnsOf = (n: PhpNode | undefined): (string | null)[] => {
    if (!n) return [];
    if (n.kind === 'array') return arrayEntries(n).map((e) => str(e.value));
    return [str(n)];
  };

  // Scopes first: Eloquent's __call prefers a named scope over a dynamic where.
  const scope = findScope(state.model, name);
  const from = state.where.length;
  const b0 = state.branch;
  const or0 = state.orUsed;
  if (scope && state.model && runScope(state, state.model, scope.name, args, env)) {
    // Laravel puts a scope's wheres in parentheses when they hold an OR: the OR stays inside them, unless
    // the scope starts with one (the group is then OR-ed onto the query). The wheres before them are put in
    // parentheses too when they hold an OR (Eloquent's callScope).
    const opensWithOr = (state.where[from]?.branch ?? 0) > b0;
    wrapSlice(state, from, b0);
    if (!opensWithOr) {
      wrapBeforeScope(state, from, b0);
      state.orUsed = or0;
    }
    return { kind: 'builder' };
  }
  if (scope) {
    if (scope.def.unread) unknownPiece(state, scope.def.unread);
    if (scope.def.opaque) state.unknown = true;
    for (const p of scope.def.where) add({ ...p, via: p.via ?? `scope:${scope.name}` });
    state.orderBy.push(...scope.def.orderBy);
    return { kind: 'builder' };
  }

  if (FN_WHERE[base]) {
    basicWhere(args, FN_WHERE[base]);
    return { kind: 'builder' };
  }
  const shortcut = DATE_SHORTCUTS[base];
  if (shortcut) {
    for (const c of columnsOf(args[0])) pred(c, shortcut.op, undefined, shortcut.fn);
    return { kind: 'builder' };
  }

  switch (base) {
    case 'where':
    case 'wherelike':
      if (base === 'wherelike') {
        const pattern = likePattern(args[1], ctx, false, env.patternOf);
        pred(str(args[0]), pattern.op, lit(args[1]), undefined, pattern.wildcardFirst);
      } else basicWhere(args);
      return { kind: 'builder' };
    case 'wherenot':
      if (args[0] && (args[0].kind === 'closure' || args[0].kind === 'arrowfunc')) nestedGroup(args[0], true);
      else if (args[0]) pred(str(args[0]), 'other', undefined);
      return { kind: 'builder' };
    case 'whereany':
    case 'whereall':
    case 'wherenone': {
      // One group of the same comparison on each column: OR-ed for any and none (NOT-ed for none), AND-ed for all.
      const first = args[0];
      const columns =
        first?.kind === 'array' ? arrayEntries(first).map((e) => e.value) : first ? [first] : [];
      const sub = subState(state);
      sub.via = state.via;
      columns.forEach((c, i) =>
        applyMethod(sub, base !== 'whereall' && i > 0 ? 'orWhere' : 'where', [c, ...args.slice(1)], env),
      );
      mergeNested(sub, base === 'wherenone');
      return { kind: 'builder' };
    }
    case 'wherenested':
      if (args[0] && (args[0].kind === 'closure' || args[0].kind === 'arrowfunc')) nestedGroup(args[0]);
      return { kind: 'builder' };
    case 'wherenotlike':
    case 'wherenotmorphedto':
    case 'wherevaluenotbetween':
      // Negations: nothing in them narrows what an index seeks.
      if (base === 'wherenotlike') pred(str(args[0]), 'other', undefined);
      return { kind: 'builder' };
    case 'wherevaluebetween': {
      // `? BETWEEN low_col AND high_col`: a range on each column.
      const [low, high] = columnsOf(args[1]);
      if (low !== undefined) pred(low, '<=', undefined);
      if (high !== undefined) pred(high, '>=', undefined);
      return { kind: 'builder' };
    }
    case 'wherejsoncontainskey':
    case 'wherejsondoesntcontainkey':
    case 'wherejsonoverlaps':
    case 'wherejsondoesntoverlap':
      pred(str(args[0]), 'other', undefined, 'JSON_EXTRACT');
      return { kind: 'builder' };
    case 'wherein':
    case 'whereintegerinraw':
      pred(str(args[0]), 'in', sample(args[1]));
      subquery(args[1]);
      return { kind: 'builder' };
    case 'wherenotin':
    case 'whereintegernotinraw':
      pred(str(args[0]), 'not in', sample(args[1]));
      subquery(args[1]);
      return { kind: 'builder' };
    case 'wherebetween':
      pred(str(args[0]), 'between', sample(args[1]));
      return { kind: 'builder' };
    case 'wherenotbetween':
      pred(str(args[0]), 'other', sample(args[1]));
      return { kind: 'builder' };
    case 'wherenull':
    case 'wherenotnull':
      for (const c of columnsOf(args[0]))
        pred(c, base === 'wherenull' ? 'is null' : 'is not null', undefined);
      return { kind: 'builder' };
    case 'wherekey':
    case 'wherekeynot': {
      const pk = state.model?.primaryKey ?? 'id';
      const many = args[0]?.kind === 'array';
      const op: Operator = base === 'wherekey' ? (many ? 'in' : '=') : many ? 'not in' : '!=';
      pred(pk, op, sample(args[0]));
      return { kind: 'builder' };
    }
    case 'wherefulltext':
      for (const c of columnsOf(args[0])) pred(c, 'fulltext', lit(args[1]));
      return { kind: 'builder' };
    case 'wherejsoncontains':
    case 'wherejsondoesntcontain':
    case 'wherejsonlength':
      pred(str(args[0]), 'other', undefined, 'JSON_EXTRACT');
      return { kind: 'builder' };
    case 'whereraw': {
      const sql = str(args[0]);
      if (sql === null) {
        state.unknown = true;
        return { kind: 'builder' };
      }
      const parsed = predicatesFromFragment(sql, state.table);
      if ('error' in parsed) {
        env.problems.push({
          location: state.location,
          message: `Could not parse whereRaw SQL "${shorten(sql, 80)}": ${parsed.error}`,
          construct: 'whereRaw',
        });
        state.unknown = true;
        return { kind: 'builder' };
      }
      // An OR inside raw SQL may pair a column with an expression we cannot read: always an OR.
      if (parsed.hasOr) state.rawOr = true;
      if (parsed.partial) state.partial.push(...parsed.partial);
      addFragment(state, parsed.where, add);
      return { kind: 'builder' };
    }
    case 'wherecolumn':
      whereColumn(state, args, lit, add);
      return { kind: 'builder' };
    case 'whereexists':
    case 'wherenotexists':
    case 'wherebetweencolumns':
    case 'wherenotbetweencolumns':
    case 'wherehasmorph':
    case 'wheredoesnthavemorph':
    case 'whereattachedto':
      // EXISTS (over a subquery, or a polymorphic or many-to-many relation) and column-range conditions do
      // not narrow an index on this table; OR-ed, nothing else can.
      if (isOr) {
        state.orUsed = true;
        state.rawOr = true;
      }
      if (base === 'whereexists' || base === 'wherenotexists') subquery(args[0]);
      return { kind: 'builder' };
    case 'wherehas':
    case 'wheredoesnthave':
    case 'wheredoesnthaverelation':
    case 'wheremorphdoesnthaverelation':
    case 'has':
    case 'doesnthave':
    case 'withwherehas':
    case 'whererelation':
    case 'wheremorphrelation': {
      const relName = str(args[0]);
      // whereRelation('rel', 'col', $value): a column comparison, not a closure, follows the relation.
      const comparison = base === 'whererelation' || base === 'wheredoesnthaverelation';
      // `a or exists (…)`: the other side of the OR is a subquery, so nothing on this table can seek.
      if (isOr) state.rawOr = true;
      // A nested relation (`songs.genres`): its filter is the last relation's, not the first's, and only the
      // first one's existence is read.
      const nested = relName !== null && relName.includes('.');
      if (relName !== null)
        relationSubquery(
          state,
          relName.split('.')[0],
          nested ? [] : comparison ? args.slice(1) : args.slice(1, 2),
          comparison && !nested,
          env,
          // What bounds the rows: not OR-ed, not negated, not through a nested relation (`a.b`, not followed),
          // and no count other than "at least one" (`whereHas('posts', fn, '>=', 3)` is a subquery per row).
          !isOr &&
            !base.includes('doesnthave') &&
            !base.includes('morph') &&
            !relName.includes('.') &&
            (base === 'whererelation' || existenceOnly(args.slice(2, 4), lit)),
        );
      if (base === 'withwherehas' && relName !== null) eagerLoad(state, relName, args[1], env);
      return { kind: 'builder' };
    }
    case 'wherebelongsto':
      whereBelongsTo(state, args, env, str, add);
      return { kind: 'builder' };
    case 'wheremorphedto':
      whereMorphedTo(state, args, env, str, add);
      return { kind: 'builder' };
  }

  switch (m) {
    case 'with':
    case 'load':
      for (const [rel, cb] of eagerArgs(args, lit)) eagerLoad(state, rel, cb, env);
      return { kind: 'builder' };
    case 'withcount':
      for (const [rel, cb] of eagerArgs(args, lit)) {
        relationSubquery(state, rel.split(' ')[0], cb ? [cb] : [], false, env);
        aliasesOf(state).set(aggregateAlias(rel, 'count', null), null);
      }
      return { kind: 'builder' };
    case 'withsum':
    case 'withavg':
    case 'withmax':
    case 'withmin':
    case 'withexists': {
      // The value is a subquery per row, named like Laravel names it; the query itself is unchanged.
      const column = m === 'withexists' ? null : str(args[1]);
      for (const [rel] of eagerArgs(m === 'withexists' ? args : args.slice(0, 1), lit))
        aliasesOf(state).set(aggregateAlias(rel, m.slice(4), column), null);
      return { kind: 'builder' };
    }
    case 'select':
    case 'addselect':
      aliasesOfSelect(aliasesOf(state), args, state.table, (n) => str(n) ?? dbRawText(n, lit), str);
      return { kind: 'builder' };
    case 'selectraw': {
      const sql = str(args[0]) ?? (args[0] ? aliasedTail(args[0], lit) : null);
      if (sql !== null) aliasesOfSql(aliasesOf(state), sql, state.table);
      return { kind: 'builder' };
    }
    case 'selectsub': {
      const as = str(args[1]);
      if (as !== null) aliasesOf(state).set(as.toLowerCase(), null);
      return { kind: 'builder' };
    }
    case 'orderby':
    case 'orderbydesc': {
      const chosen = chosenSort(state, args[0] ? evaluate(args[0], ctx) : undefined);
      const column = chosen ?? str(args[0]);
      const terms = state.orderBy.length;
      const dir =
        m === 'orderbydesc'
          ? 'desc'
          : String(lit(args[1]) ?? 'asc').toLowerCase() === 'desc'
            ? 'desc'
            : 'asc';
      orderTerm(state, column, dir, args[0] ? rawColumn(args[0]) : null);
      if (chosen !== null) for (const t of state.orderBy.slice(terms)) t.chosen = true;
      return { kind: 'builder' };
    }
    case 'latest':
    case 'oldest': {
      const column = args[0] ? str(args[0]) : (state.model?.createdAtColumn ?? 'created_at');
      orderTerm(state, column, m === 'latest' ? 'desc' : 'asc', null);
      return { kind: 'builder' };
    }
    case 'reorder':
      state.orderBy = [];
      if (args[0])
        orderTerm(
          state,
          str(args[0]),
          String(lit(args[1]) ?? 'asc').toLowerCase() === 'desc' ? 'desc' : 'asc',
          null,
        );
      return { kind: 'builder' };
    case 'orderbyraw': {
      const sql = str(args[0]);
      if (sql === null) {
        state.unknown = true;
        return { kind: 'builder' };
      }
      const parsed = orderFromFragment(sql, state.table);
      if ('error' in parsed) {
        env.problems.push({
          location: state.location,
          message: `Could not parse orderByRaw SQL "${shorten(sql, 80)}": ${parsed.error}`,
          construct: 'orderByRaw',
        });
        state.unknown = true;
      } else state.orderBy.push(...parsed.orderBy);
      return { kind: 'builder' };
    }
    case 'groupby':
      for (const a of args)
        for (const c of columnsOf(a)) {
          const ref = c === null ? null : columnRef(state, c);
          // A joined table's column keeps its table (`groupBy('translations.locale')`), as splitColumn reads it.
          if (ref) state.groupBy.push(ref.table ? `${ref.table}.${ref.column}` : ref.column);
          else unknownPiece(state, 'a group-by column is not known');
        }
      return { kind: 'builder' };
    case 'limit':
    case 'take': {
      const n = lit(args[0]);
      if (typeof n === 'number') state.limit = n;
      else if (n !== null) {
        // A count from a variable is still a LIMIT: the read is bounded, as with paginate()'s page size.
        state.limit = UNKNOWN_COUNT;
        state.partial.push(`the ${name}() count is not known: ${UNKNOWN_COUNT} assumed`);
      }
      return { kind: 'builder' };
    }
    case 'forpage': {
      const n = lit(args[1]);
      state.limit = typeof n === 'number' ? n : 15;
      return { kind: 'builder' };
    }
    case 'join':
    case 'leftjoin':
    case 'rightjoin':
    case 'crossjoin':
    case 'joinwhere':
    case 'leftjoinwhere':
    case 'rightjoinwhere':
      join(state, m, args, env, str);
      return { kind: 'builder' };
    case 'joinsub':
    case 'leftjoinsub':
    case 'rightjoinsub':
    case 'joinlateral':
    case 'leftjoinlateral':
      // A derived table cannot be matched against indexes.
      state.unknown = true;
      return { kind: 'builder' };
    case 'from': {
      const t = str(args[0]);
      if (t === null) state.unknown = true;
      else
        Object.assign(state, {
          ...newState(t, null, state.origin, state.location, state.code),
          where: state.where,
        });
      return { kind: 'builder' };
    }
    case 'withtrashed':
      state.trashed = 'with';
      return { kind: 'builder' };
    case 'withoutglobalscopes': {
      const names = args[0]?.kind === 'array' ? arrayEntries(args[0]).map((e) => str(e.value)) : null;
      if (!names) {
        state.trashed = 'with';
        state.withoutScopes = 'all';
        return { kind: 'builder' };
      }
      for (const n of names) removeScope(state, n);
      return { kind: 'builder' };
    }
    case 'withouttrashed':
      state.trashed = 'default';
      return { kind: 'builder' };
    case 'onlytrashed':
      state.trashed = 'only';
      return { kind: 'builder' };
    case 'withoutglobalscope':
      removeScope(state, str(args[0]));
      return { kind: 'builder' };
    case 'when':
    case 'unless': {
      // `when(DB::getDriverName() === 'pgsql', …)`: a driver MariaDB is not runs the default callback; a
      // value known here (a builder method's parameter left at its default) decides the same way.
      const test = driverTest(args[0]) ?? knownTruth(args[0], env);
      const cb = test === null ? args[1] : test === (m === 'when') ? args[1] : args[2];
      if (cb && (cb.kind === 'closure' || cb.kind === 'arrowfunc')) {
        const prev = state.via;
        state.via = prev ?? 'when()';
        // A test read at run time: the callback's clauses are sent on some requests only.
        if (test === null) {
          const input =
            !!args[0] && (env.readsRequest?.(args[0]) ?? readsRequestInput(args[0], NAMED_REQUEST));
          conditionally(state, () => env.applyCallback(cb, state), input, {
            file: env.scope.file,
            line: lineOf(cb),
          });
        } else env.applyCallback(cb, state);
        state.via = prev;
      }
      return { kind: 'builder' };
    }
    case 'tap':
      if (args[0] && (args[0].kind === 'closure' || args[0].kind === 'arrowfunc'))
        env.applyCallback(args[0], state);
      return { kind: 'builder' };
    case 'first':
    case 'firstorfail':
    case 'sole':
    case 'firstor':
      state.single = true;
      state.limit = 1;
      // firstOr()'s callback may return a new model.
      return state.model ? { kind: 'model', model: state.model, built: m === 'firstor' } : { kind: 'done' };
    case 'find':
    case 'findorfail':
    case 'findor':
    case 'findornew':
    case 'findmany': {
      const pk = state.model?.primaryKey ?? 'id';
      const many = m === 'findmany' || args[0]?.kind === 'array';
      pred(pk, many ? 'in' : '=', sample(args[0]));
      if (many) return { kind: 'done' };
      state.single = true;
      state.limit = 1;
      // findOrNew() gives a new instance when no row has the key: its save() may insert.
      const built = m === 'findornew';
      return state.model ? { kind: 'model', model: state.model, built } : { kind: 'done' };
    }
    case 'firstwhere':
      basicWhere(args);
      state.single = true;
      state.limit = 1;
      return state.model ? { kind: 'model', model: state.model } : { kind: 'done' };
    case 'firstorcreate':
    case 'firstornew':
    case 'updateorcreate':
      if (args[0]?.kind === 'array') basicWhere([args[0]]);
      else state.unknown = true;
      state.single = true;
      state.limit = 1;
      // firstOrNew() gives a new instance when no row matches: its save() may insert.
      return state.model
        ? { kind: 'model', model: state.model, built: m === 'firstornew' }
        : { kind: 'done' };
    case 'paginate':
    case 'simplepaginate':
    case 'cursorpaginate': {
      // The page size, or the model's $perPage (15); simple and cursor pagination fetch one row more.
      const n = args[0] ? lit(args[0]) : undefined;
      const perPage = typeof n === 'number' && n > 0 ? n : UNKNOWN_COUNT;
      if (args[0] && typeof n !== 'number' && n !== null)
        state.partial.push(`the page size of ${name}() is not known: ${UNKNOWN_COUNT} assumed`);
      state.limit = m === 'paginate' ? perPage : perPage + 1;
      return { kind: 'done' };
    }
    // Laravel's forPageAfterId(): each page is `key > ?` (`<` descending) sorted by the key. The loop reads
    // every row page after page, so the statement keeps no page limit.
    case 'chunkbyid':
    case 'chunkbyiddesc':
    case 'eachbyid':
    case 'lazybyid':
    case 'lazybyiddesc': {
      const at = m.startsWith('lazy') ? 1 : 2;
      const column = args[at] ? str(args[at]) : (state.model?.primaryKey ?? 'id');
      if (column === null) {
        unknownPiece(state, `the key ${name}() pages by is not read`);
        return { kind: 'done' };
      }
      const desc = m.endsWith('desc');
      state.orderBy = state.orderBy.filter((o) => o.column.toLowerCase() !== column.toLowerCase());
      pred(column, desc ? '<' : '>', undefined);
      orderTerm(state, column, desc ? 'desc' : 'asc', null);
      return { kind: 'done' };
    }
    // Eloquent's enforceOrderBy(): pages of a query with no sort are read in key order.
    case 'chunk':
    case 'each':
    case 'chunkmap':
    case 'lazy':
      if (state.model && state.orderBy.length === 0 && !state.orderCut)
        orderTerm(state, state.model.primaryKey ?? 'id', 'asc', null);
      return { kind: 'done' };
    case 'value':
    case 'solevalue':
    case 'exists':
    case 'doesntexist':
      state.limit = 1;
      return { kind: 'done' };
  }

  if (METADATA.has(m)) {
    state.noRead = true;
    return inspected(state, m);
  }
  if (m === 'delete' || m === 'forcedelete') state.deletes = true;
  if (TERMINAL_MANY.has(m)) return { kind: 'done' };
  if (WRITE_ONLY.has(m)) {
    state.noRead = true;
    // `Post::make([...])`: a new instance, which the code saves next.
    if ((m === 'make' || m === 'newmodelinstance') && state.model)
      return { kind: 'model', model: state.model, built: true };
    return { kind: 'done' };
  }
  if (NEUTRAL.has(m)) return { kind: 'builder' };

  // A method of the model's own builder class. One that overrides a framework method read above (a `get()`
  // or `paginate()` that post-processes the rows `parent::get()` returns) sends the framework's query, so it
  // is read as the framework's; a scope of the same name is rare enough to win here.
  const own = state.model?.builder ? builderMethod(env.index, state.model.builder, name) : null;
  if (own) return runOnThis(state, name, own, args, env, `builder:${name}`);

  // A macro runs before the query builder's dynamic where (both come from __call, macros first).
  const macro = env.macros?.find(name, macroTargets(state));
  if (macro) {
    const after = runOnThis(state, name, macro, args, env, `macro:${macro.name}`);
    // Eloquent's __call forwards a query-builder macro and gives back the Eloquent builder itself.
    return macro.target === 'query' && state.model && after.kind !== 'done' ? { kind: 'builder' } : after;
  }

  // Builder::dynamicWhere: whereEmailAndStatus($email, $status).
  if (/^where[A-Z]/.test(name)) {
    const segments = name.slice(5).split(/(And|Or)(?=[A-Z])/);
    let argIndex = 0;
    for (const seg of segments) {
      if (seg === 'And') continue;
      if (seg === 'Or') {
        state.orUsed = true;
        openOrBranch(state);
        continue;
      }
      const value = comparedValue(args[argIndex++], ctx);
      pred(snakeCase(seg), value === null ? 'is null' : '=', value === null ? undefined : value);
    }
    return { kind: 'builder' };
  }
  // Unknown methods (macros, collection helpers on a builder) change nothing we can read.
  return { kind: 'builder' };
}

/**
 * A whereRaw fragment's predicates, where Laravel puts its text: unparenthesised, so its top-level OR
 * branches continue the query's own (`x = ? and a = 1 or b = 2`); its OR groups get the query's group ids.
 */
function addFragment(state: QueryState, preds: Predicate[], add: (p: Predicate) => void): void {
  const ids = new Map<number, number>();
  let lastBranch = 0;
  for (const p of preds) {
    const copy: Predicate = { ...p };
    delete copy.branch;
    if (p.branch !== undefined && p.branch > lastBranch) {
      lastBranch = p.branch;
      openOrBranch(state);
    }
    if (p.group) {
      if (!ids.has(p.group.id)) ids.set(p.group.id, state.groupIds.next++);
      copy.group = { id: ids.get(p.group.id)!, branch: p.group.branch };
    }
    add(copy);
  }
}

/** `whereColumn('a', 'b')`, `whereColumn('a', '>', 'b')`, `whereColumn([['a', 'b'], …])`. */
function whereColumn(
  state: QueryState,
  args: PhpNode[],
  lit: (n: PhpNode | null | undefined) => Literal | undefined,
  add: (p: Predicate) => void,
): void {
  const pair = (a: PhpNode[]): void => {
    const first = lit(a[0]);
    const op = a.length >= 3 ? lit(a[1]) : '=';
    const second = lit(a.length >= 3 ? a[2] : a[1]);
    const left = typeof first === 'string' ? columnRef(state, first) : null;
    const right = typeof second === 'string' ? columnRef(state, second) : null;
    if (!left || !right || typeof op !== 'string') {
      state.unknown = true;
      return;
    }
    // A correlated subquery's column of the outer query (`whereColumn('songs.album_id', 'albums.id')` in a
    // subquery on songs) is one value per outer row: a comparison with a value, which an index seeks.
    const outer = (r: ColumnRef) => !!r.table && !state.tables.has(r.table.toLowerCase());
    if (outer(left) !== outer(right)) {
      const mine = outer(right) ? left : right;
      const compared = comparisonOperator(op);
      const p: Predicate = { column: mine.column, op: outer(right) ? compared : mirrored(compared) };
      if (mine.table) p.table = mine.table;
      add(p);
      return;
    }
    const p: Predicate = {
      column: left.column,
      op: 'other',
      compare: { column: right.column, operator: op },
    };
    if (left.table) p.table = left.table;
    if (right.table) p.compare!.table = right.table;
    add(p);
  };
  if (args[0]?.kind === 'array') {
    for (const { value } of arrayEntries(args[0]))
      if (value.kind === 'array') pair(arrayEntries(value).map((e) => e.value));
      else state.unknown = true;
    return;
  }
  pair(args);
}

/** The short class name Laravel guesses a relation from: `App\Models\User` → `user`. */
function camelBase(fqcn: string): string {
  const base = fqcn.split('\\').pop() ?? fqcn;
  return base.charAt(0).toLowerCase() + base.slice(1);
}

/** `whereBelongsTo($user)`: `where posts.user_id = ?`, the belongsTo relation named after the model's class. */
function whereBelongsTo(
  state: QueryState,
  args: PhpNode[],
  env: Env,
  str: (n: PhpNode | null | undefined) => string | null,
  add: (p: Predicate) => void,
): void {
  const related = args[0] ? (env.modelOf?.(args[0]) ?? null) : null;
  const relName = args[1] ? str(args[1]) : related ? camelBase(related.fqcn) : null;
  const found = relName ? findRelation(state.model, relName) : null;
  if (!found || found.rel.kind !== 'belongsTo' || !found.rel.foreignKey) {
    state.partial.push('whereBelongsTo(): the relation it filters on is not known');
    return;
  }
  add({ column: found.rel.foreignKey, op: '=', via: `relation:${found.name}` });
}

/** `whereMorphedTo('commentable', $post)`: `(commentable_type = ? and commentable_id = ?)`. */
function whereMorphedTo(
  state: QueryState,
  args: PhpNode[],
  env: Env,
  str: (n: PhpNode | null | undefined) => string | null,
  add: (p: Predicate) => void,
): void {
  const relName = str(args[0]);
  const found = relName ? findRelation(state.model, relName) : null;
  if (!found || !relName) {
    state.partial.push('whereMorphedTo(): the relation it filters on is not known');
    return;
  }
  const snake = snakeCase(found.name);
  const type = found.rel.morphType ?? `${snake}_type`;
  const id = found.rel.foreignKey ?? `${snake}_id`;
  const model = args[1] ? (env.modelOf?.(args[1]) ?? null) : null;
  // A class name given as a string filters on the type alone.
  const onlyType = args[1] ? str(args[1]) : null;
  const via = `relation:${found.name}`;
  const typeValue = onlyType ?? model?.fqcn;
  add(
    typeValue !== undefined
      ? { column: type, op: '=', via, value: typeValue }
      : { column: type, op: '=', via },
  );
  if (onlyType === null) add({ column: id, op: '=', via });
}

/**
 * Runs a local scope's body with the call's arguments bound to its parameters (defaults when absent), so
 * `->ofType('gold')` adds `type = 'gold'` and `->sortedBy('total')` sorts on total.
 */
function runScope(
  state: QueryState,
  model: ModelInfo,
  scopeName: string,
  args: PhpNode[],
  env: Env,
): boolean {
  const depth = env.scopeDepth ?? 0;
  const method = depth < 5 ? env.scopeMethod?.(model, scopeName) : null;
  const body = method?.node;
  if (!method || !body || !method.summary.params[0]?.name) return false;
  const inner: Env = {
    ...env,
    scope: method.decl.scope,
    selfFqcn: method.decl.fqcn,
    bindings: undefined,
    scopeDepth: depth + 1,
  };
  // The query is the scope's first parameter; the call's arguments bind to the ones after it.
  const given = evaluateArgs(args, evalContext(env));
  const positional = [new QueryValue(model), ...given.positional];
  inner.bindings = bindArguments(method, { positional, named: given.named }, evalContext(inner));
  inner.paramClasses = scopeParamClasses(method, args, env);
  const prevVia = state.via;
  state.via = prevVia ?? `scope:${scopeName}`;
  inner.applyCallback(body, state);
  state.via = prevVia;
  return true;
}

/**
 * The classes a scope's parameters hold: the caller's argument's (a `QuoteFilters` passed where the scope
 * declares the abstract `QueryFilters`, whose methods the subclass may override), else the declared one.
 */
function scopeParamClasses(method: FoundMethod, args: PhpNode[], env: Env): Map<string, string> {
  const classes = method.node
    ? parameterClasses(method.node, { index: env.index, scope: method.decl.scope, self: method.decl.fqcn })
    : new Map<string, string>();
  args.forEach((a, i) => {
    const name = method.summary.params[i + 1]?.name;
    const cls = name && a.kind === 'variable' ? env.classOf?.(a) : null;
    if (name && cls) classes.set(name, cls);
  });
  return classes;
}

/** A body that runs with `$this` as the query: a macro's closure or a method of the model's builder class. */
interface ThisBody {
  fn: PhpNode | null;
  params: BoundParameter[];
  scope: FileScope;
  selfFqcn: string;
}

/**
 * `Post::query()->published()` where Post's builder class declares `published()`: that method, when the app
 * declares it (the framework's own builder methods are read by applyMethod itself).
 */
export function builderMethod(index: ClassIndex, builder: string, name: string): ThisBody | null {
  const found = index.method(builder, name);
  if (!found || found.summary.isStatic || isFrameworkClass(found.decl.fqcn)) return null;
  return { fn: found.node, params: found.summary.params, scope: found.decl.scope, selfFqcn: builder };
}

/** The macros a chain can call, in the order Laravel looks them up: the relation's, Eloquent's, the query's. */
function macroTargets(state: QueryState): MacroTarget[] {
  if (state.origin === 'relation') return ['relation', 'eloquent', 'query'];
  return state.model ? ['eloquent', 'query'] : ['query'];
}

/**
 * Runs a macro or a builder method for a call: its parameters bound to the call's arguments, `$this` being
 * the query, so what it adds to `$this` is added to the chain (without the parentheses Laravel gives a
 * scope), and the chain goes on with what it returns. A body that cannot be read is one unknown piece,
 * unless it ORs onto the query.
 */
function runOnThis(
  state: QueryState,
  name: string,
  body: ThisBody,
  args: PhpNode[],
  env: Env,
  label: string,
): After {
  const depth = env.scopeDepth ?? 0;
  if (!body.fn || depth >= 5) {
    unknownPiece(state, `what ${name}() adds is not read`);
    return { kind: 'builder' };
  }
  const inner: Env = {
    ...env,
    scope: body.scope,
    selfFqcn: body.selfFqcn,
    bindings: undefined,
    scopeDepth: depth + 1,
    thisQuery: state.model,
  };
  inner.bindings = bindParameters(body.params, evaluateArgs(args, evalContext(env)), evalContext(inner));
  const before = cloneState(state);
  const prevVia = state.via;
  state.via = prevVia ?? label;
  const after = inner.applyCallback(body.fn, state, undefined, 'this');
  state.via = prevVia;
  const ored = state.branch > before.branch || (state.rawOr && !before.rawOr);
  if (state.unknown && !before.unknown && !ored) {
    Object.assign(state, before);
    unknownPiece(state, `what ${name}() adds is not read`);
  }
  return after ?? { kind: 'builder' };
}

/** A copy of a query state whose lists can change without changing the original's. */
export function cloneState(s: QueryState): QueryState {
  return {
    ...s,
    where: [...s.where],
    joins: s.joins.map((j) => ({ ...j, on: [...j.on] })),
    tables: new Map(s.tables),
    orderBy: [...s.orderBy],
    groupBy: [...s.groupBy],
    ...(s.selectAliases ? { selectAliases: new Map(s.selectAliases) } : {}),
    ...(s.optional ? { optional: [...s.optional] } : {}),
    ...(s.existsIn ? { existsIn: [...s.existsIn] } : {}),
  };
}

/** withoutGlobalScope('active') / withoutGlobalScope(ActiveScope::class) / SoftDeletingScope. */
function removeScope(state: QueryState, name: string | null): void {
  if (name === null) {
    state.unknown = true;
    return;
  }
  const clean = name.replace(/^\\/, '');
  if (/(^|\\)SoftDeletingScope$/.test(clean)) state.trashed = 'with';
  if (state.withoutScopes === 'all') return;
  state.withoutScopes = [...(state.withoutScopes ?? []), clean.toLowerCase()];
}

function snakeCase(studlyWord: string): string {
  return studlyWord.replace(/(.)(?=[A-Z])/g, '$1_').toLowerCase();
}

function orderTerm(
  state: QueryState,
  column: string | null,
  direction: 'asc' | 'desc',
  raw: ColumnRef | null,
): void {
  if (state.orderCut) return;
  const ref = column !== null ? columnRef(state, column) : raw;
  if (!ref) {
    // `orderBy($sort)`: the filters still run; only the sort (from here on) is unknown.
    state.orderCut = true;
    unknownPiece(
      state,
      column === null ? 'a sort column is not known' : `the sort column ${column} is not read`,
    );
    return;
  }
  const term: OrderTerm = { column: ref.column, direction };
  if (ref.fn) term.fn = ref.fn;
  if (ref.table) term.table = ref.table;
  state.orderBy.push(term);
}

/** `DB::raw('…')` / `new Expression('…')` → its SQL text. */
function dbRawText(n: PhpNode, lit: (n: PhpNode | null | undefined) => Literal | undefined): string | null {
  if (n.kind === 'call') {
    const what = child(n, 'what');
    if (what?.kind === 'staticlookup' && nameOf(child(what, 'offset'))?.toLowerCase() === 'raw') {
      const arg = children(n, 'arguments')[0];
      const v = lit(arg);
      return typeof v === 'string' ? v : arg ? aliasedTail(arg, lit) : null;
    }
  }
  return null;
}

/**
 * `SQLHelper::year('written_at') . ' as year'`: an expression the code builds elsewhere, then a literal that
 * names it. The alias is known though the expression is not: read as `0 as year`, a computed value.
 */
function aliasedTail(n: PhpNode, lit: (n: PhpNode | null | undefined) => Literal | undefined): string | null {
  if (n.kind !== 'bin' || n.type !== '.') return null;
  const tail = lit(child(n, 'right'));
  return typeof tail === 'string' && /^\s/.test(tail) ? `0${tail}` : null;
}

function join(
  state: QueryState,
  method: string,
  args: PhpNode[],
  env: Env,
  str: (n: PhpNode | null | undefined) => string | null,
): void {
  const tableArg = str(args[0]);
  if (tableArg === null) {
    state.unknown = true;
    return;
  }
  const [table, alias] = splitAlias(tableArg);
  state.tables.set(table.toLowerCase(), table);
  if (alias) state.tables.set(alias.toLowerCase(), table);
  const type: JoinTerm['type'] = method.startsWith('left')
    ? 'left'
    : method.startsWith('right')
      ? 'right'
      : method === 'crossjoin'
        ? 'cross'
        : 'inner';
  const term: JoinTerm = { table, on: [], type };
  state.joins.push(term);
  if (type === 'cross' && args.length < 2) return;
  const second = args[1];
  if (second && (second.kind === 'closure' || second.kind === 'arrowfunc')) {
    joinClosure(state, term, second, env);
    return;
  }
  const first = str(args[1]);
  const other = args.length >= 4 ? str(args[3]) : str(args[2]);
  if (method.endsWith('where')) {
    // joinWhere compares a column with a value, in the ON clause.
    const ref = first === null ? null : columnRef(state, first);
    if (!ref) state.unknown = true;
    else (term.where ??= []).push({ column: ref.column, op: '=', table: ref.table ?? table });
    return;
  }
  if (first === null || other === null) {
    state.unknown = true;
    return;
  }
  addJoinOn(state, term, first, other);
}

/**
 * `join('b', function ($join) { $join->on(…)->where(…); })`: Laravel's JoinClause puts every clause of the
 * closure in the ON condition, so its wheres limit the joined rows, not the query's result. They are read
 * on a query over the joined table (an unqualified column is the joined table's, as MariaDB resolves it
 * when only that table has it) and kept on the join.
 */
function joinClosure(state: QueryState, term: JoinTerm, fn: PhpNode, env: Env): void {
  const sub: QueryState = { ...subState(state), table: term.table, via: state.via };
  env.applyCallback(fn, sub, term);
  foldOptional(sub);
  if (sub.unknown) {
    state.unknown = true;
    return;
  }
  if (sub.foreignDriver) state.foreignDriver = sub.foreignDriver;
  if (sub.rawOr) unknownPiece(state, 'a join condition ORs with raw SQL: it is not read');
  const conditions = sub.where.map((p) => {
    const copy: Predicate = { ...p, table: p.table ?? term.table };
    // An OR inside ON looks up by none of its sides: kept, but seeking nothing.
    if (p.branch !== undefined && sub.branch > 0) copy.op = 'other';
    if (p.group) copy.op = 'other';
    delete copy.branch;
    delete copy.group;
    return copy;
  });
  if (conditions.length) (term.where ??= []).push(...conditions);
}

/** `on('orders.user_id', '=', 'users.id')`: `left` is the joined table's column. */
export function addJoinOn(state: QueryState, term: JoinTerm, a: string, b: string): void {
  const ra = columnRef(state, a);
  const rb = columnRef(state, b);
  if (!ra || !rb) {
    state.unknown = true;
    return;
  }
  const joined = term.table.toLowerCase();
  const qualify = (r: ColumnRef) => `${r.table ?? state.table}.${r.column}`;
  if ((ra.table ?? state.table).toLowerCase() === joined)
    term.on.push({ left: ra.column, right: qualify(rb) });
  else term.on.push({ left: rb.column, right: qualify(ra) });
}

function findScope(
  model: ModelInfo | null,
  method: string,
): { name: string; def: ModelInfo['scopes'][string] } | null {
  if (!model) return null;
  const lower = method.toLowerCase();
  for (const [name, def] of Object.entries(model.scopes))
    if (name.toLowerCase() === lower) return { name, def };
  return null;
}

export function findRelation(model: ModelInfo | null, name: string): { name: string; rel: Relation } | null {
  if (!model) return null;
  const lower = name.toLowerCase();
  for (const [n, rel] of Object.entries(model.relations))
    if (n.toLowerCase() === lower) return { name: n, rel };
  return null;
}

/**
 * A relation that gives one model: reading it as a property (`$post->author`, getResults()) runs first(),
 * LIMIT 1. Its query itself has no limit (`$post->author()->get()`, an eager load).
 */
export function isSingleRelation(owner: ModelInfo, relationName: string): boolean {
  const kind = findRelation(owner, relationName)?.rel.kind;
  return kind === 'belongsTo' || kind === 'hasOne' || kind === 'morphOne' || kind === 'hasOneThrough';
}

/** Terminal methods that return the model's rows. */
export const RETURNS_ROWS = new Set([
  'get', 'all', 'paginate', 'simplepaginate', 'cursorpaginate', 'cursor', 'lazy', 'lazybyid',
]); // prettier-ignore

/** What calling a method built on a relation gives when it runs the query itself (models.ts); null: a relation. */
export function relationRuns(owner: ModelInfo, relationName: string): 'one' | 'rows' | 'value' | null {
  return findRelation(owner, relationName)?.rel.runs ?? null;
}

/**
 * The query a relation sends for one parent (`$user->orders()`: `where user_id = ?`) or, with `in`,
 * for an eager load (`where user_id in (…)`).
 */
export function relationState(
  owner: ModelInfo,
  relationName: string,
  env: Env,
  location: Location,
  code: string,
  op: '=' | 'in' = '=',
): QueryState | null {
  const found = findRelation(owner, relationName);
  if (!found) return null;
  const { rel, name } = found;
  const table = rel.table;
  if (!table) return null;
  const related = env.models.get(rel.related);
  const state = newState(table, related, 'relation', location, code);
  if (rel.location) state.definedAt = rel.location;
  const via = `relation:${owner.className}::${name}`;
  const fk = (column: string | null, table?: string): boolean => {
    if (!column) return false;
    const p: Predicate = { column, op, via };
    if (table) p.table = table;
    state.where.push(p);
    return true;
  };
  switch (rel.kind) {
    case 'hasMany':
    case 'hasOne':
    case 'morphMany':
    case 'morphOne':
      // MorphOneOrMany::addConstraints: the morph type first, then the key.
      if (rel.morphType)
        state.where.push({ column: rel.morphType, op: '=', via, value: rel.morphClass ?? owner.fqcn });
      if (!fk(rel.foreignKey)) return null;
      break;
    case 'belongsTo':
      if (!fk(rel.ownerKey ?? related?.primaryKey ?? 'id')) return null;
      break;
    case 'belongsToMany':
    case 'morphToMany':
    case 'morphedByMany': {
      if (!rel.pivotTable || !rel.relatedPivotKey) return null;
      state.pivot = rel.pivotTable;
      state.pivotOwner = owner.table;
      state.tables.set(rel.pivotTable.toLowerCase(), rel.pivotTable);
      state.joins.push({
        table: rel.pivotTable,
        on: [{ left: rel.relatedPivotKey, right: `${table}.${rel.ownerKey ?? related?.primaryKey ?? 'id'}` }],
        type: 'inner',
      });
      // MorphToMany::addWhereConstraints: the pivot key first, then the pivot's morph type.
      if (!fk(rel.foreignKey, rel.pivotTable)) return null;
      if (rel.morphType)
        state.where.push({
          column: rel.morphType,
          op: '=',
          via,
          table: rel.pivotTable,
          value: rel.morphClass ?? owner.fqcn,
        });
      break;
    }
    case 'hasManyThrough':
    case 'hasOneThrough': {
      if (!rel.through) return null;
      const t = rel.through;
      state.tables.set(t.table.toLowerCase(), t.table);
      state.joins.push({
        table: t.table,
        on: [{ left: t.localKey, right: `${table}.${t.secondKey}` }],
        type: 'inner',
      });
      if (!fk(t.firstKey, t.table)) return null;
      break;
    }
    default:
      return null;
  }
  for (const p of rel.where ?? []) state.where.push({ ...p, via: p.via ?? via });
  state.orderBy.push(...(rel.orderBy ?? []));
  return state;
}

/** `with('orders')`, `with(['orders' => fn ($q) => …])`: relation name → optional constraint callback. */
function eagerArgs(
  args: PhpNode[],
  lit: (n: PhpNode | null | undefined) => Literal | undefined,
): [string, PhpNode | null][] {
  const out: [string, PhpNode | null][] = [];
  const one = (key: PhpNode | null, value: PhpNode) => {
    if (key) {
      const k = lit(key);
      if (typeof k === 'string')
        out.push([k, value.kind === 'closure' || value.kind === 'arrowfunc' ? value : null]);
      return;
    }
    const v = lit(value);
    if (typeof v === 'string') out.push([v, null]);
  };
  if (args[0]?.kind === 'array') for (const e of arrayEntries(args[0])) one(e.key, e.value);
  else if (args.length === 2 && args[1] && (args[1].kind === 'closure' || args[1].kind === 'arrowfunc'))
    one(args[0], args[1]);
  else for (const a of args) one(null, a);
  return out;
}

function eagerLoad(state: QueryState, relPath: string, cb: PhpNode | null | undefined, env: Env): void {
  if (!state.model) return;
  const [first, ...rest] = relPath.split(':')[0].split('.');
  const sub = relationState(
    state.model,
    first.trim(),
    env,
    state.location,
    `${state.code} → with('${relPath}')`,
    'in',
  );
  if (!sub) return;
  if (cb && rest.length === 0) env.applyCallback(cb, sub);
  env.emit(sub);
  // Nested eager loads (`with('orders.items')`) query the next relation from the related model.
  if (rest.length && sub.model) eagerLoad(sub, rest.join('.'), cb, env);
}

/** whereHas / has / withCount: a correlated subquery on the related table, filtered on the foreign key. */
function relationSubquery(
  state: QueryState,
  relName: string,
  extra: PhpNode[],
  asWhere: boolean,
  env: Env,
  filters = false,
): void {
  if (!state.model) return;
  const sub = relationState(state.model, relName, env, state.location, `${state.code} → has('${relName}')`);
  if (!sub) return;
  sub.outer = [state.table, ...state.joins.map((j) => j.table)];
  const cb = extra[0];
  if (asWhere) applyMethod(sub, 'where', extra, env);
  else if (cb && (cb.kind === 'closure' || cb.kind === 'arrowfunc')) env.applyCallback(cb, sub);
  const kept = filters ? relatedKey(state.model, relName, sub) : null;
  if (kept) state.existsIn = [...(state.existsIn ?? []), kept];
  env.emit(sub);
}

/** Whether a whereHas's count arguments (operator, count), as written, ask only that a related row exists. */
function existenceOnly(
  [operator, count]: PhpNode[],
  lit: (n: PhpNode | undefined) => Literal | undefined,
): boolean {
  return !operator || (lit(operator) === '>=' && (!count || lit(count) === 1));
}

/**
 * What a whereHas keeps of the query: the related columns its filter fixes to one value, on the table MariaDB
 * would read first (the related table, or a many-to-many relation's pivot), when the relation comes back to
 * the query's table by its primary key. Null when it fixes none, or ORs.
 */
function relatedKey(
  owner: ModelInfo,
  relName: string,
  sub: QueryState,
): NonNullable<QueryState['existsIn']>[number] | null {
  const found = findRelation(owner, relName);
  if (!found || sub.rawOr || sub.branch > 0 || sub.unknown) return null;
  const { rel, name } = found;
  const ownerPk = (owner.primaryKey ?? 'id').toLowerCase();
  let table: string | null = null;
  if (['hasMany', 'hasOne', 'morphMany', 'morphOne'].includes(rel.kind)) {
    if ((rel.ownerKey ?? ownerPk).toLowerCase() === ownerPk) table = rel.table;
  } else if (['belongsToMany', 'morphToMany', 'morphedByMany'].includes(rel.kind)) {
    table = rel.pivotTable ?? null;
  }
  if (!table) return null;
  const own = (p: Predicate) => (p.table ?? sub.table).toLowerCase() === table.toLowerCase();
  const columns = sub.where
    .filter((p) => p.op === '=' && !p.fn && !p.compare && !p.group && p.branch === undefined)
    .filter((p) => !p.via?.startsWith('relation:') && own(p))
    .map((p) => p.column.toLowerCase());
  return columns.length ? { table, columns: [...new Set(columns)], relation: name } : null;
}

/** The shape a finished query state describes, or null when it is unknowable or has nothing to index. */
export function finishState(state: QueryState): QueryShape | null {
  if (state.unknown || state.noRead || !state.table || state.foreignDriver) return null;
  if (!state.where.length && !state.orderBy.length && !state.groupBy.length && !state.joins.length)
    return null;
  const where = finishStructure(state.where, state.branch);
  const partial = [...state.partial];
  // A sort or grouping by a select alias is by its column, or by a computed value no index orders.
  const sort = resolveSortAliases(state.orderBy, state.selectAliases ?? new Map(), state.pivot);
  if (sort.cut) partial.push(`the sort by ${sort.cut} is by a computed value`);
  const group = resolveGroupAliases(state.groupBy, state.selectAliases ?? new Map(), state.pivot);
  for (const c of group.computed) partial.push(`the grouping by ${c} is by a computed value`);
  const orderBy = sort.terms;
  const model = state.model;
  if (model?.globalScopes && state.withoutScopes !== 'all') {
    const removed = new Set(state.withoutScopes ?? []);
    for (const scope of model.globalScopes) {
      if (removed.has(scope.name.toLowerCase())) continue;
      where.push(...scope.where.map((p) => ({ ...p, via: p.via ?? `globalScope:${scope.name}` })));
      orderBy.push(...scope.orderBy);
    }
  }
  if (model?.softDeletes && state.trashed !== 'with') {
    const column = model.deletedAtColumn ?? 'deleted_at';
    if (!where.some((p) => p.column === column && !p.table)) {
      where.push({ column, op: state.trashed === 'only' ? 'is not null' : 'is null', via: 'SoftDeletes' });
    }
  }
  const shape: QueryShape = {
    id: '',
    table: state.table,
    where,
    joins: state.joins.map((j) => ({ ...j, on: [...j.on] })),
    orderBy,
    groupBy: group.columns,
    location: state.location,
    origin: state.origin,
    code: shorten(state.code),
  };
  // Predicates of the top-level OR: scopes and soft deletes added above are AND-ed with it.
  const columns = predicateColumns(where.filter((p) => p.branch !== undefined && !p.group));
  if ((state.branch > 0 && columns.size > 1) || state.rawOr) shape.hasOr = true;
  if (partial.length) {
    shape.partial = true;
    shape.partialReasons = [...new Set(partial)];
  }
  if (state.limit !== undefined) shape.limit = state.limit;
  if (state.single) shape.single = true;
  if (state.withoutScopes === 'all' || (state.withoutScopes?.length ?? 0) > 0)
    shape.withoutGlobalScopes = true;
  if (state.alsoSortable?.length) shape.alsoSortable = [...state.alsoSortable];
  if (state.existsIn?.length && !shape.hasOr) shape.existsIn = state.existsIn.map((e) => ({ ...e }));
  if (state.definedAt) shape.definedAt = state.definedAt;
  if (state.outer?.length) shape.outer = [...state.outer];
  if (state.deletes && where.some((p) => p.pastCutoff)) shape.prunes = true;
  shape.id = shapeId(shape);
  return shape;
}
